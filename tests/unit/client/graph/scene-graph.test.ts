// The graphology projection follows the scene without moving what is already placed.
import { describe, expect, it } from 'vitest';
import { layoutNow, settleNewNodes } from '../../../../client/graph/layout.js';
import { nodeSizes } from '../../../../client/graph/metrics.js';
import { createSceneGraph, syncSceneGraph } from '../../../../client/graph/scene-graph.js';
import { articleGraph, edge, node } from '../fixtures.js';

describe('scene graph', () => {
  it('adds, updates and removes nodes and edges to match the data', () => {
    const graph = createSceneGraph();
    const g = articleGraph();
    const first = syncSceneGraph(graph, g);
    expect(first.added).toHaveLength(8);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(8);
    const second = syncSceneGraph(graph, {
      nodes: g.nodes.filter((n) => n.id !== 'org:fair'),
      edges: g.edges,
    });
    expect(second.removed).toEqual(['org:fair']);
    expect(graph.hasEdge('fact:xinlei-chen-left-fair')).toBe(false);
  });

  it('keeps existing positions when the scene grows and places new nodes near their neighbours', () => {
    const graph = createSceneGraph();
    const g = articleGraph();
    syncSceneGraph(graph, g);
    layoutNow(graph);
    const before = new Map(graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    const grown = {
      nodes: [...g.nodes, node('person:alan-rice', 'Person', { name: 'Alan Rice' })],
      edges: [
        ...g.edges,
        edge('fact:alan-rice-left-meta', 'WORKED_AT', 'person:alan-rice', 'org:meta', { left: true }),
      ],
    };
    const res = syncSceneGraph(graph, grown);
    settleNewNodes(graph, res.added);
    for (const [id, p] of before) {
      expect(graph.getNodeAttribute(id, 'x')).toBeCloseTo(p.x, 6);
      expect(graph.getNodeAttribute(id, 'y')).toBeCloseTo(p.y, 6);
    }
    const meta = before.get('org:meta')!;
    const rice = graph.getNodeAttributes('person:alan-rice');
    const spread = Math.max(...[...before.values()].map((p) => Math.hypot(p.x - meta.x, p.y - meta.y)));
    expect(Math.hypot(rice.x - meta.x, rice.y - meta.y)).toBeLessThan(spread * 1.5);
  });

  it('sizes nodes by degree or PageRank within the pixel range', () => {
    const graph = createSceneGraph();
    syncSceneGraph(graph, articleGraph());
    for (const by of ['degree', 'pagerank'] as const) {
      const sizes = nodeSizes(graph, by, 4, 18);
      expect(sizes.size).toBe(8);
      for (const v of sizes.values()) expect(v).toBeGreaterThanOrEqual(4 - 1e-9);
      for (const v of sizes.values()) expect(v).toBeLessThanOrEqual(18 + 1e-9);
    }
    const deg = nodeSizes(graph, 'degree');
    expect(deg.get('person:xinlei-chen')!).toBeGreaterThan(deg.get('org:fair')!);
  });
});
