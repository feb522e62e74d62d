// Scene metrics on small graphs whose answers are known, the quantile ranges a colour rule draws, and sizes scaled
// into the pixel range.
import { describe, expect, it } from 'vitest';
import {
  computeAppearance,
  computeMetric,
  RANGE_PALETTE,
  rangeBins,
  scaleSizes,
  sceneStructure,
  type SceneStructure,
} from '../../../../client/graph/metrics.js';
import { createSceneGraph, syncSceneGraph } from '../../../../client/graph/scene-graph.js';
import { edge, node } from '../fixtures.js';

/** A star: `hub` linked to five leaves (facts pointing from the leaves to the hub, as people join a company). */
const star: SceneStructure = {
  nodes: ['hub', 'a', 'b', 'c', 'd', 'e'],
  edges: ['a', 'b', 'c', 'd', 'e'].map((l) => [l, 'hub'] as [string, string]),
};

const argmax = (v: Record<string, number>) => Object.entries(v).sort((x, y) => y[1] - x[1])[0]![0];

describe('scene metrics', () => {
  it('gives a star’s centre the highest degree, PageRank and betweenness, and its leaves no betweenness', () => {
    for (const m of ['degree', 'pagerank', 'betweenness'] as const)
      expect(argmax(computeMetric(star, m))).toBe('hub');
    const b = computeMetric(star, 'betweenness');
    expect(b.hub).toBeGreaterThan(0);
    for (const l of ['a', 'b', 'c', 'd', 'e']) expect(b[l]).toBe(0);
  });

  it('counts parallel facts once and ignores self-loops', () => {
    const d = computeMetric(
      {
        nodes: ['x', 'y'],
        edges: [
          ['x', 'y'],
          ['y', 'x'],
          ['x', 'y'],
          ['x', 'x'],
        ],
      },
      'degree',
    );
    expect(d).toEqual({ x: 1, y: 1 });
  });

  it('gives the bridge between two groups the highest betweenness', () => {
    // Two triangles joined through `m`: every path between the groups crosses it.
    const s: SceneStructure = {
      nodes: ['a1', 'a2', 'a3', 'm', 'b1', 'b2', 'b3'],
      edges: [
        ['a1', 'a2'],
        ['a2', 'a3'],
        ['a3', 'a1'],
        ['b1', 'b2'],
        ['b2', 'b3'],
        ['b3', 'b1'],
        ['a1', 'm'],
        ['m', 'b1'],
      ],
    };
    expect(argmax(computeMetric(s, 'betweenness'))).toBe('m');
  });

  it('handles a scene without edges or without nodes', () => {
    expect(computeMetric({ nodes: ['x', 'y'], edges: [] }, 'pagerank')).toEqual({ x: 0.5, y: 0.5 });
    expect(computeMetric({ nodes: [], edges: [] }, 'betweenness')).toEqual({});
    expect(
      computeAppearance({ nodes: [], edges: [] }, { size: 'pagerank', color: 'pagerank' }).ranges,
    ).toEqual({
      bins: [],
      binOf: {},
      palette: 'range',
    });
  });
});

describe('the structure measured', () => {
  /** A works at X by a stated fact and at Y by an implied one; B works at X. */
  const graph = createSceneGraph();
  syncSceneGraph(graph, {
    nodes: [node('a', 'Person'), node('b', 'Person'), node('x', 'Organization'), node('y', 'Organization')],
    edges: [
      edge('ax', 'WORKED_AT', 'a', 'x'),
      edge('ay', 'WORKED_AT', 'a', 'y', { certainty: 'implied' }),
      edge('bx', 'WORKED_AT', 'b', 'x'),
    ],
  });

  it('holds only the facts drawn: a hidden fact between two drawn nodes adds nothing to their degree', () => {
    const all = new Set(['a', 'b', 'x', 'y']);
    const structure = sceneStructure(graph, all, new Set(['ax', 'bx']));
    expect(structure.nodes).toEqual(['a', 'b', 'x', 'y']);
    expect(structure.edges).toEqual([
      ['a', 'x'],
      ['b', 'x'],
    ]);
    expect(computeMetric(structure, 'degree')).toEqual({ a: 1, b: 1, x: 2, y: 0 });
  });

  it('holds every fact between drawn nodes when no fact is hidden, and none to a hidden node', () => {
    expect(sceneStructure(graph, null, null).edges).toHaveLength(3);
    expect(sceneStructure(graph, new Set(['a', 'b', 'x']), null).edges).toEqual([
      ['a', 'x'],
      ['b', 'x'],
    ]);
  });
});

describe('quantile ranges', () => {
  it('cuts ten distinct values into five ranges of two, low to high along the palette', () => {
    const values = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`n${i}`, i]));
    const { bins, binOf } = rangeBins(values, 5);
    expect(bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [0, 1, 2],
      [2, 3, 2],
      [4, 5, 2],
      [6, 7, 2],
      [8, 9, 2],
    ]);
    expect(bins.map((b) => b.color)).toEqual([0, 1, 2, 3, 4]);
    expect(binOf.n0).toBe(0);
    expect(binOf.n9).toBe(4);
  });

  it('never splits equal values, so mostly tied values give fewer ranges that still cover every node', () => {
    const values = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0, h: 3, i: 7 };
    const { bins, binOf } = rangeBins(values, 5);
    expect(bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [0, 0, 7],
      [3, 3, 1],
      [7, 7, 1],
    ]);
    // Three ranges use the palette's two ends and its middle.
    expect(bins.map((b) => b.color)).toEqual([0, 2, 4]);
    expect(Object.keys(binOf)).toHaveLength(9);
    for (const [id, v] of Object.entries(values)) {
      const bin = bins[binOf[id]!]!;
      expect(v).toBeGreaterThanOrEqual(bin.min);
      expect(v).toBeLessThanOrEqual(bin.max);
    }
  });

  it('has one palette step per range in both themes', () => {
    expect(RANGE_PALETTE.light).toHaveLength(5);
    expect(RANGE_PALETTE.dark).toHaveLength(5);
  });
});

describe('appearance', () => {
  it('computes what the rule uses: no sizes for a fixed size, no ranges for colour by kind', () => {
    expect(computeAppearance(star, { size: 'fixed', color: 'kind' })).toEqual({
      sizeValues: null,
      ranges: null,
    });
    const r = computeAppearance(star, { size: 'pagerank', color: 'betweenness' });
    expect(argmax(r.sizeValues!)).toBe('hub');
    expect(r.ranges!.bins.at(-1)).toMatchObject({ count: 1, min: r.ranges!.bins.at(-1)!.max });
    expect(r.ranges!.binOf.hub).toBe(r.ranges!.bins.length - 1);
  });

  it('scales sizes into the pixel range with the largest value largest', () => {
    const sizes = scaleSizes({ a: 0, b: 1, c: 4 }, 5, 15);
    expect(sizes.get('a')).toBe(5);
    expect(sizes.get('c')).toBe(15);
    expect(sizes.get('b')).toBeCloseTo(10, 6);
  });
});
