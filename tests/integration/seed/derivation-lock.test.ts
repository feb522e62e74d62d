// One derivation of the talent flows at a time on a database, against the real Neo4j: concurrent derivations (two
// API workers after writes, `npm run seed` beside a server) wait for each other instead of interleaving their batched
// swaps, a dead holder's lock frees itself, and the outcome stays on the lock. Data: the hand-made fictional careers
// of tests/fixtures/seed/flows (README there).
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeTalentFlows, resetGraph, seedFiles } from '../../../seed/index.js';
import {
  derivationCutShort,
  expireOwnDerivationLocks,
  talentFactsPresent,
  withDerivationLock,
} from '../../../seed/derivation-lock.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { failureRecordedOnLock } from '../../../model/derivation-lock.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;
const database = () => testNeo4j().database;
const everything = () =>
  readRows(driver, 'MATCH ()-[f:TALENT_FLOW]->() RETURN f.id AS id, properties(f) AS props ORDER BY id');
const lock = async () =>
  (
    await readRows(
      driver,
      "MATCH (d:TalentFlowDerivation {id: 'talent-flows'}) RETURN d.holder AS holder, d.until AS until, d.failed AS failed",
    )
  )[0];

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: database() });
  await seedFiles(driver, [FIXTURE], { database: database() });
});
afterAll(async () => driver?.close());

describe('the lock of the talent flows derivation', () => {
  it('lets concurrent derivations run one after the other: batched swaps never leave two builds’ flows', async () => {
    const once = await everything();
    expect(once.length).toBeGreaterThan(5);
    // One flow per swap transaction: interleaved, two builds would each delete the old flows, then both move theirs.
    await Promise.all(
      [1, 2, 3].map(() =>
        recomputeTalentFlows(driver, { database: database(), batchPeople: 1, swapBatch: 1 }),
      ),
    );
    expect(await everything()).toEqual(once);
    expect(await lock()).toMatchObject({ holder: null, until: null, failed: null });
  });

  it('waits while another holder’s lease is alive, and runs once it is released', async () => {
    let release: () => void = () => {};
    const held = withDerivationLock(driver, () => new Promise<void>((r) => (release = r)), {
      database: database(),
    });
    await waitForHolder();
    let derived = false;
    const waiting = recomputeTalentFlows(driver, { database: database() }).then(() => (derived = true));
    // Asked again every second: still waiting after several tries.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(derived).toBe(false);
    release();
    await held;
    await waiting;
    expect(derived).toBe(true);
  });

  it('takes over the lock of a holder whose lease ran out, and says a derivation was cut short until then', async () => {
    await driver.executeQuery(
      "MATCH (d:TalentFlowDerivation {id: 'talent-flows'}) SET d.holder = 'a-dead-process', d.until = 1",
      {},
      { database: database() },
    );
    expect(await derivationCutShort(driver, { database: database() })).toBe(true);
    await recomputeTalentFlows(driver, { database: database() });
    expect(await derivationCutShort(driver, { database: database() })).toBe(false);
    expect(await lock()).toMatchObject({ holder: null, failed: null });
  });

  it('ends at once the lease of a derivation its process stops in the middle of, so the next start sees it cut short', async () => {
    let release: () => void = () => {};
    // A heartbeat every 100 ms: the next ones come after the lease was ended.
    const held = withDerivationLock(driver, () => new Promise<void>((r) => (release = r)), {
      database: database(),
      heartbeatMs: 100,
    });
    await waitForHolder();
    expect(await derivationCutShort(driver, { database: database() })).toBe(false);
    await expireOwnDerivationLocks(driver, { database: database() });
    expect(await derivationCutShort(driver, { database: database() })).toBe(true);
    // Its heartbeat does not bring the lease back.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await derivationCutShort(driver, { database: database() })).toBe(true);
    release();
    // Its work ended after the lease did: the lock was lost, which it says (and records).
    await expect(held).rejects.toThrow(/lost/);
    expect(await derivationCutShort(driver, { database: database() })).toBe(false);
  });

  it('finds what a derivation reads or writes in our data, and nothing in a database without it', async () => {
    expect(await talentFactsPresent(driver, { database: database() })).toBe(true);
    await resetGraph(driver, { database: database() });
    await driver.executeQuery(
      "CREATE (:Employee {name: 'A foreign graph'})-[:WORKS_FOR]->(:Company {name: 'Its company'})",
      {},
      { database: database() },
    );
    expect(await talentFactsPresent(driver, { database: database() })).toBe(false);
    await resetGraph(driver, { database: database() });
    await seedFiles(driver, [FIXTURE], { database: database() });
    expect(await talentFactsPresent(driver, { database: database() })).toBe(true);
  });

  it('records nothing for a derivation whose lock another took over, and tells the caller so', async () => {
    const failure = await withDerivationLock(
      driver,
      async () => {
        // Its lease ran out meanwhile and another process took the lock.
        await driver.executeQuery(
          "MATCH (d:TalentFlowDerivation {id: 'talent-flows'}) SET d.holder = 'another-process', d.failed = null",
          {},
          { database: database() },
        );
        throw new Error('the lock was lost');
      },
      { database: database() },
    ).catch((err: unknown) => err);
    expect((failure as Error).message).toBe('the lock was lost');
    expect(failureRecordedOnLock(failure)).toBe(false);
    expect(await lock()).toMatchObject({ holder: 'another-process', failed: null });
    await driver.executeQuery(
      "MATCH (d:TalentFlowDerivation {id: 'talent-flows'}) SET d.holder = null, d.until = null",
      {},
      { database: database() },
    );
  });

  it('records why a derivation failed until one succeeds, and tells the caller it is recorded', async () => {
    const failure = await withDerivationLock(
      driver,
      () => Promise.reject(new Error('the engine ran out of memory')),
      { database: database() },
    ).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('the engine ran out of memory');
    expect(failureRecordedOnLock(failure)).toBe(true);
    expect(await lock()).toMatchObject({ holder: null, failed: 'the engine ran out of memory' });
    await recomputeTalentFlows(driver, { database: database() });
    expect(await lock()).toMatchObject({ holder: null, failed: null });
  });
});

async function waitForHolder(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await lock())?.holder) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Timed out waiting for the lock to be taken');
}
