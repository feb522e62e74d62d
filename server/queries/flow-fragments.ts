// Cypher fragments of the flows queries (flows.ts): a flow's lists at the level a view shows, a time window's tests,
// and the sources of the moves a window counts.

import { notAfterCypher } from '../../model/date-cypher.js';
import { placedInCypher, viewPeopleCypher } from '../../model/flow-cypher.js';

/** Flow `f`'s people as the view the request names ($divisions) lists them. */
export const VIEW_PEOPLE = viewPeopleCypher('$divisions');

/**
 * Cypher: `o` is a division the seed rolls up into `x` (sourced PART_OF facts, along the one path it picks: a division
 * under two tops counts in one).
 */
export function rolledInto(o: string, x: string): string {
  return placedInCypher(o, `topOrg = ${x}`);
}

/** Cypher: partial date `d` lies in the window [$since, $until] (either end open when null). */
export function inWindow(d: string): string {
  return `($since IS NULL OR ${notAfterCypher('$since', d)}) AND ($until IS NULL OR ${notAfterCypher(d, '$until')})`;
}

/** Cypher: one of a person's stored move dates (`dates`: a moveDates entry, space-separated) lies in the window. */
export function movedInWindow(dates: string): string {
  return `any(d IN split(${dates}, ' ') WHERE d <> '' AND ${inWindow('d')})`;
}

/** Cypher: the request asks for a time window. */
export const WINDOWED = '($since IS NOT NULL OR $until IS NOT NULL)';

// Cypher (with flow `f`, `people` — its people at the level shown — and `direct`: a view by division of an overview
// flow some of whose people moved through a division, derived with its own moves listed apart): the people whose
// move dates and facts are stored by index, each one's move dates, the pairs (person, implied fact) of the implied
// moves, and the people of the list to leave out (an older derivation's divisionPeople, counted in a division flow;
// it did not list who also moved between the ends themselves).
export const LEVEL_IDS = 'CASE WHEN direct THEN people ELSE coalesce(f.people, []) END';
export const LEVEL_DATES = 'CASE WHEN direct THEN f.directDates ELSE f.moveDates END';
export const LEVEL_IMPLIED_PEOPLE =
  'CASE WHEN direct THEN f.directImpliedPeople ELSE coalesce(f.impliedPeople, []) END';
export const LEVEL_IMPLIED_FACTS =
  'CASE WHEN direct THEN f.directImpliedFacts ELSE coalesce(f.impliedFacts, []) END';
export const LEVEL_APART = 'CASE WHEN direct THEN [] ELSE coalesce(f.divisionPeople, []) END';
// Each move's certainty: beside each person of ids, the dates of their stated moves (null: no implied move at this
// level, or a flow derived before moves had their own certainty — then a person's is theirs over all time), and the
// triples (person, implied fact, date) of the implied moves.
export const LEVEL_STATED = `CASE WHEN direct THEN CASE WHEN f.directImpliedMovePeople IS NOT NULL THEN f.directStatedDates END
  ELSE CASE WHEN f.impliedMovePeople IS NOT NULL THEN f.statedDates END END`;
export const LEVEL_MOVE_PEOPLE =
  'coalesce(CASE WHEN direct THEN f.directImpliedMovePeople ELSE f.impliedMovePeople END, [])';
export const LEVEL_MOVE_FACTS =
  'coalesce(CASE WHEN direct THEN f.directImpliedMoveFacts ELSE f.impliedMoveFacts END, [])';
export const LEVEL_MOVE_DATES =
  'coalesce(CASE WHEN direct THEN f.directImpliedMoveDates ELSE f.impliedMoveDates END, [])';
/**
 * Cypher: the sources of the stated (`stated` true) or implied named moves at the level shown (by division an
 * overview flow's own moves'), of all time, or null for a flow derived before its moves' sources were kept apart.
 * The implied ones are those of the people counted implied: what the implied part draws (an older derivation's
 * also take in the implied moves of people counted stated).
 */
export function levelSources(stated: boolean): string {
  const kind = stated ? 'Stated' : 'Implied';
  return `CASE WHEN f.statedSources IS NULL THEN null
         WHEN direct THEN coalesce(f.direct${kind}Sources, []) ELSE coalesce(f.${kind.toLowerCase()}Sources, []) END`;
}

