// Reads graph elements out of any API answer: the contract's graph shape wherever it appears (a `graph` field,
// nested facts, path lists), so the client does not depend on how each endpoint wraps its nodes and edges.
import type { RowTypeHints } from '../../model/cypher-refs.js';
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import { pointerToken } from '../../model/value-types.js';

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

/**
 * Every node and edge found anywhere in `value`, deduplicated by id (first occurrence wins). `types`: when `value` is
 * a Cypher answer's rows, their type hints (one object per row, JSON Pointer into the row → type name): each element
 * found then carries its properties' hints as its `types`, as the answer's real elements do — a graph built in Cypher
 * keeps its Floats, dates and big integers on the canvas, in the details panel and in the exports.
 */
export function collectGraph(value: unknown, types?: readonly RowTypeHints[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  // The pointer is only built under hints: an answer without any (a view's, the API's graphs) walks as before.
  const walk = (v: unknown, depth: number, hints: RowTypeHints | undefined, pointer: string) => {
    if (depth > MAX_DEPTH || typeof v !== 'object' || v === null) return;
    const at = (key: string | number) => (hints ? `${pointer}/${pointerToken(key)}` : pointer);
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, depth + 1, hints, at(i)));
      return;
    }
    if (isGraphNode(v)) {
      if (!nodes.has(v.id))
        nodes.set(v.id, typed({ id: v.id, labels: v.labels, properties: v.properties }, hints, pointer));
      return;
    }
    if (isGraphEdge(v)) {
      if (!edges.has(v.id))
        edges.set(
          v.id,
          typed(
            { id: v.id, type: v.type, source: v.source, target: v.target, properties: v.properties },
            hints,
            pointer,
          ),
        );
      return;
    }
    const o = v as Record<string, JsonValue>;
    for (const k of Object.keys(o)) walk(o[k], depth + 1, hints, at(k));
  };
  if (types && Array.isArray(value)) value.forEach((row, i) => walk(row, 1, types[i], ''));
  else walk(value, 0, undefined, '');
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * A row's hints by the element they are of: each hint `…/properties/<key>…` under the pointer before its
 * `/properties/` (every such place, as a map on the way to an element may have a `properties` key too), keyed as
 * model/value-types.ts elementTypes keys them. Built once per row: looking each element's hints up among all the
 * row's took time in the number of elements times the number of hints (10k nodes and 50k edges never finished).
 */
const hintIndexes = new WeakMap<RowTypeHints, Map<string, Record<string, string>>>();
function hintIndex(hints: RowTypeHints): Map<string, Record<string, string>> {
  let index = hintIndexes.get(hints);
  if (index) return index;
  index = new Map();
  for (const [p, t] of Object.entries(hints)) {
    for (let i = p.indexOf('/properties/'); i !== -1; i = p.indexOf('/properties/', i + 1)) {
      const prefix = p.slice(0, i);
      let own = index.get(prefix);
      if (!own) index.set(prefix, (own = {}));
      own[p.slice(i + '/properties'.length)] = t;
    }
  }
  hintIndexes.set(hints, index);
  return index;
}

/** The element with its properties' hints as its `types`, left without when none is hinted (as real elements are). */
function typed<T extends GraphNode | GraphEdge>(
  element: T,
  hints: RowTypeHints | undefined,
  pointer: string,
): T {
  const types = hints ? hintIndex(hints).get(pointer) : undefined;
  return types ? { ...element, types: { ...types } } : element;
}
