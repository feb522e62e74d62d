// Builds the Express app (no listening here, so tests run it on port 0): security headers, limits, logs, API, client.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import cors from 'cors';
import express, { type Express } from 'express';
import { rateLimit, type Options as RateLimitOptions } from 'express-rate-limit';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';
import { createServices, type AppContext } from './context.js';
import type { DeriveFlows } from './services/derivation-service.js';
import { createDatabase } from './db/database.js';
import { AppError } from './errors.js';
import { createBookmarksHeader } from './http/bookmarks.js';
import { createServerTiming } from './http/server-timing.js';
import { createApiNotFound, createErrorMiddleware } from './http/error-middleware.js';
import { createHostCheck } from './http/host-check.js';
import { inlineScriptSources } from './http/inline-scripts.js';
import { createRequestLog } from './http/request-log.js';
import { createSecurityHeaders } from './http/security-headers.js';
import { createLogger } from './logger.js';
import { createApiRouter } from './routes/index.js';
import { createRateLimitStore } from './workers.js';

/** Where the API lives; everything else is the client. */
export const API_PATH = '/api';
export const DEFAULT_BODY_LIMIT = '1mb';
export const DEFAULT_CLIENT_DIR = path.resolve('dist/client');

export interface AppDeps {
  config: ServerConfig;
  driver: Driver;
  /** The Neo4j URI without credentials. */
  neo4jUri: string;
  logger?: Logger;
  /** Folder of the built client; omitted or missing: the API only. */
  clientDir?: string;
  /** Derives the talent flows from the facts again (the seed's), run after a write through POST /api/cypher. */
  deriveFlows?: DeriveFlows;
}

export function createApp(deps: AppDeps): { app: Express; context: AppContext } {
  const { config } = deps;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const db = createDatabase(deps.driver, config.neo4j.database, config.dbTimeoutMs);
  const context: AppContext = {
    config,
    db,
    logger,
    neo4jUri: deps.neo4jUri,
    services: createServices(config, db, deps.neo4jUri, { logger, deriveFlows: deps.deriveFlows }),
  };

  // The built page, read once: its inline boot script is allowed by hash in the CSP (http/inline-scripts.ts).
  const indexFile = deps.clientDir ? path.join(deps.clientDir, 'index.html') : null;
  const indexHtml = indexFile && fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : null;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  app.use(createRequestLog(logger));
  // After the request id, so the time it reports holds every other middleware's work too.
  app.use(createServerTiming({ under: API_PATH }));
  app.use(
    createSecurityHeaders({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...(indexHtml ? inlineScriptSources(indexHtml) : [])],
          // CodeMirror and sigma inject style elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          // ForceAtlas2's and our layout workers are created from blob URLs.
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(createHostCheck(config.allowedHosts));
  // Browsers send Origin on same-origin module scripts, stylesheets and POSTs too: those are always allowed;
  // other origins only when CORS_ORIGINS lists them.
  const corsCheck = cors<express.Request>((req, cb) => {
    const origin = req.headers.origin;
    const sameOrigin = origin !== undefined && origin === `${req.protocol}://${req.headers.host}`;
    if (!origin || sameOrigin || config.corsOrigins.includes(origin)) {
      return cb(null, { origin: sameOrigin || !origin ? false : origin, credentials: false });
    }
    cb(new AppError('FORBIDDEN', `Cross-origin requests from ${origin} are not allowed.`));
  });
  // A request without Origin gets no CORS header from cors either (origin: false): it skips cors's option merging.
  app.use((req, res, next) => (req.headers.origin === undefined ? next() : corsCheck(req, res, next)));
  // Every JSON answer is compressed, the Query API's typed JSON too (its media type is not in the compressible list).
  const compress = compression({
    filter: (req, res) =>
      compression.filter(req, res) ||
      /^application\/vnd\.neo4j\.query\b/.test(String(res.getHeader('Content-Type') ?? '')),
  });
  // A request without Accept-Encoding accepts no encoding (as compression reads it), so nothing would be compressed:
  // it skips compression's hooks on the answer (~20 µs of CPU a request; scripts, curl and API clients often send
  // none). Vary still tells caches that an answer depends on the header, added to what is there (CORS's Origin).
  app.use((req, res, next) => {
    if (req.headers['accept-encoding'] !== undefined) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  });
  app.use(
    express.json({
      limit: DEFAULT_BODY_LIMIT,
      strict: true,
      type: ['application/json', 'application/*+json'],
    }),
  );

  const limitHandler: RateLimitOptions['handler'] = (_req, res, _next, options) => {
    res.status(429).json({
      error: {
        code: 'RATE_LIMITED',
        message: `Too many requests; the limit is ${options.limit} a minute. Retry after the time in Retry-After.`,
      },
    });
  };
  // Everything under /api in one router: each path-mounted middleware of the app cost a request its own prefix match
  // and URL rewrite (about 30 µs of CPU a request for the six of them, Server-Timing's included; alternating requests
  // to two servers in one process).
  const api = express.Router();
  api.use(
    '/cypher',
    rateLimit({
      windowMs: 60_000,
      limit: config.cypherRatePerMinute,
      // Counted across every API worker of the cluster (WEB_CONCURRENCY), not per process.
      store: createRateLimitStore('cypher'),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: limitHandler,
    }),
  );
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: config.apiRatePerMinute,
      store: createRateLimitStore('api'),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: limitHandler,
    }),
  );

  api.use(createBookmarksHeader());
  createApiRouter(context, api);
  api.use(createApiNotFound());
  app.use(API_PATH, api);

  const clientDir = deps.clientDir;
  if (clientDir && indexHtml !== null) {
    // The build's own .br/.gz beside each asset (vite.config.ts) are sent as they are when the browser accepts them;
    // the compression middleware leaves an answer that already has an encoding alone, and compresses the rest.
    app.use(
      expressStaticGzip(clientDir, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { index: false, maxAge: '1h', setHeaders: noCacheHtml },
      }),
    );
    // Client routes fall back to index.html so deep links open the app: the copy read above, whose inline scripts
    // are the ones the CSP allows (a client rebuilt under a running server must not meet a stale policy).
    app.get(/^\/(?!api\/).*/, (req, res, next) => {
      if (req.method !== 'GET' || path.extname(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(indexHtml);
    });
  }
  app.use((req, _res, next) => next(new AppError('NOT_FOUND', `Nothing at ${req.method} ${req.path}.`)));
  app.use(createErrorMiddleware(logger));
  return { app, context };
}

function noCacheHtml(res: http.ServerResponse, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
