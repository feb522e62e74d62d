// Format 2 of POST /api/cypher's plain answer: rows refer to the answer's graph elements by id instead of repeating
// them. The ref shapes, and the resolver that turns such rows (and their type hints) back into format 1's exactly.
import type { GraphData, GraphEdge, GraphNode, JsonValue, Properties } from './graph.js';

/** A node in a format-2 row: `{"$node": id}`, the id of one of the graph's nodes. */
export const NODE_REF = '$node';
/** A relationship: `{"$rel": id}`, the id of one of the graph's edges. */
export const REL_REF = '$rel';
/** A path: `{"$path": {"nodes": [id…], "edges": [id…]}}`, in walking order. */
export const PATH_REF = '$path';

const REF_KEYS: ReadonlySet<string> = new Set([NODE_REF, REL_REF, PATH_REF]);
/** The type hint each ref stands for (format 1 lists it; format 2 does not, the ref's key says it). */
const REF_TYPES: Readonly<Record<string, string>> = {
  [NODE_REF]: 'Node',
  [REL_REF]: 'Relationship',
  [PATH_REF]: 'Path',
};

/** Per row: JSON Pointer → Query API type name. */
export type RowTypeHints = Record<string, string>;

/** The properties the graph leaves out of elements the rows refer to, by element id. */
export interface OmittedProperties {
  nodes: Record<string, Properties>;
  edges: Record<string, Properties>;
}

/** The rows, hints, graph and omitted properties of a format-2 answer. */
export interface RefRows {
  rows: Record<string, JsonValue>[];
  types: RowTypeHints[];
  graph: GraphData;
  omitted: OmittedProperties;
}

/**
 * Whether a JSON value has a ref's shape: an object with exactly one key, `$node`, `$rel` or `$path`. A map of the
 * user's with that shape is told apart by its `Map` type hint.
 */
export function hasRefShape(value: unknown): value is Record<string, JsonValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && REF_KEYS.has(keys[0]!);
}

/** One JSON Pointer reference token (RFC 6901). */
function token(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The object with each value mapped, its keys defined (fromEntries), not assigned: a column or key named `__proto__`
 * stays one, where an assignment would set the new object's prototype instead.
 */
function ownEntries(
  value: Record<string, JsonValue>,
  map: (key: string, v: JsonValue) => JsonValue,
): Record<string, JsonValue> {
  return Object.fromEntries(Object.keys(value).map((k) => [k, map(k, value[k]!)]));
}

/** Looks elements up by id, adding back the properties the graph left out. */
export function createRefResolver(graph: GraphData, omitted: OmittedProperties) {
  const nodes = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>(graph.edges.map((e) => [e.id, e]));
  const node = (id: JsonValue): JsonValue => {
    const n = typeof id === 'string' ? nodes.get(id) : undefined;
    if (!n) return { [NODE_REF]: id };
    const extra = omitted.nodes[n.id];
    return {
      id: n.id,
      labels: [...n.labels],
      properties: extra ? { ...n.properties, ...extra } : n.properties,
    };
  };
  const edge = (id: JsonValue): JsonValue => {
    const e = typeof id === 'string' ? edges.get(id) : undefined;
    if (!e) return { [REL_REF]: id };
    const extra = omitted.edges[e.id];
    return {
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      properties: extra ? { ...e.properties, ...extra } : e.properties,
    };
  };
  const ids = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
  /** A ref's element (a path's elements), or the ref itself when the graph lacks it (never from this server). */
  const resolveRef = (ref: Record<string, JsonValue>): JsonValue => {
    if (NODE_REF in ref) return node(ref[NODE_REF]!);
    if (REL_REF in ref) return edge(ref[REL_REF]!);
    const path = ref[PATH_REF] as { nodes?: JsonValue; edges?: JsonValue } | null;
    if (!path || typeof path !== 'object') return ref;
    return { nodes: ids(path.nodes).map(node), edges: ids(path.edges).map(edge) };
  };

  /** The value at `pointer` with its refs resolved; hints gain each ref's type and lose look-alike maps' `Map`. */
  const walk = (value: JsonValue, pointer: string, hints: RowTypeHints): JsonValue => {
    if (hasRefShape(value)) {
      if (hints[pointer] === 'Map') {
        // A map of the user's that looks like a ref: format 1 needs no hint for a map.
        delete hints[pointer];
      } else {
        hints[pointer] = REF_TYPES[Object.keys(value)[0]!]!;
        return resolveRef(value);
      }
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${pointer}/${i}`, hints));
    if (value !== null && typeof value === 'object') {
      // Only lists and maps hold refs; a hinted scalar shown as an object (a Point) has none.
      if (hints[pointer] !== undefined && hints[pointer] !== 'Map') return value;
      return ownEntries(value, (k, v) => walk(v, `${pointer}/${token(k)}`, hints));
    }
    return value;
  };

  return {
    /** A format-2 row and its hints as format 1 writes them (the hints are copied, not changed). */
    row(
      row: Record<string, JsonValue>,
      hints: RowTypeHints | undefined,
    ): {
      row: Record<string, JsonValue>;
      types: RowTypeHints;
    } {
      const types: RowTypeHints = { ...hints };
      return { row: ownEntries(row, (k, v) => walk(v, `/${token(k)}`, types)), types };
    },
  };
}

/** Every row of a format-2 answer (or the first `max`) resolved: format 1's rows and type hints. */
export function resolveRefRows(
  answer: RefRows,
  max = Number.POSITIVE_INFINITY,
): { rows: Record<string, JsonValue>[]; types: RowTypeHints[] } {
  const resolver = createRefResolver(answer.graph, answer.omitted);
  const rows: Record<string, JsonValue>[] = [];
  const types: RowTypeHints[] = [];
  const n = Math.min(max, answer.rows.length);
  for (let i = 0; i < n; i++) {
    const r = resolver.row(answer.rows[i]!, answer.types[i]);
    rows.push(r.row);
    types.push(r.types);
  }
  return { rows, types };
}
