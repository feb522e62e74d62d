// Queries behind GET /api/paths. Both ends are found first with nodeByIdQuery or NODE_BY_ELEMENT_ID (queries/lookup.ts).
import { followedOnPathCypher } from '../../model/certainty.js';
import { quoteName } from '../../model/cypher-name.js';

/** Whether shortestPathsQuery checks every relationship's certainty as it searches (see there). */
export type SourceCheck = 'during-search' | 'none';

/**
 * shortestPathsQuery — the shortest path (or all shortest paths) between two nodes, ignoring direction.
 * Interpolated: the types — ours or any the database has, checked against db.relationshipTypes() by the service
 * and backtick-quoted here — and the maximum length, an integer validated to 1–10 (Cypher cannot take a
 * variable-length bound or a type list as a parameter). At least one type: an empty list would follow any type.
 * A path steps only on what the view's certainty filter shows ($certainties) and a source backs (model/certainty.ts
 * followedOnPath, one rule with the canvas): a derived flow while one of the parts the canvas draws of it is shown
 * (its partCertainties; a flow an older seed derived, by its one certainty, none as stated); a relationship of one of
 * our certainties when that certainty is asked for; one of $factTypes without one never (on our database, a fact
 * written by hand connects nobody); another type without one (any type of a foreign graph, whatever its name) as it
 * is. That check reads a property of every relationship the search crosses (p95 ×3 on the 100k-person graph), so the
 * repository first searches without it (`check: 'none'`) and searches again with it only when a path found holds a
 * step the rule leaves out.
 * Parameters: $from (string, elementId), $to (string, elementId), $maxPaths (integer), $factTypes (list of strings:
 * FACT_REL_TYPES on a database that holds our sourced facts — the types whose relationships must be backed by a
 * source to be followed —, none on another: its WORKED_AT is its own, followed as it is), $derivedTypes (list of
 * strings: model/certainty.ts derivedTypesOf — our talent flows' types on our database, none on another, whose
 * TALENT_FLOW is its own type and claims no certainty of ours),
 * $certainties (list of strings, among CERTAINTIES; only read with `check: 'during-search'`).
 * Columns: p (path).
 */
export function shortestPathsQuery(
  all: boolean,
  maxLength: number,
  types: readonly string[],
  check: SourceCheck = 'during-search',
): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 10)
    throw new RangeError(`maxLength ${maxLength} is outside 1–10`);
  if (types.length === 0) throw new RangeError('a path query needs at least one relationship type');
  const fn = all ? 'allShortestPaths' : 'shortestPath';
  const typeList = `:${types.map(quoteName).join('|')}`;
  return `
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = ${fn}((a)-[${typeList}*..${maxLength}]-(b))${
    check === 'during-search'
      ? `
WHERE all(r IN relationships(p) WHERE ${followedOnPathCypher('r')})`
      : ''
  }
RETURN p
LIMIT $maxPaths
`;
}
