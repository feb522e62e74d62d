// @vitest-environment jsdom
// A list property whose elements have different Cypher types (across the elements of a file export, or within one
// list) is written so that no two of them read alike, as a property whose values mix types is (export-types.test.ts):
// each element as its JSON text, one JSON writes as text (a date, NaN, a point, bytes) with its type beside it, in a
// column that says it holds lists of any type. Made-up foreign data: the date 2025-01-01 on one node and the same text
// as a String on another, a NaN Float and the text 'NaN', a point and its WKT as text, bytes and the same Base64 text.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { nodesCsv } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { node } from '../fixtures.js';

const PT = 'SRID=7203;POINT (1.0 2.0)';

/** Node A holds each list with its elements typed, node B the same text as plain strings. */
const TWO: GraphData = {
  nodes: [
    {
      ...node('neo4j:1', 'Item', {
        d: ['2025-01-01'],
        f: ['NaN', 1.5],
        p: [{ srid: 7203, x: 1, y: 2 }],
        b: ['AA=='],
      }),
      types: { '/d/0': 'Date', '/f/0': 'Float', '/f/1': 'Float', '/p/0': 'Point', '/b/0': 'Base64' },
    },
    node('neo4j:2', 'Item', { d: ['2025-01-01'], f: ['NaN'], p: [PT], b: ['AA=='] }),
  ],
  edges: [],
};

/** What each node's list of TWO reads back as, by any JSON reader. */
const READ_BACK: Record<string, [JsonValue, JsonValue]> = {
  d: [[{ $type: 'Date', _value: '2025-01-01' }], ['2025-01-01']],
  f: [[{ $type: 'Float', _value: 'NaN' }, 1.5], ['NaN']],
  p: [[{ $type: 'Point', _value: PT }], [PT]],
  b: [[{ $type: 'Base64', _value: 'AA==' }], ['AA==']],
};
const KEYS = Object.keys(READ_BACK);

function csvRows(text: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(text).map((r) => r.fields);
  return rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i] ?? ''])));
}

