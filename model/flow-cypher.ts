// Cypher expressions over a talent flow (TALENT_FLOW, seed/queries/talent-flows.ts) shared by the server's queries and
// the client's "Show Cypher", so the two list a flow's people by one rule.

/**
 * Cypher: flow `f`'s people as a view lists them — all of them; in the view by division (`divisions` true) an
 * organisation's flow only its own moves' people (directPeople; a flow derived before those were kept: its people
 * less its divisions'). A division's flow has no directPeople and no divisionPeople: all of its people either way.
 */
export function viewPeopleCypher(divisions: string, f = 'f'): string {
  return `CASE WHEN NOT ${divisions} THEN coalesce(${f}.people, [])
       WHEN ${f}.directPeople IS NOT NULL THEN ${f}.directPeople
       ELSE [id IN coalesce(${f}.people, []) WHERE NOT id IN coalesce(${f}.divisionPeople, [])] END`;
}
