// The query the seed reads a batch's stints by to decide, in model code, which starts are one join
// (model/one-join.ts joinedMoves; seed/flow-joins.ts) before staging the batch's flows (stage-named-flows.ts $joins).
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';

/**
 * people-sourced-stints — parameter $people (person ids, one staging batch); columns person (id), id, org (the
 * organisation's id), start, end (text or null, toStringOrNull as the next-stint rule compares them), left (boolean),
 * stated (boolean), role (string or null), sources (list of Source ids). Only the people with two sourced stints at
 * one organisation, the only ones a join of two starts can be told of, and only stints a source backs, as the flows.
 */
export const PEOPLE_SOURCED_STINTS = `
MATCH (p:Person) WHERE p.id IN $people
  AND EXISTS {
    MATCH (p)-[t1:WORKED_AT]->(o:Organization)<-[t2:WORKED_AT]-(p)
    WHERE t1 <> t2 AND t1.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND t2.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
  }
MATCH (p)-[s:WORKED_AT]->(o:Organization)
WHERE s.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND s.id IS NOT NULL
RETURN p.id AS person, s.id AS id, o.id AS org, toStringOrNull(s.start) AS start, toStringOrNull(s.end) AS end,
       coalesce(s.left, false) = true AS left, s.certainty = 'stated' AS stated, s.role AS role,
       coalesce(s.sources, []) AS sources
ORDER BY person, id`;
