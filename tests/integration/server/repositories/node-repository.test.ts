// The node repository against the run's real Neo4j seeded from the article (seed/sources): a node's neighbours, its
// degrees and its details (by an id of ours or a fallback id, ours or foreign) are each one query that finds the node
// too (a lookup and then the reads took two or three round trips), a talent flow's dropped lists stay in Neo4j, and a
// heavy read gets its long time once Neo4j has answered its RUN. Every query the repository sends is counted through
// the unit of work's own runner; the order of events is the protocol's, and the deadline test's times are ceilings.
import neo4j, { isRelationship, type Driver, type Relationship, type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphCollector, OMITTED_RELATIONSHIP_PROPERTIES } from '../../../../server/db/convert.js';
import { createDatabase, type Database, type QueryRunner } from '../../../../server/db/database.js';
import { AppError } from '../../../../server/errors.js';
import { runLongQuery } from '../../../../server/repositories/lookup.js';
import { createNodeRepository } from '../../../../server/repositories/node-repository.js';
import type { NodeResponse } from '../../../../model/api-responses.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from '../../../support/neo4j.js';

const LIMITS = { queryTimeoutMs: 120_000, dbTimeoutMs: 60_000 };

/** The short deadline of the deadline test: what it tests is which part of the unit it bounds, not a speed. */
const SHORT_DEADLINE_MS = 2_000;

type QueryResult = ReturnType<QueryRunner['run']>;

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

/** Runs `test` with a write session, then `cleanup` (the probe's own nodes) however the test ends. */
async function withProbe(driver: Driver, cleanup: string, test: (session: Session) => Promise<void>) {
  const session = driver.session({ database: testNeo4j().database });
  try {
    await test(session);
  } finally {
    try {
      await session.run(cleanup);
    } finally {
      await session.close();
    }
  }
}

const isUnavailable = (r: unknown) => r instanceof AppError && r.code === 'DB_UNAVAILABLE';

