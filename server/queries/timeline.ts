// Queries behind GET /api/timeline: dated events and stint starts/ends, filtered to a window of partial dates
// compared at their common precision ('2025' is within 2025-03..2025-09; '2025-02' is not).

import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { beforeCypher, notAfterCypher } from '../../model/date-cypher.js';

/** Cypher: `d` is at or after `bound` at their common precision (true when bound is null). */
function atOrAfter(d: string, bound: string): string {
  return `(${bound} IS NULL OR ${notAfterCypher(bound, d)})`;
}
function atOrBefore(d: string, bound: string): string {
  return `(${bound} IS NULL OR ${notAfterCypher(d, bound)})`;
}

const inWindow = (d: string) => `${atOrAfter(d, '$from')} AND ${atOrBefore(d, '$to')}`;

/**
 * Cypher: a row of `kind` (a literal) comes after the cursor $after in the order (date, kind, key, element) — true
 * when $after is null. Each branch's kind is fixed, so its comparison with the cursor's is decided in the branch,
 * before the branch's own top-k sort.
 */
const afterCursor = (kind: string) =>
  `($after IS NULL OR date > $after.date OR (date = $after.date AND ('${kind}' > $after.kind OR ('${kind}' = $after.kind AND (key > $after.key OR (key = $after.key AND element > $after.element))))))`;

/**
 * Cypher: an `id` property as text for the order ('' when there is none, or it is a list or a map), its first 256
 * characters: the element id after it keeps the order total, and the cursor that carries it short.
 */
const keyOf = (x: string) => `left(coalesce(toStringOrNull(${x}.id), ''), 256)`;

/**
 * Cypher: the stint `t` at the organisation of `rel` (a start row at `date`) may be the same stint told again on
 * another start, by the rule of one join (model/one-join.ts oneJoin, less where the person's stints lead into each
 * and their roles: a companion too many only ends a page earlier, one too few would tell a join twice): told by other
 * sources (no source both cite, where both list them), neither ended before the other began, and they end alike —
 * both going on (left alike), or ends equal at their common precision.
 */
const ONE_STINT_AGAIN = `NOT (valueType(t.sources) STARTS WITH 'LIST' AND valueType(rel.sources) STARTS WITH 'LIST'
                 AND any(x IN t.sources WHERE valueType(x) STARTS WITH 'STRING' AND x IN rel.sources))
               AND NOT (t.end IS NOT NULL AND ${beforeCypher('toString(t.end)', 'date')})
               AND NOT (rel.end IS NOT NULL AND ${beforeCypher('toString(rel.end)', 'toString(t.start)')})
               AND ((t.end IS NULL AND rel.end IS NULL AND coalesce(t.left, false) = coalesce(rel.left, false))
                 OR (t.end IS NOT NULL AND rel.end IS NOT NULL
                   AND ${notAfterCypher('toString(t.end)', 'toString(rel.end)')}
                   AND ${notAfterCypher('toString(rel.end)', 'toString(t.end)')}))`;

/**
 * TIMELINE — what happened when: events with a date (or the start of a reported period), and the starts and
 * ends of stints, after the cursor $after, in one total order — date (as text), kind, id (as text), element id: the
 * element id tells apart rows whose ids are equal or missing (facts written by hand), so reading on strictly after
 * the last row returned repeats none and leaves out none, however many rows share a date (model/timeline-cursor.ts).
 * At most $limit + 1 rows: one more tells the caller it was cut, and shows the service where a move would be told in
 * halves (timeline-service.ts cutTimelineRows). Each branch is cut to its first $limit + 1 after the cursor by
 * itself (a top-k sort on the relationship alone, in the order the whole follows, its kind being fixed) before
 * endpoints are read, which keeps it fast on hundreds of thousands of stints.
 * Parameters: $from (partial date or null), $to (partial date or null), $limit (integer),
 *             $after (map {date, kind, key, element}: the place of the last row read; null reads from the first).
 * Columns: kind ('event' | 'stint-start' | 'stint-end'), date (string), key (the id as text, cut to 256 characters;
 *          '' when none),
 *          element (the event's or the fact's element id) — with kind and date the row's place, for the next cursor;
 *          node (the event, or null), rel (the WORKED_AT fact, or null), person (node or null), org (node or null),
 *          orgParents (ids of the organisations `org` is PART_OF by stated facts, up to 10 levels; [] for an event)
 *          — the service tells a person's joining or leaving of a division and of its parent as one move only through
 *          a PART_OF a source states (an implied one leaves them apart), and names the parent in a stated item when
 *          a stated division stint places the person in it;
 *          reportedBy (the certainties of an event's REPORTED_BY facts, [] for a stint) — how sure its sources are;
 *          reportedSources (the `sources` lists of those facts a source backs, [] for a stint) — which sources report
 *          it (a REPORTED_BY written by hand names a source that backs nothing);
 *          personStints (for a sourced stint end or start, the person's sourced stints as {rel, org, orgParents}, else
 *          []) — the service tells the stints left for one stint joined as one leaving, by the careers' next-stint
 *          rule (model/leavings.ts), though the others' ends lie outside the window or the answer, and two starts of
 *          one stint as one join unless that rule joins them from different places (model/one-join.ts). Read after
 *          the cut, for the rows returned only;
 *          companions (for a sourced stint start, the person's other sourced stints whose start is equal to it at
 *          their common precision, or that may be the same stint begun on another date (ONE_STINT_AGAIN), each as the
 *          place its start row has in the order, {date, key, element}, else [])
 *          — rows the service may tell with it as one move, which the cut must not leave on the next page when they
 *          lie in the window and sort after the rows read.
 */
