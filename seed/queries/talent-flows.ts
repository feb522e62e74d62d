// Queries that derive TALENT_FLOW from stints and departures events (see docs/data-model.md, "Derived flows").
import { allSourcedCypher, SOURCED_CERTAINTIES_CYPHER, sourcedTopCypher } from '../../model/certainty.js';
import { beforeCypher, endsLaterCypher, notAfterCypher } from '../../model/date-cypher.js';
import { placingOrderCypher } from '../../model/flow-cypher.js';
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

/**
 * The roll-up's condition on a path `up` from an organisation to `r` along PART_OF: every link backed by a source,
 * and `r` the top — no sourced PART_OF above it. A PART_OF written without a certainty (model/certainty.ts) rolls
 * nothing up. Of such paths the one placingOrderCypher picks (model/flow-cypher.ts: the server's flows and "Show
 * Cypher" list the PART_OF facts of the same one).
 */
const SOURCED_TOP = `${allSourcedCypher('up')}
    AND ${sourcedTopCypher('r')}`;

/** The fields every staged flow starts with, so batches and reports can add to them. */
const STAGED_START = `f.count = 0, f.moves = 0, f.people = [], f.statedCount = 0, f.impliedPeople = [],
  f.impliedFacts = [], f.divisionPeople = [], f.fromFactIds = [], f.toFactIds = [], f.moveDates = [],
  f.statedDates = [], f.impliedMovePeople = [], f.impliedMoveFacts = [], f.impliedMoveDates = [],
  f.directPeople = [], f.directDates = [], f.directImpliedPeople = [], f.directImpliedFacts = [],
  f.directStatedDates = [], f.directImpliedMovePeople = [], f.directImpliedMoveFacts = [],
  f.directImpliedMoveDates = [],
  f.sources = [], f.statedSources = [], f.impliedSources = [], f.directStatedSources = [],
  f.directImpliedSources = [], f.reportSources = [], f.partOfSources = [], f.eventIds = [], f.stagedAt = $stagedAt`;

/**
 * Cypher: the dates of one person's moves on a flow (`chains`: the person's chains of facts behind it), as a career dates a
 * move (model/career-moves.ts: the next stint's start, else the ended stint's end): distinct, earliest first, joined
 * by spaces (a partial date has none), '' when none is known. Stored in moveDates beside the person in people, so a
 * time window counts and ranks the flows by the moves inside it, and lists each person by index, without reading
 * every mover's stints.
 */
function personMoveDates(chains: string): string {
  return `reduce(s = '', d IN COLLECT {
         UNWIND ${chains} AS c WITH coalesce(c.s2.start, c.s1.end) AS d WHERE d IS NOT NULL RETURN DISTINCT d ORDER BY d
       } | CASE WHEN s = '' THEN d ELSE s + ' ' + d END)`;
}

/**
 * Cypher: the chains among `chains` behind a person's stated moves (`stated` true) or implied ones. A move is the
 * stint joined: the chains into one stint (leaving a division and its parent for it) are one move, stated when one
 * of them is stated throughout (its implied facts in the chain's field `field`: `rolled` for an overview flow, `raw`
 * at division level), so each of its dates is a stated move's.
 */
function movesChains(chains: string, field: 'rolled' | 'raw', stated: boolean): string {
  const some = `any(o IN ${chains} WHERE o.s2 = c.s2 AND size(o.${field}) = 0)`;
  return `[c IN ${chains} WHERE ${stated ? some : `NOT ${some}`}]`;
}

/**
 * Cypher: the implied facts of a person's implied moves among `chains` (movesChains), each with the date of its
 * chain (as personMoveDates dates it; '' when none is known): distinct maps {fact, date}. So a time window shows a
 * person implied when only their implied moves lie in it, and why — by the facts of those moves alone.
 */
function impliedMoves(chains: string, field: 'rolled' | 'raw'): string {
  return `reduce(acc = [], c IN ${movesChains(chains, field, false)} | reduce(x = acc, f IN c.${field} |
         CASE WHEN {fact: f, date: coalesce(c.s2.start, c.s1.end, '')} IN x THEN x
           ELSE x + {fact: f, date: coalesce(c.s2.start, c.s1.end, '')} END))`;
}

