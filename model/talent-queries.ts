// Queries behind GET /api/orgs/:id/talent: an organisation's hires and departures, read from the stints of the
// people who worked there (a stint's start is a hire, its end a departure) and from the departures events that
// report unnamed counts. Anchored on the organisation and its divisions: no scan of the whole graph. In model/
// because the seed runs TALENT_STINTS too, to store the talent index (seed/talent-index.ts); the server's
// server/queries/talent.ts re-exports them beside its own.
import { allSourcedCypher, SOURCED_CERTAINTIES_CYPHER, sourcedTopCypher } from './certainty.js';
import { placingCypher, placingOrderCypher } from './flow-cypher.js';
import { apiIdCypher as idOf } from './id-cypher.js';
import { NEXT_STINT_CYPHER } from './next-stint-cypher.js';

/**
 * Cypher: a PART_OF fact `r` a count rolls a division up along, as a map {id, org: the division's id, orgName,
 * orgNameAr, parent: the organisation it places the division in (id), parentName, parentNameAr, certainty, evidence,
 * evidenceEn, note (null without $evidence), sources}: the counts rest on it, so it is cited and quoted with them.
 */
const PLACING_MAP = (r: string) =>
  `{id: ${idOf(r)}, org: ${idOf(`startNode(${r})`)}, orgName: startNode(${r}).name, orgNameAr: startNode(${r}).nameAr,
   parent: ${idOf(`endNode(${r})`)}, parentName: endNode(${r}).name, parentNameAr: endNode(${r}).nameAr,
   certainty: ${r}.certainty, evidence: CASE WHEN $evidence THEN ${r}.evidence END,
   evidenceEn: CASE WHEN $evidence THEN ${r}.evidenceEn END, note: CASE WHEN $evidence THEN ${r}.note END,
   sources: ${r}.sources}`;

/**
 * Cypher subquery: `o` rolled up along PART_OF to its top organisation, unless $divisions — along the path the seed's
 * flows pick (model/flow-cypher.ts), so a move is implied here exactly when the flow calls it so. Gives the top, the
 * ids of the path's implied facts (`path`) and its facts (`path`Via, PLACING_MAP's maps).
 */
function rollUp(o: string, top: string, path: string): string {
  return `CALL (${o}) {
  OPTIONAL MATCH chain = (${o})-[:PART_OF*1..10]->(r:Organization)
  WHERE NOT $divisions AND ${allSourcedCypher('chain')}
    AND ${sourcedTopCypher('r')}
  RETURN r AS ${top}, [x IN relationships(chain) WHERE x.certainty = 'implied' | ${idOf('x')}] AS ${path},
         [x IN relationships(chain) | ${PLACING_MAP('x')}] AS ${path}Via
  ORDER BY ${placingOrderCypher('chain', 'r')} LIMIT 1
}`;
}

/**
 * Cypher: the organisation $org (elementId) as `x` and its `family` — itself and, unless $divisions, the divisions
 * the seed's flows roll up through it: those whose one path of sourced PART_OF facts to their top (model/flow-cypher.ts
 * placingCypher) passes through x — each once, as {o, implied: ids of the implied PART_OF facts of that path up to x}.
 * A division that sources place under two tops belongs to the one its flows count it in, and is placed by the path
 * they roll it up along (a shorter stated path beside it does not make its moves stated here while implied there).
 */
const FAMILY = `MATCH (x:Organization) WHERE elementId(x) = $org
CALL (x) {
  MATCH (o:Organization)-[:PART_OF*0..10]->(x)
  WHERE NOT $divisions OR o = x
  WITH DISTINCT x, o
  WITH x, o, CASE WHEN o = x THEN [] ELSE ${placingCypher('o', 'true')} END AS along
  WITH o, along, [i IN range(0, size(along) - 1) WHERE endNode(along[i]) = x] AS at
  WHERE o = x OR size(at) > 0
  WITH o, along[0..coalesce(head(at), -1) + 1] AS upToX
  RETURN o, [r IN upToX WHERE r.certainty = 'implied' | ${idOf('r')}] AS viaImplied, [r IN upToX | ${PLACING_MAP('r')}] AS via
}
WITH x, collect({o: o, implied: viaImplied, via: via}) AS family`;

