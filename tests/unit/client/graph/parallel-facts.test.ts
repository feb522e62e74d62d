// Parallel facts between the same two nodes are spread into curves (the attributes @sigma/edge-curve's
// indexParallelEdgesIndex writes, whose cases the expectations below spell out), in one graph update.
import { describe, expect, it, vi } from 'vitest';
import { createSceneGraph, indexParallelFacts } from '../../../../client/graph/scene-graph.js';

function graphOf(edges: [string, string, string][]) {
  const graph = createSceneGraph();
  for (const [key, s, t] of edges) {
    for (const n of [s, t])
      if (!graph.hasNode(n)) graph.addNode(n, { x: 0, y: 0, size: 1, kind: 'K' } as never);
    graph.addDirectedEdgeWithKey(key, s, t, {} as never);
  }
  return graph;
}

const index = (graph: ReturnType<typeof createSceneGraph>, key: string) => {
  const a = graph.getEdgeAttributes(key);
  return [a.parallelIndex, a.parallelMinIndex, a.parallelMaxIndex];
};

describe('indexParallelFacts', () => {
  it('gives each case of parallel facts its curve, as @sigma/edge-curve does', () => {
    const graph = graphOf([
      ['alone', 'a', 'b'],
      ['there', 'c', 'd'],
      ['back', 'd', 'c'],
      ['same-1', 'e', 'f'],
      ['same-2', 'e', 'f'],
      ['same-3', 'e', 'f'],
      ['both-1', 'g', 'h'],
      ['both-2', 'g', 'h'],
      ['both-back', 'h', 'g'],
      ['loop-1', 'x', 'x'],
      ['loop-2', 'x', 'x'],
      ['lone-loop', 'y', 'y'],
    ]);
    indexParallelFacts(graph);
    expect(index(graph, 'alone')).toEqual([null, undefined, null]);
    expect(index(graph, 'there')).toEqual([1, undefined, 1]);
    expect(index(graph, 'back')).toEqual([1, undefined, 1]);
    expect(['same-1', 'same-2', 'same-3'].map((k) => index(graph, k))).toEqual([
      [-1, -1, 1],
      [0, -1, 1],
      [1, -1, 1],
    ]);
    expect(['both-1', 'both-2', 'both-back'].map((k) => index(graph, k))).toEqual([
      [1, undefined, 2],
      [2, undefined, 2],
      [1, undefined, 1],
    ]);
    expect(['loop-1', 'loop-2', 'lone-loop'].map((k) => index(graph, k))).toEqual([
      [-0.5, -0.5, 0.5],
      [0.5, -0.5, 0.5],
      [null, undefined, null],
    ]);
  });

  it('writes what @sigma/edge-curve writes, on random multigraphs with loops and facts both ways', async () => {
    // The library's module reads WebGL constants as it loads (for its programs, unused here): any numbers do.
    const constants = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? k.length : undefined) });
    vi.stubGlobal('WebGLRenderingContext', constants);
    vi.stubGlobal('WebGL2RenderingContext', constants);
    const { indexParallelEdgesIndex } = await import('@sigma/edge-curve');
    vi.unstubAllGlobals();
    let seed = 7;
    const pick = (n: number) =>
      `n${Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n)}`;
    for (let trial = 0; trial < 50; trial++) {
      const edges = Array.from(
        { length: 60 },
        (_, e) => [`e${e}`, pick(12), pick(12)] as [string, string, string],
      );
      const theirs = graphOf(edges);
      const ours = graphOf(edges);
      indexParallelEdgesIndex(theirs as never);
      indexParallelFacts(ours);
      expect(ours.mapEdges((k) => index(ours, k))).toEqual(theirs.mapEdges((k) => index(theirs, k)));
    }
  });

  it('is one graph event, however many facts there are', () => {
    const graph = graphOf(Array.from({ length: 300 }, (_, i) => [`f${i}`, `p${i % 7}`, `o${i % 3}`]));
    const events: string[] = [];
    for (const type of ['edgeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const)
      graph.on(type, () => events.push(type));
    indexParallelFacts(graph);
    expect(events).toEqual(['eachEdgeAttributesUpdated']);
  });

  it('renumbers when facts come and go, keeping the other attributes', () => {
    const graph = graphOf([
      ['one', 'a', 'b'],
      ['two', 'a', 'b'],
    ]);
    graph.setEdgeAttribute('one', 'weight', 3);
    indexParallelFacts(graph);
    expect(index(graph, 'one')).toEqual([-0.5, -0.5, 0.5]);
    graph.dropEdge('two');
    indexParallelFacts(graph);
    // A stale min stays, as with edge-curve: the curve reads only index and max.
    expect(index(graph, 'one')).toEqual([null, -0.5, null]);
    expect(graph.getEdgeAttribute('one', 'weight')).toBe(3);
  });
});
