// Queries behind GET /api/nodes/:id, /api/nodes/:id/neighbors and /api/nodes/:id/degrees. Each finds its node itself
// (matchNodeClause), so each is one round trip; the details of a node a fallback id names decide in the query whether
// the node is ours (OURS), as that decides which of its relationships are its facts.
import { NODE_DOCS } from '../../model/data-model.js';
import { FACT_REL_TYPES, INTERNAL_REL_TYPES } from '../../model/labels.js';
import type { Direction } from '../../model/api.js';
import { relPattern } from '../../model/cypher-name.js';
import { OUR_REL_ID_PATTERN } from '../../model/view-queries.js';
import { matchNodeClause, type NodeKeyKind } from './lookup.js';

export { FACT_REL_TYPES };

/** $idPrefixes of nodeDetailQuery: each of our labels → the prefix of its nodes' ids (`Organization` → `org`). */
export const ID_PREFIXES_PARAM: Readonly<Record<string, string>> = Object.fromEntries(
  NODE_DOCS.map((d) => [d.label, d.idPrefix]),
);

/**
 * Cypher: node `n` is one of ours — its `id` is a string whose prefix (before the first colon) names a label it has —
 * as the converter decides it (server/db/convert.ts nodeAppIdOf, model/data-model.ts labelOfId), so the query picks
 * the facts the API id it answers with implies. Prefixes hold no colon, so "starts with prefix + ':'" is that rule.
 * Parameters: $idPrefixes (ID_PREFIXES_PARAM).
 */
const OURS = `(n.id IS :: STRING NOT NULL AND
  any(l IN labels(n) WHERE $idPrefixes[l] IS NOT NULL AND n.id STARTS WITH $idPrefixes[l] + ':'))`;

/**
 * Cypher: relationship `r` is not Talent Graph's own storage (a flow build's staged flows: no source states them, and
 * a request naming them is refused). A literal of whitelisted names, not user input.
 */
const NOT_INTERNAL = `NOT type(r) IN [${INTERNAL_REL_TYPES.map((t) => `'${t}'`).join(', ')}]`;

/** Cypher: the order of a node's facts: by type, then date, then id, then elementId (nodeDetailQuery). */
const FACT_ORDER = `type(r), coalesce(toStringOrNull(r.start), toStringOrNull(r.date), ''), r.id, elementId(r)`;

/**
 * nodeDetailQuery — a node with its facts (in a stable order, cut at $limit) and the Source nodes they cite, in one
 * round trip. Our node's facts are its relationships of the sourced fact types; a node that is not ours (a fallback
 * id names either) has every relationship as a fact. For an id of ours the node is ours by its label's index; for a
 * fallback id the query decides it (OURS), where a lookup, then the facts, then their sources took three: the
 * lookup came first only so that the server could tell from the node which relationships to read. No row: no such node.
 * Interpolated: the node's label or 'elementId' (matchNodeClause), from the id.
 * Parameters: $id or $elementId (string, see matchNodeClause), $types (list of fact relationship types), $limit
 *             (integer); for 'elementId' also $idPrefixes (map: label → id prefix, ID_PREFIXES_PARAM).
 * Columns: n (node), total (integer: facts touching the node, before the limit), facts (list of maps {r: relationship,
 *          m: node at the other end, outgoing: boolean, the node is the fact's start}), sources (list of the Source
 *          nodes whose id a fact's `sources` holds — a list of ids, or one id — by id).
 */
export function nodeDetailQuery(kind: NodeKeyKind): string {
  // An id of ours keeps its query as it was (type(r) IN $types); a fallback id's reads every type when not ours.
  const byId = kind !== 'elementId';
  const facts = byId ? 'type(r) IN $types' : '(types IS NULL OR type(r) IN types)';
  const scope = byId ? 'n' : 'n, types';
  return `
${matchNodeClause(kind)}
${byId ? '' : `WITH n, CASE WHEN ${OURS} THEN $types END AS types`}
CALL (${scope}) {
  MATCH (n)-[r]-(m) WHERE ${facts} AND ${NOT_INTERNAL}
  RETURN count(r) AS total
}
CALL (${scope}) {
  MATCH (n)-[r]-(m) WHERE ${facts} AND ${NOT_INTERNAL}
  WITH r, m, startNode(r) = n AS outgoing
  ORDER BY ${FACT_ORDER}
  LIMIT $limit
  RETURN collect({r: r, m: m, outgoing: outgoing}) AS facts
}
CALL (facts) {
  UNWIND facts AS f
  UNWIND CASE WHEN f.r.sources IS :: LIST<ANY> NOT NULL THEN f.r.sources ELSE [f.r.sources] END AS sid
  WITH DISTINCT sid WHERE sid IS :: STRING NOT NULL
  MATCH (s:Source {id: sid})
  WITH s ORDER BY s.id
  RETURN collect(s) AS sources
}
RETURN n, total, facts, sources
`;
}