/**
 * Cypher: WORKED_AT fact `s` as the map a stint at the other end of a move is read from (model/talent-rows.ts
 * stintOf): its API id (a foreign graph's stint has no id of ours) and its dates as text, as the timeline and the
 * career read them (a foreign graph's Integer year or Cypher date is a date all the same).
 */
const STINT_MAP = (s: string) =>
  `{id: ${idOf(s)}, start: toStringOrNull(${s}.start), end: toStringOrNull(${s}.end), left: ${s}.left,
    certainty: ${s}.certainty, evidence: ${s}.evidence, evidenceEn: ${s}.evidenceEn, note: ${s}.note, sources: ${s}.sources}`;

/**
 * Cypher: every sourced WORKED_AT fact of person `p` as the rule of one join reads it (model/one-join.ts
 * joinedMoves, applied in model/talent-rows.ts), STINT_MAP's fields with its organisation's id and its role — for a
 * move out into an organisation where the person has another sourced stint of a known start only (`b`, `s2`: where
 * the move leads), else []. The rule reads where each of the person's stints leads, which Cypher has no twin of.
 */
const JOIN_STINTS = (p: string, s2: string, b: string) =>
  `CASE WHEN ${s2}.start IS NULL OR NOT EXISTS {
    MATCH (${p})-[t:WORKED_AT]->(${b}) WHERE t <> ${s2} AND t.start IS NOT NULL AND t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
  } THEN [] ELSE COLLECT {
    MATCH (${p})-[t:WORKED_AT]->(o2:Organization) WHERE t.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
    RETURN {id: ${idOf('t')}, org: ${idOf('o2')}, start: toStringOrNull(t.start), end: toStringOrNull(t.end),
      left: t.left, certainty: t.certainty, role: t.role, evidence: CASE WHEN $evidence THEN t.evidence END,
      evidenceEn: CASE WHEN $evidence THEN t.evidenceEn END, note: CASE WHEN $evidence THEN t.note END,
      sources: t.sources}
  } END`;

/**
 * TALENT_STINTS — the people who worked at the organisation (or, unless $divisions, one of the divisions its flows
 * roll into it: FAMILY), each with the stints there and the moves into and out of them.
 * A move is the seed's rule (seed/queries/stage-named-flows.ts, docs/data-model.md "Derived flows"): an ended stint s1
 * and the person's next stint s2 (model/next-stint-cypher.ts, the twin of model/career-moves.ts nextStint).
 * Parameters: $org (string: the organisation's elementId), $divisions (boolean: the organisation alone, its
 *             divisions apart; else its divisions roll into it and counterparts roll up to their top organisation),
 *             $evidence (boolean: false leaves the quotes out — the counts need only dates, ids and sources),
 *             $people (list of person ids, or null for everybody: a drill-down reads only the people it lists).
 * Ids are API ids (model/id-cypher.ts: a foreign graph's stints, organisations and people have none of ours) and
 * dates text (toStringOrNull: its Integer years and Cypher dates are dates too), as the timeline and careers give them.
 * Columns: person (node), stints (list of maps {id, start, end, left, certainty, implied: ids of implied PART_OF
 *          facts that place the stint's organisation in this one, org: its organisation's id, evidence, evidenceEn,
 *          note (why a fact is implied; null without $evidence), sources, via: the PART_OF facts that place it, PLACING_MAP's maps}), moves (list of maps {from: stint id,
 *          to: stint id, fromIn / toIn: booleans (stint inside the organisation), counterpart: the other end's
 *          organisation node rolled up, or null for a move inside, other: the stint at the other end (STINT_MAP;
 *          a map {id, sources} without $evidence), otherOrg: its organisation's id, via: the PART_OF facts the
 *          counterpart is rolled up along (PLACING_MAP's maps), within: with $divisions, ids of the organisations
 *          sourced PART_OF facts place the counterpart in (else []), implied: ids of the implied facts behind the move,
 *          joinStints: for a move out, the person's sourced stints when another may start the stint joined — JOIN_STINTS).
 */
