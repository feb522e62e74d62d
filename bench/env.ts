// The system under test: a throwaway embedded Neo4j (or NEO4J_URI when set, after an explicit consent to wipe it),
// the bench's own driver for raw baselines, and the API in a child process on a loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.js';
import { compileEntries } from '../scripts/build.mjs';
import { serverNodeFlags } from '../scripts/node-flags.mjs';
import { readBenchConfig } from './config.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** High enough that the rate limiter never answers 429 during a benchmark (it still runs, so its cost is measured). */
export const BENCH_RATE_PER_MINUTE = 1_000_000;
export const DEFAULT_API_START_TIMEOUT_MS = 60_000;
export const BENCH_QUERY_TIMEOUT_MS = 120_000;

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  embedded: EmbeddedNeo4j | undefined;
  heapMb: number | null;
  pageCacheMb: number | null;
  dataDir: string | null;
  stop(): Promise<void>;
}

/** Starts a throwaway embedded Neo4j in a temporary folder, or uses NEO4J_URI when `allowExternal` says it may be wiped. */
export async function startNeo4j(opts: {
  allowExternal: boolean;
  reuseGraph: boolean;
  log: (m: string) => void;
}): Promise<Neo4jTarget> {
  const config = readBenchConfig();
  const { database } = config.neo4j;
  const external = config.neo4j.uri;
  if (opts.reuseGraph && !external)
    throw new Error('--reuse-graph needs NEO4J_URI (and NEO4J_PASSWORD) of a Neo4j that holds the graph.');
  if (external) {
    if (!opts.allowExternal && !opts.reuseGraph) {
      throw new Error(
        `NEO4J_URI is set (${external.replace(/\/\/[^@/]*@/, '//')}): the benchmark deletes every node of that database. ` +
          'Pass --wipe-external-neo4j to confirm (or --reuse-graph to measure the graph there without writing), or unset NEO4J_URI to use a throwaway embedded Neo4j.',
      );
    }
    const password = config.neo4j.password ?? '';
    if (!password) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not.');
    return {
      uri: external,
      user: config.neo4j.user,
      password,
      database,
      embedded: undefined,
      heapMb: null,
      pageCacheMb: null,
      dataDir: null,
      stop: async () => {},
    };
  }
  const { heapMb, pageCacheMb } = config;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-bench-neo4j-'));
  const password = crypto.randomBytes(18).toString('base64url');
  opts.log(
    `Starting a throwaway embedded Neo4j (heap ${heapMb} MB, page cache ${pageCacheMb} MB) in ${dataDir}…`,
  );
  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbeddedNeo4j({ dataDir, port: 0, password, heapMb, pageCacheMb, log: opts.log });
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    uri: embedded.uri,
    user: embedded.user,
    password,
    database,
    embedded,
    heapMb,
    pageCacheMb,
    dataDir,
    stop: async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function benchDriver(t: Neo4jTarget, maxPoolSize = 100): Driver {
  // Generous acquisition timeout: under 50-connection load the pool may queue, which we want to see as latency, not errors.
  return createDriver(t.uri, t.user, t.password, {
    maxPoolSize,
    acquisitionTimeoutMs: 30_000,
    connectionTimeoutMs: 10_000,
  });
}

export interface ApiProcess {
  baseUrl: string;
  port: number;
  /** The bare node:http server in the API's process (`GET /floor?bytes=N`): the HTTP floor of section 2. */
  floorUrl: string;
  /** A bare Express app in the same process, same route and answer: the Express floor of section 2. */
  expressFloorUrl: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Where the compiled API entry goes (bench/out is git-ignored). */
export const COMPILED_API_DIR = path.join(ROOT, 'bench', 'out', 'api-server');

/**
 * Compiles bench/api-server.ts as `npm start` compiles the server (scripts/build.mjs), so the benchmark measures the
 * code production runs, not TypeScript through tsx: tsx turns source maps on, which make every stack the driver
 * captures (one per query) cost more.
 */
async function compileApiServer(): Promise<string> {
  await compileEntries({ 'api-server': path.join('bench', 'api-server.ts') }, COMPILED_API_DIR);
  return path.join(COMPILED_API_DIR, 'api-server.js');
}

/**
 * Starts the API (`createApp`, compiled as production runs it) in a child Node process, so the load generator and
 * the raw-driver baseline do not share its event loop and its memory can be read on its own. Rate limits are raised
 * for the benchmark.
 */
export async function startApi(
  t: Neo4jTarget,
  opts: { logDir: string; extraEnv?: Record<string, string> },
): Promise<ApiProcess> {
  fs.mkdirSync(opts.logDir, { recursive: true });
  const logFile = path.join(opts.logDir, `api-server-${process.pid}.log`);
  const logFd = fs.openSync(logFile, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: t.uri,
    NEO4J_USER: t.user,
    NEO4J_PASSWORD: t.password,
    NEO4J_DATABASE: t.database,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_ON_EMPTY: 'false',
    API_RATE_PER_MINUTE: String(BENCH_RATE_PER_MINUTE),
    CYPHER_RATE_PER_MINUTE: String(BENCH_RATE_PER_MINUTE),
    // The client section loads scenes of 10k–50k nodes through /api/cypher; the default 10 s would cut them off on a busy machine.
    QUERY_TIMEOUT_MS: String(BENCH_QUERY_TIMEOUT_MS),
    NODE_ENV: 'production',
    ...opts.extraEnv,
  };
  // The API runs with the Node flags `npm start` gives the server (package.json). BENCH_API_NODE_ARGS adds more,
  // e.g. `--cpu-prof --cpu-prof-dir=bench/out/prof` to see where its time goes under the benchmark's load.
  const nodeArgs = [...serverNodeFlags(), ...readBenchConfig().apiNodeArgs];
  const entry = await compileApiServer();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: ROOT,
    env,
    stdio: ['ignore', logFd, logFd, 'ipc'],
  });
  fs.closeSync(logFd);
  type Ready = { port: number; floorPort: number; expressFloorPort: number };
  const { port, floorPort, expressFloorPort } = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`The API did not start within ${DEFAULT_API_START_TIMEOUT_MS / 1000} s; see ${logFile}.`),
      );
    }, DEFAULT_API_START_TIMEOUT_MS);
    child.on('message', (m: Partial<Ready> & { type?: string; error?: string }) => {
      if (
        m?.type === 'ready' &&
        typeof m.port === 'number' &&
        typeof m.floorPort === 'number' &&
        typeof m.expressFloorPort === 'number'
      ) {
        clearTimeout(timer);
        resolve({ port: m.port, floorPort: m.floorPort, expressFloorPort: m.expressFloorPort });
      } else if (m?.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`The API failed to start: ${m.error}; see ${logFile}.`));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The API exited before it was ready (${code ?? signal}); see ${logFile}.`));
    });
  });
  child.removeAllListeners('exit');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    }));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    floorUrl: `http://127.0.0.1:${floorPort}`,
    expressFloorUrl: `http://127.0.0.1:${expressFloorPort}`,
    pid: child.pid!,
    child,
    logFile,
    stop,
  };
}
