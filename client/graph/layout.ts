// Synchronous layout steps for small scenes and for settling new nodes: ForceAtlas2 (graphology's) then noverlap.
// Big scenes use the web-worker supervisor in layout-worker.ts instead, so the page never freezes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { SceneGraph } from './scene-graph.js';

/** Up to this many nodes the first layout runs synchronously (a few ms): the scene opens already laid out. */
export const DEFAULT_SYNC_LAYOUT_MAX_NODES = 600;
const SYNC_ITERATIONS = 300;
const SETTLE_ITERATIONS = 60;

/** What a scene needs after setData: nothing, new nodes settled, a whole layout now, or the worker layout. */
export type LayoutPlan = 'none' | 'settle' | 'sync' | 'worker';

/**
 * Chooses how to lay out a scene of `order` nodes of which `added` are new. A fresh scene is laid out whole; so is a
 * grown one that is mostly new (more than half of it, or more new nodes than a synchronous settle handles), since
 * new nodes are only placed beside a neighbour — a result sharing one node with the scene would otherwise stay in
 * a heap. Known nodes keep their positions as the layout's start.
 */
export function planLayout(scene: { order: number; added: number; fresh: boolean }): LayoutPlan {
  const { order, added, fresh } = scene;
  if (order === 0) return 'none';
  if (fresh) return order <= DEFAULT_SYNC_LAYOUT_MAX_NODES ? 'sync' : 'worker';
  if (added === 0) return 'none';
  if (order <= DEFAULT_SYNC_LAYOUT_MAX_NODES) return 'settle';
  return added > order / 2 || added > DEFAULT_SYNC_LAYOUT_MAX_NODES ? 'worker' : 'none';
}

export function layoutSettings(graph: SceneGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    barnesHutOptimize: graph.order > 400,
    edgeWeightInfluence: 0.5,
    gravity: 1,
    scalingRatio: 12,
    slowDown: 2,
  };
}

/** Lays out the whole scene in place (only for small scenes), then removes overlaps. */
export function layoutNow(graph: SceneGraph, iterations = SYNC_ITERATIONS): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: 'weight' });
  removeOverlaps(graph);
}

/** Lets new nodes find their place while every other node stays where it was. */
export function settleNewNodes(graph: SceneGraph, added: string[]): void {
  if (!added.length || graph.order < 2) return;
  const fresh = new Set(added);
  const wasFixed = new Map<string, boolean | undefined>();
  graph.forEachNode((id, a) => {
    wasFixed.set(id, a.fixed);
    if (!fresh.has(id)) graph.setNodeAttribute(id, 'fixed', true);
  });
  forceAtlas2.assign(graph, {
    iterations: SETTLE_ITERATIONS,
    settings: layoutSettings(graph),
    getEdgeWeight: 'weight',
  });
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'fixed', wasFixed.get(id) ?? false));
  removeOverlaps(graph, fresh);
}

/** noverlap over the scene; pinned nodes (and, when given, nodes outside `movable`) keep their place. */
/** Above this many nodes noverlap is skipped: it runs on the main thread and would freeze the page. */
export const DEFAULT_NOVERLAP_MAX_NODES = 2_000;

export function removeOverlaps(graph: SceneGraph, movable?: Set<string>): void {
  if (graph.order < 2 || graph.order > DEFAULT_NOVERLAP_MAX_NODES) return;
  const before = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    if (a.pinned || (movable && !movable.has(id))) before.set(id, { x: a.x, y: a.y });
  });
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 4, ratio: 1.4, expansion: 1.05 } });
  for (const [id, p] of before) graph.mergeNodeAttributes(id, p);
}