describe('a list property whose elements mix Cypher types, in file exports', () => {
  it('writes CSV cells that differ and say their elements’ types, under a List<Any> header', () => {
    const [a, b] = csvRows(nodesCsv(TWO));
    for (const k of KEYS) {
      const [cellA, cellB] = [a![`${k}:List<Any>`]!, b![`${k}:List<Any>`]!];
      expect(cellA).not.toBe(cellB);
      expect([JSON.parse(cellA), JSON.parse(cellB)]).toEqual(READ_BACK[k]);
    }
    expect(a!['d:List<Any>']).toBe('[{"$type":"Date","_value":"2025-01-01"}]');
    expect(b!['d:List<Any>']).toBe('["2025-01-01"]');
  });

  it('writes GraphML data that differ and say their types, under a key described List<Any>', () => {
    const xml = toGraphML(TWO);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const k of KEYS) {
      const key = [...doc.getElementsByTagName('key')].find((e) => e.getAttribute('attr.name') === k)!;
      expect(key.getAttribute('attr.type')).toBe('string');
      expect(key.getElementsByTagName('desc')[0]?.textContent).toBe('List<Any>');
      const values = [...doc.getElementsByTagName('data')]
        .filter((d) => d.getAttribute('key') === key.getAttribute('id'))
        .map((d) => JSON.parse(d.textContent!) as JsonValue);
      expect(values).toEqual(READ_BACK[k]);
    }
    // The file says how to read such text: its comment names the typed form.
    expect(xml).toMatch(/<!--[\s\S]*List<Any>[\s\S]*\{"\$type":"Date","_value":"2025-01-01"\}[\s\S]*-->/);
  });

  it('writes GEXF string attributes that differ and say their types, named List<Any> in its comment', () => {
    const xml = toGexf(TWO);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const types = Object.fromEntries(
      [...doc.getElementsByTagName('attribute')].map((a) => [
        a.getAttribute('title'),
        a.getAttribute('type'),
      ]),
    );
    // Not liststring: GEXF's list text would read both lists as ["2025-01-01"].
    for (const k of KEYS) expect(types[k]).toBe('string');
    const g = parseGexf(Graph, xml);
    for (const k of KEYS) {
      const values = ['neo4j:1', 'neo4j:2'].map((id) => g.getNodeAttribute(id, k) as string);
      expect(values[0]).not.toBe(values[1]);
      expect(values.map((t) => JSON.parse(t) as JsonValue)).toEqual(READ_BACK[k]);
    }
    const comment = [...xml.matchAll(/<!--([\s\S]*?)-->/g)]
      .map((m) => m[1]!)
      .find((c) => c.includes('Cypher type'));
    for (const k of KEYS) expect(comment).toContain(`node attribute ${k}: List<Any>`);
    expect(comment).toContain('{"$type":"Date","_value":"2025-01-01"}');
  });

  it('keeps apart elements of different types within one list', () => {
    const one: GraphData = {
      nodes: [
        {
          ...node('neo4j:1', 'Item', { m: [1, '1'], t: ['2025-01-01', 'text'] }),
          types: { '/t/0': 'Date' },
        },
      ],
      edges: [],
    };
    const [row] = csvRows(nodesCsv(one));
    expect(row!['m:List<Any>']).toBe('[1,"1"]');
    expect(JSON.parse(row!['t:List<Any>']!)).toEqual([{ $type: 'Date', _value: '2025-01-01' }, 'text']);
    // GEXF's liststring would read [1,"1"] as ["1","1"].
    const g = parseGexf(Graph, toGexf(one));
    expect(JSON.parse(g.getNodeAttribute('neo4j:1', 'm') as string)).toEqual([1, '1']);
    expect(JSON.parse(g.getNodeAttribute('neo4j:1', 't') as string)).toEqual([
      { $type: 'Date', _value: '2025-01-01' },
      'text',
    ]);
  });

  it('keeps the elements’ types of a list in a column of any type', () => {
    // A list of dates, a list of the same text, and a string: the column mixes lists and strings.
    const mixed: GraphData = {
      nodes: [
        { ...node('neo4j:1', 'Item', { m: ['2025-01-01'] }), types: { '/m/0': 'Date' } },
        node('neo4j:2', 'Item', { m: ['2025-01-01'] }),
        node('neo4j:3', 'Item', { m: '2025-01-01' }),
      ],
      edges: [],
    };
    const cells = csvRows(nodesCsv(mixed)).map((r) => r['m:Any']!);
    expect(cells.map((c) => JSON.parse(c) as JsonValue)).toEqual([
      [{ $type: 'Date', _value: '2025-01-01' }],
      ['2025-01-01'],
      '2025-01-01',
    ]);
  });

  it('writes a map holding a $type key as a Map, so it does not read as the typed value it looks like', () => {
    const maps: GraphData = {
      nodes: [
        { ...node('neo4j:1', 'Item', { m: ['2025-01-01'] }), types: { '/m/0': 'Date' } },
        node('neo4j:2', 'Item', { m: [{ $type: 'Date', _value: '2025-01-01' }] }),
        node('neo4j:3', 'Item', { m: { $type: 'Date', _value: '2025-01-01' } }),
      ],
      edges: [],
    };
    const cells = csvRows(nodesCsv(maps)).map((r) => r['m:Any']!);
    const map = { $type: 'Map', _value: { $type: 'Date', _value: '2025-01-01' } };
    expect(cells.map((c) => JSON.parse(c) as JsonValue)).toEqual([
      [{ $type: 'Date', _value: '2025-01-01' }],
      [map],
      map,
    ]);
  });

  it('writes a list column of one element type as before', () => {
    const dates: GraphData = {
      nodes: [{ ...node('neo4j:1', 'Item', { d: ['2025-01-01'] }), types: { '/d/0': 'Date' } }],
      edges: [],
    };
    expect(csvRows(nodesCsv(dates)).map((r) => r['d:List<Date>'])).toEqual(['["2025-01-01"]']);
  });
});
