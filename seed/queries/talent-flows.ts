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
// Sorted before collecting, so every run stores the same lists in the same order ("a second run changes nothing").
WITH p, s1, a, s2, b ORDER BY p.id, s1.id
WITH a, b,
     collect(DISTINCT p.id) AS people,
     count(*) AS moves,
     collect(s1.id) + collect(s2.id) AS factIds,
     min(coalesce(s1.end, s2.start)) AS since,
     max(coalesce(s2.start, s1.end)) AS until,
     reduce(acc = [], l IN collect(coalesce(s1.sources, []) + coalesce(s2.sources, [])) |
       reduce(acc2 = acc, s IN l | CASE WHEN s IN acc2 THEN acc2 ELSE acc2 + s END)) AS sources
CREATE (a)-[f:TALENT_FLOW {id: 'flow:' + a.id + '->' + b.id}]->(b)
SET f.count = size(people), f.moves = moves, f.people = people, f.factIds = factIds,
    f.since = since, f.until = until, f.sources = sources,
    f.reportedCount = null, f.eventIds = []
RETURN count(f) AS flows`;

/**
 * add-reported-flows — no parameters; column flows (how many flows it touched).
 * A departures event with PARTICIPATED_IN roles from (A) and to (B) adds its stated count to A→B:
 * reportedCount is the largest count any source states (reports overlap, so they are never summed).
 */
export const ADD_REPORTED_FLOWS = `
MATCH (a:Organization)-[pf:PARTICIPATED_IN {role: 'from'}]->(e:Event {kind: 'departures'})<-[pt:PARTICIPATED_IN {role: 'to'}]-(b:Organization)
WHERE a <> b
WITH a, b, e, pf, pt ORDER BY coalesce(e.count, -1) DESC, e.id
WITH a, b,
     collect(e) AS events,
     reduce(acc = [], l IN collect(coalesce(pf.sources, []) + coalesce(pt.sources, [])) |
       reduce(acc2 = acc, s IN l | CASE WHEN s IN acc2 THEN acc2 ELSE acc2 + s END)) AS sources
WITH a, b, events, sources, events[0] AS top,
     [d IN [e IN events | coalesce(e.since, e.date)] WHERE d IS NOT NULL] AS starts,
     [d IN [e IN events | coalesce(e.until, e.date)] WHERE d IS NOT NULL] AS ends
MERGE (a)-[f:TALENT_FLOW {id: 'flow:' + a.id + '->' + b.id}]->(b)
ON CREATE SET f.count = 0, f.moves = 0, f.people = [], f.factIds = [], f.sources = []
SET f.reportedCount = top.count,
    f.reportedQualifier = CASE WHEN top.count IS NULL THEN null ELSE top.countQualifier END,
    f.eventIds = [e IN events | e.id],
    f.sources = reduce(acc = f.sources, s IN sources | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    f.since = reduce(m = f.since, d IN starts | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    f.until = reduce(m = f.until, d IN ends | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)
RETURN count(f) AS flows`;

/** count-talent-flows — no parameters; column flows. */
export const COUNT_TALENT_FLOWS = 'MATCH ()-[f:TALENT_FLOW]->() RETURN count(f) AS flows';
