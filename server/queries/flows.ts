// Queries behind GET /api/flows: the seed's derived TALENT_FLOW relationships (seed/queries/stage-*-flows.ts).
// A move's date is the one the seed stored with the flow's moves (moveDates: the rule of careers, so a person's
// move has one date in every view); a flow derived before moves were dated reads it from the stints at its ends.

import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { DERIVATION_LABEL, DERIVATION_LOCK_ID } from '../../model/derivation-lock.js';
import { FLOW_ID_PREFIX } from '../../model/flow-derivation.js';
import { endsLaterCypher, notAfterCypher } from '../../model/date-cypher.js';
import { placingCypher, viewPeopleCypher } from '../../model/flow-cypher.js';
import { movedInWindowCypher } from '../../model/move-window-cypher.js';
import {
  impliedInWindow,
  inWindow,
  LEVEL_APART,
  LEVEL_DATES,
  LEVEL_IDS,
  LEVEL_IMPLIED_FACTS,
  LEVEL_IMPLIED_PEOPLE,
  LEVEL_MOVE_DATES,
  LEVEL_MOVE_FACTS,
  LEVEL_MOVE_PEOPLE,
  LEVEL_SOURCE_REFS,
  LEVEL_STATED,
  movedInWindow,
  rolledInto,
  VIEW_PEOPLE,
  WINDOW_SOURCE_REFS,
  windowSources,
  WINDOWED,
} from './flow-fragments.js';

/**
 * FLOWS — a page of TALENT_FLOW relationships, largest first (by the larger of count and reportedCount), with
 * the people behind each and the departures events behind its reported count.
 * Levels: by default the overview flows (level 'organization': divisions rolled into their parent, each person
 * once). With $divisions — or when $org is itself a division (it has a PART_OF parent) — also the division-level
 * flows, and an overview flow then keeps only the moves between its ends themselves that are not counted in one of
 * its divisions' flows (directPeople; each move counted once, at the most specific level).
 * Filters: into/out of one organisation; with a window, only flows with something in it — a counted person's move
 * dated in it, or a report whose period overlaps it — ranked and cut by the window's own numbers (the people who
 * moved in it, the largest count reported for it), as the flow service counts them; at least $min people.
 * A flow derived before moves were dated on it (no moveDates: an older seed) cannot be counted so without reading
 * its movers: in a window it is kept when its [since, until] overlaps the window, ranked by its all-time size and
 * its movers dated from their stints — `estimated` says some matching flow is such a one.
 * Parameters: $org (string elementId or null), $out (boolean: flows from org), $in (boolean: flows to org),
 *             $divisions (boolean), $since, $until (partial dates or null), $min (integer), $limit (integer),
 *             $people (integer: people to list per flow — in a window, of those with a move in it),
 *             $peopleOffset (integer: people of each flow to skip first).
 * Columns: total (integer: flows matching before the page cut), estimated (boolean: in a window, some matching
 *          flow has no dated moves, so `total` is an upper bound and those flows ranked by all-time size), f
 *          (relationship), x (source organisation), y (target organisation), named (integer: people behind the
 *          flow at this level), impliedCount (integer: how many of them moved only by implied facts), window (map
 *          {count: people with a move in the window, implied: how many of them moved in it only by implied
 *          facts — none of their stated moves dated in it, undated: people with no dated move} for a dated flow in
 *          a window, else null), implied (list of maps {person, fact}: the implied facts behind the implied moves
 *          of the listed people — of every mover when all are read; in a window, of the listed people who moved in
 *          it only by implied facts, behind their moves in it), movers (list of maps {person: node, when: the
 *          date of the person's move — in a window the earliest in it, else the earliest — or null, facts: list of
 *          WORKED_AT ids, impliedHere: in a window, whether the person moved in it only by implied facts,
 *          impliedFacts: list of maps {id, type: 'WORKED_AT' | 'PART_OF', org: {id, name, nameAr} of the stint's
 *          organisation or of the division a PART_OF fact places, parent: that of the organisation it places it in,
 *          or null} — the person's implied stints
 *          counted here and the implied PART_OF facts they are rolled up along, each implied fact of `implied`}: a page
 *          of them; every one for a flow without dated moves in a window, which the service dates and counts),
 *          span (map {since, until}: the earliest and latest dates of the moves counted — in a window, of those in
 *          it — for a dated flow in a window or a dated overview flow by division that leaves out some of its
 *          moves, where f.since/f.until span moves the view does not count; else null),
 *          reports (list of maps {event: a departures Event named by f.eventIds, implied: boolean, facts: its
 *          sourced PARTICIPATED_IN from/to relationships of organisations at its ends or of divisions the seed rolls
 *          into them, as the seed counted it, placedBy: the PART_OF relationships the seed rolled such a
 *          division's fact up along to its end, by id}), statedSources and impliedSources (lists of strings: the sources
 *          the stints of the stated, and of the implied, named moves cite, with those of the PART_OF facts an
 *          overview flow rolls a division's move up along — by division, of the moves between the ends themselves;
 *          in a window, of the moves dated in it — the stated ones of the people it counts stated, the implied
 *          ones of those it counts implied — by the sources the seed keeps beside each person's moves
 *          (moveSourceRefs), else of all time — or null for a flow derived before they were kept apart),
 *          windowSources (boolean: statedSources and impliedSources are the window's — false without a window, and
 *          in one for a flow derived without moveSourceRefs or without dated moves, whose lists are all time's).
 */
