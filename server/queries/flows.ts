// Queries behind GET /api/flows: the seed's derived TALENT_FLOW relationships (seed/queries/talent-flows.ts),
// with every stint of their named people (so each move can be dated by the same rule) and the departures
// events behind their reported counts.

/**
 * FLOWS — TALENT_FLOW relationships, optionally only those into/out of one organisation.
 * Parameters: $org (string elementId or null), $out (boolean: flows from org), $in (boolean: flows to org).
 * Columns: f (relationship), x (source organisation), y (target organisation),
 *          movers (list of maps {person: node, stints: list of maps {s: WORKED_AT relationship, org: organisation id}}),
 *          reports (list of the departures Event nodes named by f.eventIds).
 */
export const FLOWS = `
MATCH (x:Organization)-[f:TALENT_FLOW]->(y:Organization)
WHERE $org IS NULL OR ($out AND elementId(x) = $org) OR ($in AND elementId(y) = $org)
CALL (f) {
  UNWIND coalesce(f.people, []) AS pid
  MATCH (p:Person {id: pid})
  RETURN collect({person: p, stints: COLLECT { MATCH (p)-[s:WORKED_AT]->(o:Organization) RETURN {s: s, org: o.id} AS stint }}) AS movers
}
CALL (f) {
  UNWIND coalesce(f.eventIds, []) AS eventId
  MATCH (e:Event {id: eventId})
  RETURN collect(e) AS reports
}
RETURN f, x, y, movers, reports
ORDER BY coalesce(f.count, 0) + coalesce(f.reportedCount, 0) DESC, f.id
`;
