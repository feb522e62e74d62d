// THE converter from neo4j-driver values to plain JSON, and the graph collector that gathers every node and
// relationship found anywhere in a result (inside paths, lists and maps) into one deduplicated GraphData; also what
// makes a relationship a query sent without some of its properties (queries/nodes.ts SLIM_RELATIONSHIP) one again.
//
// Ids: one of our nodes or relationships is addressed by its `id` property (the application's stable slug, e.g.
// `person:elon-musk` on a :Person). Every other entity — user-created or a foreign graph's, whatever its own `id` —
// gets the fallback `neo4j:<elementId>` — stable for the life of the entity in this database,
// not across databases — and GET /api/nodes/:id resolves such fallback ids back to the node.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  int,
  types,
  type Integer,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';
import { labelOfId } from '../../model/data-model.js';
import type { GraphData, GraphEdge, GraphNode, JsonValue, Properties } from '../../model/graph.js';
import { isRelType } from '../../model/labels.js';
import { setOwn } from '../../model/properties.js';
import { durationToString, temporalToString } from './typed-convert.js';
import { elementTypeHints, integerToJson, numberToJson } from './type-hints.js';

export { integerToJson, pointerToken, rowTypeHints, type TypeHints } from './type-hints.js';
import { ELEMENT_ID_PREFIX, OUR_REL_ID } from '../../model/view-queries.js';

/** One prefix for the model's view queries and this converter. */
export const FALLBACK_ID_PREFIX = ELEMENT_ID_PREFIX;

/**
 * Properties left out of the API's graphs (not of Cypher rows): of a node of our labels, the properties that exist
 * only for the full-text index (`searchText`, `aliasesText` repeat `name`, `nameAr` and `aliases`), the records of
 * what CSV imports added (`importedName`… repeat values shown in `name`, `nameAr`, `kind` and `aliases`), a Source's
 * `fullText` (a whole article,
 * served by GET /api/sources/:id), and a TALENT_FLOW's lists of people, the dates of their moves and fact ids
 * (also those behind implied moves, of people counted in a division and of those who moved between its ends
 * themselves), which run to thousands of ids for a large flow and are answered by GET /api/flows (`flows[].people`).
 */
export const OMITTED_NODE_PROPERTIES: ReadonlySet<string> = new Set([
  'searchText',
  'aliasesText',
  'fullText',
  'importedName',
  'importedNameAr',
  'importedKind',
  'importedAliases',
  // The names of a Source's fields kept from an import when its facts file took it over (seed/source-takeover.ts):
  // a seed's bookkeeping, the fields themselves are shown.
  'keptFields',
]);
/**
 * By relationship type: a Map, not an object literal, as the types looked up are the database's — a foreign graph's
 * `constructor` or `__proto__` would find Object's own members in a `{}` and fail every answer holding one.
 */
export const OMITTED_RELATIONSHIP_PROPERTIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'TALENT_FLOW',
    new Set([
      'people',
      'factIds',
      'impliedPeople',
      'impliedFacts',
      'divisionPeople',
      'moveDates',
      'directPeople',
      'directDates',
      'directImpliedPeople',
      'directImpliedFacts',
      'statedDates',
      'impliedMovePeople',
      'impliedMoveFacts',
      'impliedMoveDates',
      'directStatedDates',
      'directImpliedMovePeople',
      'directImpliedMoveFacts',
      'directImpliedMoveDates',
      'directStatedSources',
      'directImpliedSources',
      'moveSourceRefs',
      'directMoveSourceRefs',
      // Every implied move's sources, for a window's indices: not a drawn part's (impliedSources is the implied part's).
      'impliedMoveSources',
      'directImpliedMoveSources',
      // The certainties of the parts drawn of the flow, which the path search reads in the database: the explorer
      // draws each part with its own, and a part carrying the whole flow's list would show it in its details and rows.
      'partCertainties',
    ]),
  ],
]);

/**
 * The properties a slim graph leaves out of a relationship: only ours (a fact's or a derived flow's id, `fact:…`,
 * `flow:…`) — a foreign graph's TALENT_FLOW, drawn by its own hand, holds its data in its `people` or `factIds`.
 */
