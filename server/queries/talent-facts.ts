// The query behind the one answer to "does this database hold Talent Graph's sourced facts?" (services/
// talent-facts-service.ts), which paths, the schema and the client's first screen all go by. Names alone never say it:
// a foreign graph may well have a Person, a WORKED_AT or a REPORTED_BY of its own. Every fact our seed and importers
// write carries a certainty of ours (model/certainty.ts); a relationship written any other way does not.
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { FACT_REL_TYPES } from '../../model/labels.js';

/**
 * Relationships of each fact type looked at, at most. On our database the first one is sourced; a foreign graph with
 * millions of its own WORKED_AT (no certainty) would otherwise be read whole each time the answer is asked afresh,
 * on the way to every path and schema answer.
 */
export const SOURCED_FACTS_SCAN_LIMIT = 100_000;

/**
 * SOURCED_FACTS_HELD — whether a relationship of one of our fact types has one of our certainties, among the first
 * SOURCED_FACTS_SCAN_LIMIT of each type. One EXISTS per type, so each stops at its type's first sourced relationship
 * (on our database, at once).
 * Interpolated: the types from the FACT_REL_TYPES whitelist, the certainties from CERTAINTIES and the limit, a
 * constant; never user input.
 * Parameters: none. Columns: held (boolean).
 */
export const SOURCED_FACTS_HELD = `RETURN ${FACT_REL_TYPES.map(
  (t) =>
    `EXISTS { MATCH ()-[r:${t}]->() WITH r LIMIT ${SOURCED_FACTS_SCAN_LIMIT} WITH r WHERE r.certainty IN ${SOURCED_CERTAINTIES_CYPHER} }`,
).join('\n    OR ')} AS held`;
