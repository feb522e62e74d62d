// The id the API gives a node or relationship, written in Cypher: its own `id` when that is text, else
// neo4j:<elementId> (ELEMENT_ID_PREFIX), as briefOf (model/talent-rows.ts) and the API's converter give one. A query
// that returns ids of things a foreign graph may hold (its stints, organisations and people have no `id` of ours)
// returns this, not `x.id`: a missing id read as null became the string "null", one id for every such thing.
import { ELEMENT_ID_PREFIX } from './view-queries.js';

/** Cypher: the API id of node or relationship `x` (a variable or expression). */
export function apiIdCypher(x: string): string {
  return `CASE WHEN ${x}.id IS :: STRING NOT NULL THEN ${x}.id ELSE '${ELEMENT_ID_PREFIX}' + elementId(${x}) END`;
}