export function omittedOfRelationship(rel: {
  type: string;
  properties: Record<string, unknown>;
}): ReadonlySet<string> | undefined {
  const id = rel.properties.id;
  return typeof id === 'string' && OUR_REL_ID.test(id)
    ? OMITTED_RELATIONSHIP_PROPERTIES.get(rel.type)
    : undefined;
}

/**
 * OMITTED_RELATIONSHIP_PROPERTIES as a query parameter ($leaveOut of queries/nodes.ts SLIM_RELATIONSHIP), so a query
 * can leave those properties in Neo4j instead of sending them to be dropped here.
 */
export const LEAVE_OUT_PARAM: Readonly<Record<string, string[]>> = Object.fromEntries(
  [...OMITTED_RELATIONSHIP_PROPERTIES].map(([type, names]) => [type, [...names]]),
);

/**
 * A relationship read through SLIM_RELATIONSHIP: a Relationship as it came (a type with nothing left out), or the map
 * standing for one, made a Relationship again with the properties it kept. Its legacy numeric ids are not sent, and
 * nothing here reads them (the API uses elementIds and `id` properties).
 */
export function relationshipFromSlim(value: unknown): Relationship {
  if (isRelationship(value)) return value;
  const { elementId, type, start, end, pairs } = value as {
    elementId: string;
    type: string;
    start: string;
    end: string;
    pairs: [string, unknown][];
  };
  // fromEntries defines each key, so a property named `__proto__` stays a property (an assignment would not).
  const properties: Record<string, unknown> = Object.fromEntries(pairs);
  return new types.Relationship(
    NO_LEGACY_ID,
    NO_LEGACY_ID,
    NO_LEGACY_ID,
    type,
    properties,
    elementId,
    start,
    end,
  );
}

/** The legacy numeric ids a rebuilt relationship has none of (see relationshipFromSlim). */
const NO_LEGACY_ID = int(-1);

/** How much of an entity's properties a conversion keeps: `slim` leaves out the properties above. */
export type Detail = 'slim' | 'full';

/** The id the API shows for an entity without an `id` property. */
export function fallbackId(elementId: string): string {
  return `${FALLBACK_ID_PREFIX}${elementId}`;
}

/** The elementId inside a fallback id, or undefined for an application id. */
export function elementIdOfFallback(id: string): string | undefined {
  return id.startsWith(FALLBACK_ID_PREFIX) ? id.slice(FALLBACK_ID_PREFIX.length) : undefined;
}

/** GraphNode and GraphEdge are JSON; interfaces just lack the index signature that would say so. */
function asJson(value: GraphNode | GraphEdge): JsonValue {
  return value as unknown as JsonValue;
}

/**
 * The application id of one of our nodes: its string `id` when the id's prefix names a label the node has
 * (`person:…` on a :Person). Any other node — a foreign graph's, whatever its own `id` — is addressed by its
 * fallback id, so foreign ids never collide with our slugs or with each other across labels.
 */
function nodeAppIdOf(node: {
  labels: readonly string[];
  properties: Record<string, unknown>;
}): string | undefined {
  const id = node.properties.id;
  if (typeof id !== 'string' || id.length === 0) return undefined;
  const label = labelOfId(id);
  return label !== undefined && node.labels.includes(label) ? id : undefined;
}

/**
 * The application id of one of our relationships: one of a type of ours with a string `id` that is a fact's or a
 * derived flow's (`fact:…`, `flow:…`), or any other (a stint written by hand, 'hand:1') between two of our nodes
 * (`ourEnds`: both ends have ids of ours). A foreign graph's relationship whose type shares a name with ours
 * (PART_OF, WORKED_AT) between its own nodes keeps its elementId-based fallback id whatever its own `id` ('1', or
 * another relationship's fallback id): its `id` is data, and two of them reached by two answers must not merge into
 * one edge.
 */
function relAppIdOf(
  rel: { type: string; properties: Record<string, unknown> },
  ourEnds = false,
): string | undefined {
  const id = rel.properties.id;
  if (typeof id !== 'string' || id.length === 0 || !isRelType(rel.type)) return undefined;
  return OUR_REL_ID.test(id) || (ourEnds && !id.startsWith(FALLBACK_ID_PREFIX)) ? id : undefined;
}

