// The API as the benchmark runs it: `createApp` in its own Node process on a loopback port, configured from the
// environment the bench passes (Neo4j URI and credentials, raised rate limits). The bench compiles it as the server
// is compiled for `npm start` (bench/env.ts). Reports its port over IPC and exits when the bench goes away.
import http, { type Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_NEIGHBOR_LIMIT } from '../model/api.js';
import { createDriver } from '../neo4j/connect.js';
import {
  CypherRequestSchema,
  NeighborsQuerySchema,
  NodeParamsSchema,
  SearchQuerySchema,
} from '../model/api.js';
import { createApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import type { AppContext } from '../server/context.js';
import { parseInput } from '../server/http/validate.js';
import { createLogger } from '../server/logger.js';
import { rawNeighbours, rawRead, rawSearch } from './raw-reads.js';

// The bench starts this process in the project's root; this file runs compiled from bench/out, so its own location
// does not say where the root is.
const ROOT = process.cwd();

/** Largest body the floor server sends. */
const MAX_FLOOR_BYTES = 10_000_000;

/** N bytes of JSON (a string of x), made once per size; the size from `?bytes=N` or the X-Floor-Bytes header. */
function createFloorBodies(): (req: { url?: string; headers: http.IncomingHttpHeaders }) => Buffer {
  const bodies = new Map<number, Buffer>();
  return (req) => {
    const asked =
      new URL(req.url ?? '/', 'http://x').searchParams.get('bytes') ?? String(req.headers['x-floor-bytes']);
    const bytes = Math.min(MAX_FLOOR_BYTES, Math.max(2, Number(asked) || 2));
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
 * services add. Beside it, in that app:
 * - `/query/…` routes run the benchmark's raw query (bench/raw-reads.ts, the Cypher the repositories run, in their
 *   transaction shape) on the API's own driver and shared bookmark manager, then answer the floor's bytes. A query
 *   route less the Express floor is what asking Neo4j costs from a process that is itself answering a request: the
 *   query, plus the third process's part of the machine's scheduling, which the bench's own raw baseline never pays.
 * - `/service/…` routes parse their input as the API's route does and await the very service object the API calls
 *   (same driver, bookmark manager and caches), then answer the floor's bytes. A service route less the query route
 *   is what the service itself adds (its session handling, validation, re-ranking, converting driver values), without
 *   the API's middleware or serialising its answer.
 */
function startExpressFloorServer(
  services: AppContext['services'],
  driver: Driver,
  database: string,
): Promise<Server> {
  const bodyFor = createFloorBodies();
  const app = express();
  const floor = (req: express.Request, res: express.Response) => {
    res.type('application/json; charset=utf-8').send(bodyFor(req));
  };
  // The API's reads share the driver's one bookmark manager (server/db/database.ts); so do these.
  const bookmarkManager = driver.executeQueryBookmarkManager;
  app.get('/floor', floor);
  app.get('/query/search', async (req, res) => {
    await rawRead(driver, database, (tx) => rawSearch(tx, String(req.query.q)), { bookmarkManager });
    floor(req, res);
  });
  app.get('/query/nodes/:id/neighbors', async (req, res) => {
    const id = req.params.id;
    await rawRead(driver, database, (tx) => rawNeighbours(tx, id, DEFAULT_NEIGHBOR_LIMIT), {
      bookmarkManager,
    });
    floor(req, res);
  });
  app.post('/query/cypher', express.json(), async (req, res) => {
    const body = req.body as { query: string; params: Record<string, unknown> };
    await rawRead(driver, database, (tx) => tx.run(body.query, body.params), {
      bookmarkManager,
      shape: 'transaction',
    });
    floor(req, res);
  });
  app.get('/service/search', async (req, res) => {
    await services.search.search(parseInput(SearchQuerySchema, req.query, 'query'));
    floor(req, res);
  });
  app.get('/service/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    await services.graph.neighbors(id, parseInput(NeighborsQuerySchema, req.query, 'query'));
    floor(req, res);
  });
  app.post('/service/cypher', express.json(), async (req, res) => {
    await services.cypher.run(parseInput(CypherRequestSchema, req.body, 'body'), undefined);
    floor(req, res);
  });
  return listen(http.createServer(app));
}

async function main(): Promise<void> {
  const config = readConfig();
  const uri = config.neo4j.uri;
  if (!uri || !config.neo4j.password) throw new Error('the bench must pass NEO4J_URI and NEO4J_PASSWORD');
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  const logger = createLogger(config.logLevel);
  const { app, context } = createApp({
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
  const expressFloor = await startExpressFloorServer(context.services, driver, config.neo4j.database);

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
