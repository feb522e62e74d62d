// stage-reported-flows: the query that adds departures events' reported counts to the staged flows, after the named
// moves are staged (stage-named-flows.ts). See docs/data-model.md, "Derived flows".
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { LATER_END, partOfSources, rollUpCypher, STAGED_START } from './staged-flow-fragments.js';
import { STAGED_FLOW_TYPE } from './staged-flows.js';

/**
 * stage-reported-flows — parameters $departuresKind (string: DEPARTURES_EVENT_KIND), $build, $stagedAt; column flows
 * (how many staged flows it touched). Runs after all batches of STAGE_NAMED_FLOWS.
 * A departures event with PARTICIPATED_IN roles from (A) and to (B) adds its stated count to the overview flow
 * between A's and B's top organisations (PART_OF rolled up, as for named moves): reportedCount is the largest
 * count any source gives (reports overlap, so they are never summed), eventIds list the reports largest first (a
 * stated one ahead of an implied one as large), so the first is the report the number is from. Each event is one
 * report of a flow, however many of its facts place it at the ends; it is stated when one chain of its from and to
 * facts (and any PART_OF fact rolled through) is stated throughout; the others are listed in impliedEventIds.
 * The flow is stated when at least one stated move or stated report is behind it.
 */
export const STAGE_REPORTED_FLOWS = `
MATCH (a0:Organization)-[pf:PARTICIPATED_IN {role: 'from'}]->(e:Event {kind: $departuresKind})<-[pt:PARTICIPATED_IN {role: 'to'}]-(b0:Organization)
WHERE a0 <> b0 AND pf.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND pt.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
${rollUpCypher('a0', 'ra', 'upA')}
${rollUpCypher('b0', 'rb', 'upB')}
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
// Largest first, a stated report ahead of an implied one as large: the first gives the flow its number, and the
// number is as sure as its report (model/report-merge.ts, the rule the API and the client follow).
ORDER BY coalesce(e.count, -1) DESC, implied, e.id
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
