// Section 4b: requests per second with 1 and with 2 API workers (WEB_CONCURRENCY), side by side — the real server
// entry (server/main.ts, the cluster primary when WEB_CONCURRENCY > 1) against the benchmark's Neo4j, autocannon
// at the load section's connection count on the same search workload, each worker count measured the same way.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext, SectionOutput } from '../context.js';
import { BENCH_QUERY_TIMEOUT_MS, BENCH_RATE_PER_MINUTE, ROOT } from '../env.js';
import type { Cell } from '../results.js';
import { searchPrefixes } from '../workload.js';
import { LOAD_TIMEOUT_SECONDS, LOAD_WARMUP_SECONDS, runAutocannon } from './load.js';
import { serverNodeFlags } from '../../scripts/node-flags.mjs';

export const WORKER_COUNTS = [1, 2];
/** A ceiling for the server's start (JIT, warm-up of the first screen's queries on the large graph), not a budget. */
export const DEFAULT_SERVER_START_CEILING_MS = 300_000;

interface Server {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts `server/main.ts` with WEB_CONCURRENCY=workers on a free port and waits for its "ready" line. */
async function startServer(ctx: BenchContext, workers: number): Promise<Server> {
  const logFile = path.join(ctx.outDir, `workers-${workers}-${process.pid}.log`);
  const out = fs.createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(), '--import', 'tsx', path.join(ROOT, 'server', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: ctx.neo4j.uri,
        NEO4J_USER: ctx.neo4j.user,
        NEO4J_PASSWORD: ctx.neo4j.password,
        NEO4J_DATABASE: ctx.neo4j.database,
        HOST: '127.0.0.1',
        PORT: '0',
        WEB_CONCURRENCY: String(workers),
        LOG_LEVEL: 'info',
        SEED_ON_EMPTY: 'false',
        API_RATE_PER_MINUTE: String(BENCH_RATE_PER_MINUTE),
        CYPHER_RATE_PER_MINUTE: String(BENCH_RATE_PER_MINUTE),
        QUERY_TIMEOUT_MS: String(BENCH_QUERY_TIMEOUT_MS),
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server with ${workers} worker(s) did not start; see ${logFile}`));
    }, DEFAULT_SERVER_START_CEILING_MS);
    const onData = (b: Buffer) => {
      out.write(b);
      text += b.toString('utf8');
      const m = /Talent Graph is ready at http:\/\/[^:]+:(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server with ${workers} worker(s) exited (${code ?? signal}); see ${logFile}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(kill);
          out.end();
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export async function benchWorkers(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.graph) throw new Error('the large graph is needed');
  const s = ctx.settings;
  const connections = s.loadConnections;
  const seconds = Math.max(s.loadSeconds, 5);
  const paths = searchPrefixes(
    ctx.graph.people.map((p) => p.name),
    5_000,
    s.randomSeed + 8,
  ).map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  const rows: Cell[][] = [];
  const data: Record<string, unknown> = {};
  for (const workers of WORKER_COUNTS) {
    ctx.log(`workers: starting the server with WEB_CONCURRENCY=${workers}…`);
    const server = await startServer(ctx, workers);
    try {
      await runAutocannon(server.baseUrl, paths, connections, LOAD_WARMUP_SECONDS);
      const r = await runAutocannon(server.baseUrl, paths, connections, seconds);
      rows.push([
        workers,
        connections,
        r.duration,
        r.requests.average,
        r['2xx'],
        r.latency.p50,
        r.latency.p99,
        r.errors + r.timeouts + r.non2xx,
      ]);
      data[`workers${workers}`] = {
        workers,
        connections,
        requestsPerSecond: r.requests.average,
        total2xx: r['2xx'],
        latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        durationS: r.duration,
      };
      ctx.log(
        `workers: ${workers}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
      );
    } finally {
      await server.stop();
    }
  }
  const [one, two] = WORKER_COUNTS.map(
    (w) => (data[`workers${w}`] as { requestsPerSecond: number } | undefined)?.requestsPerSecond,
  );
  return {
    method: [
      `The real server entry (server/main.ts) started with WEB_CONCURRENCY=1, then 2, against the benchmark's Neo4j; autocannon ${connections} connections for ${seconds} s on search as you type (5,000 rotating prefixes) after a ${LOAD_WARMUP_SECONDS} s warm-up, request timeout ${LOAD_TIMEOUT_SECONDS} s.`,
      'Both worker counts share the machine with Neo4j and autocannon: on 2 cores a second worker competes with them for CPU, so the gain is bounded by the cores left over.',
    ],
    tables: [
      {
        title: 'API workers side by side',
        headers: ['Workers', 'Connections', 'Seconds', 'req/s', '2xx', 'p50 ms', 'p99 ms', 'Errors'],
        rows,
      },
    ],
    notes:
      one && two ? [`2 workers serve ${(two / one).toFixed(2)}× the requests per second of 1 worker.`] : [],
    goals: [],
    data,
  };
}
