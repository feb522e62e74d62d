// The Cypher twin of model/career-moves.ts nextStint: which stint follows an ended one. One fragment for the seed's
// flows (seed/queries/stage-named-flows.ts) and the talent counts (model/talent-queries.ts TALENT_STINTS), so the two
// queries cannot drift apart; tests/unit/model/career-moves.test.ts and the integration tests hold it to the JS rule.
// The rule itself: docs/data-model.md, "Derived flows", step 1.
import { certaintyStrengthCypher, SOURCED_CERTAINTIES_CYPHER } from './certainty.js';
import { beforeCypher, notAfterCypher } from './date-cypher.js';

/**
 * Cypher: a CALL subquery giving the next stint `s2` of person `p` after their ended stint `s1`, and its organisation
 * `b` (no row when none): of the sourced stints that can follow s1 — s1.end ≤ s2.start at their common precision, or,
 * when either date is unknown, a current stint (no end, not left) that did not start before s1 — the earliest
 * starting (undated last); of two with the same start (one stint two sources tell, one stating it and one implying
 * it), the more certain (certaintyStrength: stated first), so the move is as certain as the stated chain whatever the
 * facts' ids; then by id. A sourced stint with no start that ended after s1 and no later than s2 began
 * stands between them: the person was there after leaving s1, so s1 did not lead to s2 (the move into s2 is that
 * stint's). The stints standing between are read once per s1, not once per candidate. `s2` and `b` name what it
 * returns (another name where a query already binds one: a subquery may not shadow it).
 * Dates are compared as text (toStringOrNull, as the timeline and the career read them): a foreign graph's Integer
 * year or Cypher date is a date all the same, and size() of an Integer failed the whole query.
 */
export function nextStintCypher(s2 = 's2', b = 'b'): string {
  const end1 = 'toStringOrNull(s1.end)';
  const start1 = 'toStringOrNull(s1.start)';
  const start2 = `toStringOrNull(${s2}.start)`;
  return `CALL (p, s1) {
  WITH p, s1, CASE WHEN s1.end IS NULL THEN [] ELSE COLLECT {
    MATCH (p)-[t:WORKED_AT]->(:Organization)
    WHERE t <> s1 AND t.start IS NULL AND t.end IS NOT NULL AND t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
      AND ${beforeCypher(end1, 'toStringOrNull(t.end)')}
    RETURN toStringOrNull(t.end)
  } END AS between
  MATCH (p)-[${s2}:WORKED_AT]->(${b}:Organization)
  WHERE ${s2} <> s1 AND ${s2}.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND (
    (s1.end IS NOT NULL AND ${s2}.start IS NOT NULL AND ${notAfterCypher(end1, start2)}
      AND none(e IN between WHERE ${notAfterCypher('e', start2)}))
    OR ((s1.end IS NULL OR ${s2}.start IS NULL) AND ${s2}.end IS NULL AND coalesce(${s2}.left, false) = false
      AND NOT (s1.start IS NOT NULL AND ${s2}.start IS NOT NULL AND ${beforeCypher(start2, start1)})))
  RETURN ${s2}, ${b}
  ORDER BY coalesce(${start2}, '9999'), ${certaintyStrengthCypher(s2)} DESC, ${s2}.id
  LIMIT 1
}`;
}

/** nextStintCypher as the seed and the talent counts use it: `s2` and `b`. */
export const NEXT_STINT_CYPHER = nextStintCypher();