/** Whether both ends of a relationship have ids of ours (not fallback ids), as `resolve` gives them. */
function endsAreOurs(
  rel: { startNodeElementId: string; endNodeElementId: string },
  resolve: (elementId: string) => string,
): boolean {
  return [rel.startNodeElementId, rel.endNodeElementId].every(
    (e) => !resolve(e).startsWith(FALLBACK_ID_PREFIX),
  );
}

/**
 * Converts any driver value to plain JSON. Nodes, relationships and paths become GraphNode / GraphEdge /
 * {nodes, edges}; `resolve` maps a node's elementId to its API id (for relationship endpoints); `edgeIds` a
 * collected relationship's elementId to the graph's id of it (GraphCollector: two sharing an `id` are told apart).
 */
export function toJson(
  value: unknown,
  resolve: (elementId: string) => string = fallbackId,
  known?: ReadonlyMap<string, Node>,
  detail: Detail = 'slim',
  edgeIds?: ReadonlyMap<string, string>,
): JsonValue {
  if (value === null || value === undefined) return null;
  // Primitives and lists first: most values are strings, and each of the driver's isX checks below looks a symbol
  // up on its argument (boxing a string to do so), so asking them first made every property value pay for ten.
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return numberToJson(value);
  if (typeof value === 'bigint') return integerToJson(value);
  if (Array.isArray(value)) return value.map((v) => toJson(v, resolve, known, detail, edgeIds));
  if (isInt(value)) return integerToJson(value);
  if (isNode(value) && known && !known.has(value.elementId)) {
    return asJson(nodeToJson(value, nodeAppIdOf(value) ?? fallbackId(value.elementId), detail));
  }
  // Without a collector, a node's id is its own `id` property (resolve only knows collected nodes).
  if (isNode(value))
    return asJson(
      nodeToJson(
        value,
        known ? resolve(value.elementId) : (nodeAppIdOf(value) ?? resolve(value.elementId)),
        detail,
      ),
    );
  if (isRelationship(value)) return asJson(relationshipToJson(value, resolve, detail, edgeIds));
  if (isPath(value)) return pathToJson(value, resolve, detail, edgeIds);
  if (isPathSegment(value))
    return pathToJson(
      { start: value.start, end: value.end, segments: [value], length: 1 } as unknown as Path,
      resolve,
      detail,
      edgeIds,
    );
  if (isUnboundRelationship(value)) {
    return {
      id: relAppIdOf(value) ?? fallbackId(value.elementId),
      type: value.type,
      properties: propertiesToJson(
        value.properties,
        detail === 'slim' ? omittedOfRelationship(value) : undefined,
      ),
    };
  }
  // Temporals and durations as Cypher's toString() writes them (the driver's own toString differs).
  if (isDuration(value)) return durationToString(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) {
    return temporalToString(value);
  }
  // A point's coordinates are floats, written as any other float: -0.0 as "-0.0" (JSON writes -0 as 0), as the
  // typed form's WKT keeps it; the Point hint tells a reader that x, y and z are Floats.
  if (isPoint(value)) {
    const p: { [k: string]: JsonValue } = {
      srid: integerToJson(value.srid as Integer),
      x: numberToJson(value.x),
      y: numberToJson(value.y),
    };
    if (value.z !== undefined) p.z = numberToJson(value.z);
    return p;
  }
  // Byte arrays as base64 (the Query API's form), typed Base64 by the row's type hints.
  if (ArrayBuffer.isView(value)) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  }
  if (typeof value === 'object') {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      setOwn(out, k, toJson(v, resolve, known, detail, edgeIds));
    return out;
  }
  return String(value);
}

export function propertiesToJson(
  properties: Record<string, unknown>,
  omit?: ReadonlySet<string>,
): Properties {
  const out: Properties = {};
  // Keys, not entries: every element of every answer passes here, and entries made a pair per property. A property
  // named `__proto__` (kept by the driver: neo4j/own-map-keys.ts) is defined, not assigned.
  for (const k of Object.keys(properties)) if (!omit?.has(k)) setOwn(out, k, toJson(properties[k]));
  return out;
}

/**
 * The properties a slim graph leaves out of a node: only ours (an id of ours: nodeAppIdOf) carry index-only copies
 * and a Source's whole text — a foreign node's `fullText` or `searchText` is its data, a Movies graph's Person too.
 */
