// Queries behind GET /api/flows: the seed's derived TALENT_FLOW relationships (seed/queries/talent-flows.ts).
// A move's date is read from the person's stints at both ends (the joined stint's start, else the left
// stint's end): the seed chose those very stints for the flow, and reading them is far cheaper than the rule.

/** Cypher: partial date `a` ≤ `b` at their common precision. */
function notAfter(a: string, b: string): string {
  const n = `CASE WHEN size(${a}) < size(${b}) THEN size(${a}) ELSE size(${b}) END`;
  return `left(${a}, ${n}) <= left(${b}, ${n})`;
}

/**
 * FLOWS — a page of TALENT_FLOW relationships, largest first (by the larger of count and reportedCount), with
 * the people behind each and the departures events behind its reported count.
 * Filters: into/out of one organisation; with a window, only flows whose [since, until] overlaps it; at least
 * $min people.
 * Parameters: $org (string elementId or null), $out (boolean: flows from org), $in (boolean: flows to org),
 *             $since, $until (partial dates or null), $min (integer), $limit (integer),
 *             $people (integer: people to list per flow, or null for all of them — a window must date them all),
 *             $peopleOffset (integer: people of each flow to skip first; ignored when $people is null).
 * Columns: total (integer: flows matching before the page cut), f (relationship), x (source organisation),
 *          y (target organisation), movers (list of maps {person: node, when: partial date or null, facts: list of
 *          WORKED_AT ids}), reports (list of the departures Event nodes named by f.eventIds).
 */
export const FLOWS = `
MATCH (x:Organization)-[f:TALENT_FLOW]->(y:Organization)
WHERE ($org IS NULL OR ($out AND elementId(x) = $org) OR ($in AND elementId(y) = $org))
  AND ($since IS NULL AND $until IS NULL OR coalesce(f.since, f.until) IS NOT NULL)
  AND ($until IS NULL OR f.since IS NULL OR ${notAfter('f.since', '$until')})
  AND ($since IS NULL OR f.until IS NULL OR ${notAfter('$since', 'f.until')})
WITH x, f, y, CASE WHEN coalesce(f.count, 0) >= coalesce(f.reportedCount, 0) THEN coalesce(f.count, 0) ELSE f.reportedCount END AS atLeast
WHERE atLeast >= $min
ORDER BY atLeast DESC, f.id
WITH collect({x: x, f: f, y: y}) AS flows
UNWIND flows[0..$limit] AS row
WITH size(flows) AS total, row.x AS x, row.f AS f, row.y AS y
CALL (f, x, y) {
  UNWIND CASE WHEN $people IS NULL THEN coalesce(f.people, []) ELSE coalesce(f.people, [])[$peopleOffset..$peopleOffset + $people] END AS personId
  MATCH (p:Person {id: personId})
  WITH p, COLLECT { MATCH (p)-[s:WORKED_AT]->(x) RETURN s ORDER BY s.id } AS left,
       COLLECT { MATCH (p)-[s:WORKED_AT]->(y) RETURN s ORDER BY s.id } AS joined
  RETURN collect({
    person: p,
    when: coalesce(head([s IN joined WHERE s.start IS NOT NULL | s.start]), head([s IN left WHERE s.end IS NOT NULL | s.end])),
    facts: [s IN left | s.id] + [s IN joined | s.id]
  }) AS movers
}
CALL (f) {
  UNWIND coalesce(f.eventIds, []) AS eventId
  MATCH (e:Event {id: eventId})
  RETURN collect(e) AS reports
}
RETURN total, f, x, y, movers, reports
`;
