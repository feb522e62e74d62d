// Cypher fragments both staging queries build on (stage-named-flows.ts, stage-reported-flows.ts): the roll-up of
// an organisation to its top, the fields a staged flow starts with, and how a span's end and PART_OF sources are read.
import { allSourcedCypher, sourcedTopCypher } from '../../model/certainty.js';
import { endsLaterCypher } from '../../model/date-cypher.js';
import { placingOrderCypher } from '../../model/flow-cypher.js';

/**
 * The roll-up's condition on a path `up` from an organisation to `r` along PART_OF: every link backed by a source,
 * and `r` the top — no sourced PART_OF above it. A PART_OF written without a certainty (model/certainty.ts) rolls
 * nothing up. Of such paths the one placingOrderCypher picks (model/flow-cypher.ts: the server's flows and "Show
 * Cypher" list the PART_OF facts of the same one).
 */
const SOURCED_TOP = `${allSourcedCypher('up')}
    AND ${sourcedTopCypher('r')}`;

/**
 * Cypher: a CALL subquery rolling organisation `org` up to its top — `top` (null when it is one) and `rels` (the
 * PART_OF facts of the path, null then) — along the one path SOURCED_TOP and placingOrderCypher pick.
 */
export function rollUpCypher(org: string, top: string, rels: string): string {
  return `CALL (${org}) {
  OPTIONAL MATCH up = (${org})-[:PART_OF*1..10]->(r:Organization)
  WHERE ${SOURCED_TOP}
  RETURN r AS ${top}, relationships(up) AS ${rels} ORDER BY ${placingOrderCypher('up', 'r')} LIMIT 1
}`;
}

/** The fields every staged flow starts with, so batches and reports can add to them. */
export const STAGED_START = `f.count = 0, f.moves = 0, f.people = [], f.statedCount = 0, f.impliedPeople = [],
  f.impliedFacts = [], f.divisionPeople = [], f.fromFactIds = [], f.toFactIds = [], f.moveDates = [],
  f.statedDates = [], f.impliedMovePeople = [], f.impliedMoveFacts = [], f.impliedMoveDates = [],
  f.directPeople = [], f.directDates = [], f.directImpliedPeople = [], f.directImpliedFacts = [],
  f.directStatedDates = [], f.directImpliedMovePeople = [], f.directImpliedMoveFacts = [],
  f.directImpliedMoveDates = [],
  f.sources = [], f.statedSources = [], f.impliedSources = [], f.impliedMoveSources = [], f.directStatedSources = [],
  f.directImpliedSources = [], f.directImpliedMoveSources = [], f.moveSourceRefs = [], f.directMoveSourceRefs = [], f.reportSources = [],
  f.partOfSources = [], f.eventIds = [], f.stagedAt = $stagedAt`;

/**
 * Cypher: the sources of the PART_OF facts `rels` (a path's relationships, or null: no path), each once — what a
 * division's move or report rolled up to a top organisation rests on beside its own facts.
 */
export function partOfSources(rels: string): string {
  return `reduce(acc = [], r IN coalesce(${rels}, []) | reduce(x = acc, s IN coalesce(r.sources, []) |
         CASE WHEN s IN x THEN x ELSE x + s END))`;
}

/**
 * Cypher: `d` when it ends a span later than `m` (the coarser on a tie: '2024' may be later than '2024-03'), else
 * `m`. A span's start needs no such rule: plain string order puts '2024' before '2024-03'.
 */
export const LATER_END = `CASE WHEN m IS NULL OR ${endsLaterCypher('d', 'm')} THEN d ELSE m END`;
