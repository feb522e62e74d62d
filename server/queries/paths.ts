// Queries behind GET /api/paths. Both ends are found first with nodeByIdQuery or NODE_BY_ELEMENT_ID (queries/lookup.ts).
import type { RelType } from '../../model/labels.js';

export const MAX_PATHS = 50;

/**
 * shortestPathsQuery — the shortest path (or all shortest paths) between two nodes, ignoring direction.
 * Interpolated: the types from the REL_TYPES whitelist and the maximum length, an integer validated to 1–10
 * (Cypher cannot take a variable-length bound as a parameter).
 * Parameters: $from (string, elementId), $to (string, elementId), $maxPaths (integer).
 * Columns: p (path).
 */
export function shortestPathsQuery(all: boolean, maxLength: number, types: readonly RelType[]): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 10)
    throw new RangeError(`maxLength ${maxLength} is outside 1–10`);
  const fn = all ? 'allShortestPaths' : 'shortestPath';
  const typeList = types.length > 0 ? `:${types.join('|')}` : '';
  return `
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = ${fn}((a)-[${typeList}*..${maxLength}]-(b))
RETURN p
LIMIT $maxPaths
`;
}
