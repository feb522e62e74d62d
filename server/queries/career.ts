// Queries behind GET /api/people/:id/career.

/**
 * PERSON_STINTS — a person's WORKED_AT facts with the organisation of each, and their dates as text as the timeline
 * reads them (queries/timeline.ts: toString of the value): ours are text already, a foreign graph's may be Integer
 * years or Cypher dates, which are dates all the same (2022, 2024-01-01). toStringOrNull, not toString: a value that
 * has no text (a list) is no date, and must not fail the career.
 * Parameters: $eid (string, the person's elementId).
 * Columns: s (relationship), o (node), start, end (string or null).
 */
export const PERSON_STINTS = `
MATCH (p:Person) WHERE elementId(p) = $eid
MATCH (p)-[s:WORKED_AT]->(o)
WITH s, o, toStringOrNull(s.start) AS start, toStringOrNull(s.end) AS end
RETURN s, o, start, end
ORDER BY coalesce(start, end, '9999'), s.id
`;
