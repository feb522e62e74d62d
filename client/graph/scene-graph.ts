// The graphology projection of the scene: keeps a MultiDirectedGraph in step with the scene's nodes and edges,
// keeping every existing position so the picture does not jump, and placing new nodes beside their neighbours.
import { MultiDirectedGraph } from 'graphology';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { primaryLabel } from './style.js';
import { NO_LABEL } from './vocabulary.js';

export interface SceneNodeAttributes {
  x: number;
  y: number;
  size: number;
  /** Primary label (drives colour and shape). */
  kind: string;
  node: GraphNode;
  /** ForceAtlas2 leaves fixed nodes where they are (dragged nodes are pinned). */
  fixed?: boolean;
  pinned?: boolean;
  [key: string]: unknown;
}

export interface SceneEdgeAttributes {
  edge: GraphEdge;
  weight: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
  [key: string]: unknown;
}

export type SceneGraph = MultiDirectedGraph<SceneNodeAttributes, SceneEdgeAttributes>;

export interface SyncResult {
  added: string[];
  removed: string[];
  edgesChanged: boolean;
}

export const DEFAULT_NODE_SIZE = 6;
/** How far from its anchor a new node is placed, in graph units. */
const NEW_NODE_SPREAD = 30;

export function createSceneGraph(): SceneGraph {
  return new MultiDirectedGraph<SceneNodeAttributes, SceneEdgeAttributes>({ allowSelfLoops: true });
}

/** A deterministic number in [0, 1) from a string, so placement is reproducible (tests, shared links). */
export function hashUnit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

/** Makes `graph` hold exactly the nodes and edges of `data`; returns what changed. */
export function syncSceneGraph(graph: SceneGraph, data: GraphData): SyncResult {
  if (graph.order === 0) return importScene(graph, data);
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const edgeIds = new Set(data.edges.map((e) => e.id));
  const removed: string[] = [];
  let edgesChanged = false;

  graph.forEachEdge((key) => {
    if (!edgeIds.has(key)) {
      graph.dropEdge(key);
      edgesChanged = true;
    }
  });
  graph.forEachNode((key) => {
    if (!nodeIds.has(key)) removed.push(key);
  });
  for (const key of removed) graph.dropNode(key);
  if (removed.length) edgesChanged = true;

  const empty = graph.order === 0;
  const added: string[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) {
      if (graph.getNodeAttribute(node.id, 'node') !== node)
        graph.mergeNodeAttributes(node.id, { node, kind: primaryLabel(node) ?? NO_LABEL });
      continue;
    }
    graph.addNode(node.id, {
      x: 0,
      y: 0,
      size: DEFAULT_NODE_SIZE,
      kind: primaryLabel(node) ?? NO_LABEL,
      node,
    });
    added.push(node.id);
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.id)) {
      if (graph.getEdgeAttribute(edge.id, 'edge') !== edge) graph.setEdgeAttribute(edge.id, 'edge', edge);
      continue;
    }
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { edge, weight: edgeWeight(edge) });
    edgesChanged = true;
  }
  placeNewNodes(graph, added, empty);
  return { added, removed, edgesChanged };
}

/** Where the `i`-th of `n` nodes of a fresh scene starts: on a circle, for the layout to refine. */
function freshPosition(id: string, i: number, n: number): { x: number; y: number } {
  const a = (2 * Math.PI * i) / n + hashUnit(id) * 0.3;
  const r = 100 * (0.6 + 0.4 * hashUnit(`${id}#r`));
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/**
 * An empty graph is filled in one pass: node and edge arrays prepared with their attributes and positions, then one
 * `graph.import` (no per-node attribute updates after the fact). Duplicate ids keep their first element, and an
 * edge whose ends are not in the scene is left out, as the incremental path does.
 */
function importScene(graph: SceneGraph, data: GraphData): SyncResult {
  const ids = new Set<string>();
  const nodes = data.nodes.filter((n) => !ids.has(n.id) && ids.add(n.id));
  const edgeIds = new Set<string>();
  const edges = data.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && !edgeIds.has(e.id) && edgeIds.add(e.id),
  );
  graph.import({
    nodes: nodes.map((node, i) => ({
      key: node.id,
      attributes: {
        ...freshPosition(node.id, i, nodes.length),
        size: DEFAULT_NODE_SIZE,
        kind: primaryLabel(node) ?? NO_LABEL,
        node,
      },
    })),
    edges: edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      attributes: { edge, weight: edgeWeight(edge) },
    })),
  });
  return { added: nodes.map((n) => n.id), removed: [], edgesChanged: edges.length > 0 };
}

