// Resolving format-2 Cypher rows (refs into the answer's graph) back into the nodes, relationships and paths
// format 1 writes, with their type hints: what the Table and JSON views of a result frame draw.
import { describe, expect, it } from 'vitest';
import type { CypherResult } from '../../../../client/api/api.js';
import { shownRows } from '../../../../client/state/cypher-rows.js';
import type { CypherRefsResponse } from '../../../../model/api-responses.js';
import { hasRefShape, resolveRefRows } from '../../../../model/cypher-refs.js';
import type { GraphData } from '../../../../model/graph.js';
import { cypherAnswer } from '../answers.js';

const GRAPH: GraphData = {
  nodes: [
    { id: 'person:a', labels: ['Person'], properties: { name: 'A', id: 'person:a' } },
    { id: 'org:b', labels: ['Organization'], properties: { name: 'B', id: 'org:b' } },
  ],
  edges: [
    {
      id: 'fact:ab',
      type: 'WORKED_AT',
      source: 'person:a',
      target: 'org:b',
      properties: { role: 'engineer', since: 3 },
    },
    {
      id: 'flow:ab',
      type: 'TALENT_FLOW',
      source: 'person:a',
      target: 'org:b',
      properties: { count: 2 },
    },
  ],
};

function refsAnswer(p: Partial<CypherRefsResponse>): CypherRefsResponse {
  const { summary, bookmarks } = cypherAnswer(GRAPH, { rowCount: p.rows?.length ?? 0 });
  return {
    format: 2,
    columns: [],
    rows: [],
    types: [],
    graph: GRAPH,
    omitted: { nodes: {}, edges: {} },
    summary,
    bookmarks,
    ...p,
  };
}

describe('resolveRefRows', () => {
  it('puts the graph’s node, relationship and path back where their refs stand, with their type hints', () => {
    const answer = refsAnswer({
      columns: ['n', 'r', 'p', 'name'],
      rows: [
        {
          n: { $node: 'person:a' },
          r: { $rel: 'fact:ab' },
          p: { $path: { nodes: ['person:a', 'org:b'], edges: ['fact:ab'] } },
          name: 'A',
        },
      ],
      types: [{ '/r/properties/since': 'Float' }],
    });
    const { rows, types } = resolveRefRows(answer);
    expect(rows).toEqual([
      {
        n: GRAPH.nodes[0],
        r: GRAPH.edges[0],
        p: { nodes: [GRAPH.nodes[0], GRAPH.nodes[1]], edges: [GRAPH.edges[0]] },
        name: 'A',
      },
    ]);
    expect(types).toEqual([
      { '/n': 'Node', '/r': 'Relationship', '/p': 'Path', '/r/properties/since': 'Float' },
    ]);
    // The answer itself is left as it came.
    expect(answer.types[0]).toEqual({ '/r/properties/since': 'Float' });
    expect(answer.rows[0]!.n).toEqual({ $node: 'person:a' });
  });

  it('adds back the properties the graph leaves out, without changing the graph', () => {
    const answer = refsAnswer({
      columns: ['f', 'n'],
      rows: [{ f: { $rel: 'flow:ab' }, n: { $node: 'person:a' } }],
      types: [{}],
      omitted: {
        nodes: { 'person:a': { searchText: 'a' } },
        edges: { 'flow:ab': { people: ['person:a', 'person:c'] } },
      },
    });
    const [row] = resolveRefRows(answer).rows;
    expect(row!.f).toEqual({ ...GRAPH.edges[1], properties: { count: 2, people: ['person:a', 'person:c'] } });
    expect(row!.n).toMatchObject({ properties: { name: 'A', id: 'person:a', searchText: 'a' } });
    expect(GRAPH.edges[1]!.properties.people).toBeUndefined();
    expect(GRAPH.nodes[0]!.properties.searchText).toBeUndefined();
  });

  it('finds refs inside lists and maps, and leaves maps that only look like refs (hinted Map) as maps', () => {
    const answer = refsAnswer({
      columns: ['xs', 'm', 'fake', 'fakeAround'],
      rows: [
        {
          xs: [[{ $node: 'org:b' }], { inner: { $rel: 'fact:ab' } }],
          m: { a: { $node: 'person:a' }, b: 1 },
          fake: { $node: 'not a ref' },
          fakeAround: { $rel: { $node: 'org:b' } },
        },
      ],
      types: [{ '/fake': 'Map', '/fakeAround': 'Map', '/m/b': 'Float' }],
    });
    const { rows, types } = resolveRefRows(answer);
    expect(rows[0]).toEqual({
      xs: [[GRAPH.nodes[1]], { inner: GRAPH.edges[0] }],
      m: { a: GRAPH.nodes[0], b: 1 },
      fake: { $node: 'not a ref' },
      fakeAround: { $rel: GRAPH.nodes[1] },
    });
    // Format 1 hints no map: the look-alikes' Map hints go; the refs' own types come.
    expect(types[0]).toEqual({
      '/xs/0/0': 'Node',
      '/xs/1/inner': 'Relationship',
      '/m/a': 'Node',
      '/m/b': 'Float',
      '/fakeAround/$rel': 'Node',
    });
  });

  it('keeps a ref the graph does not hold as it is (nothing is invented), and resolves only the rows asked for', () => {
    const answer = refsAnswer({
      columns: ['n'],
      rows: [{ n: { $node: 'person:gone' } }, { n: { $node: 'person:a' } }, { n: { $node: 'org:b' } }],
      types: [{}, {}, {}],
    });
    expect(resolveRefRows(answer).rows[0]).toEqual({ n: { $node: 'person:gone' } });
    const two = resolveRefRows(answer, 2);
    expect(two.rows).toHaveLength(2);
    expect(two.types).toHaveLength(2);
  });

  it('tells a ref’s shape: one key, $node, $rel or $path', () => {
    expect(hasRefShape({ $node: 'x' })).toBe(true);
    expect(hasRefShape({ $path: { nodes: [], edges: [] } })).toBe(true);
    expect(hasRefShape({ $node: 'x', other: 1 })).toBe(false);
    expect(hasRefShape({ node: 'x' })).toBe(false);
    expect(hasRefShape([{ $node: 'x' }])).toBe(false);
    expect(hasRefShape(null)).toBe(false);
  });
});

describe('shownRows', () => {
  it('shows a format-1 answer’s rows and hints as they came, cut at the maximum', () => {
    const answer: CypherResult = {
      ...cypherAnswer(GRAPH),
      columns: ['n'],
      rows: [{ n: GRAPH.nodes[0]! }, { n: GRAPH.nodes[1]! }],
      types: [{ '/n': 'Node' }, { '/n': 'Node' }],
    };
    expect(shownRows(answer, 1)).toEqual({ rows: [answer.rows[0]], types: [answer.types[0]] });
  });

  it('shows a format-2 answer’s rows resolved, once per answer (a tab switch reuses them)', () => {
    const answer = refsAnswer({
      columns: ['n'],
      rows: [{ n: { $node: 'person:a' } }],
      types: [{}],
    });
    const first = shownRows(answer, 1_000);
    expect(first).toEqual({ rows: [{ n: GRAPH.nodes[0] }], types: [{ '/n': 'Node' }] });
    expect(shownRows(answer, 1_000)).toBe(first);
  });
});
