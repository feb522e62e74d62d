// Finding a node by its API id: one index seek on the unique `id` of the label an application id's prefix names
// (`org:meta` → :Organization), or an elementId seek for the `neo4j:<elementId>` fallback ids of every other node.
import type { NodeLabel } from '../../model/labels.js';

/**
 * nodeByIdQuery — the node of this label with this application id. Interpolated: the label, from the NODE_LABELS
 * whitelist (model/data-model.ts `labelOfId`).
 * Parameters: $id (string). Columns: n (node), eid (its elementId, used by every later query of the request).
 */
export function nodeByIdQuery(label: NodeLabel): string {
  return `MATCH (n:${label} {id: $id}) RETURN n, elementId(n) AS eid LIMIT 1`;
}

/** How a request names its node: a label's application id ($id), or the elementId of a fallback id ($elementId). */
export type NodeKeyKind = NodeLabel | 'elementId';

/**
 * matchNodeClause — the first clause of a query that finds its node and reads around it in one round trip: binds `n`
 * to the one node the request names (none: the query returns no row). Interpolated: the label, from the NODE_LABELS
 * whitelist (model/data-model.ts `labelOfId`).
 * Parameters: $id (string) for a label, $elementId (string) for 'elementId'. Binds: n (node).
 */
export function matchNodeClause(kind: NodeKeyKind): string {
  return kind === 'elementId'
    ? 'MATCH (n) WHERE elementId(n) = $elementId WITH n LIMIT 1'
    : `MATCH (n:${kind} {id: $id}) WITH n LIMIT 1`;
}

/**
 * NODE_BY_ELEMENT_ID — the node with this elementId (the fallback ids of nodes that are not ours).
 * Parameters: $elementId (string). Columns: n (node), eid (its elementId).
 */
export const NODE_BY_ELEMENT_ID = `MATCH (n) WHERE elementId(n) = $elementId RETURN n, elementId(n) AS eid`;

/**
 * SOURCES_BY_ID — the Source nodes a set of facts cite (facts keep their sources' ids in `sources`).
 * Parameters: $ids (list of strings).
 * Columns: s (node).
 */
export const SOURCES_BY_ID = `
MATCH (s:Source) WHERE s.id IN $ids
RETURN s
ORDER BY s.id
`;

/**
 * PROBE — a round trip that proves the database answers, before a unit of work that may legitimately take
 * longer than the short deadline (see repositories/lookup.ts `allowLongQuery`).
 * Parameters: none. Columns: ok (integer 1).
 */
export const PROBE = 'RETURN 1 AS ok';
