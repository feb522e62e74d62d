// The node repository against the run's real Neo4j seeded from the article (seed/sources): a node's neighbours and its
// degrees are each one query that finds the node too (a lookup and then the read took two round trips; its details are
// node-detail.test.ts), a talent flow's dropped lists stay in Neo4j, and a heavy read gets its long time once Neo4j
// has answered its RUN. Every query the repository sends is counted through
// the unit of work's own runner; the order of events is the protocol's, and the deadline test's times are ceilings.
import neo4j, { isRelationship, type Driver, type Relationship } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphCollector, OMITTED_RELATIONSHIP_PROPERTIES } from '../../../../server/db/convert.js';
import { createDatabase, type Database } from '../../../../server/db/database.js';
import { AppError } from '../../../../server/errors.js';
import { runLongQuery } from '../../../../server/repositories/lookup.js';
import { createNodeRepository } from '../../../../server/repositories/node-repository.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from '../../../support/neo4j.js';
import { countingDatabase, withProbe, type QueryResult } from '../../../support/repositories.js';

const LIMITS = { queryTimeoutMs: 120_000, dbTimeoutMs: 60_000 };

/** The short deadline of the deadline test: what it tests is which part of the unit it bounds, not a speed. */
const SHORT_DEADLINE_MS = 2_000;

/** Every property name found anywhere in a driver value: relationships' and nodes' own, maps' keys, pairs' keys. */
function namesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'string') out.add(value[0]);
    for (const v of value) namesIn(v, out);
  } else if ('properties' in value && 'elementId' in value) {
    for (const k of Object.keys((value as Relationship).properties)) out.add(k);
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      namesIn(v, out);
    }
  }
  return out;
}

const isUnavailable = (r: unknown) => r instanceof AppError && r.code === 'DB_UNAVAILABLE';

