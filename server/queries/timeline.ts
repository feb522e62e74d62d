// Queries behind GET /api/timeline: dated events and stint starts/ends, filtered to a window of partial dates
// compared at their common precision ('2025' is within 2025-03..2025-09; '2025-02' is not).

/** Cypher: `d` is at or after `bound` at their common precision (true when bound is null). */
function atOrAfter(d: string, bound: string): string {
  return `(${bound} IS NULL OR left(${d}, CASE WHEN size(${d}) < size(${bound}) THEN size(${d}) ELSE size(${bound}) END) >= left(${bound}, CASE WHEN size(${d}) < size(${bound}) THEN size(${d}) ELSE size(${bound}) END))`;
}
function atOrBefore(d: string, bound: string): string {
  return `(${bound} IS NULL OR left(${d}, CASE WHEN size(${d}) < size(${bound}) THEN size(${d}) ELSE size(${bound}) END) <= left(${bound}, CASE WHEN size(${d}) < size(${bound}) THEN size(${d}) ELSE size(${bound}) END))`;
}

/**
 * TIMELINE — what happened when: events with a date (or the start of a reported period), and the starts and
 * ends of stints, in date order, at most $limit + 1 rows (one more tells the caller it was cut).
 * Parameters: $from (partial date or null), $to (partial date or null), $limit (integer).
 * Columns: kind ('event' | 'stint-start' | 'stint-end'), date (string), node (the event, or null),
 *          rel (the WORKED_AT fact, or null), person (node or null), org (node or null).
 */
export const TIMELINE = `
CALL () {
  MATCH (e:Event) WHERE coalesce(e.date, e.since) IS NOT NULL
  RETURN 'event' AS kind, toString(coalesce(e.date, e.since)) AS date, e AS node, null AS rel, null AS person, null AS org
  UNION ALL
  MATCH (p:Person)-[s:WORKED_AT]->(o) WHERE s.start IS NOT NULL
  RETURN 'stint-start' AS kind, toString(s.start) AS date, null AS node, s AS rel, p AS person, o AS org
  UNION ALL
  MATCH (p:Person)-[s:WORKED_AT]->(o) WHERE s.end IS NOT NULL
  RETURN 'stint-end' AS kind, toString(s.end) AS date, null AS node, s AS rel, p AS person, o AS org
}
WITH * WHERE ${atOrAfter('date', '$from')} AND ${atOrBefore('date', '$to')}
RETURN kind, date, node, rel, person, org
ORDER BY date, kind, coalesce(node.id, rel.id)
LIMIT $limit + 1
`;