/**
 * Cypher, after `ORDER BY person`: collects every person's impliedMoves maps (the column named by `moves`) into
 * the three lists of triples `<name>People`, `<name>Facts`, `<name>Dates`.
 */
function collectImpliedMoves(moves: string, name: 'impliedMove' | 'directImpliedMove'): string {
  return `reduce(acc = [], l IN collect([m IN ${moves} | person]) | acc + l) AS ${name}People,
       reduce(acc = [], l IN collect([m IN ${moves} | m.fact]) | acc + l) AS ${name}Facts,
       reduce(acc = [], l IN collect([m IN ${moves} | m.date]) | acc + l) AS ${name}Dates`;
}

/**
 * Cypher: the sources a chain `c` rests on — its two stints' and, rolled up to the top organisations (`field`
 * 'rolled', an overview flow), the PART_OF facts' that place a division at either end in its top (c.upSources).
 */
function chainSources(c: string, field: 'rolled' | 'raw'): string {
  const stints = `coalesce(${c}.s1.sources, []) + coalesce(${c}.s2.sources, [])`;
  return field === 'rolled' ? `${stints} + ${c}.upSources` : stints;
}

/**
 * Cypher: the distinct pairs {source, stated} of one person's chains `chains`: each source a chain rests on
 * (chainSources), and whether its move is stated (movesChains: one chain into the stint joined stated throughout, its
 * implied facts in `field`), so a flow's stated part cites its stated moves' sources and its implied part its implied
 * ones'. A stated move is drawn by its stated chains: an implied chain into the same stint (leaving a division placed
 * by an implied PART_OF, beside its parent) backs no part, and its sources are cited by neither. Only their distinct
 * sources are stored (small lists): a list beside every person would outgrow the memory a transaction may use on the
 * largest flows of a 100k-person market.
 */
function moveSourcePairs(chains: string, field: 'rolled' | 'raw'): string {
  // A reduce, not a COLLECT subquery: it runs for every person of every flow, and the lists are a handful long.
  const cited = `[k IN ${chains} WHERE size(k.${field}) = 0
         OR NOT any(o IN ${chains} WHERE o.s2 = k.s2 AND size(o.${field}) = 0)]`;
  // Each pair built once, then added unless already there.
  const pairs = `[s IN ${chainSources('c', field)} | {source: s, stated: size(c.${field}) = 0}]`;
  return `reduce(acc = [], c IN ${cited} | reduce(x = acc, p IN ${pairs} |
         CASE WHEN p IN x THEN x ELSE x + p END))`;
}

/**
 * Cypher: the sources of the PART_OF facts `rels` (a path's relationships, or null: no path), each once — what a
 * division's move or report rolled up to a top organisation rests on beside its own facts.
 */
function partOfSources(rels: string): string {
  return `reduce(acc = [], r IN coalesce(${rels}, []) | reduce(x = acc, s IN coalesce(r.sources, []) |
         CASE WHEN s IN x THEN x ELSE x + s END))`;
}

/** Cypher: the sources of the stated (`stated` true) or implied moves of `pairs` added to the list `list`, each once. */
function addPairSources(list: string, pairs: string, stated: boolean): string {
  return `reduce(acc = ${list}, t IN ${pairs} |
    CASE WHEN ${stated ? '' : 'NOT '}t.stated AND NOT t.source IN acc THEN acc + t.source ELSE acc END)`;
}

/** Cypher: the dates of the batch's chains' moves (as personMoveDates dates them), those known. */
const MOVE_DATES = `[c IN chains WHERE coalesce(c.s2.start, c.s1.end) IS NOT NULL | coalesce(c.s2.start, c.s1.end)]`;
/**
 * Cypher: `d` when it ends a span later than `m` (the coarser on a tie: '2024' may be later than '2024-03'), else
 * `m`. A span's start needs no such rule: plain string order puts '2024' before '2024-03'.
 */
const LATER_END = `CASE WHEN m IS NULL OR ${endsLaterCypher('d', 'm')} THEN d ELSE m END`;

