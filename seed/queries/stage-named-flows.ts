// stage-named-flows: the query that stages the flows of named people's moves, one batch of people at a time, and the
// Cypher fragments only it uses (a person's move dates, certainty and sources). See docs/data-model.md, "Derived flows".
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { NEXT_STINT_CYPHER } from '../../model/next-stint-cypher.js';
import { LATER_END, partOfSources, rollUpCypher, STAGED_START } from './staged-flow-fragments.js';
import { STAGED_FLOW_TYPE } from './staged-flows.js';

/**
 * Cypher: the dates of one person's moves on a flow (`chains`: the person's chains of facts behind it), each chain at its
 * move's one date (moveDate: as a career dates the move, model/career-moves.ts, set once per stint joined): distinct, earliest first, joined
 * by spaces (a partial date has none), '' when none is known. Stored in moveDates beside the person in people, so a
 * time window counts and ranks the flows by the moves inside it, and lists each person by index, without reading
 * every mover's stints.
 */
function personMoveDates(chains: string): string {
  return `reduce(s = '', d IN COLLECT {
         UNWIND ${chains} AS c WITH c.moveDate AS d WHERE d IS NOT NULL RETURN DISTINCT d ORDER BY d
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
         CASE WHEN {fact: f, date: coalesce(c.moveDate, '')} IN x THEN x
           ELSE x + {fact: f, date: coalesce(c.moveDate, '')} END))`;
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
  const stints = `coalesce(${c}.s1.sources, []) + coalesce(${c}.s2.sources, []) + ${c}.joinSources`;
  return field === 'rolled' ? `${stints} + ${c}.upSources` : stints;
}

/** Cypher: the sources of the facts of a join's list `joined` (stage-named-flows' $joins) that satisfy `where` (on t). */
function joinedSources(joined: string, where: string): string {
  return `reduce(acc = [], t IN [t IN ${joined} WHERE ${where}] | acc + coalesce(t.sources, []))`;
}

/**
 * Cypher: the chains among `chains` whose sources a person's moves cite: a stated move is drawn by its stated chains
 * (its implied facts in `field`) — an implied chain into the same stint (leaving a division placed by an implied
 * PART_OF, beside its parent) backs no part, and its sources are cited by neither.
 */
function citedChains(chains: string, field: 'rolled' | 'raw'): string {
  return `[k IN ${chains} WHERE size(k.${field}) = 0
         OR NOT any(o IN ${chains} WHERE o.s2 = k.s2 AND size(o.${field}) = 0)]`;
}

/**
 * Cypher: the distinct pairs {source, stated} of one person's chains `chains`: each source a cited chain rests on
 * (chainSources, citedChains), and whether its move is stated (movesChains: one chain into the stint joined stated
 * throughout, its implied facts in `field`), so a flow's stated part cites its stated moves' sources and its implied
 * part its implied ones'. Only their distinct sources are stored as lists of ids (small lists): a list entry beside
 * every move's source outgrew the memory a transaction may use on the largest flows of a 100k-person market; a time
 * window reads which of them each person's dated moves cite from sourceRefs.
 */
function moveSourcePairs(chains: string, field: 'rolled' | 'raw'): string {
  // A reduce, not a COLLECT subquery: it runs for every person of every flow, and the lists are a handful long.
  // Each pair built once, then added unless already there.
  const pairs = `[s IN ${chainSources('c', field)} | {source: s, stated: size(c.${field}) = 0}]`;
  return `reduce(acc = [], c IN ${citedChains(chains, field)} | reduce(x = acc, p IN ${pairs} |
         CASE WHEN p IN x THEN x ELSE x + p END))`;
}

/**
 * Cypher: the distinct triples {date, source, stated} of one person's dated chains among `chains` — moveSourcePairs'
 * pairs, each with its chain's move date as personMoveDates dates it. An undated move lies in no window: left out.
 */
function datedSourceTriples(chains: string, field: 'rolled' | 'raw'): string {
  const dated = `[k IN ${citedChains(chains, field)} WHERE k.moveDate IS NOT NULL]`;
  const triples = `[s IN ${chainSources('c', field)} |
           {date: c.moveDate, source: s, stated: size(c.${field}) = 0}]`;
  return `reduce(acc = [], c IN ${dated} | reduce(x = acc, t IN ${triples} |
         CASE WHEN t IN x THEN x ELSE x + t END))`;
}

