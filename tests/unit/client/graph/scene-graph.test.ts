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

  it('fills an empty graph in one import: the same graph as element by element, duplicates and dangling edges left out', () => {
    const g = articleGraph();
    const data = {
      nodes: [...g.nodes, g.nodes[0]!],
      edges: [...g.edges, g.edges[0]!, edge('fact:dangling', 'WORKED_AT', g.nodes[0]!.id, 'person:nobody')],
    };
    const graph = createSceneGraph();
    const imported: string[] = [];
    // One pass: every node arrives with its position, kind and size already set; none is updated afterwards.
    let updates = 0;
    graph.on('nodeAdded', ({ key }) => imported.push(key));
    graph.on('nodeAttributesUpdated', () => updates++);
    const result = syncSceneGraph(graph, data);
    expect(result.added).toEqual(g.nodes.map((n) => n.id));
    expect(imported).toEqual(g.nodes.map((n) => n.id));
    expect(updates).toBe(0);
    expect(graph.size).toBe(g.edges.length);
    expect(graph.hasEdge('fact:dangling')).toBe(false);
    graph.forEachNode((_id, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.kind).toBe(a.node.labels[0]);
    });
    // The incremental path (a scene that already had one of the nodes) lands on the same elements.
    const stepwise = createSceneGraph();
    syncSceneGraph(stepwise, { nodes: [g.nodes[0]!], edges: [] });
    syncSceneGraph(stepwise, data);
    expect(stepwise.nodes().sort()).toEqual(graph.nodes().sort());
    expect(stepwise.edges().sort()).toEqual(graph.edges().sort());
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
