// The seed CLI (`npm run seed`, seed/cli.ts) under faults, against the run's Neo4j: killed with SIGKILL in the
// middle of a load, a rerun ends with exactly the counts of a clean load, no duplicates and no half-written
// source; a batch of facts files with one corrupt file writes nothing and names the bad file.
// Where the kill lands does not depend on the machine's speed: the test holds the unique-constraint lock of one id
// the seed is about to MERGE (an uncommitted CREATE in its own transaction), so the seed waits there, mid-load,
// until it is killed; the test then rolls its own transaction back.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema, resetGraph, seedFiles, seedSynthetic } from '../../../seed/index.js';
import { spawnSeed } from '../../support/seed-cli.js';
import { captureOutput, waitFor } from '../../support/spawn.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { writeBinaryGarbage, writeLargeSource, writeTruncated, type GeneratedSource } from './facts-files.js';
import { graphDifference, graphFingerprint, graphLines } from './helpers.js';

const ARTICLE = path.resolve('seed/sources/rosa-2025-08-29-musk-meta-talent.facts.yaml');
const SYNTHETIC = { people: 400, randomSeed: 7 };
/** Small batches for the killed run, so batches are committed before the one the test holds and after it. */
const SYNTHETIC_BATCH = 40;
const SYNTHETIC_ARGS = [
  '--synthetic',
  '--people',
  String(SYNTHETIC.people),
  '--random-seed',
  String(SYNTHETIC.randomSeed),
  '--batch-size',
  String(SYNTHETIC_BATCH),
];
/** Small batches so the one transaction of the large source has many round trips to be killed in. */
const LARGE_SOURCE_BATCH = 10;

let driver: Driver;
let tmp: string;
let large: GeneratedSource;
const children: ChildProcess[] = [];
const database = () => testNeo4j().database;

