// A write through POST /api/cypher that changes the facts sets off a derivation of the talent flows, and GET
// /api/flows says when the flows it answers are from before that write. Data: the bundled article (its Meta → xAI
// flow), changed by the test's own writes; the derivation is the seed's, held at a gate so the test sees it run.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema } from '../../../model/flow-response.js';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { withDerivationLock } from '../../../seed/derivation-lock.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from '../../support/neo4j.js';
import { waitFor } from '../../support/spawn.js';

const WRITE_TOKEN = 'flows-after-write-token-0123456789';
const META_XAI = 'flow:org:meta->org:xai';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];
let derivations = 0;
/** Set: the next derivation fails with it, inside the lock (as the seed's would, e.g. out of memory). */
let failNext: Error | null = null;
let openGate: () => void = () => {};
let gate: Promise<void> = Promise.resolve();

function holdDerivations(): void {
  gate = new Promise((resolve) => (openGate = resolve));
}

const cypher = (query: string, mode: 'read' | 'write', accept = 'application/json') =>
  request(app)
    .post('/api/cypher')
    .set('Accept', accept)
    .set('Authorization', `Bearer ${WRITE_TOKEN}`)
    .send({ query, mode });

async function flows() {
  const res = await request(app).get('/api/flows?peopleLimit=50');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return FlowsResponseSchema.parse(res.body);
}

beforeAll(async () => {
  driver = createTestDriver();
  await seedArticleAnew(driver);
  ({ app } = createTestApp(
    driver,
    { ALLOW_WRITE_TOKEN: WRITE_TOKEN },
    {
      deriveFlows: async () => {
        derivations += 1;
        await gate;
        const failure = failNext;
        failNext = null;
        if (failure)
          await withDerivationLock(driver, () => Promise.reject(failure), { database: testNeo4j().database });
        await recomputeTalentFlows(driver, { database: testNeo4j().database });
      },
    },
  ));
});
afterAll(async () => driver?.close());

describe('talent flows after a write', () => {
  it('derives the flows again when a write removes the fact behind a move, saying they are from before it meanwhile', async () => {
    const before = await flows();
    expect(before.derivation).toEqual({ running: false, failed: null });
    const flow = before.flows.find((f) => f.id === META_XAI)!;
    const person = flow.people[0]!.id;

    holdDerivations();
    const write = await cypher(
      `MATCH (:Person {id: '${person}'})-[w:WORKED_AT]->(:Organization {id: 'org:xai'}) DELETE w`,
      'write',
    );
    expect(write.status, JSON.stringify(write.body)).toBe(200);
    expect(write.body.summary.counters.relationshipsDeleted).toBeGreaterThan(0);
    expect(derivations).toBe(1);

    // Held: the answer is the flows from before the write, and says so.
    const during = await flows();
    expect(during.derivation).toEqual({ running: true, failed: null });
    expect(during.flows.find((f) => f.id === META_XAI)!.count).toBe(flow.count);

    openGate();
    const after = await waitFor(
      async () => {
        const body = await flows();
        return body.derivation.running ? undefined : body;
      },
      120_000,
      'the derivation after the write to end',
    );
    expect(after.derivation).toEqual({ running: false, failed: null });
    const now = after.flows.find((f) => f.id === META_XAI);
    expect(now?.count ?? 0).toBe(flow.count - 1);
    expect(now?.people.map((p) => p.id) ?? []).not.toContain(person);
    expect(derivations).toBe(1);
  });

  it('derives nothing after a read, or after a write that changed nothing', async () => {
    const start = derivations;
    expect((await cypher('MATCH (p:Person) RETURN count(p) AS n', 'read')).status).toBe(200);
    expect((await cypher('MATCH (p:Person) RETURN count(p) AS n', 'write')).status).toBe(200);
    expect(
      (await cypher("MATCH (n:Person {id: 'person:nobody-at-all'}) DETACH DELETE n", 'write')).status,
    ).toBe(200);
    expect(derivations).toBe(start);
    expect((await flows()).derivation.running).toBe(false);
  });

  it('derives the flows again after a write answered in the Query API’s typed format', async () => {
    const start = derivations;
    const res = await cypher(
      "MERGE (p:Person {id: 'person:typed-write-probe'}) SET p.name = 'Typed Write Probe'",
      'write',
      'application/vnd.neo4j.query',
    );
    expect(res.status, res.text).toBe(200);
    expect(derivations).toBe(start + 1);
    await waitFor(
      async () => ((await flows()).derivation.running ? undefined : true),
      120_000,
      'the derivation after the typed write to end',
    );
  });

  it('says what another process’s derivation does to the flows: running, failed, cut short', async () => {
    const setLock = (props: Record<string, unknown>) =>
      driver.executeQuery(
        "MERGE (d:TalentFlowDerivation {id: 'talent-flows'}) SET d += $props",
        { props },
        { database: testNeo4j().database },
      );
    try {
      // Another API worker, or `npm run seed`, holds the lock with a live lease.
      await setLock({ holder: 'another-process', until: Date.now() + 3_600_000, failed: null });
      expect((await flows()).derivation).toEqual({ running: true, failed: null });
      await setLock({
        holder: null,
        until: null,
        failed: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      });
      const failed = (await flows()).derivation;
      expect(failed.running).toBe(false);
      // Why is in the log of the process that failed, not in an answer anyone may read.
      expect(failed.failed).toMatch(/failed; the server log says why/);
      expect(failed.failed).not.toContain('MemoryPool');
      await setLock({ holder: 'a-dead-process', until: 1, failed: null });
      expect((await flows()).derivation).toEqual({
        running: false,
        failed: expect.stringMatching(/cut short/),
      });
    } finally {
      await setLock({ holder: null, until: null, failed: null });
    }
    expect((await flows()).derivation).toEqual({ running: false, failed: null });
  });

  it('stops saying this server’s derivation failed once another process derives the flows', async () => {
    failNext = new Error('the engine ran out of memory');
    const before = derivations;
    expect(
      (await cypher("MATCH (p:Person {id: 'person:alan-rice'}) SET p.touched = true", 'write')).status,
    ).toBe(200);
    await waitFor(
      async () => (derivations > before && !(await flows()).derivation.running ? true : undefined),
      60_000,
      'the failing derivation to end',
    );
    expect((await flows()).derivation).toEqual({
      running: false,
      failed: expect.stringMatching(/failed; the server log says why/),
    });
    // `npm run seed`, or another server, derives the flows: every server's answer says so, this one's too.
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    expect((await flows()).derivation).toEqual({ running: false, failed: null });
  });
});