/**
 * Adds one batch's chains (and its people, the dates of their moves, counts and facts) to the staged flow f; `field`
 * 'rolled' for an overview flow, whose sources take in the PART_OF facts its chains are rolled up along.
 */
const addChains = (field: 'rolled' | 'raw') => `
  SET f.count = f.count + size(people), f.moves = f.moves + moveCount, f.people = f.people + people,
      f.statedCount = f.statedCount + statedCount,
      f.impliedPeople = f.impliedPeople + impliedPeople, f.impliedFacts = f.impliedFacts + impliedFacts,
      f.fromFactIds = f.fromFactIds + [c IN chains | c.s1.id], f.toFactIds = f.toFactIds + [c IN chains | c.s2.id],
      f.moveDates = f.moveDates + moveDates, f.statedDates = f.statedDates + statedDates,
      f.impliedMovePeople = f.impliedMovePeople + impliedMovePeople,
      f.impliedMoveFacts = f.impliedMoveFacts + impliedMoveFacts,
      f.impliedMoveDates = f.impliedMoveDates + impliedMoveDates,
      f.since = reduce(m = f.since, d IN ${MOVE_DATES} | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
      f.until = reduce(m = f.until, d IN ${MOVE_DATES} | ${LATER_END}),
      // The named moves' own span (since/until also take in the reports): the flow view dates its named part by it.
      f.movedSince = reduce(m = f.movedSince, d IN ${MOVE_DATES} | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
      f.movedUntil = reduce(m = f.movedUntil, d IN ${MOVE_DATES} | ${LATER_END}),
      f.sources = reduce(acc = f.sources, c IN chains | reduce(x = acc, s IN ${chainSources('c', field)} |
        CASE WHEN s IN x THEN x ELSE x + s END)),
      // The named moves' own sources (f.sources also takes in the reports'), the stated and the implied apart.
      f.statedSources = ${addPairSources('f.statedSources', 'sourcePairs', true)},
      f.impliedSources = ${addPairSources('f.impliedSources', 'sourcePairs', false)}${
        field === 'rolled'
          ? `,
      // The PART_OF facts' own sources apart (also in f.sources): a flow derived before they were cited has none.
      f.partOfSources = reduce(acc = f.partOfSources, c IN chains | reduce(x = acc, s IN c.upSources |
        CASE WHEN s IN x THEN x ELSE x + s END))`
          : ''
      }`;

/**
 * stage-named-flows — parameters $people (person ids, one batch, in PEOPLE_WITH_ENDED_STINTS order), $build (string),
 * $stagedAt (epoch ms); column flows (how many staged flows the batch added to).
 * Batches go in order, each person's moves in one batch, so the lists of people and facts come out in the same
 * order as one pass over everybody would give.
 * For each ended stint s1 (end set or left = true) of a person at A, the person's next stint s2 is the one
 * with the earliest start among those that can follow s1: s1.end ≤ s2.start at their common precision, or
 * — when either date is unknown — s2 is a current stint (no end, not left) that did not start before s1.
 * If the next stint is at another organisation B, that is a move A→B. Only stints a source backs (stated or
 * implied) take part: one written without a certainty (by hand, model/certainty.ts) never makes or breaks a move.
 * Certainty: a move is stated only when every fact behind it is stated (both stints and, when rolled up, the
 * PART_OF facts that place a division in its parent); the implied ones are kept in impliedPeople/impliedFacts
 * (pair i: person i's move rests on implied fact i). A person is counted once, stated when one of their moves is
 * (a move: the stint joined, stated when one chain of facts into it is); so that a time window holding only their
 * implied moves shows them implied, and why, each person's stated moves are dated apart (statedDates, beside
 * people; kept only on a flow with an implied move), and every implied move's facts are kept dated, as triples
 * (impliedMovePeople[i], impliedMoveFacts[i], impliedMoveDates[i]: the move's date, or '').
 * Levels: each end is rolled up to its top organisation along PART_OF (FAIR → Meta), and each person counted
 * once per rolled-up pair (level 'organization', the overview; moves inside one organisation drop out).
 * Moves with a division at either end also make a level 'division' flow between the organisations as stated
 * (FAIR → xAI), whose `parent` is the overview flow it rolls into; the overview flow lists those people in
 * divisionPeople, and the people with a move of their own between its ends in directPeople (with those moves'
 * dates, certainty and implied facts, as above), so a view by division counts each move once, at the most specific
 * level.
 * Sources: f.sources cites every stint and report behind the flow; statedSources and impliedSources those of its
 * stated and its implied named moves (the stints' sources; directStatedSources and directImpliedSources those of its
 * own moves, as directPeople), and reportSources those of its reports, so each drawn part of a flow cites only the
 * sources of what it draws. At an overview flow a move or report rolled up from a division also cites the PART_OF
 * facts that place the division in its top organisation (kept apart too, in partOfSources).
 */
