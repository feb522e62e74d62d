// The one graph shape every API response, the client and the exports share: plain JSON, stable ids. The types
// are z.output of model/graph-schema.ts (type-only imports: no zod at run time for the client).
import type { z } from 'zod';
import type { GraphDataSchema, GraphEdgeSchema, GraphNodeSchema } from './graph-schema.js';

/** A JSON value as the API sends it: Neo4j Integers become numbers (or strings beyond 2^53), temporals ISO strings. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Properties = Record<string, JsonValue>;

/** A node: its stable application id (its `id` property, e.g. `person:elon-musk`), labels and properties. */
export type GraphNode = z.output<typeof GraphNodeSchema>;
/** A relationship: stable id (`fact:…`, `flow:org:meta->org:xai`), type, start (`source`) and end (`target`) ids. */
export type GraphEdge = z.output<typeof GraphEdgeSchema>;
export type GraphData = z.output<typeof GraphDataSchema>;

/** Merges graphs, keeping the first occurrence of each node and edge id. */
export function mergeGraphs(...graphs: GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The error body every endpoint answers with. */
export type { ErrorResponse as ApiErrorBody } from './api-responses.js';

/**
 * Orders ids (or any machine strings) by UTF-16 code unit: stable, locale-free and cheap. `localeCompare` is for text
 * people read; on ids it only costs time (its first call in a page loads ICU's collation data).
 */
export function compareIds(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