/** Cypher: the indices in `list` of the sources of `triples` of one certainty (`stated`), joined by commas. */
function refIndices(triples: string, list: string, stated: boolean): string {
  const index = `toString(head([j IN range(0, size(${list}) - 1) WHERE ${list}[j] = t.source]))`;
  return `reduce(s = '', ref IN [t IN ${triples} WHERE t.date = d AND ${stated ? '' : 'NOT '}t.stated | ${index}] |
           CASE WHEN s = '' THEN ref ELSE s + ',' + ref END)`;
}

/**
 * Cypher: one person's sourceRefs — beside each date of their `dates` (a moveDates entry), the sources of their moves
 * dated so (`triples`: datedSourceTriples) as their indices in the flow's lists `stated` and `implied` (statedSources
 * and impliedMoveSources, or the direct… ones, as they stand after this batch: a later batch only appends to them), the
 * stated ones then the implied ones, '/' between: '0,2/1' (stated 0 and 2, implied 1). The dates' entries are joined
 * by spaces, as the dates are: split alike, the k-th of one is the k-th of the other. '' when no move is dated. So a
 * time window cites the sources of exactly the moves it counts, each entry a few characters long (an index, not a
 * source's id).
 */
function sourceRefs(dates: string, triples: string, stated: string, implied: string): string {
  return `CASE WHEN ${dates} = '' THEN '' ELSE reduce(out = null, d IN split(${dates}, ' ') |
         CASE WHEN out IS NULL THEN '' ELSE out + ' ' END + ${refIndices(triples, stated, true)} + '/'
           + ${refIndices(triples, implied, false)}) END`;
}

/** Cypher: the sources of the stated (`stated` true) or implied moves of `pairs` added to the list `list`, each once. */
function addPairSources(list: string, pairs: string, stated: boolean): string {
  return `reduce(acc = ${list}, t IN ${pairs} |
    CASE WHEN ${stated ? '' : 'NOT '}t.stated AND NOT t.source IN acc THEN acc + t.source ELSE acc END)`;
}