export const TALENT_STINTS = `
${FAMILY}
WITH x, family, [f IN family | f.o] AS inside
UNWIND family AS fm
// Bound to a variable first, so the match expands from the organisation (a property of a map is no anchor).
WITH x, inside, family, fm, fm.o AS o
MATCH (p:Person)-[s:WORKED_AT]->(o)
WHERE ($people IS NULL OR ${idOf('p')} IN $people) AND s.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
WITH x, inside, family, p, collect({id: ${idOf('s')}, start: toStringOrNull(s.start),
     end: toStringOrNull(s.end), left: coalesce(s.left, false),
     certainty: s.certainty, implied: fm.implied, org: ${idOf('o')}, role: s.role,
     evidence: CASE WHEN $evidence THEN s.evidence END,
     evidenceEn: CASE WHEN $evidence THEN s.evidenceEn END, note: CASE WHEN $evidence THEN s.note END,
     sources: s.sources, via: fm.via}) AS stints
CALL (p, inside, family) {
  MATCH (p)-[s1:WORKED_AT]->(a:Organization)
  WHERE (s1.end IS NOT NULL OR s1.left = true) AND s1.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
  ${NEXT_STINT_CYPHER}
  WITH s1, a, s2, b, a IN inside AS fromIn, b IN inside AS toIn
  WHERE fromIn OR toIn
  WITH s1, a, s2, b, fromIn, toIn, CASE WHEN fromIn THEN b ELSE a END AS other, CASE WHEN fromIn THEN s2 ELSE s1 END AS os
  ${rollUp('other', 'top', 'up')}
  WITH s1, s2, os, a, b, fromIn, toIn, other, top, up, upVia,
       head([f IN family WHERE f.o = a | f.implied]) AS aIn, head([f IN family WHERE f.o = b | f.implied]) AS bIn
  RETURN collect({
    from: ${idOf('s1')}, to: ${idOf('s2')}, fromIn: fromIn, toIn: toIn,
    counterpart: CASE WHEN fromIn AND toIn THEN null ELSE coalesce(top, other) END,
    other: CASE WHEN NOT $evidence THEN {id: ${idOf('os')}, sources: os.sources} ELSE ${STINT_MAP('os')} END,
    otherOrg: ${idOf('other')},
    via: CASE WHEN fromIn AND toIn THEN [] ELSE coalesce(upVia, []) END,
    // By division, the organisations the counterpart is a division of: a person who left a division and its parent
    // at once is one move, whose counterpart is one of them (model/talent-events.ts).
    within: CASE WHEN $divisions AND NOT (fromIn AND toIn)
      THEN [chain = (other)-[:PART_OF*1..10]->(r:Organization) WHERE r <> other AND ${allSourcedCypher('chain')} | ${idOf('r')}]
      ELSE [] END,
    // A move out into one stint the sources start differently (one join): the person's stints, to find its surest.
    joinStints: CASE WHEN fromIn AND NOT toIn THEN ${JOIN_STINTS('p', 's2', 'b')} ELSE [] END,
    implied: [s IN [s1, s2] WHERE s.certainty = 'implied' | ${idOf('s')}]
             + coalesce(aIn, []) + coalesce(bIn, []) + CASE WHEN fromIn AND toIn THEN [] ELSE coalesce(up, []) END
  }) AS moves
}
RETURN p AS person, stints, moves
ORDER BY ${idOf('p')}`;

