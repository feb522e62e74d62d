// The type the rebuild stages its flows under, and the queries that list the people the staging batches cover and
// that clear or count staged flows (see docs/data-model.md, "Derived flows"; seed/flows.ts runs them).
import type { INTERNAL_REL_TYPES } from '../../model/labels.js';

/**
 * The rebuild writes its flows under this type first, in batches, so no transaction holds the whole market's moves.
 * A build of at most DEFAULT_FLOW_SWAP_BATCH flows is swapped in for TALENT_FLOW by one transaction
 * (SWAP_TALENT_FLOWS): readers see the old flows or the new ones, never a mix. A larger build is swapped in batches
 * (DELETE_TALENT_FLOWS, then MOVE_STAGED_FLOWS): while it runs readers may see fewer flows, never old and new ones
 * counted together.
 */
export const STAGED_FLOW_TYPE: (typeof INTERNAL_REL_TYPES)[number] = 'TALENT_FLOW_STAGED';

/** delete-stale-staged-flows — parameter $before (epoch ms); auto-commit (batched). Leftovers of builds that died. */
export const DELETE_STALE_STAGED_FLOWS = `
MATCH ()-[f:${STAGED_FLOW_TYPE}]->() WHERE f.stagedAt < $before
CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS`;

/** delete-staged-flows — parameter $build (string); auto-commit (batched). Clears one build after a failure. */
export const DELETE_STAGED_FLOWS = `
MATCH ()-[f:${STAGED_FLOW_TYPE} {build: $build}]->()
CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS`;

/** people-with-ended-stints — no parameters; column id, in Cypher's order (the batches' order). */
export const PEOPLE_WITH_ENDED_STINTS = `
MATCH (p:Person)
WHERE p.id IS NOT NULL AND EXISTS { (p)-[s:WORKED_AT]->(:Organization) WHERE s.end IS NOT NULL OR s.left = true }
RETURN p.id AS id ORDER BY id`;

/** count-staged-flows — parameter $build; column flows. */
export const COUNT_STAGED_FLOWS = `MATCH ()-[s:${STAGED_FLOW_TYPE} {build: $build}]->() RETURN count(s) AS flows`;