interface SeedRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm run seed -- …args` as a user runs it, against the run's Neo4j. */
function seed(args: string[]): SeedRun {
  const child = spawnSeed(args);
  children.push(child);
  return { child, ...captureOutput(child) };
}

/**
 * A client's write (a MERGE, or the CREATE of a first synthetic load) waits for the lock the test holds: Neo4j
 * reports its transaction "Blocked by" the test's.
 */
async function seedIsBlocked(): Promise<boolean> {
  return (await otherTransactions()).some(
    (t) => /\b(MERGE|CREATE)\b/.test(t.query) && /^Blocked/i.test(t.status),
  );
}

/** Waits for `probe` while the seed runs; fails at once, with its output, if the seed exits first. */
async function whileRunning(
  run: SeedRun,
  probe: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  await waitFor(
    async () => {
      if (await probe()) return true;
      if (run.child.exitCode !== null)
        throw new Error(`The seed exited (${run.child.exitCode}) before ${what}:\n${run.output()}`);
      return undefined;
    },
    timeoutMs,
    what,
  ).catch((err: Error) => {
    throw new Error(`${err.message}\n${run.output()}`);
  });
}

async function seedToEnd(args: string[]): Promise<string> {
  const run = seed(args);
  const code = await run.exited;
  expect(code, run.output()).toBe(0);
  return run.output();
}

async function kill(run: SeedRun): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exited;
  expect(run.child.signalCode).toBe('SIGKILL');
}

/** Open transactions of other clients (the killed seed's, until the database notices the closed connection). */
async function otherTransactions(): Promise<{ query: string; params: string; status: string }[]> {
  const rows = await readRows(
    driver,
    'SHOW TRANSACTIONS YIELD currentQuery, parameters, status RETURN currentQuery, parameters, status',
  );
  return rows
    .map((r) => ({
      query: String(r.currentQuery),
      params: JSON.stringify(r.parameters ?? null),
      status: String(r.status),
    }))
    .filter((t) => !t.query.includes('SHOW TRANSACTIONS'));
}

interface IdLock {
  release(): Promise<void>;
}

/**
 * Holds the unique-constraint lock of `(:label {id})` in an open transaction of the test's own: a MERGE of that id
 * by another client waits until `release()` rolls it back, so that client is stopped at a known point of its load.
 */
async function holdIdLock(label: 'Person', id: string): Promise<IdLock> {
  const session = driver.session({ database: database(), defaultAccessMode: 'WRITE' });
  const tx = session.beginTransaction();
  await tx.run(`CREATE (:${label} {id: $id})`, { id });
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await tx.rollback().catch(() => undefined);
      await session.close();
    },
  };
}

const locks: IdLock[] = [];
async function lockId(label: 'Person', id: string): Promise<IdLock> {
  const lock = await holdIdLock(label, id);
  locks.push(lock);
  return lock;
}

const fingerprint = () => graphFingerprint(driver, database());

/** No id appears on two nodes or on two relationships. */
async function expectNoDuplicates(): Promise<void> {
  const nodes = await readRows(
    driver,
    'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id LIMIT 5',
  );
  const rels = await readRows(
    driver,
    'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN id LIMIT 5',
  );
  expect(nodes).toEqual([]);
  expect(rels).toEqual([]);
}

async function countOf(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await readRows(driver, query, params);
  return Number(row?.n);
}

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-seed-faults-'));
  large = writeLargeSource(tmp, 'bulk-load', 600, 30);
  await ensureSchema(driver, { database: database() });
});

afterAll(async () => {
  for (const l of locks) await l.release();
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await driver?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetGraph(driver, { database: database() });
});

describe('seed killed mid-load', () => {
  it('a synthetic load killed with SIGKILL, then rerun, ends exactly as a clean load: same counts, same graph, no duplicates', async () => {
    // The seed stops at the batch holding the middle person (its MERGE waits for the test's lock): the batches
    // before it are committed, the rest are not written yet.
    const middle = `person:syn-${String(SYNTHETIC.people / 2 + 1).padStart(7, '0')}`;
    const lock = await lockId('Person', middle);
    const first = seed(SYNTHETIC_ARGS);
    try {
      await whileRunning(first, seedIsBlocked, 120_000, 'the people batch that holds the middle person');
      await kill(first);
    } finally {
      await lock.release();
    }
    const partial = await countOf('MATCH (p:Person) RETURN count(p) AS n');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(SYNTHETIC.people);

    await seedToEnd(SYNTHETIC_ARGS);
    await expectNoDuplicates();
    const resumed = await graphLines(driver, database());
    expect(await countOf('MATCH (p:Person) RETURN count(p) AS n')).toBe(SYNTHETIC.people);

    // The reference: a clean, uninterrupted load (in-process, which the CLI calls too), at the default batch size:
    // the graph a load writes does not depend on its batch size, and only the killed run needs many batches.
    await resetGraph(driver, { database: database() });
    await seedSynthetic(driver, { ...SYNTHETIC, database: database() });
    const clean = await graphLines(driver, database());
    expect(resumed.nodes.length).toBe(clean.nodes.length);
    expect(resumed.relationships.length).toBe(clean.relationships.length);
    expect(graphDifference(resumed, clean)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  }, 300_000);

  it('a facts-file source killed inside its transaction leaves nothing of it; a rerun writes it whole, exactly once', async () => {
    await seedFiles(driver, [ARTICLE], { database: database() });
    const articleOnly = await fingerprint();

    // The seed's one write transaction for the large source stops inside, at the batch of a person in the
    // middle of its people (after its organisations and the first people): that MERGE waits for the test's lock.
    const middle = large.nodeIds.find((id) => id.endsWith('-person-300'));
    expect(middle).toBeDefined();
    const lock = await lockId('Person', middle!);
    const first = seed(['--batch-size', String(LARGE_SOURCE_BATCH), ARTICLE, large.file]);
    try {
      await whileRunning(
        first,
        async () =>
          (await seedIsBlocked()) &&
          (await otherTransactions()).some((t) => t.params.includes('bulk-load-person')),
        120_000,
        'the large source’s write transaction, at its middle person',
      );
      await kill(first);
    } finally {
      await lock.release();
    }
    // The database rolls back the transaction of the dead client.
    await waitFor(
      async () => ((await otherTransactions()).length === 0 ? true : undefined),
      30_000,
      'the rollback',
    );

    // No half-written source: not one of its nodes or facts, and the article as it was.
    expect(await countOf('MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n', { ids: large.nodeIds })).toBe(
      0,
    );
    expect(
      await countOf('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS n', { ids: large.factIds }),
    ).toBe(0);
    expect(await fingerprint()).toEqual(articleOnly);

    // The rerun and the reference load use the default batch size: only the killed run needs many round trips, and
    // the graph a load writes does not depend on its batch size.
    const out = await seedToEnd([ARTICLE, large.file]);
    expect(out).toContain(large.sourceId);
    await expectNoDuplicates();
    expect(await countOf('MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n', { ids: large.nodeIds })).toBe(
      large.nodeIds.length,
    );
    expect(
      await countOf('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS n', { ids: large.factIds }),
    ).toBe(large.factIds.length);
    const resumed = await graphLines(driver, database());

    await resetGraph(driver, { database: database() });
    await seedFiles(driver, [ARTICLE, large.file], { database: database() });
    expect(graphDifference(resumed, await graphLines(driver, database()))).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
    });
  }, 300_000);
});

describe('a batch of facts files with one corrupt file', () => {
  const cases: [string, (dir: string) => string][] = [
    [
      'cut in half (an interrupted copy)',
      (dir) => writeTruncated(large.file, path.join(dir, 'cut.facts.json')),
    ],
    [
      'binary garbage with NULs and invalid UTF-8',
      (dir) => writeBinaryGarbage(path.join(dir, 'garbage.facts.yaml')),
    ],
    [
      'valid YAML of the wrong shape',
      (dir) => {
        const file = path.join(dir, 'wrong-shape.facts.yaml');
        fs.writeFileSync(file, 'source: 42\nnodes: {}\nfacts: "none"\n');
        return file;
      },
    ],
  ];

  it.each(cases)(
    'writes nothing when one file is %s, exits 1 and names that file only',
    async (_what, make) => {
      await seedFiles(driver, [ARTICLE], { database: database() });
      const before = await fingerprint();
      const bad = make(tmp);
      const run = seed([large.file, bad, ARTICLE]);
      const code = await run.exited;
      const out = run.output();
      expect(code, out).toBe(1);
      expect(out).toMatch(/Invalid input; nothing was written\. \d+ problems?:/);
      const problemLines = out.split('\n').filter((l) => /^\s{2}\S/.test(l));
      expect(problemLines.length).toBeGreaterThan(0);
      const badName = path.basename(bad);
      for (const line of problemLines) {
        expect(line).toContain(badName);
        expect(line).not.toContain(path.basename(large.file));
      }
      expect(await fingerprint()).toEqual(before);
      expect(await countOf('MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n', { ids: large.nodeIds })).toBe(
        0,
      );
    },
    120_000,
  );
});