/** A database whose units of work record each query they send (and, given `answers`, what the driver answered). */
function countingDatabase(db: Database, sent: string[], answers?: QueryResult[]): Database {
  const counted = (tx: QueryRunner): QueryRunner => ({
    run: (query, params) => {
      sent.push(String(query));
      const result = tx.run(query, params);
      answers?.push(result);
      return result;
    },
  });
  return {
    ...db,
    read: (work, opts) => db.read((tx, ctl) => work(counted(tx), ctl), opts),
    write: (work, opts) => db.write((tx, ctl) => work(counted(tx), ctl), opts),
  };
}

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
    const leftOut = OMITTED_RELATIONSHIP_PROPERTIES.TALENT_FLOW!;
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

  it("leaves a foreign graph's TALENT_FLOW lists out too, and keeps every other property with its type and the element-based id", async () => {
    await withProbe(driver, 'MATCH (n:SlimProbe) DETACH DELETE n', async (session) => {
      // One property of each kind of value the converter handles, beside a list the graphs leave out.
      const res = await session.run(
        `CREATE (a:SlimProbe {name: 'a'})-[r:TALENT_FLOW {
         people: ['x', 'y'], note: 'kept', count: 3, share: 0.5, big: 1152921504606846976, nan: 0.0 / 0.0,
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
      expect(Object.keys(expected[0]!.properties)).toHaveLength(12);
      expect(around.graph.edges).toEqual(expected);
    });
  });

  it('reads one of our nodes with its facts and their sources in one query, answering as the lookup, facts and sources did', async () => {
    const sent: string[] = [];
    const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
    const answer = await nodes.detail('org:meta');
    expect(sent).toHaveLength(1);
    expect(answer.node.id).toBe('org:meta');
    expect(answer.facts.length).toBeGreaterThan(3);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.factCount).toBe(answer.facts.length);

    // The same node by its fallback id: one query too (a lookup, its facts and their sources took three), the same
    // answer, in order.
    const session = driver.session({ database: testNeo4j().database, defaultAccessMode: 'READ' });
    let eid: string;
    try {
      const res = await session.run("MATCH (n:Organization {id: 'org:meta'}) RETURN elementId(n) AS eid");
      eid = res.records[0]!.get('eid') as string;
    } finally {
      await session.close();
    }
    const byFallback = await nodes.detail(`neo4j:${eid}`);
    expect(sent).toHaveLength(2);
    expect(answer).toEqual(byFallback);
    // A cut list of facts: the first ones in the same order, the count of all, and only the cut list's sources.
    const cut = await nodes.detail('org:meta', 2);
    expect(cut.facts).toEqual(answer.facts.slice(0, 2));
    expect([cut.factCount, cut.truncated]).toEqual([answer.factCount, true]);
    const cited = new Set(cut.facts.flatMap((f) => f.sources));
    expect(cited.size).toBeGreaterThan(0);
    expect(cut.sources.map((s) => s.id)).toEqual([...cited].sort());
  });

  it("reads a node's sources as the three reads did: one id or a list, ids without a Source skipped, by id, only the cut facts'", async () => {
    const ids =
      "['person:src-probe', 'org:src-probe-1', 'org:src-probe-2', 'source:0-probe-a', 'source:0-probe-b']";
    await withProbe(
      driver,
      `MATCH (n:Person|Organization|Source) WHERE n.id IN ${ids} DETACH DELETE n`,
      async (session) => {
        await session.run(
          `CREATE (p:Person {id: 'person:src-probe', name: 'Source Probe'}),
           (o1:Organization {id: 'org:src-probe-1', name: 'One'}), (o2:Organization {id: 'org:src-probe-2', name: 'Two'}),
           (:Source {id: 'source:0-probe-a'}), (:Source {id: 'source:0-probe-b'}),
           (p)-[:WORKED_AT {id: 'fact:src-probe-1', start: '2001', sources: 'source:0-probe-b'}]->(o1),
           (p)-[:WORKED_AT {id: 'fact:src-probe-2', start: '2002',
                            sources: ['source:0-probe-a', 'source:0-probe-missing']}]->(o2),
           (p)-[:WORKED_AT {id: 'fact:src-probe-3', start: '2003', sources: 42}]->(o1)`,
        );
        const res = await session.run("MATCH (n:Person {id: 'person:src-probe'}) RETURN elementId(n) AS eid");
        const fallback = `neo4j:${res.records[0]!.get('eid') as string}`;
        const nodes = createNodeRepository(db, LIMITS);
        const sourceIds = (a: NodeResponse) => a.sources.map((s) => s.id);

        const all = await nodes.detail('person:src-probe');
        expect(all.facts.map((f) => f.edge.id)).toEqual([
          'fact:src-probe-1',
          'fact:src-probe-2',
          'fact:src-probe-3',
        ]);
        expect(sourceIds(all)).toEqual(['source:0-probe-a', 'source:0-probe-b']);
        expect(all).toEqual(await nodes.detail(fallback));
        for (const [limit, expected] of [
          [1, ['source:0-probe-b']],
          [2, ['source:0-probe-a', 'source:0-probe-b']],
        ] as const) {
          const cut = await nodes.detail('person:src-probe', limit);
          expect(sourceIds(cut)).toEqual(expected);
          expect(cut).toEqual(await nodes.detail(fallback, limit));
        }
      },
    );
  });

  it('reads a node a fallback id names in one query: a foreign node with every relationship, ours with its facts only', async () => {
    const probe = 'DetailProbe';
    await withProbe(
      driver,
      `MATCH (n) WHERE n:${probe} OR n.id IN ['person:fallback-probe', 'source:0-fallback-probe'] DETACH DELETE n`,
      async (session) => {
        // A foreign node (its `id` is no id of ours), ours beside it, and two whose `id` only looks like ours: one
        // whose prefix names a label it lacks, one without a colon (no prefix at all). Each has a relationship of a
        // fact type, of a foreign type, an incoming one and Talent Graph's internal staged flow.
        const res = await session.run(
          `CREATE (src:Source {id: 'source:0-fallback-probe', title: 'Probe source'})
           WITH src
           UNWIND [
             ['foreign', ['${probe}'], 'tt0133093'],
             ['ours', ['${probe}', 'Person'], 'person:fallback-probe'],
             ['other label', ['${probe}', 'Person'], 'org:fallback-probe'],
             ['no colon', ['${probe}', 'Person'], 'personx'],
             ['integer id', ['${probe}', 'Person'], 42]
           ] AS spec
           CREATE (n:${probe} {name: spec[0], id: spec[2]})
           FOREACH (_ IN CASE WHEN 'Person' IN spec[1] THEN [1] ELSE [] END | SET n:Person)
           CREATE (n)-[:WORKED_AT {id: 'fact:fb-' + spec[0], start: '2001', certainty: 'stated',
                                   sources: ['source:0-fallback-probe', 'source:0-fallback-missing']}]->
                  (:${probe}:Organization {name: 'Employer of ' + spec[0]}),
                  (n)-[:KNOWS {since: 1999}]->(:${probe} {name: 'Friend of ' + spec[0]}),
                  (:${probe} {name: 'Fan of ' + spec[0]})-[:LIKES {sources: 'source:0-fallback-probe'}]->(n),
                  (n)-[:TALENT_FLOW_STAGED]->(:${probe} {name: 'Staged of ' + spec[0]})
           RETURN spec[0] AS what, elementId(n) AS eid`,
        );
        const fallback = new Map(res.records.map((r) => [r.get('what') as string, `neo4j:${r.get('eid')}`]));
        const sent: string[] = [];
        const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
        const facts = (a: NodeResponse) =>
          a.facts.map((f) => [
            f.edge.type,
            f.direction,
            a.graph.nodes.find((n) => n.id === f.other)?.properties.name,
          ]);

        for (const what of ['foreign', 'other label', 'no colon', 'integer id']) {
          const all = await nodes.detail(fallback.get(what)!);
          expect(all.node.id).toBe(fallback.get(what));
          // Every relationship but the internal one, by type; its sources whichever type cites them.
          expect(facts(all)).toEqual([
            ['KNOWS', 'out', `Friend of ${what}`],
            ['LIKES', 'in', `Fan of ${what}`],
            ['WORKED_AT', 'out', `Employer of ${what}`],
          ]);
          expect([all.factCount, all.truncated]).toEqual([3, false]);
          expect(all.sources.map((s) => s.id)).toEqual(['source:0-fallback-probe']);
          expect(all.facts[2]).toMatchObject({ certainty: 'stated', evidence: null });
          // Cut at one: the first by type, the count of all, and the sources of that one only.
          const cut = await nodes.detail(fallback.get(what)!, 1);
          expect(cut.facts).toEqual(all.facts.slice(0, 1));
          expect([cut.factCount, cut.truncated, cut.sources]).toEqual([3, true, []]);
        }

        // Ours by its fallback id: its sourced facts only, as by its own id.
        const ours = await nodes.detail(fallback.get('ours')!);
        expect(ours.node.id).toBe('person:fallback-probe');
        expect(facts(ours)).toEqual([['WORKED_AT', 'out', 'Employer of ours']]);
        expect([ours.factCount, ours.truncated]).toEqual([1, false]);
        expect(ours.sources.map((s) => s.id)).toEqual(['source:0-fallback-probe']);
        expect(await nodes.detail('person:fallback-probe')).toEqual(ours);

        // A fallback id that names no node: the same 404 as before, in its one query.
        const gone = 'neo4j:4:00000000-0000-0000-0000-000000000000:999999999';
        const err = await nodes.detail(gone).catch((e: unknown) => e);
        expect([(err as AppError).status, (err as AppError).message]).toEqual([
          404,
          `No node with id '${gone}'.`,
        ]);

        // One query per read, eleven reads (a fallback id's lookup, its facts and their sources took three).
        expect(sent).toHaveLength(11);
      },
    );
  });

  it('answers a node of ours without facts with empty lists, and 404 for an id of ours that names no node, each in one query', async () => {
    await withProbe(
      driver,
      "MATCH (n:Person {id: 'person:detail-probe'}) DETACH DELETE n",
      async (session) => {
        await session.run("CREATE (:Person {id: 'person:detail-probe', name: 'Detail Probe'})");
        const sent: string[] = [];
        const nodes = createNodeRepository(countingDatabase(db, sent), LIMITS);
        const alone = await nodes.detail('person:detail-probe');
        expect(alone.node.id).toBe('person:detail-probe');
        expect([alone.facts, alone.sources, alone.factCount, alone.truncated]).toEqual([[], [], 0, false]);
        const err = await nodes.detail('org:nowhere').catch((e: unknown) => e);
        expect((err as AppError).status).toBe(404);
        expect((err as AppError).message).toContain("'org:nowhere'");
        expect(sent).toHaveLength(2);
      },
    );
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
