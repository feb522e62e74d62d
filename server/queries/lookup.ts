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
