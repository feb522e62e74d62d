// @vitest-environment jsdom
// File exports keep a point's coordinates Floats: a point is written as the extended WKT the Query API's typed JSON
// gives it (SRID=7203;POINT (1.0 -0.0)), not as the plain JSON map it arrives as ({"srid":7203,"x":1,"y":"-0.0"},
// where the Float 1.0 reads as an Integer and -0.0 as a string), in a column that says it holds points.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../client/graph/export-gexf.js';
import { nodesCsv } from '../../../../client/graph/exports.js';
import { toGraphML } from '../../../../client/graph/export-graphml.js';
import type { GraphData, JsonValue } from '../../../../model/graph.js';
import { parseCsv } from '../../../../seed/csv.js';
import { node } from '../fixtures.js';

/**
 * A made-up foreign node as the server's plain JSON gives `pt: point({x: 1.0, y: -0.0})` and
 * `p3: point({x: 1, y: 2, z: 3})` (server/db/convert.ts: coordinates JSON cannot write, -0.0, as Cypher's text; the
 * Point hint says they are Floats), and a list of points.
 */
const POINTS: GraphData = {
  nodes: [
    {
      ...node('neo4j:1', 'Place', {
        pt: { srid: 7203, x: 1, y: '-0.0' },
        p3: { srid: 9157, x: 1, y: 2, z: 3 },
        ps: [{ srid: 4326, x: 12.5, y: 41 }],
      }),
      types: { '/pt': 'Point', '/p3': 'Point', '/ps/0': 'Point' },
    },
  ],
  edges: [],
};

const PT = 'SRID=7203;POINT (1.0 -0.0)';
const P3 = 'SRID=9157;POINT Z (1.0 2.0 3.0)';

function csvRow(text: string): Record<string, string> {
  const [head, row] = parseCsv(text).map((r) => r.fields);
  return Object.fromEntries(head!.map((k, i) => [k, row![i] ?? '']));
}

describe('a point in file exports', () => {
  it('writes a CSV cell as WKT with its SRID under a header that says it holds points', () => {
    const row = csvRow(nodesCsv(POINTS));
    expect(row['pt:Point']).toBe(PT);
    expect(row['p3:Point']).toBe(P3);
  });

  it('writes a GraphML string key described Point, its data WKT', () => {
    const doc = new DOMParser().parseFromString(toGraphML(POINTS), 'application/xml');
    const key = (name: string) =>
      [...doc.getElementsByTagName('key')].find((k) => k.getAttribute('attr.name') === name)!;
    const data = (name: string) =>
      [...doc.getElementsByTagName('data')].find(
        (d) => d.getAttribute('key') === key(name).getAttribute('id'),
      )!.textContent;
    expect(key('pt').getAttribute('attr.type')).toBe('string');
    expect(key('pt').getElementsByTagName('desc')[0]?.textContent).toBe('Point');
    expect([data('pt'), data('p3')]).toEqual([PT, P3]);
  });

  it('writes a GEXF string attribute as WKT', () => {
    const g = parseGexf(Graph, toGexf(POINTS));
    expect([g.getNodeAttribute('neo4j:1', 'pt'), g.getNodeAttribute('neo4j:1', 'p3')]).toEqual([PT, P3]);
  });

  it('writes a list of points as the JSON list of their WKT, under a header that says so', () => {
    expect(csvRow(nodesCsv(POINTS))['ps:List<Point>']).toBe('["SRID=4326;POINT (12.5 41.0)"]');
  });

  it('writes a point in a column of any type as the typed JSON of the Query API', () => {
    const mixed: GraphData = {
      nodes: [POINTS.nodes[0]!, node('neo4j:2', 'Place', { pt: 'x' })],
      edges: [],
    };
    const pt = csvRow(nodesCsv(mixed))['pt:Any']!;
    expect(JSON.parse(pt) as JsonValue).toEqual({ $type: 'Point', _value: PT });
  });
});