export const FLOWS = flowsQuery(false);

/**
 * FLOWS_BY_IDS — FLOWS restricted to the flows $ids names (GET /api/flows?ids=: the stored flows the network draws,
 * for a time window's numbers), found first, by id, through the relationship id constraint's index — before any
 * flow's lists are read — and kept at any level (a division's flow the network drew, without $divisions too).
 * Parameters: FLOWS' and $ids (list of distinct flow ids). Columns: FLOWS'.
 */
export const FLOWS_BY_IDS = flowsQuery(true);

/** FLOWS, over every flow (its filters choose), or only over the flows $ids names (`byIds`). */
function flowsQuery(byIds: boolean): string {
  const match = byIds
    ? `UNWIND $ids AS flowId
MATCH (x:Organization)-[f:TALENT_FLOW {id: flowId}]->(y:Organization)
WHERE ($org IS NULL OR ($out AND elementId(x) = $org) OR ($in AND elementId(y) = $org))`
    : `MATCH (x:Organization)-[f:TALENT_FLOW]->(y:Organization)
WHERE f.id STARTS WITH '${FLOW_ID_PREFIX}'
  AND ($org IS NULL OR ($out AND elementId(x) = $org) OR ($in AND elementId(y) = $org))
  AND (divisions OR coalesce(f.level, 'organization') = 'organization')`;
  return `
WITH $divisions OR EXISTS { MATCH (o:Organization)-[:PART_OF]->(:Organization) WHERE elementId(o) = $org } AS divisions,
     ${WINDOWED} AS windowed
${match}
  // A flow derived without dated moves is kept in a window when its [since, until] overlaps it. Not a dated one: it
  // is counted below, by the moves in the window (its span holds the moves of all time, and an older seed set its
  // until by plain string order: '2023' and '2023-02' gave '2023-02', yet '2023' lies in a window from 2023-06).
  AND (NOT windowed OR f.moveDates IS NOT NULL OR (coalesce(f.since, f.until) IS NOT NULL
    AND ($until IS NULL OR f.since IS NULL OR ${notAfterCypher('f.since', '$until')})
    AND ($since IS NULL OR f.until IS NULL OR ${notAfterCypher('$since', 'f.until')})))
WITH divisions, x, f, y, windowed AND f.moveDates IS NOT NULL AS byWindow,
     divisions AND f.directPeople IS NOT NULL AS direct
WITH divisions, x, f, y, byWindow, direct, ${viewPeopleCypher('divisions')} AS people
// The window's numbers: its people with a move dated in the window (moveDates[k] dates people[k]'s moves), and its
// reports overlapping the window.
CALL (f, people, byWindow, direct) {
  WITH f, people, direct
  WHERE byWindow
  // Each list read once (a stored list is read whole at every access), and only in a window.
  WITH people, ${LEVEL_IDS} AS ids, ${LEVEL_DATES} AS dates, ${LEVEL_APART} AS apart
  WITH ids, dates, apart, size(people) = size(ids) AS everyone
  UNWIND range(0, size(ids) - 1) AS k
  WITH k, ids, dates, everyone, apart
  WHERE ${movedInWindow('dates[k]')} AND (everyone OR NOT ids[k] IN apart)
  RETURN count(k) AS movedIn
}
CALL (f, byWindow) {
  WITH f, byWindow
  WHERE byWindow
  UNWIND coalesce(f.eventIds, []) AS eventId
  MATCH (e:Event {id: eventId})
  WITH e, coalesce(e.since, e.date) AS start, coalesce(e.until, e.date) AS end
  WHERE start IS NOT NULL AND ($until IS NULL OR ${notAfterCypher('start', '$until')})
    AND ($since IS NULL OR end IS NULL OR ${notAfterCypher('$since', 'end')})
  RETURN count(e) AS reportsIn, max(e.count) AS reportedIn
}
WITH divisions, x, f, y, people, byWindow, direct, movedIn, reportsIn,
     CASE WHEN byWindow THEN CASE WHEN movedIn >= coalesce(reportedIn, 0) THEN movedIn ELSE reportedIn END
       WHEN size(people) >= coalesce(f.reportedCount, 0) THEN size(people) ELSE f.reportedCount END AS atLeast
WHERE atLeast >= $min AND NOT (byWindow AND movedIn = 0 AND reportsIn = 0)
ORDER BY atLeast DESC, f.id
WITH divisions, collect({x: x, f: f, y: y, people: people, byWindow: byWindow, direct: direct}) AS flows
WITH divisions, flows, ${WINDOWED} AND any(r IN flows WHERE NOT r.byWindow) AS estimated
UNWIND flows[0..$limit] AS row
// An overview flow's stints may be at a division of either end; at division level, at the ends themselves.
WITH size(flows) AS total, estimated, divisions, row.x AS x, row.f AS f, row.y AS y, row.people AS people,
     row.byWindow AS byWindow, row.direct AS direct
WITH total, estimated, x, f, y, people, byWindow, direct, ${LEVEL_IDS} AS ids, ${LEVEL_DATES} AS dates,
     ${LEVEL_APART} AS apart, ${LEVEL_STATED} AS stated, ${LEVEL_IMPLIED_PEOPLE} AS ip,
     coalesce(f.level, 'organization') = 'organization' AND NOT divisions AS rolled,
     // A flow derived without dated moves, in a window: every mover is read, for the service to date and count.
     ${WINDOWED} AND NOT byWindow AS readAll
WITH total, estimated, x, f, y, people, byWindow, direct, ids, dates, stated, ip, rolled, readAll,
     // The indices in ids of the people counted at this level (dates[k] dates ids[k]'s moves).
     CASE WHEN size(people) = size(ids) THEN range(0, size(ids) - 1)
       ELSE [k IN range(0, size(ids) - 1) WHERE NOT ids[k] IN apart] END AS kept
// In a window, a dated flow lists the people with a move in it (a page of them), and says how many there are, how
// many of them moved only by implied facts, and how many people at this level have no dated move.
WITH total, estimated, x, f, y, people, byWindow, direct, ids, dates, stated, ip, rolled, readAll, kept,
     CASE WHEN byWindow THEN [k IN kept WHERE ${movedInWindow('dates[k]')}] ELSE kept END AS counted
CALL (x, y, ids, dates, stated, ip, counted, rolled, readAll, byWindow) {
  UNWIND CASE WHEN readAll THEN counted ELSE counted[$peopleOffset..$peopleOffset + $people] END AS k
  MATCH (p:Person {id: ids[k]})
  // Only what a source backs, as the flows were derived (seed/queries/stage-*-flows.ts): sourced stints, at an end
  // or at a division the seed rolls into it (along sourced PART_OF facts, to its one top).
  WITH p, dates[k] AS personDates, byWindow AND ${impliedInWindow('k')} AS impliedHere, COLLECT { MATCH (p)-[s:WORKED_AT]->(o:Organization)
                    WHERE s.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND (o = x OR (rolled AND ${rolledInto('o', 'x')}))
                    RETURN s ORDER BY s.id } AS left,
       COLLECT { MATCH (p)-[s:WORKED_AT]->(o:Organization)
                 WHERE s.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND (o = y OR (rolled AND ${rolledInto('o', 'y')}))
                 RETURN s ORDER BY s.id } AS joined
  // The dates the seed gave this person's moves on the flow, earliest first.
  WITH p, left, joined, impliedHere, dates IS NULL AS undatedFlow,
       [d IN split(coalesce(personDates, ''), ' ') WHERE d <> ''] AS own,
       // The implied PART_OF facts a division's stint is rolled up along (an implied move may rest on them): only
       // for a person with an implied move at this level (ip), as only theirs are described.
       CASE WHEN p.id IN ip THEN
         COLLECT { UNWIND [s IN left WHERE endNode(s) <> x | endNode(s)] AS leftDivision
                   UNWIND ${placingCypher('leftDivision', 'topOrg = x')} AS leftPlacing
                   WITH leftPlacing WHERE leftPlacing.certainty = 'implied' RETURN leftPlacing }
         + COLLECT { UNWIND [s IN joined WHERE endNode(s) <> y | endNode(s)] AS joinedDivision
                     UNWIND ${placingCypher('joinedDivision', 'topOrg = y')} AS joinedPlacing
                     WITH joinedPlacing WHERE joinedPlacing.certainty = 'implied' RETURN joinedPlacing }
       ELSE [] END AS placings
  RETURN collect({
    person: p,
    impliedHere: impliedHere,
    // A flow derived without dated moves: the joined stint's start, else the left stint's end.
    when: CASE WHEN undatedFlow
      THEN coalesce(head([s IN joined WHERE s.start IS NOT NULL | s.start]), head([s IN left WHERE s.end IS NOT NULL | s.end]))
      ELSE coalesce(head([d IN own WHERE ${inWindow('d')}]), head(own)) END,
    facts: [s IN left | s.id] + [s IN joined | s.id],
    // What the implied facts the move may rest on are, so a list can say why it is implied in words, not ids.
    impliedFacts: [s IN left + joined WHERE s.certainty = 'implied' | {id: s.id, type: 'WORKED_AT',
                    org: {id: endNode(s).id, name: endNode(s).name, nameAr: endNode(s).nameAr}, parent: null}]
                  + [r IN placings | {id: r.id, type: 'PART_OF',
                    org: {id: startNode(r).id, name: startNode(r).name, nameAr: startNode(r).nameAr},
                    parent: {id: endNode(r).id, name: endNode(r).name, nameAr: endNode(r).nameAr}}]
  }) AS movers
}
CALL (f, x, y) {
  UNWIND coalesce(f.eventIds, []) AS eventId
  MATCH (e:Event {id: eventId})
  // The facts the seed counted the report by: sourced, of an end or of a division the seed rolls into it (a report
  // rolls up to the top organisations, as named moves do) — not another organisation's of the same event.
  RETURN collect({
    event: e,
    implied: eventId IN coalesce(f.impliedEventIds, []),
    facts: COLLECT {
      MATCH (e)<-[pi:PARTICIPATED_IN]-(o:Organization)
      WHERE pi.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
        AND ((pi.role = 'from' AND (o = x OR ${rolledInto('o', 'x')}))
          OR (pi.role = 'to' AND (o = y OR ${rolledInto('o', 'y')})))
      RETURN pi ORDER BY pi.role, pi.id
    },
    // A division's fact counts by the PART_OF facts the seed rolled it up along to its end: the report rests on them.
    placedBy: COLLECT {
      MATCH (e)<-[pi:PARTICIPATED_IN]-(o:Organization)
      WHERE pi.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
        AND ((pi.role = 'from' AND o <> x) OR (pi.role = 'to' AND o <> y))
      WITH o, CASE pi.role WHEN 'from' THEN x ELSE y END AS endOrg
      UNWIND ${placingCypher('o', 'topOrg = endOrg')} AS po
      RETURN DISTINCT po ORDER BY po.id
    }
  }) AS reports
}
// Implied moves: the pairs (person, implied fact) of the listed people — all of them when every mover is read; in a
// window, of those who moved in it only by implied facts, for their moves in it.
WITH total, estimated, f, x, y, people, byWindow, direct, ids, dates, stated, ip, kept, counted, readAll, movers,
     reports, [m IN movers | m.person.id] AS listed, [m IN movers WHERE m.impliedHere | m.person.id] AS impliedHere,
     ${LEVEL_IMPLIED_FACTS} AS ifs, byWindow AND stated IS NOT NULL AS perMove,
     // The dates of the moves counted, where they are not all of the flow's: in a window, by division.
     CASE WHEN byWindow OR direct OR (dates IS NOT NULL AND size(kept) < size(ids)) THEN reduce(acc = [], k IN counted |
       acc + [d IN split(coalesce(dates[k], ''), ' ') WHERE d <> '' AND (NOT byWindow OR ${inWindow('d')})]) END
       AS spanDates
// The implied moves, dated, read only where a window needs them.
WITH total, estimated, f, x, y, people, byWindow, direct, ids, dates, stated, ip, kept, counted, readAll, movers,
     reports, listed, impliedHere, ifs, perMove, spanDates,
     CASE WHEN perMove THEN ${LEVEL_MOVE_PEOPLE} ELSE [] END AS mp,
     CASE WHEN perMove THEN ${LEVEL_MOVE_FACTS} ELSE [] END AS mfs,
     CASE WHEN perMove THEN ${LEVEL_MOVE_DATES} ELSE [] END AS mds,
     // Beside each person, their dated moves' sources: read only in a window (null for a flow derived before they
     // were kept so), to cite the sources of the moves counted in it.
     CASE WHEN byWindow THEN ${LEVEL_SOURCE_REFS} END AS refs
${WINDOW_SOURCE_REFS}
RETURN total, estimated, f, x, y, size(people) AS named,
       CASE WHEN NOT direct AND size(people) = size(ids) THEN coalesce(f.impliedCount, 0)
         ELSE size(reduce(acc = [], id IN ip | CASE WHEN id IN people AND NOT id IN acc THEN acc + id ELSE acc END))
       END AS impliedCount,
       CASE WHEN byWindow THEN {
         count: size(counted),
         implied: size([k IN counted WHERE ${impliedInWindow('k')}]),
         undated: size([k IN kept WHERE dates[k] = ''])
       } END AS window,
       CASE WHEN perMove
         THEN [i IN range(0, size(mp) - 1) WHERE mp[i] IN impliedHere AND mds[i] <> '' AND ${inWindow('mds[i]')}
             | {person: mp[i], fact: mfs[i]}]
         ELSE [i IN range(0, size(ip) - 1) WHERE readAll OR ip[i] IN listed | {person: ip[i], fact: ifs[i]}] END AS implied,
       // At each pair's common precision, the coarser date on a tie ('2024' may be later than '2024-03').
       CASE WHEN spanDates IS NOT NULL THEN {
         since: reduce(m = head(spanDates), d IN tail(spanDates) | CASE WHEN d < m THEN d ELSE m END),
         until: reduce(m = head(spanDates), d IN tail(spanDates) | CASE WHEN ${endsLaterCypher('d', 'm')} THEN d ELSE m END)
       } END AS span,
       movers, reports, ${windowSources(true)} AS statedSources, ${windowSources(false)} AS impliedSources,
       refs IS NOT NULL AS windowSources
`;
}

