// Queries that derive TALENT_FLOW from stints and departures events (see docs/data-model.md, "Derived flows").

/** delete-talent-flows — no parameters; auto-commit (batched). */
export const DELETE_TALENT_FLOWS =
  'MATCH ()-[f:TALENT_FLOW]->() CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS';

/**
 * build-named-flows — no parameters; column flows (how many TALENT_FLOW relationships it created).
 * For each ended stint s1 (end set or left = true) of a person at A, the person's next stint s2 is the one
 * with the earliest start among those that can follow s1: s1.end ≤ s2.start at their common precision, or
 * — when either date is unknown — s2 is a current stint (no end, not left) that did not start before s1.
 * If the next stint is at another organisation B, that is a move A→B.
 * Certainty: a move is stated only when every fact behind it is stated (both stints and, when rolled up, the
 * PART_OF facts that place a division in its parent); the implied ones are kept in impliedPeople/impliedFacts
 * (pair i: person i's move rests on implied fact i).
 * Levels: each end is rolled up to its top organisation along PART_OF (FAIR → Meta), and each person counted
 * once per rolled-up pair (level 'organization', the overview; moves inside one organisation drop out).
 * Moves with a division at either end also make a level 'division' flow between the organisations as stated
 * (FAIR → xAI), whose `parent` is the overview flow it rolls into; the overview flow lists those people in
 * divisionPeople, so a view by division counts each person once, at the most specific level.
 */
