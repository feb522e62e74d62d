// Queries behind GET /api/sources/:id: one Source node and the facts whose quotes it holds or that cite it.
import { FACT_REL_TYPES } from '../../model/labels.js';

/** Quotes listed per source at most (an article has tens; a bulk-imported source may have many thousands). */
export const MAX_SOURCE_QUOTES = 2_000;

/**
 * SOURCE_WITH_QUOTES — a Source and its facts: those its facts file declared (`factIds`: their evidence is quoted
 * from its text) and, for a report another source cites (`citedBy`), the citing file's facts that name it in
 * `sources` or are REPORTED_BY it (their quotes are in the citing article's text). Each fact is found by an index seek per whitelisted fact type on the relationship `id`, never a scan.
 * Parameters: $id (string, the Source's id), $limit (integer).
 * Columns: s (node), citedBy (node or null), facts (list of maps {r: relationship, from: string, to: string}),
 *          total (integer: facts before the limit).
 */
export const SOURCE_WITH_QUOTES = `
MATCH (s:Source {id: $id})
OPTIONAL MATCH (c:Source {id: s.citedBy})
WITH s, c, coalesce(s.factIds, []) AS own, coalesce(c.factIds, []) AS citing
CALL (s, own, citing) {
  UNWIND own + [x IN citing WHERE NOT x IN own] AS fid
  CALL (fid) {
${FACT_REL_TYPES.map((t) => `    MATCH (a)-[r:${t} {id: fid}]->(b) RETURN r, a.id AS from, b.id AS to`).join('\n    UNION\n')}
  }
  WITH r, from, to WHERE r.id IN own OR s.id IN coalesce(r.sources, []) OR to = s.id
  ORDER BY r.id
  // An aggregate always gives one row, so a source with no facts is still answered.
  RETURN collect({r: r, from: from, to: to}) AS facts
}
RETURN s, c AS citedBy, facts[0..$limit] AS facts, size(facts) AS total
`;

/**
 * SOURCES_BY_ID — Source nodes by id (one index seek each), for panels that cite sources the client has not seen.
 * Parameters: $ids (list of strings).
 * Columns: s (node).
 */
export const SOURCES_BY_ID = `
MATCH (s:Source) WHERE s.id IN $ids
RETURN s ORDER BY s.id
`;