export const STAGE_NAMED_FLOWS = `
MATCH (p:Person) WHERE p.id IN $people
MATCH (p)-[s1:WORKED_AT]->(a:Organization)
WHERE (s1.end IS NOT NULL OR s1.left = true) AND s1.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
CALL (p, s1) {
  MATCH (p)-[s2:WORKED_AT]->(b:Organization)
  WHERE s2 <> s1 AND s2.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND (
    (s1.end IS NOT NULL AND s2.start IS NOT NULL
      AND ${notAfterCypher('s1.end', 's2.start')})
    OR ((s1.end IS NULL OR s2.start IS NULL) AND s2.end IS NULL AND coalesce(s2.left, false) = false
      AND NOT (s1.start IS NOT NULL AND s2.start IS NOT NULL
        AND ${beforeCypher('s2.start', 's1.start')})))
  RETURN s2, b
  ORDER BY coalesce(s2.start, '9999'), s2.id
  LIMIT 1
}
WITH p, s1, a, s2, b
WHERE b <> a
CALL (a) {
  OPTIONAL MATCH up = (a)-[:PART_OF*1..10]->(r:Organization)
  WHERE ${SOURCED_TOP}
  RETURN r AS ra, relationships(up) AS upA ORDER BY ${placingOrderCypher('up', 'r')} LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH up = (b)-[:PART_OF*1..10]->(r:Organization)
  WHERE ${SOURCED_TOP}
  RETURN r AS rb, relationships(up) AS upB ORDER BY ${placingOrderCypher('up', 'r')} LIMIT 1
}
WITH p, s1, a, s2, b, coalesce(ra, a) AS ra, coalesce(rb, b) AS rb, upA, upB,
     [s IN [s1, s2] WHERE s.certainty = 'implied' | s.id] AS rawImplied,
     [s IN [s1, s2] + coalesce(upA, []) + coalesce(upB, []) WHERE s.certainty = 'implied' | s.id] AS rolledImplied
// Sorted before collecting, so every run stores the same lists in the same order ("a second run changes nothing").
ORDER BY p.id, s1.id
WITH collect({p: p.id, s1: s1, s2: s2, a: a, b: b, ra: ra, rb: rb, raw: rawImplied, rolled: rolledImplied,
              upSources: ${partOfSources('coalesce(upA, []) + coalesce(upB, [])')}}) AS moves
CALL (moves) {
  // The overview: one row per (top organisation A, top organisation B, person).
  UNWIND moves AS m
  WITH m WHERE m.ra <> m.rb
  WITH m.ra AS a, m.rb AS b, m.p AS person, collect(m) AS chains
  WITH a, b, person, chains,
       // A person's move is stated when one chain of facts behind it is stated throughout.
       any(c IN chains WHERE size(c.rolled) = 0) AS stated,
       [c IN chains WHERE c.a <> a OR c.b <> b | c.s2] AS divisionJoins,
       reduce(acc = [], c IN chains | reduce(x = acc, f IN c.rolled | CASE WHEN f IN x THEN x ELSE x + f END)) AS implied
  // The person's moves between the ends themselves that are not also a division's: a chain joining a stint that no
  // chain from or to a division joins (leaving a division and its parent for one stint is one move, counted at the
  // division; leaving the parent itself for another stint later is a move of its own).
  WITH a, b, person, chains, stated, size(divisionJoins) > 0 AS viaDivision,
       CASE WHEN stated THEN [] ELSE implied END AS implied,
       [c IN chains WHERE c.a = a AND c.b = b AND NOT c.s2 IN divisionJoins] AS direct
  WITH a, b, person, chains, stated, viaDivision, implied, direct, any(c IN direct WHERE size(c.raw) = 0) AS directStated,
       ${personMoveDates('chains')} AS dates,
       ${personMoveDates('direct')} AS directDates
  // Per move: the dates of the stated ones (all of them, mostly), and the facts of the implied ones, dated.
  WITH a, b, person, chains, stated, viaDivision, implied, direct, directStated, dates, directDates,
       CASE WHEN all(c IN chains WHERE size(c.rolled) = 0) THEN dates
         ELSE ${personMoveDates(movesChains('chains', 'rolled', true))} END AS statedDates,
       CASE WHEN all(c IN direct WHERE size(c.raw) = 0) THEN directDates
         ELSE ${personMoveDates(movesChains('direct', 'raw', true))} END AS directStatedDates,
       ${impliedMoves('chains', 'rolled')} AS impliedMoves
  WITH a, b, person, chains, stated, viaDivision, implied, direct, dates, directDates, statedDates,
       directStatedDates, impliedMoves,
       CASE WHEN size(direct) = 0 OR directStated THEN []
         ELSE reduce(acc = [], c IN direct | reduce(x = acc, f IN c.raw | CASE WHEN f IN x THEN x ELSE x + f END)) END
         AS directImplied,
       ${impliedMoves('direct', 'raw')} AS directImpliedMoves,
       ${moveSourcePairs('chains', 'rolled')} AS ownSourcePairs,
       CASE WHEN size(direct) = 0 THEN [] ELSE ${moveSourcePairs('direct', 'raw')} END AS ownDirectSourcePairs
  ORDER BY person
  WITH a, b,
       collect(person) AS people,
       collect(dates) AS moveDates,
       collect(statedDates) AS statedDates,
       ${collectImpliedMoves('impliedMoves', 'impliedMove')},
       [x IN collect(CASE WHEN viaDivision THEN person END) WHERE x IS NOT NULL] AS divisionPeople,
       // The view by division: the people with a move of their own between the ends, its dates and implied facts
       // (kept on the flow only when some of its people are counted in a division flow: SWAP_TALENT_FLOWS).
       collect(CASE WHEN size(direct) > 0 THEN person END) AS directPeople,
       collect(CASE WHEN size(direct) > 0 THEN directDates END) AS directDates,
       reduce(acc = [], l IN collect([f IN directImplied | person]) | acc + l) AS directImpliedPeople,
       reduce(acc = [], l IN collect(directImplied) | acc + l) AS directImpliedFacts,
       collect(CASE WHEN size(direct) > 0 THEN directStatedDates END) AS directStatedDates,
       ${collectImpliedMoves('directImpliedMoves', 'directImpliedMove')},
       size([s IN collect(stated) WHERE s]) AS statedCount,
       reduce(acc = [], l IN collect([f IN implied | person]) | acc + l) AS impliedPeople,
       reduce(acc = [], l IN collect(implied) | acc + l) AS impliedFacts,
       // A move is a stint joined: leaving a division and its parent for one stint is one move, not two chains.
       reduce(n = 0, l IN collect(chains) | n + size(reduce(acc = [], c IN l |
         CASE WHEN c.s2.id IN acc THEN acc ELSE acc + c.s2.id END))) AS moveCount,
       reduce(acc = [], l IN collect(chains) | acc + l) AS chains,
       // In person order: the sources come out in the same order however the people are batched.
       reduce(acc = [], l IN collect(ownSourcePairs) | acc + l) AS sourcePairs,
       reduce(acc = [], l IN collect(ownDirectSourcePairs) | acc + l) AS directSourcePairs
  MERGE (a)-[f:${STAGED_FLOW_TYPE} {id: 'flow:' + a.id + '->' + b.id, build: $build}]->(b)
  ON CREATE SET f.level = 'organization', ${STAGED_START}${addChains('rolled')},
      f.directStatedSources = ${addPairSources('f.directStatedSources', 'directSourcePairs', true)},
      f.directImpliedSources = ${addPairSources('f.directImpliedSources', 'directSourcePairs', false)},
      f.divisionPeople = f.divisionPeople + divisionPeople,
      f.directPeople = f.directPeople + directPeople, f.directDates = f.directDates + directDates,
      f.directImpliedPeople = f.directImpliedPeople + directImpliedPeople,
      f.directImpliedFacts = f.directImpliedFacts + directImpliedFacts,
      f.directStatedDates = f.directStatedDates + directStatedDates,
      f.directImpliedMovePeople = f.directImpliedMovePeople + directImpliedMovePeople,
      f.directImpliedMoveFacts = f.directImpliedMoveFacts + directImpliedMoveFacts,
      f.directImpliedMoveDates = f.directImpliedMoveDates + directImpliedMoveDates
  RETURN count(f) AS overview
}
CALL (moves) {
  // Division level: moves with a division at either end, between the organisations the stints name.
  UNWIND moves AS m
  WITH m WHERE m.a <> m.ra OR m.b <> m.rb
  WITH m.a AS a, m.b AS b, m.ra AS ra, m.rb AS rb, m.p AS person, collect(m) AS chains
  WITH a, b, ra, rb, person, chains, any(c IN chains WHERE size(c.raw) = 0) AS stated,
       reduce(acc = [], c IN chains | reduce(x = acc, f IN c.raw | CASE WHEN f IN x THEN x ELSE x + f END)) AS implied
  WITH a, b, ra, rb, person, chains, stated, CASE WHEN stated THEN [] ELSE implied END AS implied,
       ${personMoveDates('chains')} AS dates
  WITH a, b, ra, rb, person, chains, stated, implied, dates,
       CASE WHEN all(c IN chains WHERE size(c.raw) = 0) THEN dates
         ELSE ${personMoveDates(movesChains('chains', 'raw', true))} END AS statedDates,
       ${impliedMoves('chains', 'raw')} AS impliedMoves,
       ${moveSourcePairs('chains', 'raw')} AS ownSourcePairs
  ORDER BY person
  WITH a, b, ra, rb,
       collect(person) AS people,
       collect(dates) AS moveDates,
       collect(statedDates) AS statedDates,
       ${collectImpliedMoves('impliedMoves', 'impliedMove')},
       size([s IN collect(stated) WHERE s]) AS statedCount,
       reduce(acc = [], l IN collect([f IN implied | person]) | acc + l) AS impliedPeople,
       reduce(acc = [], l IN collect(implied) | acc + l) AS impliedFacts,
       // A move is a stint joined: leaving a division and its parent for one stint is one move, not two chains.
       reduce(n = 0, l IN collect(chains) | n + size(reduce(acc = [], c IN l |
         CASE WHEN c.s2.id IN acc THEN acc ELSE acc + c.s2.id END))) AS moveCount,
       reduce(acc = [], l IN collect(chains) | acc + l) AS chains,
       reduce(acc = [], l IN collect(ownSourcePairs) | acc + l) AS sourcePairs
  MERGE (a)-[f:${STAGED_FLOW_TYPE} {id: 'flow:' + a.id + '->' + b.id, build: $build}]->(b)
  ON CREATE SET f.level = 'division', f.parent = CASE WHEN ra <> rb THEN 'flow:' + ra.id + '->' + rb.id END, ${STAGED_START}${addChains('raw')}
  RETURN count(f) AS divisions
}
RETURN overview + divisions AS flows`;

