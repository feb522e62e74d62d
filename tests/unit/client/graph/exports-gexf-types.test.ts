// @vitest-environment jsdom
// The GEXF export keeps what a value is as the other files do: an Integer beyond 32 bits is a long (graphology-gexf
// declares it a double, which Gephi reads as a Float), and a column written as text that stands for another Cypher
// type (a zoned date-time, a duration, a point) says so, as a CSV header and a GraphML key's description do. And no
// file calls a relationship that is not one of our facts "unsourced": it claims no certainty, as the panels say.
// Data: made-up values; 14300000000 is the amount the bundled source gives Meta's Scale AI deal (an Integer there).
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import { edgesCsv, toJson, type ExportGraph } from '../../../../client/graph/exports.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { edge, handWritten, node } from '../fixtures.js';

const typed = (id: string, properties: Record<string, JsonValue>, types: Record<string, string>) => ({
  ...node(id, 'Item', properties),
  types,
});

const gexfTypes = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return Object.fromEntries(
    [...doc.getElementsByTagName('attribute')].map((a) => [a.getAttribute('title'), a.getAttribute('type')]),
  );
};

describe('GEXF column types', () => {
  it('declares an Integer column long when a value is beyond 32 bits, never double', () => {
    const g: GraphData = {
      nodes: [
        typed('neo4j:1', { amountUsd: 14300000000, n: 7 }, {}),
        typed('neo4j:2', { amountUsd: 2, n: 3000000000 }, {}),
      ],
      edges: [],
    };
    const types = gexfTypes(toGexf(g));
    expect(types.amountUsd).toBe('long');
    expect(types.n).toBe('long');
    // GraphML said so already.
    expect(toGraphML(g)).toMatch(/attr.name="amountUsd" attr.type="long"/);
  });

  it('names the Cypher type of every column written as text in a comment, as GraphML describes its keys', () => {
    const g: GraphData = {
      nodes: [
        typed(
          'neo4j:1',
          { dt: '2025-01-01T10:00:00+01:00[Europe/Paris]', d: 'P1D', name: 'plain' },
          { '/dt': 'DateTime', '/d': 'Duration' },
        ),
      ],
      edges: [edge('neo4j:r1', 'AT', 'neo4j:1', 'neo4j:1', { when: '2025-01-01' })],
    };
    g.edges[0]!.types = { '/when': 'Date' };
    const xml = toGexf(g);
    expect(gexfTypes(xml).dt).toBe('string');
    const comments = [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]!);
    const typesComment = comments.find((c) => c.includes('Cypher type'));
    expect(typesComment).toBeDefined();
    expect(typesComment).toContain('node attribute dt: DateTime');
    expect(typesComment).toContain('node attribute d: Duration');
    expect(typesComment).toContain('edge attribute when: Date');
    // A plain string column needs no word, nor a list GEXF types itself (liststring).
    expect(typesComment).not.toContain('name:');
    expect(typesComment).not.toContain('labels');
    // A file with no such column has no such comment.
    expect(toGexf({ nodes: [typed('neo4j:2', { name: 'x' }, {})], edges: [] })).not.toContain('Cypher type');
  });
});

describe('the certainty column on a database that is not ours', () => {
  const graph = (foreign?: boolean): ExportGraph => ({
    nodes: [node('a', 'Person'), node('b', 'Person')],
    edges: [
      handWritten('r1', 'KNOWS', 'a', 'b'),
      handWritten('r2', 'WORKED_AT', 'a', 'b'),
      handWritten('r3', 'TALENT_FLOW', 'a', 'b'),
      handWritten('r4', 'WORKED_AT', 'b', 'a', { certainty: 'implied' }),
    ],
    ...(foreign ? { foreign } : {}),
  });
  const csvCertainties = (data: ExportGraph) => {
    const [header, ...rows] = parseCsv(edgesCsv(data)).map((r) => r.fields);
    const at = header!.indexOf('certainty');
    return rows.map((r) => r[at]);
  };

  it('claims none for a relationship without a certainty of ours, in every file, as the panels claim none', () => {
    expect(csvCertainties(graph(true))).toEqual(['', '', '', 'implied']);
    const json = JSON.parse(toJson(graph(true))) as { edges: { certainty: string }[] };
    expect(json.edges.map((e) => e.certainty)).toEqual(['', '', '', 'implied']);
    for (const xml of [toGexf(graph(true)), toGraphML(graph(true))]) {
      expect(xml).not.toContain('unsourced');
      expect(xml).not.toContain('>stated<');
    }
  });

  it('still calls such a relationship unsourced on ours, and a talent flow stated', () => {
    expect(csvCertainties(graph())).toEqual(['unsourced', 'unsourced', 'stated', 'implied']);
  });
});
