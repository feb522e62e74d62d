// The API as the benchmark runs it: `createApp` in its own Node process on a loopback port, configured from the
// environment the bench passes (Neo4j URI and credentials, raised rate limits). The bench compiles it as the server
// is compiled for `npm start` (bench/env.ts). Reports its port over IPC and exits when the bench goes away.
import http, { type Server } from 'node:http';
import path from 'node:path';
import express from 'express';
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
 * services add. Beside it, the API's own services in that app: each `/service/…` route parses its input as the API's
 * route does and awaits the very service object the API calls (same driver, bookmark manager and caches), then
 * answers the floor's bytes instead of the service's answer. So a service route less the Express floor is what the
 * service itself takes, its round trip to Neo4j included, without the API's middleware or serialising its answer.
 */
function startExpressFloorServer(services: AppContext['services']): Promise<Server> {
  const bodyFor = createFloorBodies();
  const app = express();
  const floor = (req: express.Request, res: express.Response) => {
    res.type('application/json; charset=utf-8').send(bodyFor(req));
  };
  app.get('/floor', floor);
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
  const expressFloor = await startExpressFloorServer(context.services);

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