describe('node repository', () => {
  let driver: Driver;
  let db: Database;

  beforeAll(async () => {
    driver = createTestDriver();
    await seedArticleAnew(driver);
    db = createDatabase(driver, testNeo4j().database, LIMITS.dbTimeoutMs);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("reads a node's neighbours in one query that finds the node too", async () => {
    const sent: string[] = [];
    const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
    const answer = await nodes.neighbors('org:meta', {
      direction: 'both',
      types: [],
      labels: undefined,
      limit: 3,
    });
    expect(sent).toHaveLength(1);
    expect(answer.node.id).toBe('org:meta');
    expect(answer.returned).toBe(3);
    expect(answer.total).toBeGreaterThan(3);
    expect(answer.more).toBe(answer.total - 3);
    expect(Object.keys(answer.degrees)).toHaveLength(3);
  });

  it("leaves a talent flow's lists of people, dates and facts in Neo4j, and answers its edges as the converter shows them", async () => {
    const sent: string[] = [];
    const answers: QueryResult[] = [];
    const nodes = createNodeRepository(countingDatabase(db, sent, answers), LIMITS);
    const answer = await nodes.neighbors('org:meta', {
      direction: 'both',
      types: [],
      labels: undefined,
      limit: 100,
    });
    const flows = answer.graph.edges.filter((e) => e.type === 'TALENT_FLOW');
    expect(flows.length).toBeGreaterThan(0);

    // What Neo4j sent: no talent flow as a whole relationship, and none of the names the graphs leave out.
    const leftOut = OMITTED_RELATIONSHIP_PROPERTIES.get('TALENT_FLOW')!;
    const received = (await answers[0]!).records[0]!.get('page') as { rels: unknown[] }[];
    const rels = received.flatMap((p) => p.rels);
    expect(rels.filter((r) => isRelationship(r) && r.type === 'TALENT_FLOW')).toEqual([]);
    // Every other type still comes whole.
    expect(rels.some((r) => isRelationship(r))).toBe(true);
    expect([...namesIn(rels)].filter((k) => leftOut.has(k))).toEqual([]);

    // The same flows read whole: they do carry those lists, and the converter shows them as the answer does.
    const session = driver.session({ database: testNeo4j().database, defaultAccessMode: 'READ' });
    try {
      const res = await session.run('MATCH (a)-[r:TALENT_FLOW]->(b) WHERE r.id IN $ids RETURN r, a, b', {
        ids: flows.map((f) => f.id),
      });
      expect(res.records).toHaveLength(flows.length);
      const whole = res.records.map((r) => r.get('r') as Relationship);
      expect(whole.some((r) => Array.isArray(r.properties.people) && r.properties.people.length > 0)).toBe(
        true,
      );
      const collector = createGraphCollector();
      for (const r of res.records) collector.collect([r.get('a'), r.get('b'), r.get('r')]);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...flows].sort(byId)).toEqual(collector.graph().edges.sort(byId));
    } finally {
      await session.close();
    }
  });

  it("leaves a derived flow's lists out in Neo4j, and keeps every other property with its type; a foreign graph's TALENT_FLOW keeps its own", async () => {
    await withProbe(driver, 'MATCH (n:SlimProbe) DETACH DELETE n', async (session) => {
      // One property of each kind of value the converter handles, beside a list the graphs leave out.
      const res = await session.run(
        `CREATE (a:SlimProbe {name: 'a'})-[r:TALENT_FLOW {
         id: 'flow:probe-a->probe-b', people: ['x', 'y'], note: 'kept', count: 3, share: 0.5, big: 1152921504606846976, nan: 0.0 / 0.0,
         negZero: -0.0, day: date('2024-03-02'), at: datetime('2024-03-02T10:00:00Z'), span: duration('P1M2DT3H'),
         where: point({x: 1.5, y: 2}), ints: [1, 2, 3], bytes: $bytes
       }]->(b:SlimProbe {name: 'b'})
       RETURN elementId(a) AS a, r, a AS an, b AS bn`,
        { bytes: new Int8Array([1, 2, 255]) },
      );
      const row = res.records[0]!;
      const a = `neo4j:${row.get('a') as string}`;
      const sent: string[] = [];
      const answers: QueryResult[] = [];
      const nodes = createNodeRepository(countingDatabase(db, sent, answers), LIMITS);
      const around = await nodes.neighbors(a, { direction: 'both', types: [], labels: undefined, limit: 10 });

      const received = (await answers[0]!).records[0]!.get('page') as { rels: unknown[] }[];
      const rels = received.flatMap((p) => p.rels);
      expect(rels).toHaveLength(1);
      expect(isRelationship(rels[0])).toBe(false);
      expect(namesIn(rels).has('people')).toBe(false);

      // What the converter makes of the whole relationship, people left out: the same edge, value for value.
      const whole = createGraphCollector();
      whole.collect([row.get('an'), row.get('bn'), row.get('r')]);
      const expected = whole.graph().edges;
      expect(expected[0]!.properties).not.toHaveProperty('people');
      expect(Object.keys(expected[0]!.properties)).toHaveLength(13);
      expect(around.graph.edges).toEqual(expected);

      // Without an id of ours the relationship is a foreign graph's: it comes whole, its people with it.
      await session.run('MATCH (:SlimProbe)-[r:TALENT_FLOW]->(:SlimProbe) REMOVE r.id');
      const foreign = await nodes.neighbors(a, {
        direction: 'both',
        types: [],
        labels: undefined,
        limit: 10,
      });
      expect(foreign.graph.edges[0]!.id).toMatch(/^neo4j:/);
      expect(foreign.graph.edges[0]!.properties.people).toEqual(['x', 'y']);
    });
  });

  it("reads a node's relationship counts in one query that finds the node too, most relationships first", async () => {
    const sent: string[] = [];
    const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
    const answer = await nodes.degrees('org:meta');
    expect(sent).toHaveLength(1);
    expect(answer.node.id).toBe('org:meta');
    expect(answer.degrees.length).toBeGreaterThan(1);
    // Most relationships first, then type A→Z, then 'out' before 'in': the order the query sorts before collecting.
    const sorted = [...answer.degrees].sort(
      (a, b) => b.count - a.count || a.type.localeCompare(b.type) || b.direction.localeCompare(a.direction),
    );
    expect(answer.degrees).toEqual(sorted);
    for (const d of answer.degrees) {
      expect(typeof d.count).toBe('number');
      expect(d.neighbours).toBeLessThanOrEqual(d.count);
      expect(['out', 'in']).toContain(d.direction);
    }
  });

  it('answers a node without relationships with its node and empty lists, not as missing: ours and a foreign one', async () => {
    await withProbe(
      driver,
      "MATCH (n) WHERE n:Lone OR n.id = 'person:lone-probe' DETACH DELETE n",
      async (session) => {
        await session.run(
          "CREATE (:Lone {name: 'alone'}), (:Person {id: 'person:lone-probe', name: 'Lone Probe'})",
        );
        const res = await session.run('MATCH (n:Lone) RETURN elementId(n) AS eid');
        const foreign = `neo4j:${res.records[0]!.get('eid') as string}`;
        const nodes = createNodeRepository(db, LIMITS);
        for (const id of [foreign, 'person:lone-probe']) {
          const around = await nodes.neighbors(id, {
            direction: 'both',
            types: [],
            labels: undefined,
            limit: 10,
          });
          expect(around.node.id).toBe(id);
          expect([around.total, around.returned, around.graph.edges.length]).toEqual([0, 0, 0]);
          expect((await nodes.degrees(id)).degrees).toEqual([]);
        }
      },
    );
  });

  it('answers 404 naming an id that names no node: one query for an id of ours, none for an id of no kind', async () => {
    const sent: string[] = [];
    const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
    const opts = { direction: 'both' as const, types: [], labels: undefined, limit: 10 };
    for (const read of [() => nodes.neighbors('org:nowhere', opts), () => nodes.degrees('org:nowhere')]) {
      const err = await read().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(404);
      expect((err as AppError).message).toContain("'org:nowhere'");
    }
    expect(sent).toHaveLength(2);
    const none = await nodes.degrees('nowhere').catch((e: unknown) => e);
    expect((none as AppError).status).toBe(404);
    expect(sent).toHaveLength(2);
    // A fallback id whose elementId names no node: one query, and the same 404.
    const gone = 'neo4j:4:00000000-0000-0000-0000-000000000000:999999999';
    const foreign = await nodes.neighbors(gone, opts).catch((e: unknown) => e);
    expect((foreign as AppError).status).toBe(404);
    expect((foreign as AppError).message).toContain(`'${gone}'`);
    expect(sent).toHaveLength(3);
  });

  it("gives a heavy read its long time once Neo4j has answered its RUN, before the query's rows arrive", async () => {
    const events: string[] = [];
    const ctl = { extendDeadline: (ms: number) => events.push(`extended ${ms}`) };
    const rows = await db.read(async (tx) => {
      // An eager count: Neo4j answers RUN once the query is planned, and streams the row after counting.
      const res = await runLongQuery(tx, ctl, LIMITS, 'UNWIND range(1, $n) AS x RETURN count(x) AS c', {
        n: neo4j.int(2_000_000),
      });
      events.push('rows');
      return res.records.map((r) => r.get('c').toNumber() as number);
    });
    expect(rows).toEqual([2_000_000]);
    expect(events).toEqual([`extended ${LIMITS.queryTimeoutMs + LIMITS.dbTimeoutMs}`, 'rows']);
  });

  it('holds a read to the short deadline only until Neo4j answers its RUN: slow work after it gets the long time, and fails without it', async () => {
    // The short deadline is a generous ceiling for RUN's answer on a loaded machine; the work after it outlasts it.
    const limits = { queryTimeoutMs: 120_000, dbTimeoutMs: SHORT_DEADLINE_MS };
    const short = createDatabase(driver, testNeo4j().database, SHORT_DEADLINE_MS);
    const slowAfter = (long: boolean) =>
      short
        .read(async (tx, ctl) => {
          const res = long
            ? await runLongQuery(tx, ctl, limits, 'RETURN 42 AS x', {})
            : await tx.run('RETURN 42 AS x');
          await new Promise((r) => setTimeout(r, SHORT_DEADLINE_MS * 2.5));
          return res.records[0]!.get('x').toNumber() as number;
        })
        .catch((err: unknown) => {
          if (err instanceof AppError) return err;
          throw err;
        });
    let extended = await slowAfter(true);
    // A machine too loaded to answer RUN within the ceiling gives 503 before the work: asked again, not failed.
    for (let i = 1; i < 3 && isUnavailable(extended); i++) extended = await slowAfter(true);
    expect(extended).toBe(42);
    const held = await slowAfter(false);
    expect(held).toBeInstanceOf(AppError);
    expect((held as AppError).code).toBe('DB_UNAVAILABLE');
  });

  it('keeps the short deadline for a read whose RUN Neo4j refuses', async () => {
    const events: string[] = [];
    const ctl = { extendDeadline: (ms: number) => events.push(`extended ${ms}`) };
    const err = await db
      .read((tx) => runLongQuery(tx, ctl, LIMITS, 'RETURN $missing AS x', {}).then(() => 'ran'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(events).toEqual([]);
  });
});
