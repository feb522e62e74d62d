// The API as the benchmark runs it: `createApp` in its own Node process on a loopback port, configured from the
// environment the bench passes (Neo4j URI and credentials, raised rate limits). The bench compiles it as the server
// is compiled for `npm start` (bench/env.ts). Reports its port over IPC and exits when the bench goes away.
import http, { type Server } from 'node:http';
import path from 'node:path';
import { createDriver } from '../neo4j/connect.js';
import { createApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';

// The bench starts this process in the project's root; this file runs compiled from bench/out, so its own location
// does not say where the root is.
const ROOT = process.cwd();

/** Largest body the floor server sends. */
const MAX_FLOOR_BYTES = 10_000_000;

/**
 * The HTTP floor: a bare node:http server in this same process that answers `GET /floor?bytes=N` with N bytes of
 * JSON and does nothing else. What a request costs here is what any Node API pays on this machine for one loopback
 * round trip and that many bytes; the API's fixed overhead above it is the cost of its own stack.
 */
async function startFloorServer(): Promise<Server> {
  const bodies = new Map<number, Buffer>();
  const floor = http.createServer((req, res) => {
    const bytes = Math.min(
      MAX_FLOOR_BYTES,
      Math.max(2, Number(new URL(req.url ?? '/', 'http://x').searchParams.get('bytes')) || 2),
    );
    let body = bodies.get(bytes);
    if (!body) {
      body = Buffer.from(`"${'x'.repeat(bytes - 2)}"`);
      bodies.set(bytes, body);
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  floor.keepAliveTimeout = 65_000;
  floor.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    floor.once('listening', resolve);
    floor.once('error', reject);
  });
  return floor;
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

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeAllConnections();
    floor.closeAllConnections();
    floor.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', port, floorPort: (floor.address() as { port: number }).port });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.send?.({ type: 'error', error: message });
  process.stderr.write(`bench api-server: ${message}\n`);
  process.exit(1);
});