export const BUILD_NAMED_FLOWS = `
MATCH (p:Person)-[s1:WORKED_AT]->(a:Organization)
WHERE s1.end IS NOT NULL OR s1.left = true
CALL (p, s1) {
  MATCH (p)-[s2:WORKED_AT]->(b:Organization)
  WHERE s2 <> s1 AND (
    (s1.end IS NOT NULL AND s2.start IS NOT NULL
      AND left(s1.end, CASE WHEN size(s1.end) < size(s2.start) THEN size(s1.end) ELSE size(s2.start) END)
       <= left(s2.start, CASE WHEN size(s1.end) < size(s2.start) THEN size(s1.end) ELSE size(s2.start) END))
    OR ((s1.end IS NULL OR s2.start IS NULL) AND s2.end IS NULL AND coalesce(s2.left, false) = false
      AND NOT (s1.start IS NOT NULL AND s2.start IS NOT NULL
        AND left(s2.start, CASE WHEN size(s1.start) < size(s2.start) THEN size(s1.start) ELSE size(s2.start) END)
          < left(s1.start, CASE WHEN size(s1.start) < size(s2.start) THEN size(s1.start) ELSE size(s2.start) END))))
  RETURN s2, b
  ORDER BY coalesce(s2.start, '9999'), s2.id
  LIMIT 1
}
WITH p, s1, a, s2, b
WHERE b <> a
CALL (a) {
  OPTIONAL MATCH up = (a)-[:PART_OF*1..10]->(r:Organization)
  WHERE NOT (r)-[:PART_OF]->(:Organization)
  RETURN r AS ra, relationships(up) AS upA ORDER BY length(up) DESC, r.id LIMIT 1
}
CALL (b) {
  OPTIONAL MATCH up = (b)-[:PART_OF*1..10]->(r:Organization)
  WHERE NOT (r)-[:PART_OF]->(:Organization)
  RETURN r AS rb, relationships(up) AS upB ORDER BY length(up) DESC, r.id LIMIT 1
}
WITH p, s1, a, s2, b, coalesce(ra, a) AS ra, coalesce(rb, b) AS rb,
     [s IN [s1, s2] WHERE s.certainty = 'implied' | s.id] AS rawImplied,
     [s IN [s1, s2] + coalesce(upA, []) + coalesce(upB, []) WHERE s.certainty = 'implied' | s.id] AS rolledImplied
// Sorted before collecting, so every run stores the same lists in the same order ("a second run changes nothing").
ORDER BY p.id, s1.id
WITH collect({p: p.id, s1: s1, s2: s2, a: a, b: b, ra: ra, rb: rb, raw: rawImplied, rolled: rolledImplied}) AS moves
CALL (moves) {
  // The overview: one row per (top organisation A, top organisation B, person).
  UNWIND moves AS m
  WITH m WHERE m.ra <> m.rb
  WITH m.ra AS a, m.rb AS b, m.p AS person, collect(m) AS chains
  WITH a, b, person, chains,
       // A person's move is stated when one chain of facts behind it is stated throughout.
       any(c IN chains WHERE size(c.rolled) = 0) AS stated,
       any(c IN chains WHERE c.a <> a OR c.b <> b) AS viaDivision,
       reduce(acc = [], c IN chains | reduce(x = acc, f IN c.rolled | CASE WHEN f IN x THEN x ELSE x + f END)) AS implied
  WITH a, b, person, chains, stated, viaDivision, CASE WHEN stated THEN [] ELSE implied END AS implied
  ORDER BY person
  WITH a, b,
       collect(person) AS people,
       [x IN collect(CASE WHEN viaDivision THEN person END) WHERE x IS NOT NULL] AS divisionPeople,
       size([s IN collect(stated) WHERE s]) AS statedCount,
       reduce(acc = [], l IN collect([f IN implied | person]) | acc + l) AS impliedPeople,
       reduce(acc = [], l IN collect(implied) | acc + l) AS impliedFacts,
       reduce(acc = [], l IN collect(chains) | acc + l) AS chains
  CREATE (a)-[f:TALENT_FLOW {id: 'flow:' + a.id + '->' + b.id}]->(b)
  SET f.level = 'organization', f.count = size(people), f.moves = size(chains), f.people = people,
      f.statedCount = statedCount, f.impliedCount = size(people) - statedCount,
      f.certainty = CASE WHEN statedCount > 0 THEN 'stated' ELSE 'implied' END,
      f.impliedPeople = impliedPeople, f.impliedFacts = impliedFacts, f.divisionPeople = divisionPeople,
      f.factIds = [c IN chains | c.s1.id] + [c IN chains | c.s2.id],
      f.since = reduce(m = null, c IN chains | CASE WHEN m IS NULL OR coalesce(c.s1.end, c.s2.start) < m THEN coalesce(c.s1.end, c.s2.start) ELSE m END),
      f.until = reduce(m = null, c IN chains | CASE WHEN m IS NULL OR coalesce(c.s2.start, c.s1.end) > m THEN coalesce(c.s2.start, c.s1.end) ELSE m END),
      f.sources = reduce(acc = [], c IN chains | reduce(x = acc, s IN coalesce(c.s1.sources, []) + coalesce(c.s2.sources, []) |
        CASE WHEN s IN x THEN x ELSE x + s END)),
      f.reportedCount = null, f.eventIds = []
  RETURN count(f) AS overview
}
CALL (moves) {
  // Division level: moves with a division at either end, between the organisations the stints name.
  UNWIND moves AS m
  WITH m WHERE m.a <> m.ra OR m.b <> m.rb
  WITH m.a AS a, m.b AS b, m.ra AS ra, m.rb AS rb, m.p AS person, collect(m) AS chains
  WITH a, b, ra, rb, person, chains, any(c IN chains WHERE size(c.raw) = 0) AS stated,
       reduce(acc = [], c IN chains | reduce(x = acc, f IN c.raw | CASE WHEN f IN x THEN x ELSE x + f END)) AS implied
  WITH a, b, ra, rb, person, chains, stated, CASE WHEN stated THEN [] ELSE implied END AS implied
  ORDER BY person
  WITH a, b, ra, rb,
       collect(person) AS people,
       size([s IN collect(stated) WHERE s]) AS statedCount,
       reduce(acc = [], l IN collect([f IN implied | person]) | acc + l) AS impliedPeople,
       reduce(acc = [], l IN collect(implied) | acc + l) AS impliedFacts,
       reduce(acc = [], l IN collect(chains) | acc + l) AS chains
  CREATE (a)-[f:TALENT_FLOW {id: 'flow:' + a.id + '->' + b.id}]->(b)
  SET f.level = 'division', f.parent = CASE WHEN ra <> rb THEN 'flow:' + ra.id + '->' + rb.id END,
      f.count = size(people), f.moves = size(chains), f.people = people,
      f.statedCount = statedCount, f.impliedCount = size(people) - statedCount,
      f.certainty = CASE WHEN statedCount > 0 THEN 'stated' ELSE 'implied' END,
      f.impliedPeople = impliedPeople, f.impliedFacts = impliedFacts, f.divisionPeople = [],
      f.factIds = [c IN chains | c.s1.id] + [c IN chains | c.s2.id],
      f.since = reduce(m = null, c IN chains | CASE WHEN m IS NULL OR coalesce(c.s1.end, c.s2.start) < m THEN coalesce(c.s1.end, c.s2.start) ELSE m END),
      f.until = reduce(m = null, c IN chains | CASE WHEN m IS NULL OR coalesce(c.s2.start, c.s1.end) > m THEN coalesce(c.s2.start, c.s1.end) ELSE m END),
      f.sources = reduce(acc = [], c IN chains | reduce(x = acc, s IN coalesce(c.s1.sources, []) + coalesce(c.s2.sources, []) |
        CASE WHEN s IN x THEN x ELSE x + s END)),
      f.reportedCount = null, f.eventIds = []
  RETURN count(f) AS divisions
}
RETURN overview + divisions AS flows`;

