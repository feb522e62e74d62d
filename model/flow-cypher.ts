// Cypher expressions over a talent flow (TALENT_FLOW, seed/queries/stage-named-flows.ts) shared by the seed, the
// server's queries and the client's "Show Cypher", so they list a flow's people and roll a division up by one rule.
import { allSourcedCypher, sourcedTopCypher } from './certainty.js';

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

/**
 * Cypher ORDER BY keys that pick, of the sourced PART_OF paths `path` from an organisation up to a top organisation
 * `top`, the one the seed rolls it up along: the longest, then the first by the top's id, then by its facts' ids (so
 * two paths of one length to one top give the same choice every run).
 */
export function placingOrderCypher(path: string, top: string): string {
  // A name no query around uses: Cypher refuses a subquery's variable that shadows one outside it.
  return `length(${path}) DESC, ${top}.id, [placingLink IN relationships(${path}) | placingLink.id]`;
}

/**
 * Cypher: the PART_OF facts (a list of relationships) along which the seed rolls organisation `org` up to its top
 * organisation — the longest path of sourced PART_OF facts to an organisation no sourced PART_OF leads up from
 * (placingOrderCypher) — when that top, `topOrg`, meets `endTest`; else [] (so too for an organisation that is
 * not a division). What a division's move or report counted in an organisation's flow rests on beside its own facts.
 */
export function placingCypher(org: string, endTest: string): string {
  // Its variables' names are ones no query around uses: Cypher refuses a subquery's variable that shadows one.
  return `coalesce(head(COLLECT {
      MATCH placing = (${org})-[:PART_OF*1..10]->(topOrg:Organization)
      WHERE ${allSourcedCypher('placing', 'placingLink')} AND ${sourcedTopCypher('topOrg')}
      WITH placing, topOrg ORDER BY ${placingOrderCypher('placing', 'topOrg')} LIMIT 1
      RETURN CASE WHEN ${endTest} THEN relationships(placing) ELSE [] END AS placingFacts
    }), [])`;
}

/**
 * Cypher: the seed rolls organisation `org` up to a top organisation that meets `endTest` (on `topOrg`) — its one top
 * by placingCypher's path. A division two sourced paths place under two tops counts in one of them only, so its
 * stints and report facts are listed there only, never as evidence of the other top's flows.
 */
export function placedInCypher(org: string, endTest: string): string {
  return `size(${placingCypher(org, endTest)}) > 0`;
}
