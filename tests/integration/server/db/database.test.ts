// How the server's units of work reach the run's real Neo4j: a built-in read sends each query as its own auto-commit
// transaction (no BEGIN or COMMIT round trip) and is retried like a managed transaction, within its deadline; users'
// Cypher (retry: false) and writes keep one explicit transaction. Neo4j itself says which transaction ran a query
// (SHOW TRANSACTIONS lists the transaction running it), so nothing here is inferred from timings.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  DEFAULT_READ_RETRY,
  type Database,
  type QueryRunner,
} from '../../../../server/db/database.js';
import { AppError } from '../../../../server/errors.js';
import { createTestDriver, testNeo4j } from '../../../support/neo4j.js';

const DEADLINE_MS = 30_000;

/** The id and metadata of the transaction running this very query, as Neo4j reports them. */
async function ownTransaction(tx: QueryRunner, marker: string) {
  // The marker is in the query's text (a comment), so the row of the transaction running it is the one found.
  const res = await tx.run(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery
     WHERE currentQuery CONTAINS $marker
     RETURN transactionId, metaData // ${marker}`,
    { marker },
  );
  expect(res.records).toHaveLength(1);
  return {
    id: res.records[0]!.get('transactionId') as string,
    metadata: res.records[0]!.get('metaData') as Record<string, unknown>,
  };
}

/** A marker for the query text (letters, digits and dashes) that tells this test's queries from any other running. */
const markerOf = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

/** An error the driver counts as worth retrying (the database was unavailable for a moment), as the driver builds it. */
const transient = () =>
  new Neo4jError(
    'The database was unavailable for a moment.',
    'Neo.TransientError.General.DatabaseUnavailable',
    '50N42',
    'error: general processing exception - unexpected error. The database was unavailable for a moment.',
  );

describe('units of work', () => {
  let driver: Driver;
  let db: Database;

  beforeAll(() => {
    driver = createTestDriver();
    db = createDatabase(driver, testNeo4j().database, DEADLINE_MS);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('runs each query of a built-in read as its own auto-commit transaction, with the metadata given', async () => {
    const marker = markerOf('auto');
    const [first, second] = await db.read(
      async (tx) => [await ownTransaction(tx, marker), await ownTransaction(tx, marker)],
      { metadata: { app: 'talent-graph', probe: marker } },
    );
    expect(first!.id).not.toBe(second!.id);
    expect(first!.metadata).toEqual({ app: 'talent-graph', probe: marker });
    expect(second!.metadata).toEqual({ app: 'talent-graph', probe: marker });
  });

  it("keeps users' Cypher (retry: false) and writes in one explicit transaction", async () => {
    const marker = markerOf('explicit');
    const both = async (tx: QueryRunner) => [
      await ownTransaction(tx, marker),
      await ownTransaction(tx, marker),
    ];
    const [a, b] = await db.read(both, { retry: false, afterBeginMs: DEADLINE_MS });
    expect(a!.id).toBe(b!.id);
    const [c, d] = await db.write(both);
    expect(c!.id).toBe(d!.id);
  });

  /** The number of frames of every stack V8 formats while `run` runs (V8 formats through Error.prepareStackTrace). */
  async function framesFormattedDuring(run: () => Promise<unknown>): Promise<number[]> {
    const frames: number[] = [];
    const previous = Error.prepareStackTrace;
    Error.prepareStackTrace = (err, callSites) => {
      frames.push(callSites.length);
      return String(err);
    };
    try {
      await run();
    } finally {
      Error.prepareStackTrace = previous;
    }
    return frames;
  }

  it('starts the queries and the COMMIT of an explicit transaction without capturing a stack', async () => {
    let rows = 0;
    // The driver captures a stack for every result it creates: the query's and the COMMIT's.
    const frames = await framesFormattedDuring(async () => {
      rows = await db.read(async (tx) => (await tx.run('UNWIND range(1, 3) AS x RETURN x')).records.length, {
        retry: false,
        afterBeginMs: DEADLINE_MS,
      });
    });
    expect(rows).toBe(3);
    expect(frames.length).toBeGreaterThanOrEqual(2);
    expect(frames.every((n) => n === 0)).toBe(true);
    // Outside the unit, errors keep their frames.
    expect(new Error('').stack).toMatch(/\n\s+at /);
  });

  it('starts the ROLLBACK of a failed explicit transaction without capturing a stack', async () => {
    const failure = new Error('the work failed');
    let caught: unknown;
    // Made before the hook is in place, so its own stack is not one of those counted.
    const frames = await framesFormattedDuring(async () => {
      caught = await db
        .read(
          async (tx) => {
            await tx.run('RETURN 1');
            throw failure;
          },
          { retry: false, afterBeginMs: DEADLINE_MS },
        )
        .catch((err: unknown) => err);
    });
    // The work's own error leaves as the database layer words it; the query's and the ROLLBACK's results had no frames.
    expect(caught).toBeInstanceOf(AppError);
    expect(frames.length).toBeGreaterThanOrEqual(2);
    expect(frames.every((n) => n === 0)).toBe(true);
  });

  it('runs a built-in read in READ mode: the database refuses a write in it', async () => {
    const error = await db.read((tx) => tx.run("CREATE (:Probe {id: 'probe:read-mode'})")).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('READ_ONLY');
    const left = await db.read((tx) =>
      tx.run("MATCH (p:Probe {id: 'probe:read-mode'}) RETURN count(p) AS n"),
    );
    expect(left.records[0]!.get('n').toNumber()).toBe(0);
  });

  it('retries a read whose attempt failed with a retriable error, and answers with the next attempt', async () => {
    let attempts = 0;
    const answer = await db.read(async (tx) => {
      attempts += 1;
      if (attempts === 1) throw transient();
      const res = await tx.run('RETURN $n AS n', { n: neo4j.int(attempts) });
      return res.records[0]!.get('n').toNumber() as number;
    });
    expect(answer).toBe(2);
    expect(attempts).toBe(2);
  });

  it('does not retry an error the driver says will not pass (a client error)', async () => {
    let attempts = 0;
    const error = await db
      .read(async (tx) => {
        attempts += 1;
        return tx.run('RETURN $missing AS x');
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(attempts).toBe(1);
  });

  it('gives up retrying at the deadline: 503 DB_UNAVAILABLE, and no attempt after it', async () => {
    let attempts = 0;
    const error = await db
      .read(
        async () => {
          attempts += 1;
          throw transient();
        },
        { deadlineMs: 1_500 },
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_UNAVAILABLE');
    const atDeadline = attempts;
    expect(atDeadline).toBeGreaterThanOrEqual(1);
    // The latest a further attempt could have come: the second wait at its longest after the second attempt.
    const { firstDelayMs, factor, jitter } = DEFAULT_READ_RETRY;
    await new Promise((resolve) => setTimeout(resolve, firstDelayMs * factor * (1 + jitter) + 1_500));
    expect(attempts).toBe(atDeadline);
  });
});
