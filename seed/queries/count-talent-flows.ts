// Queries that count the stored TALENT_FLOW relationships: all of them, and those an older seed derived without
// the fields this one stores or by another version of the rules.
import { DERIVATION_PROPERTY, FLOW_ID_PREFIX } from '../../model/flow-derivation.js';

/**
 * count-outdated-talent-flows — parameter $derivation (integer: DERIVATION_VERSION, model/flow-derivation.ts); columns
 * undated (TALENT_FLOW relationships without moveDates: a time
 * window can only estimate them), undivided (overview flows with divisionPeople but no directPeople: the view by
 * division leaves out a move such a person made between the ends themselves) and perPerson (flows without
 * impliedMovePeople: in a time window a person's certainty is their certainty over all time, so one stated by an
 * earlier move may show stated for an implied move in the window — whether a flow has such a person cannot be told
 * from what it stores) and unspanned (flows with named moves and reports but no movedSince or no reportSince: the
 * explorer dates their named part by the reports' dates too, or their reported part by the named moves') and unsourced (flows without statedSources: their stated, implied and
 * reported parts cite each other's sources, and by division an overview flow its divisions' moves') and unplaced
 * (overview flows with a division's mover or a report but without partOfSources: their stored sources leave out
 * those of the PART_OF facts that roll a division's moves into their ends) and unwindowed (flows with named moves
 * but no moveSourceRefs: in a time window their named parts cite the sources of all their moves, saying so) and
 * overcited (flows with an implied named move but no impliedMoveSources: their implied part also cites, all time,
 * the implied moves of people counted stated, which draw no part) and unsplit (flows without partCertainties: a path
 * search judges them by their one certainty, not by the parts the explorer draws of them) and otherVersion (flows
 * whose stored derivation is not $derivation, or that have none: derived by other rules — which moves there are, and
 * when, may differ — though they may have every field above), all derived by an older seed, until the flows are
 * derived again.
 */
export const COUNT_OUTDATED_TALENT_FLOWS = `
MATCH ()-[f:TALENT_FLOW]->() WHERE f.id STARTS WITH '${FLOW_ID_PREFIX}'
RETURN count(CASE WHEN f.moveDates IS NULL THEN f END) AS undated,
       count(CASE WHEN size(coalesce(f.divisionPeople, [])) > 0 AND f.directPeople IS NULL THEN f END) AS undivided,
       count(CASE WHEN f.impliedMovePeople IS NULL THEN f END) AS perPerson,
       count(CASE WHEN (f.movedSince IS NULL OR f.reportSince IS NULL) AND size(coalesce(f.eventIds, [])) > 0
         AND f.count > 0 THEN f END) AS unspanned,
       count(CASE WHEN f.statedSources IS NULL THEN f END) AS unsourced,
       // Only where a PART_OF may be behind it: an overview flow with a division's mover, or with a report.
       count(CASE WHEN f.partOfSources IS NULL AND coalesce(f.level, 'organization') = 'organization'
         AND (size(coalesce(f.divisionPeople, [])) > 0 OR size(coalesce(f.eventIds, [])) > 0) THEN f END) AS unplaced,
       count(CASE WHEN f.moveSourceRefs IS NULL AND coalesce(f.count, 0) > 0 THEN f END) AS unwindowed,
       count(CASE WHEN f.statedSources IS NOT NULL AND (
         (f.impliedMoveSources IS NULL AND size(coalesce(f.impliedMovePeople, [])) > 0)
         OR (f.directImpliedMoveSources IS NULL AND size(coalesce(f.directImpliedMovePeople, [])) > 0)) THEN f END)
         AS overcited,
       count(CASE WHEN f.partCertainties IS NULL THEN f END) AS unsplit,
       count(CASE WHEN f.${DERIVATION_PROPERTY} IS NULL OR f.${DERIVATION_PROPERTY} <> $derivation THEN f END) AS otherVersion`;

/** count-talent-flows — no parameters; column flows. */
export const COUNT_TALENT_FLOWS = `MATCH ()-[f:TALENT_FLOW]->() WHERE f.id STARTS WITH '${FLOW_ID_PREFIX}' RETURN count(f) AS flows`;
