// Finding a node by its API id: one index seek per whitelisted label on the unique `id` property, or an
// elementId seek for the `neo4j:<elementId>` fallback ids the converter gives nodes without an `id`.
import { NODE_LABELS } from '../../model/labels.js';

/**
 * NODE_BY_ID — the node with this API id.
 * Parameters: $id (string, the `id` property to look for), $elementId (string or null, for fallback ids).
 * Columns: n (node), eid (its elementId, used by every later query of the same request).
 */
export const NODE_BY_ID = `
CALL () {
${NODE_LABELS.map((label) => `  MATCH (n:${label} {id: $id}) RETURN n`).join('\n  UNION\n')}
  UNION
  MATCH (n) WHERE $elementId IS NOT NULL AND elementId(n) = $elementId RETURN n
}
RETURN n, elementId(n) AS eid
LIMIT 1
`;

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
