// The server's embedded Neo4j comes back by itself when its JVM dies: killed outright, or brought down by one query
// that exhausts its heap. Real engine, real JVM deaths; the app is the one `npm start` builds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNeo4jConfig } from '../../../neo4j/config.js';
import { freePort } from '../../../neo4j/embedded.js';
import { openNeo4j, type Neo4jConnection } from '../../../neo4j/connect.js';
import { createApp } from '../../../server/app.js';
import { readConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { isAlive, waitFor } from '../../support/spawn.js';
import { closeServer, listen } from './helpers.js';

const PASSWORD = 'restart-test-pw';
// A small heap, so the runaway query below exhausts it quickly.
const HEAP_MB = 384;
const RECOVERY_MS = 90_000;

let dataDir: string;
let conn: Neo4jConnection;
let server: Server | undefined;
let base: string;
const logLines: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-restart-'));
  const neo4jConfig = readNeo4jConfig({
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_HEAP_MB: String(HEAP_MB),
    NEO4J_PAGECACHE_MB: '64',
  });
  expect(neo4jConfig.uri).toBeUndefined();
  conn = await openNeo4j(neo4jConfig, (m) => logLines.push(m), {}, { supervise: true });
  await conn.driver.executeQuery(
    "CREATE (:Probe {id: 'probe:kept', name: 'ماسك'})",
    {},
    { database: conn.database },
  );
  const config = readConfig({
    NEO4J_URI: conn.uri,
    NEO4J_PASSWORD: PASSWORD,
    CYPHER_RATE_PER_MINUTE: '100000',
  });
  const app = createApp({
    config,
    driver: conn.driver,
    neo4jUri: conn.uri,
    logger: createLogger('silent'),
  }).app;
  ({ server, base } = await listen(app));
}, 240_000);

afterAll(async () => {
  await closeServer(server);
  const pid = conn?.embedded?.pid;
  await conn?.close();
  if (pid) expect(isAlive(pid)).toBe(false);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function healthy(): Promise<boolean | undefined> {
  const res = await fetch(`${base}/api/health`).catch(() => undefined);
  return res?.status === 200 ? true : undefined;
}

async function probeCount(): Promise<number> {
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: "MATCH (p:Probe {id: 'probe:kept'}) RETURN count(p) AS n" }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).rows[0].n;
}

describe('the embedded Neo4j under the server', () => {
  it('is started again on the same port and data when its JVM is killed, and the API recovers by itself', async () => {
    const before = conn.embedded!;
    before.process.kill('SIGKILL');
    await waitFor(
      () => before.process.exitCode !== null || before.process.signalCode !== null || undefined,
      10_000,
      'the JVM to die',
    );
    const down = await fetch(`${base}/api/health`);
    expect(down.status).toBe(503);

    await waitFor(healthy, RECOVERY_MS, 'the API to be healthy again');
    // (The new engine can answer a moment before the supervisor has recorded it.)
    await waitFor(
      () => conn.embedded!.pid !== before.pid || undefined,
      10_000,
      'the supervisor to record the new JVM',
    );
    const after = conn.embedded!;
    expect(after.pid).not.toBe(before.pid);
    expect(after.port).toBe(before.port);
    expect(await probeCount()).toBe(1);
    expect(logLines.join('\n')).toMatch(/stopped unexpectedly \(SIGKILL\).*restarting/);
    expect(logLines.join('\n')).toMatch(/running again .*restart 1/);
  }, 180_000);

  it('survives one query that exhausts the heap: the caller gets a clear error and everyone is served again', async () => {
    // Memory built inside one expression is not tracked by the transaction memory limit, so this can bring the JVM
    // down (it exits on OutOfMemoryError) or be caught by Neo4j; either way the API must answer and recover.
    const res = await fetch(`${base}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN size([x IN range(1, 40000000) | toString(x)]) AS n' }),
    });
    const body = await res.json();
    expect([400, 503, 504], JSON.stringify(body)).toContain(res.status);
    expect(['CYPHER_ERROR', 'DB_UNAVAILABLE', 'QUERY_TIMEOUT']).toContain(body.error.code);
    expect(JSON.stringify(body)).not.toMatch(/at \w+\.|java\.|\.java:/);

    await waitFor(healthy, RECOVERY_MS, 'the API to be healthy again');
    expect(await probeCount()).toBe(1);
  }, 180_000);
});
