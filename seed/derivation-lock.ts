// One derivation of the talent flows at a time on a database, whichever process runs it: two interleaved batched
// swaps clash on the flows' ids and leave flows out. The holder keeps a short lease alive while it derives, so the
// lock of a process that died frees itself; the outcome (why it failed) stays on the lock.
import { randomUUID } from 'node:crypto';
import { int as neo4jInt, type Driver } from 'neo4j-driver';
import {
  ACQUIRE_DERIVATION,
  DERIVATION_CUT_SHORT,
  ENSURE_DERIVATION_LOCK_CONSTRAINT,
  EXPIRE_DERIVATION,
  RELEASE_DERIVATION,
  RENEW_DERIVATION,
  TALENT_FACTS_PRESENT,
} from './queries/derivation-lock.js';
import { RECORDED_ON_LOCK } from '../model/derivation-lock.js';

/** How long a holder's lease lasts without a heartbeat: a dead holder frees the lock after at most this. */
export const DEFAULT_DERIVATION_LEASE_MS = 60_000;
/** How often a holder renews its lease. */
export const DEFAULT_DERIVATION_HEARTBEAT_MS = 15_000;
/** How often a derivation waiting for the lock asks again. */
export const DEFAULT_DERIVATION_WAIT_MS = 1_000;

/** The locks this process holds now (expireOwnDerivationLocks ends them when it stops midway). */
const heldHere = new Set<string>();

export interface DerivationLockOptions {
  database?: string;
  leaseMs?: number;
  heartbeatMs?: number;
  waitMs?: number;
}

/**
 * Runs `work` holding the lock: waits while another process holds it (until it ends, or its lease runs out), renews
 * the lease while `work` runs, and frees the lock afterwards with the outcome (a failure's message).
 */
export async function withDerivationLock<T>(
  driver: Driver,
  work: () => Promise<T>,
  opts: DerivationLockOptions = {},
): Promise<T> {
  const database = opts.database;
  const lease = neo4jInt(opts.leaseMs ?? DEFAULT_DERIVATION_LEASE_MS);
  const holder = randomUUID();
  const write = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(query, params, { database, routing: 'WRITE' });
  // Without it two first acquisitions could MERGE two lock nodes; a database that refuses schema changes (no right
  // to them) still gets one, only not that guarantee.
  await write(ENSURE_DERIVATION_LOCK_CONSTRAINT, {}).catch(() => {});
  for (;;) {
    const res = await write(ACQUIRE_DERIVATION, { holder, lease });
    if (res.records[0]?.get('acquired') === true) break;
    await new Promise((r) => setTimeout(r, opts.waitMs ?? DEFAULT_DERIVATION_WAIT_MS));
  }
  heldHere.add(holder);
  let lost = false;
  const heartbeat = setInterval(() => {
    write(RENEW_DERIVATION, { holder, lease })
      .then((r) => {
        if (r.records[0]?.get('held') !== true) lost = true;
      })
      // A missed heartbeat is retried by the next; the lease outlives several.
      .catch(() => {});
  }, opts.heartbeatMs ?? DEFAULT_DERIVATION_HEARTBEAT_MS);
  heartbeat.unref();
  let failed: string | null = null;
  let error: unknown;
  try {
    const result = await work();
    if (lost)
      throw new Error('The lock of the talent flows derivation was lost (its lease ran out) while deriving.');
    return result;
  } catch (err) {
    // An Error, so the caller can be told below that the failure is recorded.
    error = err instanceof Error ? err : new Error(String(err));
    failed = (error as Error).message;
    throw error;
  } finally {
    clearInterval(heartbeat);
    heldHere.delete(holder);
    // Recorded only while this process still held the lock: one whose lease ran out (another took it) records
    // nothing, and its failure stays its own to tell.
    const recorded = await write(RELEASE_DERIVATION, { holder, failed }).then(
      (r) => Number(r.records[0]?.get('released') ?? 0) === 1,
      () => false,
    );
    // Runs before the error reaches the caller: it learns that every server reads this failure on the lock.
    if (recorded && error instanceof Error && Object.isExtensible(error))
      (error as unknown as Record<string, unknown>)[RECORDED_ON_LOCK] = true;
  }
}

/**
 * Ends the leases of the derivations this process holds (it is stopping before they end): the next start sees them
 * cut short at once and derives the flows again.
 */
export async function expireOwnDerivationLocks(
  driver: Driver,
  opts: { database?: string } = {},
): Promise<void> {
  if (heldHere.size === 0) return;
  await driver.executeQuery(
    EXPIRE_DERIVATION,
    { holders: [...heldHere] },
    { database: opts.database, routing: 'WRITE' },
  );
}

/** Whether a derivation was cut short (its process stopped while it held the lock): the flows may be half swapped. */
export async function derivationCutShort(driver: Driver, opts: { database?: string } = {}): Promise<boolean> {
  const res = await driver.executeQuery(
    DERIVATION_CUT_SHORT,
    {},
    { database: opts.database, routing: 'READ' },
  );
  return res.records[0]?.get('cutShort') === true;
}

/** Whether the database holds anything a derivation reads or writes (a database that is not ours may hold none). */
export async function talentFactsPresent(driver: Driver, opts: { database?: string } = {}): Promise<boolean> {
  const res = await driver.executeQuery(
    TALENT_FACTS_PRESENT,
    {},
    { database: opts.database, routing: 'READ' },
  );
  return res.records[0]?.get('present') === true;
}
