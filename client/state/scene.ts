// The scene: the nodes and edges the user is looking at, as immutable data. Every change (add, replace, remove,
// hide, collapse) is a pure function returning a new scene; undo/redo keeps the previous scenes.
import { compareIds, type GraphData, type GraphEdge, type GraphNode } from '../../model/graph.js';
import { splitFlows } from './flows.js';

export interface Scene {
  nodes: Readonly<Record<string, GraphNode>>;
  edges: Readonly<Record<string, GraphEdge>>;
  /** Nodes kept in the scene but not drawn (the user hid them). */
  hidden: Readonly<Record<string, true>>;
}

export const EMPTY_SCENE: Scene = { nodes: {}, edges: {}, hidden: {} };

export function sceneFromGraph(data: GraphData): Scene {
  return addToScene(EMPTY_SCENE, data);
}

export function sceneToGraph(scene: Scene): GraphData {
  return { nodes: Object.values(scene.nodes), edges: Object.values(scene.edges) };
}

export function sceneSize(scene: Scene): { nodes: number; edges: number } {
  return { nodes: Object.keys(scene.nodes).length, edges: Object.keys(scene.edges).length };
}

/**
 * Adds nodes and edges (known ids keep their current data unless `refresh`); edges need both ends present. A whole
 * talent flow enters as its parts (client/state/flows.ts splitFlows): its implied moves are never drawn as stated.
 */
export function addToScene(scene: Scene, data: GraphData, refresh = false): Scene {
  const nodes = { ...scene.nodes };
  const edges = { ...scene.edges };
  const hidden = { ...scene.hidden };
  for (const n of data.nodes) {
    if (refresh || !nodes[n.id]) nodes[n.id] = n;
    delete hidden[n.id];
  }
  for (const e of splitFlows(data).edges) {
    if (!nodes[e.source] || !nodes[e.target]) continue;
    if (refresh || !edges[e.id]) edges[e.id] = e;
    delete hidden[e.id];
  }
  return { nodes, edges, hidden };
}

/** The graph limited to at most `maxNodes` nodes (most connected first) and the edges among them. */
export function capGraph(data: GraphData, maxNodes: number): { graph: GraphData; dropped: number } {
  if (data.nodes.length <= maxNodes) return { graph: data, dropped: 0 };
  const degree = new Map<string, number>();
  for (const e of data.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  // Ties by id, not by the database's order: a link reopening the same query cut alike keeps the same nodes.
  const kept = [...data.nodes]
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || compareIds(a.id, b.id))
    .slice(0, maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  return {
    graph: { nodes: kept, edges: data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) },
    dropped: data.nodes.length - kept.length,
  };
}

export function removeFromScene(scene: Scene, nodeIds: Iterable<string>): Scene {
  const drop = new Set(nodeIds);
  const nodes: Record<string, GraphNode> = {};
  const edges: Record<string, GraphEdge> = {};
  const hidden: Record<string, true> = {};
  for (const [id, n] of Object.entries(scene.nodes)) if (!drop.has(id)) nodes[id] = n;
  for (const [id, e] of Object.entries(scene.edges))
    if (!drop.has(e.source) && !drop.has(e.target)) edges[id] = e;
  for (const id of Object.keys(scene.hidden)) if (nodes[id] || edges[id]) hidden[id] = true;
  return { nodes, edges, hidden };
}

/** Hides nodes (with their edges) or single edges: kept in the scene, so "show hidden" brings them back. */
export function hideInScene(scene: Scene, ids: Iterable<string>): Scene {
  const hidden = { ...scene.hidden };
  for (const id of ids) if (scene.nodes[id] || scene.edges[id]) hidden[id] = true;
  return { ...scene, hidden };
}

export function showAllInScene(scene: Scene): Scene {
  return Object.keys(scene.hidden).length ? { ...scene, hidden: {} } : scene;
}

/**
 * Collapses a node: removes the neighbours that hang only on it (no other connection in the scene), which undoes
 * an expansion without touching the rest of the picture.
 */
export function collapseInScene(scene: Scene, nodeId: string): Scene {
  const neighbours = new Map<string, Set<string>>();
  for (const e of Object.values(scene.edges)) {
    if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
    if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const leaves = [...(neighbours.get(nodeId) ?? [])].filter(
    (n) => n !== nodeId && [...(neighbours.get(n) ?? [])].every((m) => m === nodeId),
  );
  return leaves.length ? removeFromScene(scene, leaves) : scene;
}

// Undo/redo ---------------------------------------------------------------------------------------------------

export const DEFAULT_HISTORY_DEPTH = 50;

export interface SceneHistory {
  past: Scene[];
  future: Scene[];
}

export function pushHistory(
  history: SceneHistory,
  current: Scene,
  depth = DEFAULT_HISTORY_DEPTH,
): SceneHistory {
  return { past: [...history.past, current].slice(-depth), future: [] };
}

export function undo(history: SceneHistory, current: Scene): { history: SceneHistory; scene: Scene } | null {
  const prev = history.past[history.past.length - 1];
  if (!prev) return null;
  return { scene: prev, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } };
}

export function redo(history: SceneHistory, current: Scene): { history: SceneHistory; scene: Scene } | null {
  const next = history.future[0];
  if (!next) return null;
  return { scene: next, history: { past: [...history.past, current], future: history.future.slice(1) } };
}