export function omittedOf(node: Node): ReadonlySet<string> | undefined {
  return nodeAppIdOf(node) !== undefined ? OMITTED_NODE_PROPERTIES : undefined;
}

function nodeToJson(node: Node, id: string, detail: Detail): GraphNode {
  const omit = detail === 'slim' ? omittedOf(node) : undefined;
  return { id, labels: [...node.labels], properties: propertiesToJson(node.properties, omit) };
}

/** `edgeIds`: the graph's ids of collected relationships (see toJson); one not among them is named by its own. */
function relationshipToJson(
  rel: Relationship,
  resolve: (elementId: string) => string,
  detail: Detail,
  edgeIds?: ReadonlyMap<string, string>,
): GraphEdge {
  return {
    id:
      edgeIds?.get(rel.elementId) ?? relAppIdOf(rel, endsAreOurs(rel, resolve)) ?? fallbackId(rel.elementId),
    type: rel.type,
    source: resolve(rel.startNodeElementId),
    target: resolve(rel.endNodeElementId),
    properties: propertiesToJson(rel.properties, detail === 'slim' ? omittedOfRelationship(rel) : undefined),
  };
}

function pathToJson(
  path: Path,
  resolve: (elementId: string) => string,
  detail: Detail,
  edgeIds?: ReadonlyMap<string, string>,
): JsonValue {
  const nodes: JsonValue[] = [asJson(nodeToJson(path.start, resolve(path.start.elementId), detail))];
  const edges: JsonValue[] = [];
  for (const seg of path.segments) {
    edges.push(asJson(relationshipToJson(seg.relationship, resolve, detail, edgeIds)));
    nodes.push(asJson(nodeToJson(seg.end, resolve(seg.end.elementId), detail)));
  }
  return { nodes, edges };
}

/** The element with the `types` of its properties (type-hints.ts), when any value needs one. */
function withTypes<T extends GraphNode | GraphEdge>(
  element: T,
  properties: Record<string, unknown>,
  omit: ReadonlySet<string> | undefined,
): T {
  const types = elementTypeHints(properties, omit);
  if (types) element.types = types;
  return element;
}

/**
 * Gathers nodes and relationships from any values, then answers the graph and converts values with resolved
 * ids. Relationships whose end nodes were not seen are reported by `missingNodeElementIds()` so the caller can
 * fetch those nodes (in the same transaction) and `addNodes()` them before converting.
 */
export class GraphCollector {
  /** `rows`: how much of each entity `toJson` keeps; the graph is always slim. */
  constructor(private readonly rows: Detail = 'slim') {}

  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();
  private ids: Map<string, string> | undefined;
  private edgeIdMap: Map<string, string> | undefined;

  /** Walks a value and records every node and relationship in it. */
  collect(value: unknown): void {
    if (value === null || value === undefined || typeof value !== 'object') return;
    if (isNode(value)) return this.addNode(value);
    if (isRelationship(value)) {
      if (!this.rels.has(value.elementId)) {
        this.rels.set(value.elementId, value);
        this.edgeIdMap = undefined;
      }
      return;
    }
    if (isPath(value)) {
      this.addNode(value.start);
      for (const seg of value.segments) {
        this.collect(seg.relationship);
        this.addNode(seg.end);
      }
      return;
    }
    if (isPathSegment(value)) {
      this.addNode(value.start);
      this.addNode(value.end);
      this.collect(value.relationship);
      return;
    }
    if (isInt(value) || ArrayBuffer.isView(value)) return;
    if (Array.isArray(value)) {
      for (const v of value) this.collect(v);
      return;
    }
    // Temporal and spatial values have no nodes inside; plain maps may.
    for (const v of Object.values(value as Record<string, unknown>)) this.collect(v);
  }

  addNodes(nodes: Iterable<Node>): void {
    for (const n of nodes) this.addNode(n);
  }

  private addNode(node: Node): void {
    if (!this.nodes.has(node.elementId)) {
      this.nodes.set(node.elementId, node);
      // Edge ids depend on whether both ends are ours (relAppIdOf): a node added late may change them.
      this.ids = undefined;
      this.edgeIdMap = undefined;
    }
  }

