// A node's details through the node repository against the run's real Neo4j seeded from the article (seed/sources):
// one query that finds the node too, by an id of ours or by a fallback id, for our node and for a foreign one (a
// lookup, the facts and their sources took three round trips); every query the repository sends is counted through
// the unit of work's own runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDatabase, type Database } from '../../../../server/db/database.js';
import { AppError } from '../../../../server/errors.js';
import { createNodeRepository } from '../../../../server/repositories/node-repository.js';
import type { NodeResponse } from '../../../../model/api-responses.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from '../../../support/neo4j.js';
import { countingDatabase, withProbe } from '../../../support/repositories.js';

const LIMITS = { queryTimeoutMs: 120_000, dbTimeoutMs: 60_000 };

describe('node details', () => {
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
});