/** Cypher: the dates of the batch's chains' moves (as personMoveDates dates them), those known. */
const MOVE_DATES = `[c IN chains WHERE c.moveDate IS NOT NULL | c.moveDate]`;

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
      f.sources = reduce(acc = f.sources, c IN chains | reduce(x = acc, s IN ${chainSources('c', field)} + c.allJoinSources |
        CASE WHEN s IN x THEN x ELSE x + s END)),
      // The named moves' own sources (f.sources also takes in the reports'), the stated and the implied apart.
      f.statedSources = ${addPairSources('f.statedSources', 'sourcePairs', true)},
      // The implied part draws only the people counted implied (no stated move): it cites their implied moves'
      // sources, not those of an implied move of a person counted stated. A time window indexes every implied
      // move's (impliedMoveSources: a person counted stated may move in it only by an implied move).
      f.impliedSources = ${addPairSources('f.impliedSources', 'partSourcePairs', false)},
      f.impliedMoveSources = ${addPairSources('f.impliedMoveSources', 'sourcePairs', false)}${
        field === 'rolled'
          ? `,
      // The PART_OF facts' own sources apart (also in f.sources): a flow derived before they were cited has none.
      f.partOfSources = reduce(acc = f.partOfSources, c IN chains | reduce(x = acc, s IN c.upSources |
        CASE WHEN s IN x THEN x ELSE x + s END))`
          : ''
      }`;

/**
 * Adds one batch's people's sourceRefs (sourceRefs above) to the staged flow f's list `refs`, beside its `dates` (the
 * batch's moveDates or directDates, person by person as `triples`), indexing into f's lists `stated` and `implied`
 * after the batch's SET has added to them: each list read once, then each source looked up in it. `keep`: the
 * columns a later clause still needs.
 */
function addSourceRefs(
  refs: string,
  dates: string,
  triples: string,
  lists: [string, string],
  keep = '',
): string {
  return `WITH f, ${dates}, ${triples}, f.${lists[0]} AS stated, f.${lists[1]} AS implied${keep}
  SET f.${refs} = f.${refs} + [pk IN range(0, size(${dates}) - 1) |
      ${sourceRefs(`${dates}[pk]`, `${triples}[pk]`, 'stated', 'implied')}]`;
}

/**
 * stage-named-flows — parameters $people (person ids, one batch, in PEOPLE_WITH_ENDED_STINTS order), $joins (map: by
 * stint id, {to, members} of the one join it belongs to, seed/flow-joins.ts; {} when none), $build (string),
 * $stagedAt (epoch ms); column flows (how many staged flows the batch added to).
 * Batches go in order, each person's moves in one batch, so the lists of people and facts come out in the same
 * order as one pass over everybody would give.
 * For each ended stint s1 (end set or left = true) of a person at A, the person's next stint s2 is the one
 * with the earliest start among those that can follow s1 (model/next-stint-cypher.ts, the careers' rule); when it is
 * one of several facts starting one stint on different dates (one join, model/one-join.ts), the move is into the
 * join's surest start ($joins: the earliest stated one, else the earliest), which dates it and makes it stated when a
 * stated fact tells the join; the join's other facts are cited beside it (joinSources) and it is one move.
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
 * Sources: f.sources cites every stint and report behind the flow; statedSources those of its stated named moves
 * (the stints' sources), impliedSources those of the implied moves of the people it counts implied (what its implied
 * part draws: an implied move of a person counted stated draws nothing, and impliedMoveSources adds its sources, for
 * a time window where only that move is dated); directStatedSources, directImpliedSources and
 * directImpliedMoveSources the same for its own moves, as directPeople; and reportSources those of its reports — so
 * each drawn part of a flow cites only the sources of what it draws. At an overview flow a move or report rolled up from a division also cites the PART_OF
 * facts that place the division in its top organisation (kept apart too, in partOfSources). Beside each person, which
 * of those sources each of their dated moves cites (moveSourceRefs beside people and moveDates, directMoveSourceRefs
 * beside directPeople and directDates; sourceRefs above), so a time window cites only the sources of the moves in it.
 */
export const STAGE_NAMED_FLOWS = `
MATCH (p:Person) WHERE p.id IN $people
MATCH (p)-[s1:WORKED_AT]->(a:Organization)
WHERE (s1.end IS NOT NULL OR s1.left = true) AND s1.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
${NEXT_STINT_CYPHER}
WITH p, s1, a, s2 AS next, b
WHERE b <> a
// One join (model/one-join.ts joinedMoves, decided in model code: seed/flow-joins.ts): a stint the sources start on
// different dates (implied April, stated May) is joined as one, the move told by its surest start ($joins[id].to),
// so it is as sure as that start and dated by it, and each of its other facts (joined) is cited with it.
CALL (p, next, b) {
  WITH p, next, b, $joins[next.id] AS j
  OPTIONAL MATCH (p)-[t:WORKED_AT]->(b) WHERE j IS NOT NULL AND t.id IN j.members
  WITH next, j, collect(t) AS members
  WITH coalesce(head([t IN members WHERE t.id = j.to]), next) AS s2, members
  RETURN s2, [t IN members WHERE t <> s2] AS joined
}
WITH p, s1, a, s2, b, joined
${rollUpCypher('a', 'ra', 'upA')}
${rollUpCypher('b', 'rb', 'upB')}
WITH p, s1, a, s2, b, joined, coalesce(ra, a) AS ra, coalesce(rb, b) AS rb, upA, upB,
     [s IN [s1, s2] WHERE s.certainty = 'implied' | s.id] AS rawImplied,
     [s IN [s1, s2] + coalesce(upA, []) + coalesce(upB, []) WHERE s.certainty = 'implied' | s.id] AS rolledImplied
// One date per move (the stint joined), as a career dates it (model/career-moves.ts): the stint joined's start, else
// the latest end among the stints left for it — for a stated move (stint joined and a stint left stated: ledByStated)
// among the stated ones only — so every chain into it, at either level, is counted and cited at that one date.
WITH p, s2, collect({s1: s1, a: a, b: b, ra: ra, rb: rb, upA: upA, upB: upB, raw: rawImplied, rolled: rolledImplied,
                     joined: joined}) AS into
WITH p, s2, into, [c IN into WHERE size(c.raw) = 0] AS statedInto
WITH p, s2, into, coalesce(s2.start, reduce(m = null, d IN
       [c IN CASE WHEN size(statedInto) > 0 THEN statedInto ELSE into END WHERE c.s1.end IS NOT NULL | c.s1.end] |
       ${LATER_END})) AS moveDate
UNWIND into AS c
WITH p, c.s1 AS s1, c.a AS a, s2, c.b AS b, c.ra AS ra, c.rb AS rb, c.upA AS upA, c.upB AS upB,
     c.raw AS rawImplied, c.rolled AS rolledImplied, c.joined AS joined, moveDate
