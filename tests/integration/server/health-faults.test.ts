// /api/health while the database is stopped or hanging: 503 within seconds, the server stays up, and it
// recovers by itself. Uses its own embedded Neo4j, never the run's shared one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../neo4j/embedded.js';
import { createApp } from '../../../server/app.js';
import { readConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { waitFor, waitUntilStopped } from '../../support/spawn.js';

const PASSWORD = 'health-faults-pw';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-health-faults-'));
let db: EmbeddedNeo4j;
let server: Server;
let base: string;
let driver: ReturnType<typeof createDriver>;

async function health(): Promise<{
  status: number;
  body: { status: string; error?: { code: string } };
  ms: number;
}> {
  const t = Date.now();
  const res = await fetch(`${base}/api/health`);
  return { status: res.status, body: await res.json(), ms: Date.now() - t };
}

beforeAll(async () => {
  db = await startEmbeddedNeo4j({ dataDir, port: 0, password: PASSWORD, heapMb: 512, pageCacheMb: 128 });
  const config = readConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: PASSWORD, DB_TIMEOUT_MS: '3000' });
  driver = createDriver(db.uri, 'neo4j', PASSWORD, {
    connectionTimeoutMs: 2_000,
    acquisitionTimeoutMs: 3_000,
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

describe('health under database faults', () => {
  it('answers 503 at its deadline while Neo4j hangs (SIGSTOP) and recovers after SIGCONT', async () => {
    expect((await health()).status).toBe(200);
    db.process.kill('SIGSTOP');
    try {
      await waitUntilStopped(db.process);
      const during = await health();
      expect(during.status).toBe(503);
      expect(during.body.status).toBe('unavailable');
      expect(during.body.error?.code).toBe('DB_UNAVAILABLE');
      // The server's 4 s deadline, with a generous ceiling for a loaded machine: a hang never answers.
      expect(during.ms).toBeLessThan(15_000);
    } finally {
      db.process.kill('SIGCONT');
    }
    const back = await waitFor(
      async () => ((await health()).status === 200 ? true : undefined),
      20_000,
      'health to recover',
    );
    expect(back).toBe(true);
  });

  it('answers 503 at its deadline while Neo4j is stopped and recovers when it is started again', async () => {
    const port = db.port;
    await db.stop();
    const during = await health();
    expect(during.status).toBe(503);
    expect(during.body.error?.code).toBe('DB_UNAVAILABLE');
    expect(during.ms).toBeLessThan(15_000);
    db = await startEmbeddedNeo4j({ dataDir, port, password: PASSWORD, heapMb: 512, pageCacheMb: 128 });
    const back = await waitFor(
      async () => ((await health()).status === 200 ? true : undefined),
      30_000,
      'health to recover',
    );
    expect(back).toBe(true);
  });
});