  /** Element ids of relationship end nodes that were never collected. */
  missingNodeElementIds(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      if (!this.nodes.has(r.startNodeElementId)) missing.add(r.startNodeElementId);
      if (!this.nodes.has(r.endNodeElementId)) missing.add(r.endNodeElementId);
    }
    return [...missing];
  }

  /**
   * elementId → API id. The first node claiming an application id keeps it; a later node with the same `id`
   * property (possible only in user data without a uniqueness constraint) falls back to `neo4j:<elementId>`.
   */
  private idMap(): Map<string, string> {
    if (this.ids) return this.ids;
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    for (const [elementId, node] of this.nodes) {
      const appId = nodeAppIdOf(node);
      const id = appId !== undefined && !taken.has(appId) ? appId : fallbackId(elementId);
      taken.add(id);
      ids.set(elementId, id);
    }
    this.ids = ids;
    return ids;
  }

  /** The API id of a collected node (fallback id for one never collected). */
  resolve = (elementId: string): string => this.idMap().get(elementId) ?? fallbackId(elementId);

  /**
   * elementId → the graph's edge id. Two relationships sharing an `id` property (user data without a uniqueness
   * constraint): the later one gets its element-based id.
   */
  private edgeIds(): Map<string, string> {
    if (this.edgeIdMap) return this.edgeIdMap;
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    for (const [elementId, rel] of this.rels) {
      const own = relAppIdOf(rel, endsAreOurs(rel, this.resolve)) ?? fallbackId(elementId);
      const id = taken.has(own) ? fallbackId(elementId) : own;
      taken.add(id);
      ids.set(elementId, id);
    }
    this.edgeIdMap = ids;
    return ids;
  }

  /** The graph's id of a collected relationship (its fallback id for one never collected). */
  resolveEdge = (elementId: string): string => this.edgeIds().get(elementId) ?? fallbackId(elementId);

  /**
   * Converts a value with the collected ids. A node or relationship that was never collected keeps its own `id`. A
   * collected relationship has the graph's id, so a row or a path names the edge the graph holds, where two share
   * an `id` property (the later one's is its fallback id).
   */
  toJson(value: unknown): JsonValue {
    return toJson(
      value,
      this.resolve,
      this.nodes,
      this.rows,
      this.rels.size > 0 ? this.edgeIds() : undefined,
    );
  }

  /**
   * A node written beside the graph (an answer's `node`), converted as toJson does and typed as graph() types its
   * nodes: the client reads that copy first, so it must not lose what the graph's copy keeps.
   */
  typedNode(node: Node): GraphNode {
    const json = this.toJson(node) as unknown as GraphNode;
    return withTypes(json, node.properties, this.rows === 'slim' ? omittedOf(node) : undefined);
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.nodes.size, edges: this.rels.size };
  }

  /**
   * Every collected node and relationship, slim, each with the `types` of its properties (the rows' hint function,
   * pointers from the property: /born), so what is built from the graph — the details panel, the exports, the
   * canvas's names — keeps a Float, a date or a big integer what it is, as the rows' table does.
   */
  graph(): GraphData {
    const nodes: GraphNode[] = [];
    for (const [elementId, node] of this.nodes)
      nodes.push(
        withTypes(nodeToJson(node, this.resolve(elementId), 'slim'), node.properties, omittedOf(node)),
      );
    const edges: GraphEdge[] = [];
    const ids = this.edgeIds();
    for (const rel of this.rels.values()) {
      const edge = relationshipToJson(rel, this.resolve, 'slim', ids);
      edges.push(withTypes(edge, rel.properties, omittedOfRelationship(rel)));
    }
    return { nodes, edges };
  }
}

/** `rows: 'full'` keeps every property in converted values (Cypher rows: what the user's query returned). */
export function createGraphCollector(opts: { rows?: Detail } = {}): GraphCollector {
  return new GraphCollector(opts.rows);
}

/**
 * Converts a record-like object (column → value) with a collector's ids. Built with fromEntries: a column named
 * `__proto__` (`RETURN 1 AS \`__proto__\``) is a column like any other, where assigning it would set the prototype.
 */
export function rowToJson(
  row: Record<string, unknown>,
  collector: GraphCollector,
): Record<string, JsonValue> {
  return Object.fromEntries(Object.keys(row).map((k) => [k, collector.toJson(row[k])]));
}