/**
 * stage-reported-flows — parameters $departuresKind (string: DEPARTURES_EVENT_KIND), $build, $stagedAt; column flows
 * (how many staged flows it touched). Runs after all batches of STAGE_NAMED_FLOWS.
 * A departures event with PARTICIPATED_IN roles from (A) and to (B) adds its stated count to the overview flow
 * between A's and B's top organisations (PART_OF rolled up, as for named moves): reportedCount is the largest
 * count any source states (reports overlap, so they are never summed). Each event is one report of a flow, however
 * many of its facts place it at the ends; it is stated when one chain of its from and to facts (and any PART_OF fact
 * rolled through) is stated throughout; the others are listed in impliedEventIds.
 * The flow is stated when at least one stated move or stated report is behind it.
 */
export const STAGE_REPORTED_FLOWS = `
MATCH (a0:Organization)-[pf:PARTICIPATED_IN {role: 'from'}]->(e:Event {kind: $departuresKind})<-[pt:PARTICIPATED_IN {role: 'to'}]-(b0:Organization)
WHERE a0 <> b0 AND pf.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND pt.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
CALL (a0) {
  OPTIONAL MATCH up = (a0)-[:PART_OF*1..10]->(r:Organization)
  WHERE ${SOURCED_TOP}
  RETURN r AS ra, relationships(up) AS upA ORDER BY ${placingOrderCypher('up', 'r')} LIMIT 1
}
CALL (b0) {
  OPTIONAL MATCH up = (b0)-[:PART_OF*1..10]->(r:Organization)
  WHERE ${SOURCED_TOP}
  RETURN r AS rb, relationships(up) AS upB ORDER BY ${placingOrderCypher('up', 'r')} LIMIT 1
}
WITH coalesce(ra, a0) AS a, coalesce(rb, b0) AS b, e, pf, pt,
     any(x IN [pf, pt] + coalesce(upA, []) + coalesce(upB, []) WHERE x.certainty = 'implied') AS implied,
     ${partOfSources('coalesce(upA, []) + coalesce(upB, [])')} AS upSources
WHERE a <> b
// One report per event between two ends, however many of its facts place it there (from Meta and from its FAIR
// division, say): implied only when every chain of facts is, and resting on the chains of its own certainty only —
// a stated report cites the facts that state it, not an implied chain beside them (as named moves do).
WITH a, b, e, pf, pt, implied, upSources ORDER BY pf.id, pt.id
WITH a, b, e, collect({implied: implied, sources: coalesce(pf.sources, []) + coalesce(pt.sources, []) + upSources,
                       up: upSources}) AS chains
WITH a, b, e, chains, all(c IN chains WHERE c.implied) AS implied
WITH a, b, e, implied, [c IN chains WHERE c.implied = implied] AS backing
WITH a, b, e, implied,
     // A report rolled up from a division rests on the PART_OF facts that place it too.
     reduce(acc = [], c IN backing | reduce(x = acc, s IN c.sources | CASE WHEN s IN x THEN x ELSE x + s END))
       AS eventSources,
     reduce(acc = [], c IN backing | reduce(x = acc, s IN c.up | CASE WHEN s IN x THEN x ELSE x + s END))
       AS eventUpSources
ORDER BY coalesce(e.count, -1) DESC, e.id
WITH a, b,
     collect(e) AS events,
     [x IN collect(CASE WHEN implied THEN e.id END) WHERE x IS NOT NULL] AS impliedEventIds,
     reduce(acc = [], l IN collect(eventSources) |
       reduce(acc2 = acc, s IN l | CASE WHEN s IN acc2 THEN acc2 ELSE acc2 + s END)) AS sources,
     reduce(acc = [], l IN collect(eventUpSources) |
       reduce(acc2 = acc, s IN l | CASE WHEN s IN acc2 THEN acc2 ELSE acc2 + s END)) AS upSources
WITH a, b, events, impliedEventIds, sources, upSources, events[0] AS top,
     [d IN [e IN events | coalesce(e.since, e.date)] WHERE d IS NOT NULL] AS starts,
     [d IN [e IN events | coalesce(e.until, e.date)] WHERE d IS NOT NULL] AS ends
MERGE (a)-[f:${STAGED_FLOW_TYPE} {id: 'flow:' + a.id + '->' + b.id, build: $build}]->(b)
ON CREATE SET f.level = 'organization', ${STAGED_START}
SET f.reportedCount = top.count,
    f.reportedQualifier = CASE WHEN top.count IS NULL THEN null ELSE top.countQualifier END,
    f.eventIds = [e IN events | e.id],
    f.impliedEventIds = impliedEventIds,
    f.sources = reduce(acc = f.sources, s IN sources | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    // The reports' own sources: the flow view cites them for its reported part.
    f.reportSources = sources,
    f.partOfSources = reduce(acc = f.partOfSources, s IN upSources | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    f.since = reduce(m = f.since, d IN starts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    f.until = reduce(m = f.until, d IN ends | ${LATER_END}),
    // The reports' own span (since/until also take in the named moves): a stored flow's reported part is dated by
    // it, as its named parts by movedSince/movedUntil. '' when no report is dated.
    f.reportSince = coalesce(reduce(m = null, d IN starts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END), ''),
    f.reportUntil = coalesce(reduce(m = null, d IN ends | ${LATER_END}), '')
RETURN count(f) AS flows`;

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
    f.certainty = CASE WHEN s.statedCount > 0 OR size(s.eventIds) > size(coalesce(s.impliedEventIds, []))
                       THEN 'stated' ELSE 'implied' END