function edgeWeight(edge: GraphEdge): number {
  const c = edge.properties.count;
  return typeof c === 'number' && c > 0 ? c : 1;
}

/**
 * New nodes go next to the centre of their already-placed neighbours (with a small deterministic offset); nodes
 * with no placed neighbour go on a ring around the scene. A fresh scene starts on a circle for the layout to refine.
 */
export function placeNewNodes(graph: SceneGraph, added: string[], fresh: boolean): void {
  if (!added.length) return;
  const addedSet = new Set(added);
  if (fresh) {
    added.forEach((id, i) => graph.mergeNodeAttributes(id, freshPosition(id, i, added.length)));
    return;
  }
  const bounds = extent(graph, addedSet);
  const pending = [...added];
  // Two passes: nodes whose neighbours were themselves just placed get a position on the second pass.
  for (let pass = 0; pass < 2 && pending.length; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const id = pending[i]!;
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(id, (nb, attrs) => {
        if (addedSet.has(nb)) return;
        sx += attrs.x;
        sy += attrs.y;
        n++;
      });
      if (!n) continue;
      const a = 2 * Math.PI * hashUnit(id);
      const r = NEW_NODE_SPREAD * (0.5 + hashUnit(`${id}#r`));
      graph.mergeNodeAttributes(id, { x: sx / n + r * Math.cos(a), y: sy / n + r * Math.sin(a) });
      addedSet.delete(id);
      pending.splice(i, 1);
    }
  }
  pending.forEach((id) => {
    const a = 2 * Math.PI * hashUnit(id);
    const r = bounds.radius * 1.15 + NEW_NODE_SPREAD;
    graph.mergeNodeAttributes(id, { x: bounds.cx + r * Math.cos(a), y: bounds.cy + r * Math.sin(a) });
  });
}

function extent(graph: SceneGraph, skip: Set<string>): { cx: number; cy: number; radius: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((id, a) => {
    if (skip.has(id)) return;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (minX === Infinity) return { cx: 0, cy: 0, radius: 50 };
  return {
    cx: (minX + maxX) / 2,
    cy: (minY + maxY) / 2,
    radius: Math.max(50, Math.hypot(maxX - minX, maxY - minY) / 2),
  };
}

type ParallelIndex = Pick<SceneEdgeAttributes, 'parallelIndex' | 'parallelMinIndex' | 'parallelMaxIndex'>;

/**
 * Spreads parallel facts into distinct curves: the attributes @sigma/edge-curve's indexParallelEdgesIndex writes, the
 * same values for the same graph, written in one graph update. Its own sets two or three attributes per edge one by
 * one, and each set is an event the renderer handles (6,000 of them for a scene of 3,000 facts); one
 * updateEachEdgeAttributes is one event.
 *  - alone between its two nodes: index and max null;
 *  - alone in its direction, with facts the other way: index 1, max 1;
 *  - several, all one way: index from −(n−1)/2 to (n−1)/2 by 1, min −(n−1)/2, max (n−1)/2;
 *  - several, both ways: index 1…n within its direction, max n (n: the facts in its direction).
 * Where edge-curve leaves the min alone, so does this.
 */
export function indexParallelFacts(graph: SceneGraph): void {
  const bySource = new Map<string, Map<string, string[]>>();
  graph.forEachEdge((edge, _a, source, target) => {
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    const group = byTarget.get(target);
    if (group) group.push(edge);
    else byTarget.set(target, [edge]);
  });
  const index = new Map<string, ParallelIndex>();
  for (const [source, byTarget] of bySource) {
    for (const [target, edges] of byTarget) {
      const n = edges.length;
      const opposite = source === target ? 0 : (bySource.get(target)?.get(source)?.length ?? 0);
      if (n === 1 && opposite === 0) index.set(edges[0]!, { parallelIndex: null, parallelMaxIndex: null });
      else if (n === 1) index.set(edges[0]!, { parallelIndex: 1, parallelMaxIndex: 1 });
      else if (opposite === 0) {
        const max = (n - 1) / 2;
        edges.forEach((e, i) =>
          index.set(e, { parallelIndex: -max + i, parallelMinIndex: -max, parallelMaxIndex: max }),
        );
      } else edges.forEach((e, i) => index.set(e, { parallelIndex: i + 1, parallelMaxIndex: n }));
    }
  }
  graph.updateEachEdgeAttributes((edge, attrs) => Object.assign(attrs, index.get(edge)), {
    attributes: ['parallelIndex', 'parallelMinIndex', 'parallelMaxIndex'],
  });
}
