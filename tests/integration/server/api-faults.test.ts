// Every database-backed endpoint while Neo4j hangs (SIGSTOP) or is stopped: 503 DB_UNAVAILABLE within
// seconds, the server stays up, and it recovers by itself. Uses its own embedded Neo4j, never the shared one.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../neo4j/embedded.js';
import { createApp } from '../../../server/app.js';
import { readConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { ensureSchema, loadBundledSources } from '../../../seed/index.js';
import { waitFor } from '../../support/spawn.js';

const PASSWORD = 'api-faults-password';
const DB_TIMEOUT_MS = 3_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-api-faults-'));
let db: EmbeddedNeo4j;
let server: Server;
let base: string;
let driver: ReturnType<typeof createDriver>;

const CALLS: [string, RequestInit?][] = [
  ['/api/health'],
  [
    '/api/cypher',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' }),
    },
  ],
  ['/api/search?q=musk'],
  ['/api/nodes/person:elon-musk'],
  ['/api/nodes/org:meta/neighbors'],
  ['/api/paths?from=person:elon-musk&to=org:meta'],
  ['/api/people/person:sam-altman/career'],
  ['/api/flows'],
  ['/api/timeline'],
  ['/api/schema'],
];

async function callAll(): Promise<{ url: string; status: number; code: string | undefined; ms: number }[]> {
  return Promise.all(
    CALLS.map(async ([url, init]) => {
      const t = Date.now();
      const res = await fetch(`${base}${url}`, init);
      const body = (await res.json()) as { error?: { code: string }; status?: string };
      return { url, status: res.status, code: body.error?.code, ms: Date.now() - t };
    }),
  );
}

// Recovered = every endpoint answers 200 (a restarted database plans its queries anew, so allow retries).
const allOk = async () => ((await callAll()).every((r) => r.status === 200) ? true : undefined);

beforeAll(async () => {
  db = await startEmbeddedNeo4j({ dataDir, port: 0, password: PASSWORD, heapMb: 512, pageCacheMb: 128 });
  driver = createDriver(db.uri, 'neo4j', PASSWORD, {
    connectionTimeoutMs: 2_000,
    acquisitionTimeoutMs: 3_000,
  });
  await ensureSchema(driver, { database: 'neo4j' });
  await loadBundledSources(driver, { database: 'neo4j' });
  const config = readConfig({
    NEO4J_URI: db.uri,
    NEO4J_PASSWORD: PASSWORD,
    DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
  });
  const { app } = createApp({ config, driver, neo4jUri: db.uri, logger: createLogger('silent') });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  await driver?.close();
  await db?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('API under database faults', () => {
  it('answers every endpoint while the database is up', async () => {
    // One at a time: on a cold database, query planning for ten requests at once can pass a 3 s deadline.
    for (const [url, init] of CALLS) expect((await fetch(`${base}${url}`, init)).status, url).toBe(200);
  });

  it('answers 503 DB_UNAVAILABLE within 6 s on every endpoint while Neo4j hangs, and recovers after SIGCONT', async () => {
    db.process.kill('SIGSTOP');
    try {
      const during = await callAll();
      for (const r of during) {
        expect(r.status, r.url).toBe(503);
        if (r.url !== '/api/health') expect(r.code, r.url).toBe('DB_UNAVAILABLE');
        expect(r.ms, r.url).toBeLessThan(6_000);
      }
      // The server itself is still up: what needs no database still answers.
      expect((await fetch(`${base}/api/openapi.json`)).status).toBe(200);
    } finally {
      db.process.kill('SIGCONT');
    }
    expect(await waitFor(allOk, 60_000, 'the API to recover after SIGCONT')).toBe(true);
  }, 120_000);

  it('answers 503 within 6 s on every endpoint while Neo4j is stopped, and recovers when it is back', async () => {
    const port = db.port;
    await db.stop();
    const during = await callAll();
    for (const r of during) {
      expect(r.status, r.url).toBe(503);
      expect(r.ms, r.url).toBeLessThan(6_000);
    }
    db = await startEmbeddedNeo4j({ dataDir, port, password: PASSWORD, heapMb: 512, pageCacheMb: 128 });
    expect(await waitFor(allOk, 60_000, 'the API to recover after a restart')).toBe(true);
  }, 120_000);
});
