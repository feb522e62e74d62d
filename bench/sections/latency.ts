// Section 3: what a user waits for on the large graph, through the API, one client, warm: expanding a node (1 and
// 2 hops), a shortest path, search as you type, and the talent flows of a large company.
import type { BenchContext, SectionOutput } from '../context.js';
import { evaluateGoal, goalDef, type GoalResult } from '../goals.js';
import { createHttpClient, type HttpClient, type HttpResult } from '../http.js';
import { TWO_HOP_NEIGHBOURHOOD } from '../queries.js';
import { createRng } from '../random.js';
import type { Cell } from '../results.js';
import { closedLoop } from '../runner.js';
import { roundSummary, summarize, type Summary } from '../stats.js';
import { searchPrefixes } from '../workload.js';

export const SERIES_MAX_MS = { quick: 25_000, full: 60_000 } as const;

interface Series {
  key: string;
  goal?: string;
  title: string;
  request: string;
  /** The i-th question: a label for the slow-question list and the call. */
  question: (i: number) => { label: string; call: (http: HttpClient) => Promise<HttpResult> };
}

function series(ctx: BenchContext): Series[] {
  const g = ctx.graph!;
  const rng = createRng(ctx.settings.randomSeed + 5);
  const n = 1000;
  const people = Array.from({ length: n }, () => rng.pick(g.people).id);
  const orgs = Array.from({ length: n }, () => rng.pick(g.orgs).id);
  const largest = g.orgs.slice(0, 5).map((o) => o.id);
  const mixed = people.map((p, i) => (i % 10 < 7 ? p : orgs[i]!));
  const pairs = Array.from({ length: n }, () => [rng.pick(g.people).id, rng.pick(g.people).id] as const);
  const terms = searchPrefixes(
    g.people.map((p) => p.name),
    n,
    ctx.settings.randomSeed + 6,
  );
  const flowOrgs = g.flowOrgs.slice(0, 5);
  const neighbours = (id: string) => ({
    label: id,
    call: (h: HttpClient) => h.get(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=100`),
  });
  return [
    {
      key: 'neighbors-1',
      goal: 'latency.neighbors-1',
      title: 'Neighbours, 1 hop, limit 100 (70% people, 30% organisations)',
      request: 'GET /api/nodes/:id/neighbors?limit=100',
      question: (i) => neighbours(mixed[i % n]!),
    },
    {
      key: 'neighbors-1-people',
      title: '… people only',
      request: 'same',
      question: (i) => neighbours(people[i % n]!),
    },
    {
      key: 'neighbors-1-orgs',
      title: '… organisations only (uniform over all)',
      request: 'same',
      question: (i) => neighbours(orgs[i % n]!),
    },
    {
      key: 'neighbors-1-largest',
      title: '… the 5 most connected organisations',
      request: 'same',
      question: (i) => neighbours(largest[i % largest.length]!),
    },
    {
      key: 'neighbors-2',
      goal: 'latency.neighbors-2',
      title: 'Neighbours, 2 hops (≤100 first-hop, ≤10 second-hop each)',
      request: 'POST /api/cypher',
      question: (i) => ({
        label: people[i % n]!,
        call: (h) => h.post('/api/cypher', { query: TWO_HOP_NEIGHBOURHOOD, params: { id: people[i % n]! } }),
      }),
    },
    {
      key: 'path',
      goal: 'latency.path',
      title: 'Shortest path between two random people (≤6 hops)',
      request: 'GET /api/paths?from=&to=&maxLength=6',
      question: (i) => {
        const [a, b] = pairs[i % n]!;
        return {
          label: `${a} → ${b}`,
          call: (h) =>
            h.get(`/api/paths?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}&maxLength=6`),
        };
      },
    },
    {
      key: 'search',
      goal: 'latency.search',
      title: 'Search as you type (names typed from 2 letters on)',
      request: 'GET /api/search?q=',
      question: (i) => ({
        label: terms[i % n]!,
        call: (h) => h.get(`/api/search?q=${encodeURIComponent(terms[i % n]!)}`),
      }),
    },
    {
      key: 'flows',
      goal: 'latency.flows',
      title: `Talent flows of a large company (the ${flowOrgs.length} with the most flows)`,
      request: 'GET /api/flows?org=',
      question: (i) => {
        const org = flowOrgs[i % flowOrgs.length]!;
        return { label: org, call: (h) => h.get(`/api/flows?org=${encodeURIComponent(org)}`) };
      },
    },
    // No goal of their own, but every click or page load waits for them.
    {
      key: 'node',
      title: 'Node details on click (person, every fact and its evidence)',
      request: 'GET /api/nodes/:id',
      question: (i) => ({
        label: people[i % n]!,
        call: (h) => h.get(`/api/nodes/${encodeURIComponent(people[i % n]!)}`),
      }),
    },
    {
      key: 'career',
      title: 'Career of a person',
      request: 'GET /api/people/:id/career',
      question: (i) => ({
        label: people[i % n]!,
        call: (h) => h.get(`/api/people/${encodeURIComponent(people[i % n]!)}/career`),
      }),
    },
    {
      key: 'schema',
      title: 'Schema (every page load)',
      request: 'GET /api/schema',
      question: () => ({ label: 'schema', call: (h) => h.get('/api/schema') }),
    },
    {
      key: 'timeline',
      // Asked once, on the time controls' first use (or by a link that uses time), not by the first picture.
      title: "Timeline (the time controls' first use)",
      request: 'GET /api/timeline',
      question: () => ({ label: 'timeline', call: (h) => h.get('/api/timeline') }),
    },
  ];
}

export async function benchLatency(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const s = ctx.settings;
  const maxMs = s.mode === 'full' ? SERIES_MAX_MS.full : SERIES_MAX_MS.quick;
  const http = createHttpClient(ctx.api.baseUrl, { maxSockets: 1 });
  const rows: Cell[][] = [];
  const goals: GoalResult[] = [];
  const data: Record<string, unknown> = {};
  try {
    for (const ser of series(ctx)) {
      if (ser.key === 'flows' && ctx.graph.flowOrgs.length === 0) {
        if (ser.goal)
          goals.push(evaluateGoal(goalDef(ser.goal), null, 'the graph has no TALENT_FLOW relationships'));
        continue;
      }
      const timed: { ms: number; label: string; bytes: number }[] = [];
      let lastStatus = 0;
      const task = (record: boolean) => async (i: number) => {
        const q = ser.question(i);
        const r = await q.call(http);
        lastStatus = r.status;
        if (r.status !== 200)
          throw new Error(`${q.label}: status ${r.status} ${r.body.toString('utf8').slice(0, 160)}`);
        if (record) timed.push({ ms: r.ms, label: q.label, bytes: r.body.length });
        return true;
      };
      const warm = await closedLoop({
        concurrency: 1,
        maxRequests: s.warmup,
        maxMs: maxMs / 2,
        task: task(false),
      });
      const run = await closedLoop({
        concurrency: 1,
        maxRequests: s.requests,
        maxMs,
        task: (i) => task(true)(s.warmup + i),
      });
      if (timed.length === 0) {
        const why = [...warm.errorSamples, ...run.errorSamples][0] ?? `status ${lastStatus}`;
        if (ser.goal) goals.push(evaluateGoal(goalDef(ser.goal), null, `every request failed: ${why}`));
        rows.push([ser.title, ser.request, 0, null, null, null, null, run.errors]);
        continue;
      }
      const sum: Summary = summarize(timed.map((t) => t.ms));
      const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3);
      rows.push([ser.title, ser.request, sum.n, sum.p50, sum.p95, sum.p99, sum.max, run.errors]);
      data[ser.key] = {
        summary: roundSummary(sum),
        errors: run.errors,
        errorSamples: run.errorSamples,
        stoppedByTime: run.requests < s.requests,
        meanBytes: Math.round(timed.reduce((a, t) => a + t.bytes, 0) / timed.length),
        slowest: slowest.map((t) => ({ ms: Math.round(t.ms), question: t.label })),
      };
      if (ser.goal) {
        const note = [
          run.errors ? `${run.errors} errors` : '',
          run.requests < s.requests ? `stopped at ${maxMs / 1000} s after ${sum.n} requests` : '',
          `slowest: ${slowest[0]!.label} (${Math.round(slowest[0]!.ms)} ms)`,
        ]
          .filter(Boolean)
          .join('; ');
        goals.push(
          evaluateGoal(
            goalDef(ser.goal),
            run.errors > 0 ? null : sum.p95,
            run.errors > 0 ? `${run.errors} requests failed: ${run.errorSamples[0]}` : note,
          ),
        );
      }
      ctx.log(`latency: ${ser.key}: p50 ${sum.p50.toFixed(1)} ms, p95 ${sum.p95.toFixed(1)} ms (n=${sum.n})`);
    }
  } finally {
    http.close();
  }
  return {
    method: [
      `Through the API process over loopback HTTP, one client, sequential; ${s.warmup} warm-up requests then up to ${s.requests} measured ones per row (a row stops after ${maxMs / 1000} s), each a different question from a seeded PRNG.`,
      `Graph: ${ctx.graph.nodes.toLocaleString('en-US')} nodes, ${ctx.graph.relationships.toLocaleString('en-US')} relationships. Times to the last byte of the body; no compression.`,
      'The API has no 2-hop endpoint: 2 hops are measured as the Cypher a client runs for it (bench/queries.ts TWO_HOP_NEIGHBOURHOOD) through POST /api/cypher.',
    ],
    tables: [
      {
        title: 'Latency (ms)',
        headers: ['Question', 'Request', 'n', 'p50', 'p95', 'p99', 'max', 'Errors'],
        rows,
      },
    ],
    goals,
    data,
  };
}
