// Reads graph elements out of any API answer: the contract's graph shape wherever it appears (a `graph` field,
// nested facts, path lists), so the client does not depend on how each endpoint wraps its nodes and edges.
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';

export function isGraphNode(v: unknown): v is GraphNode {
  const o = v as GraphNode;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.id === 'string' &&
    Array.isArray(o.labels) &&
    typeof o.properties === 'object' &&
    o.properties !== null
  );
}

export function isGraphEdge(v: unknown): v is GraphEdge {
  const o = v as GraphEdge;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.id === 'string' &&
    typeof o.type === 'string' &&
    typeof o.source === 'string' &&
    typeof o.target === 'string' &&
    typeof o.properties === 'object' &&
    o.properties !== null
  );
}

const MAX_DEPTH = 12;

/** Every node and edge found anywhere in `value`, deduplicated by id (first occurrence wins). */
export function collectGraph(value: unknown): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const walk = (v: unknown, depth: number) => {
    if (depth > MAX_DEPTH || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    if (isGraphNode(v)) {
      if (!nodes.has(v.id)) nodes.set(v.id, { id: v.id, labels: v.labels, properties: v.properties });
      return;
    }
    if (isGraphEdge(v)) {
      if (!edges.has(v.id))
        edges.set(v.id, {
          id: v.id,
          type: v.type,
          source: v.source,
          target: v.target,
          properties: v.properties,
        });
      return;
    }
    for (const x of Object.values(v as Record<string, JsonValue>)) walk(x, depth + 1);
  };
  walk(value, 0);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
