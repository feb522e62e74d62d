// Queries behind GET /api/timeline: dated events and stint starts/ends, filtered to a window of partial dates
// compared at their common precision ('2025' is within 2025-03..2025-09; '2025-02' is not).

import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { notAfterCypher } from '../../model/date-cypher.js';

/** Cypher: `d` is at or after `bound` at their common precision (true when bound is null). */
function atOrAfter(d: string, bound: string): string {
  return `(${bound} IS NULL OR ${notAfterCypher(bound, d)})`;
}
function atOrBefore(d: string, bound: string): string {
  return `(${bound} IS NULL OR ${notAfterCypher(d, bound)})`;
}

const inWindow = (d: string) => `${atOrAfter(d, '$from')} AND ${atOrBefore(d, '$to')}`;

/**
 * TIMELINE — what happened when: events with a date (or the start of a reported period), and the starts and
 * ends of stints, in date order, at most $limit + 1 rows (one more tells the caller it was cut, and where: the
 * service leaves out the rows of that date and of the moves they are part of, so as not to tell half a move:
 * timeline-service.ts cutTimelineRows). Each branch is
 * cut to the first $limit + 1 by itself (a top-k sort on the relationship alone) before endpoints are read,
 * which keeps it fast on hundreds of thousands of stints.
 * Parameters: $from (partial date or null), $to (partial date or null), $limit (integer).
 * Columns: kind ('event' | 'stint-start' | 'stint-end'), date (string), node (the event, or null),
 *          rel (the WORKED_AT fact, or null), person (node or null), org (node or null),
 *          orgParents (ids of the organisations `org` is PART_OF by stated facts, up to 10 levels; [] for an event)
 *          — the service tells a person's joining or leaving of a division and of its parent as one move only through
 *          a PART_OF a source states (an implied one leaves them apart), and names the parent in a stated item when
 *          a stated division stint places the person in it;
 *          reportedBy (the certainties of an event's REPORTED_BY facts, [] for a stint) — how sure its sources are;
 *          reportedSources (the `sources` lists of those facts a source backs, [] for a stint) — which sources report
 *          it (a REPORTED_BY written by hand names a source that backs nothing);
 *          personStints (for a sourced stint end, the person's sourced stints as {rel, org, orgParents}, else []) —
 *          the service tells the stints left for one stint joined as one leaving, by the careers' next-stint rule
 *          (model/leavings.ts), though the others' ends lie outside the window or the answer. Read after the cut, for
 *          the rows returned only.
 */
export const TIMELINE = `
CALL () {
  MATCH (e:Event) WHERE coalesce(e.date, e.since) IS NOT NULL
  WITH e, toString(coalesce(e.date, e.since)) AS date WHERE ${inWindow('date')}
  WITH e, date ORDER BY date, e.id LIMIT $limit + 1
  RETURN 'event' AS kind, date, e AS node, null AS rel
  UNION ALL
  MATCH ()-[s:WORKED_AT]->() WHERE s.start IS NOT NULL
  WITH s, toString(s.start) AS date WHERE ${inWindow('date')}
  WITH s, date ORDER BY date, s.id LIMIT $limit + 1
  RETURN 'stint-start' AS kind, date, null AS node, s AS rel
  UNION ALL
  MATCH ()-[s:WORKED_AT]->() WHERE s.end IS NOT NULL
  WITH s, toString(s.end) AS date WHERE ${inWindow('date')}
  WITH s, date ORDER BY date, s.id LIMIT $limit + 1
  RETURN 'stint-end' AS kind, date, null AS node, s AS rel
}
WITH kind, date, node, rel
ORDER BY date, kind, coalesce(node.id, rel.id)
LIMIT $limit + 1
WITH kind, date, node, rel, startNode(rel) AS person, endNode(rel) AS org
RETURN kind, date, node, rel, person, org,
       CASE WHEN org IS NULL THEN []
         // Stated PART_OF only: leaving a division is leaving its parent too only where a source states it is one.
         ELSE [up = (org)-[:PART_OF*1..10]->(top:Organization)
               WHERE all(x IN relationships(up) WHERE x.certainty = 'stated') | top.id] END
         AS orgParents,
       CASE WHEN node IS NULL THEN [] ELSE [(node)-[r:REPORTED_BY]->(:Source) | r.certainty] END AS reportedBy,
       CASE WHEN node IS NULL THEN []
         ELSE [(node)-[r:REPORTED_BY]->(:Source) WHERE r.certainty IN ${SOURCED_CERTAINTIES_CYPHER} | r.sources] END
         AS reportedSources,
       CASE WHEN kind = 'stint-end' AND rel.certainty IN ${SOURCED_CERTAINTIES_CYPHER} THEN COLLECT {
         MATCH (person)-[t:WORKED_AT]->(o:Organization) WHERE t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
         RETURN {rel: t, org: o, orgParents: [up = (o)-[:PART_OF*1..10]->(top:Organization)
                 WHERE all(x IN relationships(up) WHERE x.certainty = 'stated') | top.id]}
       } ELSE [] END AS personStints
`;
