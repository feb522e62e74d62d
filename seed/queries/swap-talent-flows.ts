// The queries that swap a finished build's staged flows in for TALENT_FLOW: in one transaction when it fits, else
// in batches (the old flows deleted, then the staged ones promoted).
import { PART_CERTAINTIES, SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { DERIVATION_PROPERTY } from '../../model/flow-derivation.js';
import { STAGED_FLOW_TYPE } from './staged-flows.js';

/**
 * Cypher: the certainties of the parts the explorer draws of the staged flow `s` once it is a TALENT_FLOW, each once,
 * stated first — as client/state/flows.ts flowParts draws a stored flow: its stated named moves (statedCount > 0),
 * its implied ones (count - statedCount > 0) and its reports (a reportedCount or an event), the reported part as sure
 * as the report its number is from (the first of eventIds), or with no number implied only when every report is
 * (reportedPartCertainty). A path search steps on the flow while one of them is shown (model/certainty.ts
 * followedOnPath).
 */
const DRAWN_PART_CERTAINTIES = `[c IN ${SOURCED_CERTAINTIES_CYPHER} WHERE c IN [
      CASE WHEN s.statedCount > 0 THEN 'stated' END,
      CASE WHEN s.count - s.statedCount > 0 THEN 'implied' END,
      CASE WHEN coalesce(s.reportedCount, 0) > 0 OR size(s.eventIds) > 0 THEN
        CASE WHEN size(s.eventIds) > 0
               AND all(e IN CASE WHEN coalesce(s.reportedCount, 0) > 0 THEN s.eventIds[0..1] ELSE s.eventIds END
                       WHERE e IN coalesce(s.impliedEventIds, []))
             THEN 'implied' ELSE 'stated' END
      END]]`;

/** The derived fields a staged flow gets as it becomes a TALENT_FLOW (f is the new flow, s the staged one). */
const PROMOTE = `
CREATE (a)-[f:TALENT_FLOW]->(b)
SET f = properties(s)
SET f.factIds = s.fromFactIds + s.toFactIds, f.impliedCount = s.count - s.statedCount,
    // '' when no named move is dated (absent: a flow derived before the named moves were spanned apart).
    f.movedSince = coalesce(s.movedSince, ''), f.movedUntil = coalesce(s.movedUntil, ''),
    // The stated dates only matter beside an implied move: without one, every move in any window is stated.
    f.statedDates = CASE WHEN size(s.impliedMovePeople) > 0 THEN s.statedDates END,
    f.directPeople = CASE WHEN size(s.divisionPeople) > 0 THEN s.directPeople END,
    f.directDates = CASE WHEN size(s.divisionPeople) > 0 THEN s.directDates END,
    f.directImpliedPeople = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedPeople END,
    f.directImpliedFacts = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedFacts END,
    f.directStatedDates = CASE WHEN size(s.divisionPeople) > 0 AND size(s.directImpliedMovePeople) > 0
      THEN s.directStatedDates END,
    f.directImpliedMovePeople = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedMovePeople END,
    f.directImpliedMoveFacts = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedMoveFacts END,
    f.directImpliedMoveDates = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedMoveDates END,
    f.directStatedSources = CASE WHEN size(s.divisionPeople) > 0 THEN s.directStatedSources END,
    f.directImpliedSources = CASE WHEN size(s.divisionPeople) > 0 THEN s.directImpliedSources END,
    // Every implied move's sources, which a window's sourceRefs index (an implied move of a person counted stated
    // too, which the implied part's impliedSources leave out): on each flow with an implied move, so a flow without
    // them tells an older derivation (COUNT_OUTDATED_TALENT_FLOWS: overcited).
    f.impliedMoveSources = CASE WHEN size(s.impliedMovePeople) > 0 THEN s.impliedMoveSources END,
    f.directImpliedMoveSources = CASE WHEN size(s.divisionPeople) > 0 AND size(s.directImpliedMovePeople) > 0
      THEN s.directImpliedMoveSources END,
    f.directMoveSourceRefs = CASE WHEN size(s.divisionPeople) > 0 THEN s.directMoveSourceRefs END,
    f.certainty = CASE WHEN s.statedCount > 0 OR size(s.eventIds) > size(coalesce(s.impliedEventIds, []))
                       THEN 'stated' ELSE 'implied' END,
    // What the canvas draws of it, for the path search: a flow stored 'stated' may be drawn implied throughout (its
    // stated report's number not the one shown), or have an implied part drawn beside its stated one. On every flow,
    // so a flow without it tells an older derivation (COUNT_OUTDATED_TALENT_FLOWS: unsplit).
    f.${PART_CERTAINTIES} = ${DRAWN_PART_CERTAINTIES},
    // The version of the rules it was derived by (model/flow-derivation.ts): on every flow, so one derived by other
    // rules — even with every field above — tells an older derivation (COUNT_OUTDATED_TALENT_FLOWS: otherVersion).
    f.${DERIVATION_PROPERTY} = $derivation
REMOVE f.build, f.stagedAt, f.fromFactIds, f.toFactIds
DELETE s`;

/**
 * swap-talent-flows — parameters $build, $derivation (integer: DERIVATION_VERSION); column flows (how many TALENT_FLOW relationships exist afterwards).
 * One transaction, for builds that fit in one: the old flows go (every TALENT_FLOW: on a database that holds our
 * facts — the only kind a derivation runs on, seed/queries/derivation-lock.ts — one written by hand would be drawn
 * and followed as a stated flow no source states), the build's staged flows become TALENT_FLOW with
 * their derived fields (factIds = the stints moved from, then those moved to; impliedCount; certainty: stated when a
 * stated move or a stated report is behind the flow; partCertainties: those of the parts drawn of it; derivation:
 * $derivation; the direct*
 * lists only on a flow with divisionPeople), and the staged ones go.
 */
export const SWAP_TALENT_FLOWS = `
CALL () {
  MATCH ()-[old:TALENT_FLOW]->() DELETE old
}
MATCH (a)-[s:${STAGED_FLOW_TYPE} {build: $build}]->(b)${PROMOTE}
RETURN count(f) AS flows`;

/** delete-talent-flows — parameter $batch (rows per transaction); auto-commit (batched). First half of a big swap. */
export const DELETE_TALENT_FLOWS = `
MATCH ()-[old:TALENT_FLOW]->()
CALL (old) { DELETE old } IN TRANSACTIONS OF $batch ROWS`;

/**
 * move-staged-flows — parameters $build, $derivation, $batch (rows per transaction); auto-commit (batched). Second half of a big
 * swap: the same promotion as SWAP_TALENT_FLOWS, a batch of flows per transaction.
 */
export const MOVE_STAGED_FLOWS = `
MATCH (a)-[s:${STAGED_FLOW_TYPE} {build: $build}]->(b)
CALL (a, s, b) {${PROMOTE.replace(/\n/g, '\n  ')}
} IN TRANSACTIONS OF $batch ROWS`;