/**
 * TALENT_REPORTS — the departures events that report people leaving the organisation (PARTICIPATED_IN role
 * 'from' at it or, unless $divisions, one of its divisions) or joining it (role 'to'), with the other end.
 * A report whose both ends are inside the organisation is a move inside it and is left out. A report naming several
 * counterparts gives one row per counterpart (each with its own chain of facts): the service counts it once in a
 * total (server/services/talent-service.ts fill) and beside each counterpart in the ranked rows.
 * Parameters: $org (string: elementId), $divisions (boolean, as for TALENT_STINTS), $evidence (boolean: false
 *             leaves the PART_OF facts' quotes out of placedBy), $departuresKind (string: the kind of a departures
 *             event, DEPARTURES_EVENT_KIND).
 * Columns: event (node), eventId (its API id, model/id-cypher.ts: a foreign graph's events have no id of ours),
 *          direction ('departure' | 'hire'), counterpart (organisation node rolled up, or null when
 *          the report names no other end), implied (ids of the implied facts behind the report: its from/to
 *          PARTICIPATED_IN facts and the PART_OF facts rolled through; empty when one chain of facts counting it
 *          here is stated), facts (that chain's PARTICIPATED_IN relationships — a stated chain's where there is one),
 *          factIds (those facts' API ids, in their order), placedBy (that chain's PART_OF facts: its fact's
 *          division placed in the organisation, the counterpart's rolled up to its top; PLACING_MAP's maps), published (the earliest publication date of the sources that
 *          report it — by a sourced REPORTED_BY, stated or implied: one no source backs names none — or null).
 * Rows come in the order of eventId, and a report's chains in the order of their facts' API ids: by `id` alone, null
 * on a foreign graph, both were in whatever order the database found them.
 */
export const TALENT_REPORTS = `
${FAMILY}
WITH family, [f IN family | f.o] AS inside
UNWIND family AS fm
WITH family, inside, fm, fm.o AS o
MATCH (o)-[r:PARTICIPATED_IN]->(e:Event {kind: $departuresKind})
WHERE r.role IN ['from', 'to'] AND r.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
OPTIONAL MATCH (e)<-[r2:PARTICIPATED_IN {role: CASE r.role WHEN 'from' THEN 'to' ELSE 'from' END}]-(other:Organization)
WHERE r2.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
WITH inside, fm, e, r, r2, other
WHERE other IS NULL OR NOT other IN inside
${rollUp('other', 'top', 'up')}
WITH e, r, r2, other, top, up, upVia, fm
WITH e, CASE r.role WHEN 'from' THEN 'departure' ELSE 'hire' END AS direction, coalesce(top, other) AS counterpart,
     [f IN [r, r2] WHERE f IS NOT NULL AND f.certainty = 'implied' | ${idOf('f')}] + fm.implied + coalesce(up, []) AS implied,
     [f IN [r, r2] WHERE f IS NOT NULL] AS facts, fm.via + coalesce(upVia, []) AS via
// In a fixed order, so the chain taken when none is stated is the same on every read (and in the talent index).
WITH e, direction, counterpart, implied, facts, via
  ORDER BY reduce(k = '', f IN facts | k + ${idOf('f')} + ' '), reduce(k = '', r IN via | k + r.id + ' ')
WITH e, direction, counterpart, collect({implied: implied, facts: facts, via: via}) AS chains
// The chain the report is counted by: a stated one where there is one (its facts and sources back it), else the first.
WITH e, direction, counterpart, coalesce(head([c IN chains WHERE size(c.implied) = 0]), head(chains)) AS chain
RETURN e AS event, ${idOf('e')} AS eventId, direction, counterpart, chain.implied AS implied, chain.facts AS facts,
       [f IN chain.facts | ${idOf('f')}] AS factIds, chain.via AS placedBy,
       // Only a source a sourced REPORTED_BY names: one written by hand (no certainty) is backed by no source, and a
       // date read through it would be no source's (the timeline cites an event's sources by the same rule).
       COLLECT { MATCH (e)-[rb:REPORTED_BY]->(src:Source)
                 WHERE rb.certainty IN ${SOURCED_CERTAINTIES_CYPHER} AND src.published IS NOT NULL
                 RETURN src.published ORDER BY src.published LIMIT 1 }[0] AS published
ORDER BY eventId`;