REMOVE f.build, f.stagedAt, f.fromFactIds, f.toFactIds
DELETE s`;

/** count-staged-flows — parameter $build; column flows. */
export const COUNT_STAGED_FLOWS = `MATCH ()-[s:${STAGED_FLOW_TYPE} {build: $build}]->() RETURN count(s) AS flows`;

/**
 * swap-talent-flows — parameter $build; column flows (how many TALENT_FLOW relationships exist afterwards).
 * One transaction, for builds that fit in one: the old flows go, the build's staged flows become TALENT_FLOW with
 * their derived fields (factIds = the stints moved from, then those moved to; impliedCount; certainty: stated when a
 * stated move or a stated report is behind the flow; the direct* lists only on a flow with divisionPeople), and the
 * staged ones go.
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
 * move-staged-flows — parameters $build, $batch (rows per transaction); auto-commit (batched). Second half of a big
 * swap: the same promotion as SWAP_TALENT_FLOWS, a batch of flows per transaction.
 */
export const MOVE_STAGED_FLOWS = `
MATCH (a)-[s:${STAGED_FLOW_TYPE} {build: $build}]->(b)
CALL (a, s, b) {${PROMOTE.replace(/\n/g, '\n  ')}
} IN TRANSACTIONS OF $batch ROWS`;

/**
 * count-outdated-talent-flows — no parameters; columns undated (TALENT_FLOW relationships without moveDates: a time
 * window can only estimate them), undivided (overview flows with divisionPeople but no directPeople: the view by
 * division leaves out a move such a person made between the ends themselves) and perPerson (flows without
 * impliedMovePeople: in a time window a person's certainty is their certainty over all time, so one stated by an
 * earlier move may show stated for an implied move in the window — whether a flow has such a person cannot be told
 * from what it stores) and unspanned (flows with named moves and reports but no movedSince or no reportSince: the
 * explorer dates their named part by the reports' dates too, or their reported part by the named moves') and unsourced (flows without statedSources: their stated, implied and
 * reported parts cite each other's sources, and by division an overview flow its divisions' moves') and unplaced
 * (overview flows with a division's mover or a report but without partOfSources: their stored sources leave out
 * those of the PART_OF facts that roll a division's moves into their ends), all derived by an older seed, until the
 * flows are derived again.
 */
export const COUNT_OUTDATED_TALENT_FLOWS = `
MATCH ()-[f:TALENT_FLOW]->()
RETURN count(CASE WHEN f.moveDates IS NULL THEN f END) AS undated,
       count(CASE WHEN size(coalesce(f.divisionPeople, [])) > 0 AND f.directPeople IS NULL THEN f END) AS undivided,
       count(CASE WHEN f.impliedMovePeople IS NULL THEN f END) AS perPerson,
       count(CASE WHEN (f.movedSince IS NULL OR f.reportSince IS NULL) AND size(coalesce(f.eventIds, [])) > 0
         AND f.count > 0 THEN f END) AS unspanned,
       count(CASE WHEN f.statedSources IS NULL THEN f END) AS unsourced,
       // Only where a PART_OF may be behind it: an overview flow with a division's mover, or with a report.
       count(CASE WHEN f.partOfSources IS NULL AND coalesce(f.level, 'organization') = 'organization'
         AND (size(coalesce(f.divisionPeople, [])) > 0 OR size(coalesce(f.eventIds, [])) > 0) THEN f END) AS unplaced`;

/** count-talent-flows — no parameters; column flows. */
export const COUNT_TALENT_FLOWS = 'MATCH ()-[f:TALENT_FLOW]->() RETURN count(f) AS flows';