/**
 * Cypher: the list the implied indices of LEVEL_SOURCE_REFS point into — the sources of every implied named move at
 * the level, also of people counted stated (impliedMoveSources, stored on a flow with an implied move; without one,
 * and on an older derivation, impliedSources holds them all).
 */
const LEVEL_IMPLIED_MOVE_SOURCES = `CASE WHEN f.statedSources IS NULL THEN null
         WHEN direct THEN coalesce(f.directImpliedMoveSources, f.directImpliedSources, [])
         ELSE coalesce(f.impliedMoveSources, f.impliedSources, []) END`;

/**
 * Beside each person of LEVEL_IDS, the sources of each of their dated moves (seed/queries/stage-named-flows.ts
 * sourceRefs: beside each date of LEVEL_DATES, indices in the level's statedSources and LEVEL_IMPLIED_MOVE_SOURCES,
 * '0,2/1'), or null for a flow derived before they were kept beside each person.
 */
export const LEVEL_SOURCE_REFS = 'CASE WHEN direct THEN f.directMoveSourceRefs ELSE f.moveSourceRefs END';

/**
 * Cypher: a CALL subquery over the people a window counts (`counted`: indices into `dates`, LEVEL_DATES, and
 * `refs`, LEVEL_SOURCE_REFS or null; with `stated`, `ids`, `ip` for impliedInWindow): statedRefs and impliedRefs, the
 * indices in the level's statedSources and LEVEL_IMPLIED_MOVE_SOURCES of the sources their moves dated in the window
 * cite, each once, in the lists' order — the stated ones of the people the window counts stated, the implied ones of those it
 * counts implied (a person counted stated by a stated move in it draws no implied part, so their implied move in it
 * is cited by neither) — both [] when `refs` is null. Its cost is the counted people's, as counting them is; without
 * a window refs is null and it reads nothing.
 */
export const WINDOW_SOURCE_REFS = `CALL (dates, refs, counted, stated, ids, ip) {
  WITH dates, refs, counted, stated, ids, ip
  WHERE refs IS NOT NULL
  UNWIND counted AS k
  WITH split(dates[k], ' ') AS ds, split(coalesce(refs[k], ''), ' ') AS rs, ${impliedInWindow('k')} AS impliedMover
  UNWIND range(0, size(ds) - 1) AS j
  WITH ds[j] AS d, split(coalesce(rs[j], ''), '/') AS parts, impliedMover
  WHERE d <> '' AND ${inWindow('d')}
  UNWIND [i IN split(CASE WHEN impliedMover THEN '' ELSE parts[0] END, ',') WHERE i <> '' | {stated: true, i: toInteger(i)}]
    + [i IN split(CASE WHEN impliedMover THEN coalesce(parts[1], '') ELSE '' END, ',') WHERE i <> ''
       | {stated: false, i: toInteger(i)}] AS ref
  WITH DISTINCT ref ORDER BY ref.i
  RETURN [r IN collect(ref) WHERE r.stated | r.i] AS statedRefs, [r IN collect(ref) WHERE NOT r.stated | r.i] AS impliedRefs
}`;

/**
 * Cypher: the sources of the stated (`stated` true) or implied named moves the view counts (after
 * WINDOW_SOURCE_REFS): in a window, statedSources at statedRefs or LEVEL_IMPLIED_MOVE_SOURCES at impliedRefs (the
 * sources of the moves counted in it), each list read once; without one, or for a flow derived before each person's
 * were kept (refs null), levelSources' whole list.
 */
export function windowSources(stated: boolean): string {
  const indexed = stated ? levelSources(true) : LEVEL_IMPLIED_MOVE_SOURCES;
  return `CASE WHEN refs IS NULL THEN ${levelSources(stated)} ELSE head([l IN [${indexed}] |
         CASE WHEN l IS NULL THEN l ELSE [i IN ${stated ? 'statedRefs' : 'impliedRefs'} | l[i]] END]) END`;
}

/**
 * Cypher: the person at index `k` moved in the window only by implied facts — none of their stated moves is dated in
 * it (with `stated`, `ids`, `ip`: LEVEL_STATED, LEVEL_IDS, LEVEL_IMPLIED_PEOPLE). For a person counted in the window.
 */
export function impliedInWindow(k: string): string {
  return `CASE WHEN stated IS NULL THEN ids[${k}] IN ip ELSE NOT ${movedInWindow(`stated[${k}]`)} END`;
}