/**
 * FLOW_DETAILS — one TALENT_FLOW (GET /api/flows/:id/details), found by its id through the relationship id
 * constraint's index, with what its details panel shows, by the rule the flows were derived and are listed by
 * (FLOWS' movers and reports, seed/queries/stage-*-flows.ts): the listed people's sourced stints its moves rest on
 * (f.factIds; every one at an end for a flow derived before they were kept) at either end — at an
 * organisation flow, out of the view by division, also at a division the seed rolls into an end (the one top its
 * sourced PART_OF facts place it under, model/flow-cypher.ts placedInCypher) — and the departures reports behind its
 * reported count with their sourced PARTICIPATED_IN facts: a 'from' fact at the source end, a 'to' fact at the target
 * end, or at a division the seed rolls into that end — and, for a
 * division's stint of a counted move (in f.factIds) or a division's report fact, the PART_OF facts the seed rolled it
 * up along to that end (model/flow-cypher.ts placingCypher), so it is listed with the sourced facts that count it.
 * Parameters: $id (string: the flow's id), $people (list of person ids, or null: the first $limit people the view
 *             lists), $limit (integer), $divisions (boolean: the view by division — an organisation's flow's own
 *             moves' people, their stints at the ends only), $events (list of event ids, or null: the departures
 *             reports to list — those a view counts, a time window's — of the flow's own; null: every one),
 *             $since, $until (partial dates or null: a time window — only the stints of the moves dated in it, by the
 *             one date of a move, as GET /api/flows counts and cites them: model/move-window-cypher.ts).
 * Columns: f (relationship), a (source organisation), b (target organisation), people (list of Person nodes:
 *          those listed that have such a stint, by id), stints (list of WORKED_AT relationships, by person then
 *          id), events (list of Event nodes with such a fact, by id), reports (list of PARTICIPATED_IN
 *          relationships, by event, role, id), partOf (list of PART_OF relationships, by id: the sourced facts the
 *          seed rolled a listed stint's or report fact's division up along to the end it counts for), places (list of Organization
 *          nodes: the other ends of stints, reports and PART_OF facts, divisions among them), implied (list of maps
 *          {person, fact}: the implied facts behind the moves of listed people who moved only by implied facts — in a
 *          window, of those who moved in it only by implied facts, behind their moves dated in it, as FLOWS marks them).
 *          No row: no such flow.
 */
