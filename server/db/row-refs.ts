// Writes Cypher rows in format 2 (model/cypher-refs.ts): nodes, relationships and paths as refs to the collector's
// graph, and what the graph leaves out of them on the side, so a client resolves rows exactly as format 1 wrote them.
import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import { hasRefShape, NODE_REF, PATH_REF, REL_REF, type OmittedProperties } from '../../model/cypher-refs.js';
import type { JsonValue } from '../../model/graph.js';
import { setOwn } from '../../model/properties.js';
import {
  omittedOf,
  omittedOfRelationship,
  pointerToken,
  propertiesToJson,
  rowTypeHints,
  type GraphCollector,
  type TypeHints,
} from './convert.js';
import { queryApiTypeOf } from './typed-convert.js';

/** The properties of `properties` named in `keep` (undefined when there are none). */
function only(properties: Record<string, unknown>, keep: ReadonlySet<string> | undefined) {
  if (!keep) return undefined;
  // The kept names are a handful and an element may have dozens of properties: look the names up.
  let picked: Record<string, unknown> | undefined;
  for (const k of keep) if (Object.hasOwn(properties, k)) (picked ??= {})[k] = properties[k];
  return picked ? propertiesToJson(picked) : undefined;
}

/** Converts rows to format 2 against one collector (every row collected, missing end nodes added, beforehand). */
export function createRowRefWriter(collector: GraphCollector) {
  const omitted: OmittedProperties = { nodes: {}, edges: {} };

  const nodeRef = (node: Node): string => {
    const id = collector.resolve(node.elementId);
    if (!(id in omitted.nodes)) {
      const extra = only(node.properties, omittedOf(node));
      if (extra) omitted.nodes[id] = extra;
    }
    return id;
  };
  const relRef = (rel: Relationship): string => {
    const id = collector.resolveEdge(rel.elementId);
    if (!(id in omitted.edges)) {
      const extra = only(rel.properties, omittedOfRelationship(rel));
      if (extra) omitted.edges[id] = extra;
    }
    return id;
  };
  const pathRef = (path: Pick<Path, 'start' | 'segments'>): JsonValue => ({
    [PATH_REF]: {
      nodes: [nodeRef(path.start), ...path.segments.map((s) => nodeRef(s.end))],
      edges: path.segments.map((s) => relRef(s.relationship)),
    },
  });

  /** The value at `pointer` in format 2; `hints` (without the refs' own types) mark look-alike maps. */
  const write = (value: unknown, pointer: string, hints: TypeHints): JsonValue => {
    if (isNode(value)) return { [NODE_REF]: nodeRef(value) };
    if (isRelationship(value)) return { [REL_REF]: relRef(value) };
    if (isPath(value)) return pathRef(value);
    // Anything else (a lone path segment, an unbound relationship included) is written as format 1 writes it.
    const type = queryApiTypeOf(value);
    if (type === 'List') return (value as unknown[]).map((v, i) => write(v, `${pointer}/${i}`, hints));
    if (type === 'Map') {
      const out: Record<string, JsonValue> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        setOwn(out, k, write(v, `${pointer}/${pointerToken(k)}`, hints));
      // A map of the user's shaped like a ref is said to be a map.
      if (hasRefShape(out)) hints[pointer] = 'Map';
      return out;
    }
    return collector.toJson(value);
  };

  return {
    /** One row (column → driver value) and its type hints, in format 2. */
    row(row: Record<string, unknown>): { row: Record<string, JsonValue>; types: TypeHints } {
      // Refs are not hinted (a ref is self-evident): what the elements' properties hold is.
      const types = rowTypeHints(row, false);
      // fromEntries defines each column: a column named `__proto__` stays one (an assignment sets the prototype).
      const out: Record<string, JsonValue> = Object.fromEntries(
        Object.keys(row).map((k) => [k, write(row[k], `/${pointerToken(k)}`, types)]),
      );
      return { row: out, types };
    },
    /** What the graph leaves out of the elements written so far, by their ids. */
    omitted: (): OmittedProperties => omitted,
  };
}
