// Opens the one Neo4j driver of a process: to NEO4J_URI when set, else to the embedded engine it starts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { DEFAULT_STARTUP_WAIT_MS, redactUri } from './config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { installLargeMessageDecoding } from './large-messages.js';
import { installBoltNoDelay } from './no-delay.js';
import { installOwnMapKeys } from './own-map-keys.js';
import { superviseEmbedded, type SupervisedNeo4j } from './supervise.js';
import type { Log } from './build.js';

export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
export const DEFAULT_ACQUISITION_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_POOL_SIZE = 100;

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  /** The URI without credentials. */
  uri: string;
  /** The embedded engine running now, when this process started one. */
  readonly embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver and stops the embedded engine if this process started it. */
  close(): Promise<void>;
}

export interface DriverOptions {
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
}

/**
 * Creates a driver with bounded timeouts, so a dead or hanging database fails fast instead of hanging requests, that
 * decodes a large answer in linear time (large-messages.ts), sends a long query without waiting on Nagle's algorithm
 * (no-delay.ts) and keeps a map key or property named `__proto__` (own-map-keys.ts).
 */
export function createDriver(uri: string, user: string, password: string, opts: DriverOptions = {}): Driver {
  installLargeMessageDecoding();
  installBoltNoDelay();
  installOwnMapKeys();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: opts.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: opts.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS,
    maxConnectionPoolSize: opts.maxPoolSize ?? DEFAULT_MAX_POOL_SIZE,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'talent-graph/0.1',
  });
}

/** The embedded engine's password: NEO4J_PASSWORD, else one generated on first run and kept (0600) in the data folder. */
export function embeddedPassword(config: Neo4jConfig): string {
  if (config.password) return config.password;
  const file = path.join(config.dataDir, '.password');
  try {
    const saved = fs.readFileSync(file, 'utf8').trim();
    if (saved.length >= 8) return saved;
  } catch {
    // first run
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const generated = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000];
const PROGRESS_LOG_EVERY_MS = 10_000;

/** Errors that mean "not reachable yet" (refused, reset, starting up) — worth retrying, unlike a wrong password. */
function isNotReachableYet(err: unknown): boolean {
  const e = (err ?? {}) as { code?: string; message?: string };
  const code = e.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.'))
    return true;
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection was closed|Failed to connect/i.test(
    e.message ?? '',
  );
}

/**
 * Waits until Neo4j answers, retrying a server that is not reachable yet for up to `waitMs` with clear log
 * lines, so `npm start` copes with a database that comes up after the app (docker compose, a slow host).
 */
export async function waitForNeo4j(
  driver: Driver,
  database: string,
  uri: string,
  waitMs: number,
  log: Log = () => {},
): Promise<void> {
  const started = Date.now();
  let lastLog = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database });
      if (attempt > 0)
        log(`Neo4j at ${uri} is reachable now (after ${((Date.now() - started) / 1000).toFixed(1)} s).`);
      return;
    } catch (err) {
      const elapsed = Date.now() - started;
      const reason = ((err as Error)?.message ?? String(err)).split('\n')[0];
      if (!isNotReachableYet(err)) throw err;
      if (elapsed >= waitMs) {
        throw new Error(
          `Neo4j at ${uri} did not become reachable within ${Math.round(waitMs / 1000)} s (last error: ${reason}). ` +
            'Check that it is running and that NEO4J_URI is right; NEO4J_STARTUP_WAIT_MS sets how long to wait.',
          { cause: err },
        );
      }
      if (attempt === 0) {
        log(
          `Neo4j at ${uri} is not reachable yet (${reason}); retrying for up to ${Math.round(waitMs / 1000)} s…`,
        );
        lastLog = elapsed;
      } else if (elapsed - lastLog >= PROGRESS_LOG_EVERY_MS) {
        log(`Still waiting for Neo4j at ${uri} (${Math.round(elapsed / 1000)} s so far)…`);
        lastLog = elapsed;
      }
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(delay, waitMs - elapsed))));
    }
  }
}

export interface OpenOptions {
  /** Restart the embedded engine whenever it dies (the long-running server wants this; a seed run does not). */
  supervise?: boolean;
}

export async function openNeo4j(
  config: Neo4jConfig,
  log: Log = () => {},
  driverOpts: DriverOptions = {},
  openOpts: OpenOptions = {},
): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let supervisor: SupervisedNeo4j | undefined;
  let uri: string;
  let password: string;
  if (config.uri) {
    uri = config.uri;
    if (!config.password) {
      log('NEO4J_PASSWORD is not set; trying the default password.');
    }
    password = config.password ?? 'neo4j';
  } else {
    password = embeddedPassword(config);
    log(`Starting the embedded Neo4j (data in ${config.dataDir})…`);
    const start = (port: number) =>
      startEmbeddedNeo4j({
        dataDir: config.dataDir,
        port,
        user: config.user,
        password,
        heapMb: config.heapMb,
        pageCacheMb: config.pageCacheMb,
        log,
      });
    embedded = await start(config.embeddedPort);
    uri = embedded.uri;
    if (openOpts.supervise) supervisor = superviseEmbedded(embedded, start, { log });
  }
  const driver = createDriver(uri, config.user, password, driverOpts);
  const decoding = installLargeMessageDecoding();
  if (!decoding.installed) {
    log(`Large answers from Neo4j will decode slowly: ${decoding.reason} (neo4j/large-messages.ts).`);
  }
  try {
    await waitForNeo4j(
      driver,
      config.database,
      redactUri(uri),
      config.startupWaitMs ?? DEFAULT_STARTUP_WAIT_MS,
      log,
    );
  } catch (err) {
    await driver.close();
    await (supervisor ?? embedded)?.stop();
    throw err;
  }
  return {
    driver,
    database: config.database,
    uri: redactUri(uri),
    get embedded() {
      return supervisor?.current ?? embedded;
    },
    async close() {
      await driver.close();
      await (supervisor ?? embedded)?.stop();
    },
  };
}
