// Section 3b: the company dashboard's one request, GET /api/orgs/:id/talent, on the five largest organisations of
// the synthetic market (most relationships first), one client, warm — by year, and by quarter with a benchmark —
// and the dashboard's first render in Chromium on the largest (dashboard-render.ts).
import type { BenchContext, SectionOutput } from '../context.js';
import { evaluateGoal, goalDef, type GoalResult } from '../goals.js';
import { createHttpClient } from '../http.js';
import type { Cell } from '../results.js';
import { closedLoop } from '../runner.js';
import { roundSummary, summarize } from '../stats.js';
import { benchDashboardRender, DEFAULT_DASHBOARD_RUNS } from './dashboard-render.js';
import { SERIES_MAX_MS } from './latency.js';

export async function benchTalent(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const s = ctx.settings;
  const maxMs = s.mode === 'full' ? SERIES_MAX_MS.full : SERIES_MAX_MS.quick;
  const largest = ctx.graph.orgs.slice(0, 5).map((o) => o.id);
  if (largest.length === 0)
    return { method: [], tables: [], goals: [], data: {}, skipped: 'the graph has no organisations' };
  const series = [
    {
      key: 'year',
      goal: 'talent.p95',
      title: 'By year, counts (the dashboard’s first request)',
      query: () => '?detail=counts',
    },
    {
      key: 'quarter-compare',
      title: 'By quarter, counts, with the next largest as benchmark',
      query: (i: number) =>
        `?detail=counts&interval=quarter&compare=${encodeURIComponent(largest[(i + 1) % largest.length]!)}`,
    },
    {
      key: 'click',
      title: 'A click on the largest bar: its people, with their facts and quotes',
      query: (i: number) => clicks[i] ?? '',
    },
  ];
  const http = createHttpClient(ctx.api.baseUrl, { maxSockets: 1 });
  // What the dashboard asks when its largest bar is clicked (the stated departures of the year with the most):
  // the people behind it, with every quote — the heaviest click each organisation offers.
  const clicks: string[] = [];
  const rows: Cell[][] = [];
  const goals: GoalResult[] = [];
  const data: Record<string, unknown> = { orgs: largest, clicks };
  try {
    for (const org of largest) {
      const r = await http.get(`/api/orgs/${encodeURIComponent(org)}/talent?detail=counts`);
      const body = JSON.parse(r.body.toString('utf8')) as {
        periods?: { label: string; departures: { named: { stated: number } } }[];
      };
      const top = [...(body.periods ?? [])].sort(
        (a, b) => b.departures.named.stated - a.departures.named.stated,
      )[0];
      clicks.push(top ? `?kind=departure&certainty=stated&period=${top.label}` : '?kind=departure');
    }
    for (const ser of series) {
      const timed: { ms: number; org: string; bytes: number }[] = [];
      const task = (record: boolean) => async (i: number) => {
        const org = largest[i % largest.length]!;
        const r = await http.get(
          `/api/orgs/${encodeURIComponent(org)}/talent${ser.query(i % largest.length)}`,
        );
        if (r.status !== 200)
          throw new Error(`${org}: status ${r.status} ${r.body.toString('utf8').slice(0, 160)}`);
        if (record) timed.push({ ms: r.ms, org, bytes: r.body.length });
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
        const why = [...warm.errorSamples, ...run.errorSamples][0] ?? 'no request answered';
        if (ser.goal) goals.push(evaluateGoal(goalDef(ser.goal), null, `every request failed: ${why}`));
        rows.push([ser.title, 0, null, null, null, null, run.errors]);
        continue;
      }
      const sum = summarize(timed.map((t) => t.ms));
      const slowest = [...timed].sort((a, b) => b.ms - a.ms)[0]!;
      rows.push([ser.title, sum.n, sum.p50, sum.p95, sum.p99, sum.max, run.errors]);
      data[ser.key] = {
        summary: roundSummary(sum),
        errors: run.errors,
        errorSamples: run.errorSamples,
        meanBytes: Math.round(timed.reduce((a, t) => a + t.bytes, 0) / timed.length),
        slowest: { ms: Math.round(slowest.ms), org: slowest.org },
      };
      if (ser.goal)
        goals.push(
          evaluateGoal(
            goalDef(ser.goal),
            run.errors > 0 ? null : sum.p95,
            run.errors > 0
              ? `${run.errors} requests failed: ${run.errorSamples[0]}`
              : `slowest: ${slowest.org} (${Math.round(slowest.ms)} ms)`,
          ),
        );
      ctx.log(`talent: ${ser.key}: p50 ${sum.p50.toFixed(1)} ms, p95 ${sum.p95.toFixed(1)} ms (n=${sum.n})`);
    }
  } finally {
    http.close();
  }
  const render = await benchDashboardRender({
    baseUrl: ctx.api.baseUrl,
    org: largest[0]!,
    runs: DEFAULT_DASHBOARD_RUNS[s.mode === 'full' ? 'full' : 'quick'],
    log: ctx.log,
  });
  data.dashboardRender = render.skipped ? { skipped: render.skipped } : render.data;
  return {
    method: [
      `GET /api/orgs/:id/talent through the API process over loopback HTTP, one client, sequential, cycling over the five organisations with the most relationships (${largest.join(', ')}); ${s.warmup} warm-up requests then up to ${s.requests} measured ones per row (a row stops after ${maxMs / 1000} s). Times to the last byte of the body. The click row asks, for each organisation, for the stated departures of its year with the most (the dashboard's heaviest click): only those people, with their facts and quotes.`,
      render.method,
    ],
    tables: [
      {
        title: 'Talent analytics (ms)',
        headers: ['Request', 'n', 'p50', 'p95', 'p99', 'max', 'Errors'],
        rows,
      },
      {
        title: 'Dashboard first render in Chromium (ms, page time)',
        headers: ['What', 'n', 'median', 'min', 'max'],
        rows: render.skipped ? [[`Not measured: ${render.skipped}`, 0, null, null, null]] : render.rows,
      },
    ],
    goals,
    data,
  };
}
