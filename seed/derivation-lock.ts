// One derivation of the talent flows at a time on a database, whichever process runs it: two interleaved batched
// swaps would leave both builds' flows in place (every move counted twice). The holder keeps a short lease alive
// while it derives, so the lock of a process that died frees itself; the outcome (why it failed) stays on the lock.
import { randomUUID } from 'node:crypto';
import { int as neo4jInt, type Driver } from 'neo4j-driver';
import {
  ACQUIRE_DERIVATION,
  DERIVATION_CUT_SHORT,
  ENSURE_DERIVATION_LOCK_CONSTRAINT,
  RELEASE_DERIVATION,
  RENEW_DERIVATION,
} from './queries/derivation-lock.js';

/** How long a holder's lease lasts without a heartbeat: a dead holder frees the lock after at most this. */
export const DEFAULT_DERIVATION_LEASE_MS = 60_000;
/** How often a holder renews its lease. */
export const DEFAULT_DERIVATION_HEARTBEAT_MS = 15_000;
/** How often a derivation waiting for the lock asks again. */
export const DEFAULT_DERIVATION_WAIT_MS = 1_000;

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
  const lease = opts.leaseMs ?? DEFAULT_DERIVATION_LEASE_MS;
  const holder = randomUUID();
  const write = (query: string, params: Record<string, unknown>) =>
    driver.executeQuery(query, params, { database, routing: 'WRITE' });
  // Without it two first acquisitions could MERGE two lock nodes; a database that refuses schema changes (no right
  // to them) still gets one, only not that guarantee.
  await write(ENSURE_DERIVATION_LOCK_CONSTRAINT, {}).catch(() => {});
  for (;;) {
    const res = await write(ACQUIRE_DERIVATION, {
      holder,
      now: neo4jInt(Date.now()),
      lease: neo4jInt(lease),
    });
    if (res.records[0]?.get('acquired') === true) break;
    await new Promise((r) => setTimeout(r, opts.waitMs ?? DEFAULT_DERIVATION_WAIT_MS));
  }
  let lost = false;
  const heartbeat = setInterval(() => {
    write(RENEW_DERIVATION, { holder, now: neo4jInt(Date.now()), lease: neo4jInt(lease) })
      .then((r) => {
        if (r.records[0]?.get('held') !== true) lost = true;
      })
      // A missed heartbeat is retried by the next; the lease outlives several.
      .catch(() => {});
  }, opts.heartbeatMs ?? DEFAULT_DERIVATION_HEARTBEAT_MS);
  heartbeat.unref();
  let failed: string | null = null;
  try {
    const result = await work();
    if (lost)
      throw new Error('The lock of the talent flows derivation was lost (its lease ran out) while deriving.');
    return result;
  } catch (err) {
    failed = err instanceof Error ? err.message : String(err);
    throw err;
  } finally {
    clearInterval(heartbeat);
    await write(RELEASE_DERIVATION, { holder, now: neo4jInt(Date.now()), failed }).catch(() => {});
  }
}

/** Whether a derivation was cut short (its process stopped while it held the lock): the flows may be half swapped. */
export async function derivationCutShort(driver: Driver, opts: { database?: string } = {}): Promise<boolean> {
  const res = await driver.executeQuery(
    DERIVATION_CUT_SHORT,
    { now: neo4jInt(Date.now()) },
    { database: opts.database, routing: 'READ' },
  );
  return res.records[0]?.get('cutShort') === true;
}
