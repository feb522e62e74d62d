// A graph built inside a Cypher query (maps shaped like nodes and relationships, no real elements) keeps every
// property's Cypher type: each element found in the rows carries its row's hints as its own `types`.
import { describe, expect, it } from 'vitest';
import { collectGraph } from '../../../../client/api/graph-json.js';

describe('collectGraph of a Cypher answer’s rows', () => {
  it('types each element by its row’s hints, as a real node is typed', () => {
    // Made-up rows as the server answers `RETURN {id: 'v1', labels: ['V'], properties: {…}} AS n, …`.
    const rows = [
      {
        n: {
          id: 'v1',
          labels: ['V'],
          properties: { w: 1, d: '2025-01-01', big: '9007199254740993', s: 'x' },
        },
        r: [{ id: 'e1', type: 'T', source: 'v1', target: 'v2', properties: { 'a/b': [0.5, 2] } }],
      },
      { n: { id: 'v2', labels: ['V'], properties: { w: 2 } }, r: [] },
    ];
    const types: Record<string, string>[] = [
      {
        '/n': 'Map',
        '/n/properties/w': 'Float',
        '/n/properties/d': 'Date',
        '/n/properties/big': 'Integer',
        '/r/0': 'Map',
        '/r/0/properties/a~1b/0': 'Float',
        '/r/0/properties/a~1b/1': 'Float',
      },
      { '/n': 'Map' },
    ];
    const g = collectGraph(rows, types);
    expect(g.nodes).toEqual([
      {
        id: 'v1',
        labels: ['V'],
        properties: rows[0]!.n.properties,
        types: { '/w': 'Float', '/d': 'Date', '/big': 'Integer' },
      },
      // Nothing hinted: no `types`, as a real element whose values all show their type.
      { id: 'v2', labels: ['V'], properties: { w: 2 } },
    ]);
    expect(g.edges).toEqual([
      {
        id: 'e1',
        type: 'T',
        source: 'v1',
        target: 'v2',
        properties: { 'a/b': [0.5, 2] },
        types: { '/a~1b/0': 'Float', '/a~1b/1': 'Float' },
      },
    ]);
  });

  it('reads each row by its own hints: the first occurrence of an id keeps its types', () => {
    const node = { id: 'v1', labels: [], properties: { w: 1 } };
    const g = collectGraph([{ a: node }, { b: node }], [{}, { '/b/properties/w': 'Float' }]);
    expect(g.nodes).toEqual([{ id: 'v1', labels: [], properties: { w: 1 } }]);
    const h = collectGraph([{ a: node }, { b: node }], [{ '/a/properties/w': 'Float' }, {}]);
    expect(h.nodes[0]!.types).toEqual({ '/w': 'Float' });
  });
});