/**
 * Cypher: relationship `r` as the API's graphs show it. A type with properties they leave out ($leaveOut: type → the
 * property names, server/db/convert.ts LEAVE_OUT_PARAM) comes as a map without them — {elementId, type, start, end
 * (its nodes' elementIds), pairs: [[key, value], …]}, as Cypher has no map-minus-keys — which
 * db/convert.ts relationshipFromSlim makes a relationship again. A talent flow's lists of people, dates and facts run
 * to thousands of ids: decoding them, to throw them away, was a quarter of the API's CPU on neighbours under load.
 * The answer keeps the same properties with the same values and types; only their order in the JSON object differs
 * (keys(r) gives Neo4j's storage order, a whole relationship arrives in the order of a Java HashMap), which neither
 * JSON nor the client gives a meaning to. Only ours (an id matching OUR_REL_ID_PATTERN) leave them out: a foreign
 * graph's TALENT_FLOW keeps its own `people` (server/db/convert.ts omittedOfRelationship).
 */
export const SLIM_RELATIONSHIP = `CASE WHEN $leaveOut[type(r)] IS NULL OR NOT coalesce(r.id =~ '${OUR_REL_ID_PATTERN}', false)
  THEN r ELSE {
    elementId: elementId(r), type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r)),
    pairs: [k IN keys(r) WHERE NOT k IN $leaveOut[type(r)] | [k, r[k]]]
  } END`;

/**
 * neighborsQuery — a node's neighbours, most connected first, with the relationships to each; the page is cut
 * at $limit and `total` counts them all (the supernode guard). It finds the node too (matchNodeClause): one round
 * trip where a lookup and then the page took two. No row: no such node.
 * Interpolated: the node's label (matchNodeClause) and the relationship pattern, from the direction enum and types the
 * database has (checked against db.relationshipTypes() first, then backtick-quoted).
 * Parameters: $id or $elementId (string, see matchNodeClause), $labels (list of labels or null), $limit (integer),
 *             $leaveOut (map: relationship type → list of property names not sent, see SLIM_RELATIONSHIP).
 * Columns: n (node), total (integer: neighbours matching), page (list of maps {m: node, rels: list whose items are
 *          relationships or, for the types in $leaveOut, SLIM_RELATIONSHIP's maps, degree: integer}).
 */
export function neighborsQuery(kind: NodeKeyKind, direction: Direction, types: readonly string[]): string {
  return `
${matchNodeClause(kind)}
CALL (n) {
  MATCH (n)${relPattern(direction, types)}(m)
  WHERE ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)) AND ${NOT_INTERNAL}
  WITH m, collect(r) AS rels
  WITH m, rels, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.id ASC, elementId(m) ASC
  WITH collect({m: m, rels: rels, degree: degree}) AS neighbours
  RETURN size(neighbours) AS total,
    [p IN neighbours[0..$limit] | {m: p.m, rels: [r IN p.rels | ${SLIM_RELATIONSHIP}], degree: p.degree}] AS page
}
RETURN n, total, page
`;
}

/**
 * nodeDegreesQuery — a node's relationships counted by type and direction (what the context menu offers to expand;
 * not the internal staged flows), with the distinct nodes at their other ends; most relationships first. A self-loop
 * counts in both directions. It finds the node too (matchNodeClause): one round trip. No row: no such node.
 * Interpolated: the node's label (matchNodeClause).
 * Parameters: $id or $elementId (string, see matchNodeClause).
 * Columns: n (node), degrees (list of maps {type: string, direction: 'out' | 'in', count: integer (relationships),
 *          neighbours: integer}, in that order).
 */
export function nodeDegreesQuery(kind: NodeKeyKind): string {
  return `
${matchNodeClause(kind)}
CALL (n) {
  CALL (n) {
    MATCH (n)-[r]->(m) WHERE ${NOT_INTERNAL}
    RETURN type(r) AS type, 'out' AS direction, count(r) AS count, count(DISTINCT m) AS neighbours
    UNION ALL
    MATCH (n)<-[r]-(m) WHERE ${NOT_INTERNAL}
    RETURN type(r) AS type, 'in' AS direction, count(r) AS count, count(DISTINCT m) AS neighbours
  }
  WITH type, direction, count, neighbours
  ORDER BY count DESC, type ASC, direction DESC
  RETURN collect({type: type, direction: direction, count: count, neighbours: neighbours}) AS degrees
}
RETURN n, degrees
`;
}
