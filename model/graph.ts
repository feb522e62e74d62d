// The one graph shape every API response, the client and the exports share: plain JSON, stable ids.

/** A JSON value as the API sends it: Neo4j Integers become numbers (or strings beyond 2^53), temporals ISO strings. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Properties = Record<string, JsonValue>;

export interface GraphNode {
  /** The node's stable application id (its `id` property), e.g. `person:elon-musk`. */
  id: string;
  labels: string[];
  properties: Properties;
}

export interface GraphEdge {
  /** The relationship's stable application id (its `id` property), e.g. `fact:…` or `flow:org:meta->org:xai`. */
  id: string;
  type: string;
  /** The `id` of the start node. */
  source: string;
  /** The `id` of the end node. */
  target: string;
  properties: Properties;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

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
export interface ApiErrorBody {
  error: { code: string; message: string; details?: JsonValue };
}
