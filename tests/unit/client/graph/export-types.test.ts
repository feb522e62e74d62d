// @vitest-environment jsdom
// A property whose values have different Cypher types across the elements of a file export (made-up foreign data: an
// Integer 1 on one node, the String "1" on another, a date and the same date as text) is written so that no two of
// them read alike: each cell as its JSON text, a value JSON writes as text (a date, NaN) with its type beside it, in a
// column that says it holds any type. A column of one type is written as before.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { nodesCsv } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import type { GraphData, GraphNode, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { node } from '../fixtures.js';

const item = (id: string, v: JsonValue, type?: string): GraphNode => ({
  ...node(id, 'Item', { v }),
  ...(type ? { types: { '/v': type } } : {}),
});

/** Pairs of values that plain cells wrote alike, each pair one value of two Cypher types. */
const MIXED: GraphData = {
  nodes: [
    item('neo4j:1', 1),
    item('neo4j:2', '1'),
    item('neo4j:3', 1, 'Float'),
    item('neo4j:4', '2025-01-01', 'Date'),
    item('neo4j:5', '2025-01-01'),
    item('neo4j:6', true),
    item('neo4j:7', 'true'),
    item('neo4j:8', 'NaN', 'Float'),
    item('neo4j:9', 'NaN'),
    item('neo4j:10', { a: 1 }),
    item('neo4j:11', '{"a":1}'),
    item('neo4j:12', '9007199254740993', 'Integer'),
    item('neo4j:13', '9007199254740993'),
  ],
  edges: [],
};

/** What each cell of MIXED reads back as, by any JSON reader. */
const READ_BACK: JsonValue[] = [
  1,
  '1',
  1,
  { $type: 'Date', _value: '2025-01-01' },
  '2025-01-01',
  true,
  'true',
  { $type: 'Float', _value: 'NaN' },
  'NaN',
  { a: 1 },
  '{"a":1}',
  // A JSON reader's number, rounded as any; the cell's text has every digit.
  Number('9007199254740993'),
  '9007199254740993',
];

function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text).map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i] ?? ''])));
}

describe('a property whose values mix Cypher types, in file exports', () => {
  it('writes each CSV cell as its JSON text under a header that says it holds any type', () => {
    const cells = csvRows(nodesCsv(MIXED)).map((r) => r['v:Any']!);
    expect(cells.slice(0, 3)).toEqual(['1', '"1"', '1.0']);
    expect(cells[3]).toBe('{"$type":"Date","_value":"2025-01-01"}');
    expect(cells.slice(11)).toEqual(['9007199254740993', '"9007199254740993"']);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells.map((c) => JSON.parse(c) as JsonValue)).toEqual(READ_BACK);
  });

  it('names a date-time with a zone id ZonedDateTime in a cell, as the Query API’s typed JSON does', () => {
    const zoned: GraphData = {
      nodes: [
        item('neo4j:1', '2025-06-01T12:00:00+02:00[Europe/Berlin]', 'DateTime'),
        item('neo4j:2', '2025-06-01T12:00:00+02:00[Europe/Berlin]'),
      ],
      edges: [],
    };
    const cells = csvRows(nodesCsv(zoned)).map((r) => r['v:Any']!);
    expect(JSON.parse(cells[0]!)).toEqual({
      $type: 'ZonedDateTime',
      _value: '2025-06-01T12:00:00+02:00[Europe/Berlin]',
    });
  });

  it('writes GraphML data as JSON text under a string key described as Any', () => {
    const doc = new DOMParser().parseFromString(toGraphML(MIXED), 'application/xml');
    const key = [...doc.getElementsByTagName('key')].find((k) => k.getAttribute('attr.name') === 'v')!;
    expect(key.getAttribute('attr.type')).toBe('string');
    expect(key.getElementsByTagName('desc')[0]?.textContent).toBe('Any');
    const values = [...doc.getElementsByTagName('data')]
      .filter((d) => d.getAttribute('key') === key.getAttribute('id'))
      .map((d) => d.textContent!);
    expect(new Set(values).size).toBe(values.length);
    expect(values.map((t) => JSON.parse(t) as JsonValue)).toEqual(READ_BACK);
  });

  it('writes GEXF attributes as JSON text in a string attribute', () => {
    const g = parseGexf(Graph, toGexf(MIXED));
    const values = MIXED.nodes.map((n) => g.getNodeAttribute(n.id, 'v') as string);
    expect(new Set(values).size).toBe(values.length);
    expect(values.map((t) => JSON.parse(t) as JsonValue)).toEqual(READ_BACK);
  });

  it('writes a column of one type as before: bare cells, no Any', () => {
    // Strings of which one looks like a number: a String column, as its header says.
    const one: GraphData = { nodes: [item('neo4j:1', 'a'), item('neo4j:2', '1')], edges: [] };
    expect(csvRows(nodesCsv(one)).map((r) => r['v:String'])).toEqual(['a', '1']);
    const dates: GraphData = { nodes: [item('neo4j:1', '2025-01-01', 'Date')], edges: [] };
    expect(csvRows(nodesCsv(dates)).map((r) => r['v:Date'])).toEqual(['2025-01-01']);
  });
});

describe('bytes in a CSV', () => {
  it('guards a Base64 cell that starts with +, as a spreadsheet would run it as a formula', () => {
    const bytes: GraphData = {
      nodes: [
        item('neo4j:1', '+/8=', 'Base64'),
        item('neo4j:2', '/w==', 'Base64'),
        item('neo4j:3', 'AA==', 'Base64'),
      ],
      edges: [],
    };
    expect(csvRows(nodesCsv(bytes)).map((r) => r['v:Base64'])).toEqual(["'+/8=", '/w==', 'AA==']);
  });
});
