// Cypher: whether a stint a flow's moves rest on belongs to a move dated in a time window, by the one date of a move
// (model/career-moves.ts): the stint joined's start, else the latest end among the stints left for it — among the
// stated ones for a stated move — as the seed dates each chain (seed/queries/stage-named-flows.ts moveDate). One
// fragment for GET /api/flows/:id/details (server/queries/flows.ts FLOW_DETAILS) and its Show Cypher
// (client/state/details-actions.ts), so a windowed flow's details quote and cite the moves the window counts only.
import { SOURCED_CERTAINTIES_CYPHER } from './certainty.js';
import { endsLaterCypher, notAfterCypher } from './date-cypher.js';
import { nextStintCypher } from './next-stint-cypher.js';

/**
 * Cypher predicate: true without a window ($since and $until null) or for a flow derived before it kept its facts (no
 * factIds); else whether stint `w` of person `p` is a stint moved from or to in a move of flow `f` whose one date lies
 * in [$since, $until] at their common precision. f.factIds holds the stints moved from, then those moved to, one of
 * each per chain (seed/queries/swap-talent-flows.ts): chain i is factIds[i] → factIds[n + i]. The stints left for a
 * stint joined of unknown start are found by the next-stint rule, run for that person only, its names its own (the
 * queries it goes in bind `b`).
 */
export function movedInWindowCypher(f: string, p: string, w: string): string {
  const inWindow = `($since IS NULL OR ${notAfterCypher('$since', 'd')}) AND ($until IS NULL OR ${notAfterCypher('d', '$until')})`;
  return `(($since IS NULL AND $until IS NULL) OR ${f}.factIds IS NULL OR size(COLLECT {
    CALL (${p}, ${w}, ${f}) {
      WITH ${p} AS p, ${w} AS w, ${f}.factIds AS ids, size(${f}.factIds) / 2 AS n
      UNWIND [i IN range(0, n - 1) WHERE ids[i] = w.id OR ids[n + i] = w.id | ids[n + i]] AS joinedId
      WITH DISTINCT p, joinedId
      MATCH (p)-[joined:WORKED_AT {id: joinedId}]->(:Organization)
      // The stints left for it (its start unknown): those whose next stint it is, at another organisation.
      CALL (p, joined) {
        MATCH (p)-[s1:WORKED_AT]->(left:Organization)
        WHERE joined.start IS NULL AND (s1.end IS NOT NULL OR s1.left = true)
          AND s1.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
        ${nextStintCypher('nextStint', 'nextOrg')}
        WITH s1, left, nextStint, nextOrg WHERE nextStint = joined AND nextOrg <> left
        RETURN collect({end: s1.end, stated: s1.certainty = 'stated' AND nextStint.certainty = 'stated'}) AS into
      }
      WITH joined, into, [c IN into WHERE c.stated] AS statedInto
      RETURN coalesce(joined.start, reduce(m = null, d IN
               [c IN CASE WHEN size(statedInto) > 0 THEN statedInto ELSE into END WHERE c.end IS NOT NULL | c.end] |
               CASE WHEN m IS NULL OR ${endsLaterCypher('d', 'm')} THEN d ELSE m END)) AS d
    }
    WITH d WHERE d IS NOT NULL AND ${inWindow}
    RETURN d
  }) > 0)`;
}
