// Section 4: search and neighbours under load — autocannon, 50 connections, a fixed duration — with every request a
// different question, so the database's caches see a realistic spread rather than one hot key.
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { BenchContext, SectionOutput } from '../context.js';
import { cpuMsOf } from '../cpu-meter.js';
import { evaluateGoal, goalDef, type GoalResult } from '../goals.js';
import { createRng } from '../random.js';
import { RAW_SEARCH_ROWS, rawNeighbours, rawRead, rawSearch } from '../raw-reads.js';
import type { Cell } from '../results.js';
import { closedLoop } from '../runner.js';
import { summarize } from '../stats.js';
import { searchPrefixes } from '../workload.js';

export const LOAD_WARMUP_SECONDS = 3;
export const LOAD_TIMEOUT_SECONDS = 10;

/**
 * CPU time (ms) each process spent per 2xx answer while `measure` ran: the API's, Neo4j's (embedded) and the bench
 * process's own (autocannon). On 2 shared cores the latency of a closed loop follows the CPU a request costs, and
 * these move far less from run to run than the latencies do; null where a process cannot be read.
 */
async function cpuPerRequest<T extends { '2xx': number }>(
  ctx: BenchContext,
  apiPid: number,
  measure: () => Promise<T>,
): Promise<{ result: T; cpuMsPerRequest: { api: number | null; neo4j: number | null; bench: number } }> {
  const neo4jPid = ctx.neo4j.embedded?.pid;
  const read = () => ({
    api: cpuMsOf(apiPid),
    neo4j: neo4jPid === undefined ? null : cpuMsOf(neo4jPid),
    bench: process.cpuUsage(),
  });
  const before = read();
  const result = await measure();
  const after = read();
  const n = Math.max(1, result['2xx']);
  const per = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / n);
  const benchUs = process.cpuUsage(before.bench);
  return {
    result,
    cpuMsPerRequest: {
      api: per(before.api, after.api),
      neo4j: per(before.neo4j, after.neo4j),
      bench: (benchUs.user + benchUs.system) / 1000 / n,
    },
  };
}

const ms2 = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));

interface LoadRun {
  key: 'search' | 'neighbors';
  title: string;
  paths: string[];
  /** The same question `i` straight to Neo4j through the driver, as the API's repository runs it. */
  raw: (driver: Driver, i: number) => Promise<void>;
}

/**
 * The database's own limit under the same load: the same questions from `connections` concurrent driver sessions in
 * the bench process, no HTTP and no API, for `ms`. Latencies to the last record.
 */
async function rawUnderLoad(ctx: BenchContext, run: LoadRun, connections: number, ms: number) {
  const r = await closedLoop({
    concurrency: connections,
    maxRequests: Number.MAX_SAFE_INTEGER,
    maxMs: ms,
    task: (i) => run.raw(ctx.driver, i),
  });
  const done = r.latencies.length;
  return {
    requestsPerSecond: Math.round((done / r.elapsedMs) * 1000),
    done,
    errors: r.errors,
    latency: done > 0 ? summarize(r.latencies) : undefined,
    durationS: Math.round(r.elapsedMs / 100) / 10,
  };
}

/** GET load on `url`, cycling through `paths`, for `seconds` with `connections` (shared by the load and workers sections). */
export function runAutocannon(
  url: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  let i = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: LOAD_TIMEOUT_SECONDS,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    // Belt and braces: stop even if autocannon's own timer misbehaves.
    setTimeout(() => instance.stop(), (seconds + LOAD_TIMEOUT_SECONDS + 5) * 1000).unref();
  });
}

