// Cancel really cancels: a client that closes its POST /api/cypher request (the Cancel button, a newer query, a
// closed tab) has its query stopped in the run's real Neo4j — gone from SHOW TRANSACTIONS long before the query's
// own timeout — and the server keeps answering.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows } from '../../support/neo4j.js';

/** The query's own timeout: the longest the configuration allows, so only a cancel can stop it in the test's time. */
const QUERY_TIMEOUT_MS = 600_000;
/** Ceilings for conditions, not budgets: a loaded 2-core machine may take a while to start or stop a query. */
const APPEARS_MS = 60_000;
const STOPS_MS = 60_000;
/** Each test waits for at most two conditions and a few looks: its own timeout is above their ceilings. */
const TEST_TIMEOUT_MS = APPEARS_MS + STOPS_MS + 60_000;

/** Ten billion rows: far more than the test's ceilings of work, unless something stops it. */
const runaway = (marker: string) =>
  `UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a WHERE a = -b ` +
  `RETURN count(a) AS n, '${marker}' AS marker`;

async function waitFor(what: string, ceilingMs: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ceilingMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Waited ${ceilingMs} ms for: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('cancelling a Cypher query', () => {
  let driver: Driver;
  let server: Server;
  let base: string;

  /** Transactions of any client running a query that contains `marker` (not this probe's own SHOW). */
  const running = async (marker: string): Promise<number> => {
    const rows = await readRows(driver, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    return rows.filter(
      (r) => String(r.currentQuery).includes(marker) && !/SHOW TRANSACTIONS/i.test(String(r.currentQuery)),
    ).length;
  };

  beforeAll(async () => {
    driver = createTestDriver();
    const { app } = createTestApp(driver, { QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    // Should a cancel have failed, its runaway must not load the database for the tests after this file.
    const left = await readRows(
      driver,
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'cancel-' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN transactionId",
    );
    if (left.length > 0)
      await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids: left.map((r) => r.transactionId) });
    await new Promise((r) => server?.close(r));
    await driver?.close();
  });

  it.each([
    ['plain JSON', 'application/json'],
    ['the Query API’s typed JSON', 'application/vnd.neo4j.query'],
  ])(
    'stops the query in the database when the client closes the request (%s)',
    async (_name, accept) => {
      const marker = `cancel-probe-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const ctrl = new AbortController();
      const answer = fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: accept },
        body: JSON.stringify({ query: runaway(marker) }),
        signal: ctrl.signal,
      }).then(
        () => 'answered',
        (err: unknown) => (ctrl.signal.aborted ? 'aborted' : `failed: ${String(err)}`),
      );
      await waitFor('the query to run in the database', APPEARS_MS, async () => (await running(marker)) > 0);
      ctrl.abort();
      expect(await answer).toBe('aborted');
      await waitFor(
        'the database to stop the cancelled query',
        STOPS_MS,
        async () => (await running(marker)) === 0,
      );

      // The server is fine afterwards: the next query is answered.
      const next = await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
      });
      expect(next.status).toBe(200);
      expect(((await next.json()) as { rows: unknown[] }).rows).toEqual([{ one: 1 }]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps running a query whose client is still waiting',
    async () => {
      // The control for the test above: without a cancel, the same query is still in the database a while later.
      const marker = `cancel-control-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const ctrl = new AbortController();
      const answer = fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: runaway(marker) }),
        signal: ctrl.signal,
      }).catch(() => undefined);
      await waitFor('the query to run in the database', APPEARS_MS, async () => (await running(marker)) > 0);
      // Several looks over a few seconds: still there each time (the cancel above is what stopped it there).
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 500));
        expect(await running(marker)).toBe(1);
      }
      ctrl.abort();
      await answer;
      await waitFor(
        'the database to stop the query once its client left',
        STOPS_MS,
        async () => (await running(marker)) === 0,
      );
    },
    TEST_TIMEOUT_MS,
  );
});