export const FLOW_DETAILS = `
MATCH (a:Organization)-[f:TALENT_FLOW {id: $id}]->(b:Organization)
// The people the view lists (FLOWS): by division, an organisation's flow holds its own moves only.
WITH a, f, b, coalesce($people, (${VIEW_PEOPLE})[0..$limit]) AS wanted,
     coalesce(f.level, 'organization') = 'organization' AND NOT $divisions AS rolled
CALL (a, b, f, wanted, rolled) {
  MATCH (p:Person)-[w:WORKED_AT]->(o:Organization)
  WHERE p.id IN wanted AND w.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
    // Only the stints its moves were counted by (f.factIds): a mover's earlier stint at an end is another move's. A
    // flow derived before they were kept lists every stint at its ends.
    AND (f.factIds IS NULL OR w.id IN f.factIds)
  // A division's stint: the PART_OF facts the seed rolled it up along, when they lead into an end.
  WITH p, w, o, CASE WHEN o = a OR o = b OR NOT rolled THEN []
                  ELSE ${placingCypher('o', 'topOrg = a OR topOrg = b')} END AS placedAlong
  WHERE (o = a OR o = b OR size(placedAlong) > 0)
    // In a time window, the stints of the moves it counts only: a mover's move before it is not quoted nor cited.
    AND ${movedInWindowCypher('f', 'p', 'w')}
  WITH p, w, o, placedAlong ORDER BY p.id, w.id
  RETURN collect(DISTINCT p) AS people, collect(w) AS stints, collect(DISTINCT o) AS stintPlaces,
         // Why a division's stint of a counted move (one of the flow's facts) counts here: the PART_OF facts the
         // seed rolled it up along.
         reduce(acc = [], l IN collect(CASE WHEN w.id IN coalesce(f.factIds, []) THEN placedAlong END) | acc + l)
           AS stintPlacings
}
CALL (a, b, f) {
  // The reports the view counts (a time window's), of those behind the flow.
  UNWIND [eventId IN coalesce(f.eventIds, []) WHERE $events IS NULL OR eventId IN $events] AS eventId
  MATCH (e:Event {id: eventId})<-[pi:PARTICIPATED_IN]-(x:Organization)
  WHERE pi.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND pi.role IN ['from', 'to']
  WITH e, pi, x, CASE pi.role WHEN 'from' THEN a ELSE b END AS endOrg
  // A division's report fact: the PART_OF facts that roll it into the end its role counts it for (none: another
  // organisation's fact of the same event), read once.
  WITH e, pi, x, CASE WHEN x = endOrg THEN [] ELSE ${placingCypher('x', 'topOrg = endOrg')} END AS placedAlong
  WHERE x = endOrg OR size(placedAlong) > 0
  WITH e, pi, x, placedAlong ORDER BY e.id, pi.role, pi.id
  RETURN collect(DISTINCT e) AS events, collect(pi) AS reports, collect(DISTINCT x) AS reportPlaces,
         reduce(acc = [], l IN collect(placedAlong) | acc + l) AS reportPlacings
}
CALL (stintPlacings, reportPlacings) {
  UNWIND stintPlacings + reportPlacings AS po
  WITH DISTINCT po ORDER BY po.id
  RETURN collect(po) AS partOf, reduce(acc = [], r IN collect(po) | acc + [startNode(r), endNode(r)]) AS partOfPlaces
}
// Which listed people moved only by implied facts, and by which, as FLOWS marks them: the pairs of the flow's own
// lists at the level asked (by division an organisation's flow's own moves'); in a window, of the listed people who
// moved in it only by implied facts, for their implied moves dated in it — not a move outside it (a flow derived
// before each move's certainty was kept: their implied facts of all time; one without dated moves: all time's).
WITH f, a, b, people, stints, events, reports, partOf, stintPlaces + reportPlaces + partOfPlaces AS places, wanted,
     $divisions AND f.directPeople IS NOT NULL AS direct
CALL (f, wanted, direct) {
  // The view's people under the name the level fragments read (this subquery's own: the outer \`people\` are nodes).
  WITH f, wanted, direct, ${VIEW_PEOPLE} AS people
  WITH f, wanted, direct, ${LEVEL_IDS} AS ids, ${LEVEL_DATES} AS dates, ${LEVEL_STATED} AS stated,
       ${LEVEL_IMPLIED_PEOPLE} AS ip, ${LEVEL_IMPLIED_FACTS} AS ifs
  WITH f, wanted, direct, ids, dates, stated, ip, ifs, ${WINDOWED} AND dates IS NOT NULL AS byWindow
  // In a window, the listed people with a move dated in it who moved in it only by implied facts.
  WITH f, direct, wanted, ip, ifs, byWindow, byWindow AND stated IS NOT NULL AS perMove,
       CASE WHEN byWindow THEN [k IN range(0, size(ids) - 1)
         WHERE ids[k] IN wanted AND ${movedInWindow('dates[k]')} AND ${impliedInWindow('k')} | ids[k]] END AS impliedHere
  WITH wanted, ip, ifs, byWindow, perMove, impliedHere,
       CASE WHEN perMove THEN ${LEVEL_MOVE_PEOPLE} ELSE [] END AS mp,
       CASE WHEN perMove THEN ${LEVEL_MOVE_FACTS} ELSE [] END AS mfs,
       CASE WHEN perMove THEN ${LEVEL_MOVE_DATES} ELSE [] END AS mds
  RETURN CASE WHEN perMove
      THEN [i IN range(0, size(mp) - 1) WHERE mp[i] IN impliedHere AND mds[i] <> '' AND ${inWindow('mds[i]')}
            | {person: mp[i], fact: mfs[i]}]
    WHEN byWindow THEN [i IN range(0, size(ip) - 1) WHERE ip[i] IN impliedHere | {person: ip[i], fact: ifs[i]}]
    ELSE [i IN range(0, size(ip) - 1) WHERE ip[i] IN wanted | {person: ip[i], fact: ifs[i]}] END AS implied
}
RETURN f, a, b, people, stints, events, reports, partOf, places, implied
`;

/**
 * DERIVATION_STATUS — the lock of the flows' derivation (seed/derivation-lock.ts), whoever holds it; times are the
 * database's clock, as the lock's.
 * Parameters: none. Columns: running (boolean: a holder whose lease is alive derives now — any process), stale
 * (boolean: a holder's lease ran out: it stopped while deriving, and the flows may be half swapped until the next
 * derivation), failed (string or null: why the last derivation failed). No row: no derivation took the lock yet.
 */
export const DERIVATION_STATUS = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
RETURN d.holder IS NOT NULL AND d.until >= timestamp() AS running,
       d.holder IS NOT NULL AND d.until < timestamp() AS stale, d.failed AS failed`;