// Sorted before collecting, so every run stores the same lists in the same order ("a second run changes nothing").
ORDER BY p.id, s1.id
WITH collect({p: p.id, s1: s1, s2: s2, a: a, b: b, ra: ra, rb: rb, raw: rawImplied, rolled: rolledImplied,
              moveDate: moveDate, upSources: ${partOfSources('coalesce(upA, []) + coalesce(upB, [])')},
              // The join's other facts: those as sure as the stint joined back the move (a stated move's stated ones,
              // as a stated part cites only stated facts); every one is behind the flow (f.sources).
              joinSources: ${joinedSources('joined', "s2.certainty <> 'stated' OR t.certainty = 'stated'")},
              allJoinSources: ${joinedSources('joined', 'true')}}) AS moves
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
  WITH a, b, person, chains, stated, viaDivision, implied, direct, directStated, dates, directDates, statedDates,
       directStatedDates, impliedMoves,
       CASE WHEN size(direct) = 0 OR directStated THEN []
         ELSE reduce(acc = [], c IN direct | reduce(x = acc, f IN c.raw | CASE WHEN f IN x THEN x ELSE x + f END)) END
         AS directImplied,
       ${impliedMoves('direct', 'raw')} AS directImpliedMoves,
       ${moveSourcePairs('chains', 'rolled')} AS ownSourcePairs,
       CASE WHEN size(direct) = 0 THEN [] ELSE ${moveSourcePairs('direct', 'raw')} END AS ownDirectSourcePairs,
       ${datedSourceTriples('chains', 'rolled')} AS ownSourceTriples,
       CASE WHEN size(direct) = 0 THEN [] ELSE ${datedSourceTriples('direct', 'raw')} END AS ownDirectSourceTriples
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
       reduce(acc = [], l IN collect(CASE WHEN stated THEN [] ELSE ownSourcePairs END) | acc + l) AS partSourcePairs,
       reduce(acc = [], l IN collect(ownDirectSourcePairs) | acc + l) AS directSourcePairs,
       reduce(acc = [], l IN collect(CASE WHEN directStated THEN [] ELSE ownDirectSourcePairs END) | acc + l)
         AS directPartSourcePairs,
       // Beside each person (of people, of directPeople), their dated moves' sources: indexed once the lists hold them.
       collect(ownSourceTriples) AS sourceTriples,
       collect(CASE WHEN size(direct) > 0 THEN ownDirectSourceTriples END) AS directSourceTriples
  MERGE (a)-[f:${STAGED_FLOW_TYPE} {id: 'flow:' + a.id + '->' + b.id, build: $build}]->(b)
  ON CREATE SET f.level = 'organization', ${STAGED_START}${addChains('rolled')},
      f.directStatedSources = ${addPairSources('f.directStatedSources', 'directSourcePairs', true)},
      f.directImpliedSources = ${addPairSources('f.directImpliedSources', 'directPartSourcePairs', false)},
      f.directImpliedMoveSources = ${addPairSources('f.directImpliedMoveSources', 'directSourcePairs', false)},
      f.divisionPeople = f.divisionPeople + divisionPeople,
      f.directPeople = f.directPeople + directPeople, f.directDates = f.directDates + directDates,
      f.directImpliedPeople = f.directImpliedPeople + directImpliedPeople,
      f.directImpliedFacts = f.directImpliedFacts + directImpliedFacts,
      f.directStatedDates = f.directStatedDates + directStatedDates,
      f.directImpliedMovePeople = f.directImpliedMovePeople + directImpliedMovePeople,
      f.directImpliedMoveFacts = f.directImpliedMoveFacts + directImpliedMoveFacts,
      f.directImpliedMoveDates = f.directImpliedMoveDates + directImpliedMoveDates
  ${addSourceRefs('moveSourceRefs', 'moveDates', 'sourceTriples', ['statedSources', 'impliedMoveSources'], ', directDates, directSourceTriples')}
  ${addSourceRefs('directMoveSourceRefs', 'directDates', 'directSourceTriples', ['directStatedSources', 'directImpliedMoveSources'])}
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
       ${moveSourcePairs('chains', 'raw')} AS ownSourcePairs,
       ${datedSourceTriples('chains', 'raw')} AS ownSourceTriples
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
       reduce(acc = [], l IN collect(ownSourcePairs) | acc + l) AS sourcePairs,
       reduce(acc = [], l IN collect(CASE WHEN stated THEN [] ELSE ownSourcePairs END) | acc + l) AS partSourcePairs,
       collect(ownSourceTriples) AS sourceTriples
  MERGE (a)-[f:${STAGED_FLOW_TYPE} {id: 'flow:' + a.id + '->' + b.id, build: $build}]->(b)
  ON CREATE SET f.level = 'division', f.parent = CASE WHEN ra <> rb THEN 'flow:' + ra.id + '->' + rb.id END, ${STAGED_START}${addChains('raw')}
  ${addSourceRefs('moveSourceRefs', 'moveDates', 'sourceTriples', ['statedSources', 'impliedMoveSources'])}
  RETURN count(f) AS divisions
}
RETURN overview + divisions AS flows`;