export async function benchLoad(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const s = ctx.settings;
  const g = ctx.graph;
  const api = ctx.api;
  const rng = createRng(s.randomSeed + 7);
  const database = ctx.neo4j.database;
  const prefixes = searchPrefixes(
    g.people.map((p) => p.name),
    5_000,
    s.randomSeed + 8,
  );
  const neighbourIds = Array.from({ length: 5_000 }, (_, i) =>
    i % 10 < 7 ? rng.pick(g.people).id : rng.pick(g.orgs).id,
  );
  const runs: LoadRun[] = [
    {
      key: 'search',
      title: 'Search as you type',
      paths: prefixes.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
      raw: async (driver, i) => {
        await rawRead(driver, database, (tx) => rawSearch(tx, prefixes[i % prefixes.length]!));
      },
    },
    {
      key: 'neighbors',
      title: 'Neighbours (70% people, 30% organisations), limit 100',
      paths: neighbourIds.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors?limit=100`),
      raw: async (driver, i) => {
        await rawRead(driver, database, (tx) =>
          rawNeighbours(tx, neighbourIds[i % neighbourIds.length]!, 100),
        );
      },
    },
  ];
  const rows: Cell[][] = [];
  const goals: GoalResult[] = [];
  const data: Record<string, unknown> = {};
  for (const run of runs) {
    ctx.log(
      `load: ${run.key}: warm-up ${LOAD_WARMUP_SECONDS} s, then ${s.loadConnections} connections for ${s.loadSeconds} s…`,
    );
    // Both sides warm (the API's process and the database's plans and JIT) before either is measured, so the side
    // measured first does not pay for the warming of both.
    await runAutocannon(api.baseUrl, run.paths, s.loadConnections, LOAD_WARMUP_SECONDS);
    await rawUnderLoad(ctx, run, s.loadConnections, LOAD_WARMUP_SECONDS * 1000);
    const { result: r, cpuMsPerRequest: cpu } = await cpuPerRequest(ctx, api.pid, () =>
      runAutocannon(api.baseUrl, run.paths, s.loadConnections, s.loadSeconds),
    );
    const errors = r.errors + r.non2xx;
    const raw = await rawUnderLoad(ctx, run, s.loadConnections, s.loadSeconds * 1000);
    const rawNote = raw.latency
      ? `; raw driver, no API: p99 ${Math.round(raw.latency.p99)} ms at ${raw.requestsPerSecond} req/s`
      : '';
    rows.push([
      run.title,
      s.loadConnections,
      r.duration,
      r.requests.average,
      r['2xx'],
      r.latency.p50,
      r.latency.p99,
      r.latency.max,
      r.errors,
      r.timeouts,
      r.non2xx,
    ]);
    data[run.key] = {
      requestsPerSecond: r.requests.average,
      total2xx: r['2xx'],
      latency: {
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        max: r.latency.max,
        mean: r.latency.mean,
      },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      statusCodes: r.statusCodeStats,
      durationS: r.duration,
      cpuMsPerRequest: cpu,
      raw,
    };
    goals.push(
      evaluateGoal(
        goalDef(`load.${run.key}.errors`),
        errors,
        r.non2xx ? `status codes: ${JSON.stringify(r.statusCodeStats)}` : '',
      ),
    );
    goals.push(
      evaluateGoal(
        goalDef(`load.${run.key}.p99`),
        r.latency.p99,
        `${Math.round(r.requests.average)} req/s (CPU a request: API ${ms2(cpu.api)} ms, Neo4j ${ms2(cpu.neo4j)}, load generator ${ms2(cpu.bench)})${rawNote}`,
      ),
    );
    ctx.log(
      `load: ${run.key}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${errors}; CPU ms a request: API ${ms2(cpu.api)}, Neo4j ${ms2(cpu.neo4j)}, load generator ${ms2(cpu.bench)}`,
    );
    rows.push([
      `${run.title} — raw driver, no API`,
      s.loadConnections,
      raw.durationS,
      raw.requestsPerSecond,
      raw.done,
      raw.latency ? Math.round(raw.latency.p50) : null,
      raw.latency ? Math.round(raw.latency.p99) : null,
      raw.latency ? Math.round(raw.latency.max) : null,
      raw.errors,
      null,
      null,
    ]);
    ctx.log(
      `load: ${run.key} raw: ${raw.requestsPerSecond} req/s, p50 ${raw.latency?.p50.toFixed(0)} ms, p99 ${raw.latency?.p99.toFixed(0)} ms, errors ${raw.errors}`,
    );
  }
  return {
    method: [
      `autocannon ${s.loadConnections} connections for ${s.loadSeconds} s per endpoint (after a ${LOAD_WARMUP_SECONDS} s warm-up), request timeout ${LOAD_TIMEOUT_SECONDS} s, each request a different question (5,000 rotating paths).`,
      'autocannon runs in the bench process, the API in its own process and Neo4j in its JVM — all on the same 2 cores, so the load generator takes CPU from the system under test.',
      'Rate limits raised for the benchmark: API_RATE_PER_MINUTE and CYPHER_RATE_PER_MINUTE = 1,000,000 (the limiter still runs and its cost is measured).',
      `Raw driver, no API: right after each endpoint, the same questions straight to Neo4j from ${s.loadConnections} concurrent driver sessions in the bench process (closed loop, the same seconds; both sides warmed for ${LOAD_WARMUP_SECONDS} s before either is measured; search: SEARCH_ENTITIES with the ${RAW_SEARCH_ROWS} rows the service asks for; neighbours: the repository's one query, which finds the node too), latency to the last record — what the database and this machine allow under that load, the floor below the API's figures.`,
      "CPU a request (in the goals' notes): the CPU time each process spent during the API's measured seconds — the API's and Neo4j's from /proc, the bench process's own (autocannon) from process.cpuUsage — divided by the 2xx answers.",
    ],
    tables: [
      {
        title: 'Load',
        headers: [
          'Endpoint',
          'Connections',
          'Seconds',
          'req/s',
          '2xx',
          'p50 ms',
          'p99 ms',
          'max ms',
          'Errors',
          'Timeouts',
          'Non-2xx',
        ],
        rows,
      },
    ],
    goals,
    data,
  };
}
