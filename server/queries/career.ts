// Queries behind GET /api/people/:id/career.

/**
 * PERSON_STINTS — a person's WORKED_AT facts with the organisation of each.
 * Parameters: $eid (string, the person's elementId).
 * Columns: s (relationship), o (node).
 */
export const PERSON_STINTS = `
MATCH (p:Person) WHERE elementId(p) = $eid
MATCH (p)-[s:WORKED_AT]->(o)
RETURN s, o
ORDER BY coalesce(s.start, s.end, '9999'), s.id
`;