export const TIMELINE = `
CALL () {
  MATCH (e:Event) WHERE coalesce(e.date, e.since) IS NOT NULL
  WITH e, toString(coalesce(e.date, e.since)) AS date WHERE ${inWindow('date')}
  WITH e, date, ${keyOf('e')} AS key, elementId(e) AS element WHERE ${afterCursor('event')}
  WITH e, date, key, element ORDER BY date, key, element LIMIT $limit + 1
  RETURN 'event' AS kind, date, key, element, e AS node, null AS rel
  UNION ALL
  MATCH ()-[s:WORKED_AT]->() WHERE s.start IS NOT NULL
  WITH s, toString(s.start) AS date WHERE ${inWindow('date')}
  WITH s, date, ${keyOf('s')} AS key, elementId(s) AS element WHERE ${afterCursor('stint-start')}
  WITH s, date, key, element ORDER BY date, key, element LIMIT $limit + 1
  RETURN 'stint-start' AS kind, date, key, element, null AS node, s AS rel
  UNION ALL
  MATCH ()-[s:WORKED_AT]->() WHERE s.end IS NOT NULL
  WITH s, toString(s.end) AS date WHERE ${inWindow('date')}
  WITH s, date, ${keyOf('s')} AS key, elementId(s) AS element WHERE ${afterCursor('stint-end')}
  WITH s, date, key, element ORDER BY date, key, element LIMIT $limit + 1
  RETURN 'stint-end' AS kind, date, key, element, null AS node, s AS rel
}
WITH kind, date, key, element, node, rel
ORDER BY date, kind, key, element
LIMIT $limit + 1
WITH kind, date, key, element, node, rel, startNode(rel) AS person, endNode(rel) AS org
RETURN kind, date, key, element, node, rel, person, org,
       CASE WHEN org IS NULL THEN []
         // Stated PART_OF only: leaving a division is leaving its parent too only where a source states it is one.
         ELSE [up = (org)-[:PART_OF*1..10]->(top:Organization)
               WHERE all(x IN relationships(up) WHERE x.certainty = 'stated') | top.id] END
         AS orgParents,
       CASE WHEN node IS NULL THEN [] ELSE [(node)-[r:REPORTED_BY]->(:Source) | r.certainty] END AS reportedBy,
       CASE WHEN node IS NULL THEN []
         ELSE [(node)-[r:REPORTED_BY]->(:Source) WHERE r.certainty IN ${SOURCED_CERTAINTIES_CYPHER} | r.sources] END
         AS reportedSources,
       CASE WHEN kind IN ['stint-start', 'stint-end'] AND rel.certainty IN ${SOURCED_CERTAINTIES_CYPHER} THEN COLLECT {
         MATCH (person)-[t:WORKED_AT]->(o:Organization) WHERE t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
         RETURN {rel: t, org: o, orgParents: [up = (o)-[:PART_OF*1..10]->(top:Organization)
                 WHERE all(x IN relationships(up) WHERE x.certainty = 'stated') | top.id]}
       } ELSE [] END AS personStints,
       CASE WHEN kind = 'stint-start' AND rel.certainty IN ${SOURCED_CERTAINTIES_CYPHER} THEN COLLECT {
         MATCH (person)-[t:WORKED_AT]->(:Organization)
         WHERE t <> rel AND t.start IS NOT NULL AND t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
           AND ((${notAfterCypher('toString(t.start)', 'date')} AND ${notAfterCypher('date', 'toString(t.start)')})
             OR (endNode(t) = org AND ${ONE_STINT_AGAIN}))
         RETURN {date: toString(t.start), key: ${keyOf('t')}, element: elementId(t)}
       } ELSE [] END AS companions
`;