/**
 * add-reported-flows — parameter $departuresKind (string: DEPARTURES_EVENT_KIND); column flows (how many flows it touched).
 * A departures event with PARTICIPATED_IN roles from (A) and to (B) adds its stated count to the overview flow
 * between A's and B's top organisations (PART_OF rolled up, as for named moves): reportedCount is the largest
 * count any source states (reports overlap, so they are never summed). A report is stated only when its from
 * and to facts (and any PART_OF fact rolled through) are stated; the others are listed in impliedEventIds.
 * The flow is stated when at least one stated move or stated report is behind it.
 */
export const ADD_REPORTED_FLOWS = `
MATCH (a0:Organization)-[pf:PARTICIPATED_IN {role: 'from'}]->(e:Event {kind: $departuresKind})<-[pt:PARTICIPATED_IN {role: 'to'}]-(b0:Organization)
WHERE a0 <> b0
CALL (a0) {
  OPTIONAL MATCH up = (a0)-[:PART_OF*1..10]->(r:Organization)
  WHERE NOT (r)-[:PART_OF]->(:Organization)
  RETURN r AS ra, relationships(up) AS upA ORDER BY length(up) DESC, r.id LIMIT 1
}
CALL (b0) {
  OPTIONAL MATCH up = (b0)-[:PART_OF*1..10]->(r:Organization)
  WHERE NOT (r)-[:PART_OF]->(:Organization)
  RETURN r AS rb, relationships(up) AS upB ORDER BY length(up) DESC, r.id LIMIT 1
}
WITH coalesce(ra, a0) AS a, coalesce(rb, b0) AS b, e, pf, pt,
     any(x IN [pf, pt] + coalesce(upA, []) + coalesce(upB, []) WHERE x.certainty = 'implied') AS implied
WHERE a <> b
WITH a, b, e, pf, pt, implied ORDER BY coalesce(e.count, -1) DESC, e.id
WITH a, b,
     collect(e) AS events,
     [x IN collect(CASE WHEN implied THEN e.id END) WHERE x IS NOT NULL] AS impliedEventIds,
     reduce(acc = [], l IN collect(coalesce(pf.sources, []) + coalesce(pt.sources, [])) |
       reduce(acc2 = acc, s IN l | CASE WHEN s IN acc2 THEN acc2 ELSE acc2 + s END)) AS sources
WITH a, b, events, impliedEventIds, sources, events[0] AS top,
     [d IN [e IN events | coalesce(e.since, e.date)] WHERE d IS NOT NULL] AS starts,
     [d IN [e IN events | coalesce(e.until, e.date)] WHERE d IS NOT NULL] AS ends
MERGE (a)-[f:TALENT_FLOW {id: 'flow:' + a.id + '->' + b.id}]->(b)
ON CREATE SET f.level = 'organization', f.count = 0, f.moves = 0, f.people = [], f.factIds = [], f.sources = [],
              f.statedCount = 0, f.impliedCount = 0, f.impliedPeople = [], f.impliedFacts = [], f.divisionPeople = []
SET f.reportedCount = top.count,
    f.reportedQualifier = CASE WHEN top.count IS NULL THEN null ELSE top.countQualifier END,
    f.eventIds = [e IN events | e.id],
    f.impliedEventIds = impliedEventIds,
    f.certainty = CASE WHEN f.statedCount > 0 OR size(events) > size(impliedEventIds) THEN 'stated' ELSE 'implied' END,
    f.sources = reduce(acc = f.sources, s IN sources | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    f.since = reduce(m = f.since, d IN starts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    f.until = reduce(m = f.until, d IN ends | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)
RETURN count(f) AS flows`;

/** count-talent-flows — no parameters; column flows. */
export const COUNT_TALENT_FLOWS = 'MATCH ()-[f:TALENT_FLOW]->() RETURN count(f) AS flows';
