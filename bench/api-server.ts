// The API as the benchmark runs it: `createApp` in its own Node process on a loopback port, configured from the
// environment the bench passes (Neo4j URI and credentials, raised rate limits). The bench compiles it as the server
// is compiled for `npm start` (bench/env.ts). Reports its port over IPC and exits when the bench goes away.
import http, { type Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import { createDriver } from '../neo4j/connect.js';
import { createApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';

// The bench starts this process in the project's root; this file runs compiled from bench/out, so its own location
// does not say where the root is.
const ROOT = process.cwd();

/** Largest body the floor server sends. */
const MAX_FLOOR_BYTES = 10_000_000;

/** N bytes of JSON (a string of x), made once per size. */
function createFloorBodies(): (req: { url?: string }) => Buffer {
  const bodies = new Map<number, Buffer>();
  return (req) => {
    const bytes = Math.min(
      MAX_FLOOR_BYTES,
      Math.max(2, Number(new URL(req.url ?? '/', 'http://x').searchParams.get('bytes')) || 2),
    );
    let body = bodies.get(bytes);
    if (!body) {
      body = Buffer.from(`"${'x'.repeat(bytes - 2)}"`);
      bodies.set(bytes, body);
    }
    return body;
  };
}

async function listen(server: Server): Promise<Server> {
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return server;
}

/**
 * The HTTP floor: a bare node:http server in this same process that answers `GET /floor?bytes=N` with N bytes of
 * JSON and does nothing else. What a request costs here is what any Node API pays on this machine for one loopback
 * round trip and that many bytes; the API's fixed overhead above it is the cost of its own stack.
 */
function startFloorServer(): Promise<Server> {
  const bodyFor = createFloorBodies();
  return listen(
    http.createServer((req, res) => {
      const body = bodyFor(req);
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': body.length,
      });
      res.end(body);
    }),
  );
}

/**
 * The Express floor: the same answer from a bare Express app (one route, no middleware, Express's defaults such as
 * the ETag), so the bench can tell what Express itself adds to a request from what the API's middleware and
 * services add.
 */
function startExpressFloorServer(): Promise<Server> {
  const bodyFor = createFloorBodies();
  const app = express();
  app.get('/floor', (req, res) => {
    res.type('application/json; charset=utf-8').send(bodyFor(req));
  });
  return listen(http.createServer(app));
}

async function main(): Promise<void> {
  const config = readConfig();
  const uri = config.neo4j.uri;
  if (!uri || !config.neo4j.password) throw new Error('the bench must pass NEO4J_URI and NEO4J_PASSWORD');
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  const logger = createLogger(config.logLevel);
  const { app } = createApp({
    config,
    driver,
    neo4jUri: uri,
    logger,
    clientDir: path.join(ROOT, 'dist', 'client'),
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const floor = await startFloorServer();
  const expressFloor = await startExpressFloorServer();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeAllConnections();
    for (const f of [floor, expressFloor]) {
      f.closeAllConnections();
      f.close();
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  const portOf = (s: Server) => (s.address() as { port: number }).port;
  process.send?.({ type: 'ready', port, floorPort: portOf(floor), expressFloorPort: portOf(expressFloor) });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.send?.({ type: 'error', error: message });
  process.stderr.write(`bench api-server: ${message}\n`);
  process.exit(1);
});
