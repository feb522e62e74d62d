// The goals of issue 6 (and the soak of issue 7) as data, and their evaluation: every goal ends up met, missed or
// not measured — never silently absent — and carries the reason a reader needs.

export const SECTION_IDS = [
  'start',
  'seed',
  'api',
  'latency',
  'talent',
  'load',
  'workers',
  'client',
  'payload',
  'soak',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Record<SectionId, string> = {
  start: '0. Start (npm start, warm)',
  seed: '1. Seed',
  api: '2. API overhead vs the raw driver',
  latency: '3. Query latency on the large graph',
  talent: '3b. Talent analytics of the largest organisations',
  load: '4. Load (autocannon)',
  workers: '4b. API workers (WEB_CONCURRENCY 1 and 2)',
  client: '5. Client in headless Chromium',
  payload: '6. Payload',
  soak: 'Soak (issue 7)',
};

export type GoalStatus = 'met' | 'missed' | 'not-measured';

export interface GoalDef {
  id: string;
  section: SectionId;
  title: string;
  comparator: '<=' | '>=';
  threshold: number;
  unit: string;
}

export interface GoalResult extends GoalDef {
  measured: number | null;
  status: GoalStatus;
  /** Why: for missed goals the cause found, for unmeasured ones what was missing. */
  note: string;
}

const g = (
  id: string,
  section: SectionId,
  title: string,
  comparator: '<=' | '>=',
  threshold: number,
  unit: string,
): GoalDef => ({
  id,
  section,
  title,
  comparator,
  threshold,
  unit,
});

/** Every goal, in report order. Thresholds are the issues' numbers; `soak.rss` states our reading of "stable memory". */
export const GOALS: readonly GoalDef[] = [
  g('start.ready', 'start', 'Warm npm start to "ready" (median)', '<=', 15_000, 'ms'),
  g(
    'start.first-page-failures',
    'start',
    'First pages opened right after "ready" that failed',
    '<=',
    0,
    'pages',
  ),
  g('seed.speedup', 'seed', 'Batched seed vs one transaction per row (same sample)', '>=', 30, '×'),
  g('seed.rate', 'seed', 'Batched seed rate at the default batch size', '>=', 20_000, 'rels/s'),
  g('seed.default-batch', 'seed', 'Default batch size rate / best batch size rate', '>=', 0.85, '× best'),
  g('api.c1.p50', 'api', 'API p50 / raw driver p50, 1 client (worst query)', '<=', 1.15, '×'),
  g('api.c1.p95', 'api', 'API p95 / raw driver p95, 1 client (worst query)', '<=', 1.25, '×'),
  g('api.c10.p50', 'api', 'API p50 / raw driver p50, 10 clients (worst query)', '<=', 1.15, '×'),
  g('api.c10.p95', 'api', 'API p95 / raw driver p95, 10 clients (worst query)', '<=', 1.25, '×'),
  g(
    'api.fixed-ms',
    'api',
    'Fixed API overhead per request, 1 client: API p50 − raw p50 (worst endpoint)',
    '<=',
    1.0,
    'ms',
  ),
  g('latency.neighbors-1', 'latency', 'Neighbours, 1 hop, limit 100: p95', '<=', 50, 'ms'),
  g('latency.neighbors-2', 'latency', 'Neighbours, 2 hops: p95', '<=', 150, 'ms'),
  g('latency.path', 'latency', 'Shortest path (≤6 hops): p95', '<=', 500, 'ms'),
  g('latency.search', 'latency', 'Search as you type: p95', '<=', 30, 'ms'),
  g('latency.flows', 'latency', 'Flows of a large company: p95', '<=', 200, 'ms'),
  g(
    'talent.p95',
    'talent',
    'Talent analytics (GET /api/orgs/:id/talent) of the 5 largest organisations: p95',
    '<=',
    300,
    'ms',
  ),
  g('load.search.errors', 'load', 'Search under load: errors', '<=', 0, 'errors'),
  g('load.search.p99', 'load', 'Search under load: p99', '<=', 200, 'ms'),
  g('load.neighbors.errors', 'load', 'Neighbours under load: errors', '<=', 0, 'errors'),
  g('load.neighbors.p99', 'load', 'Neighbours under load: p99', '<=', 200, 'ms'),
  g('client.first-frame-1k', 'client', 'Navigation to first drawn frame, 1k nodes', '<=', 800, 'ms'),
  g(
    'client.first-frame-10k-vs-bare',
    'client',
    'First frame, 10k nodes / bare sigma on the same graph',
    '<=',
    1.5,
    '×',
  ),
  g(
    'client.first-frame-50k-vs-bare',
    'client',
    'First frame, 50k nodes / bare sigma on the same graph',
    '<=',
    1.5,
    '×',
  ),
  g('client.click-10k', 'client', 'Click answered during layout, 10k nodes', '<=', 300, 'ms'),
  g('soak.errors', 'soak', 'Soak: errors over 5 minutes of mixed traffic', '<=', 0, 'errors'),
  g('soak.rss', 'soak', 'Soak: API RSS at the end / a third of the way in (stable memory)', '<=', 1.25, '×'),
];

export function goalDef(id: string): GoalDef {
  const def = GOALS.find((x) => x.id === id);
  if (!def) throw new Error(`unknown goal id '${id}'`);
  return def;
}

/** Met when the measurement satisfies the comparator; not measured when there is no number. */
export function evaluateGoal(def: GoalDef, measured: number | null | undefined, note = ''): GoalResult {
  if (measured == null || !Number.isFinite(measured)) {
    return { ...def, measured: null, status: 'not-measured', note: note || 'not measured in this run' };
  }
  const met = def.comparator === '<=' ? measured <= def.threshold : measured >= def.threshold;
  return { ...def, measured, status: met ? 'met' : 'missed', note };
}

/**
 * The goal list for a report: every defined goal of the sections that were part of the run, taking the evaluated
 * result where a section produced one and "not measured" (with the section's reason) otherwise.
 */
export function completeGoals(
  evaluated: readonly GoalResult[],
  sections: readonly SectionId[],
  reasons: Partial<Record<SectionId, string>> = {},
): GoalResult[] {
  const byId = new Map(evaluated.map((r) => [r.id, r]));
  return GOALS.filter((d) => sections.includes(d.section)).map(
    (d) => byId.get(d.id) ?? evaluateGoal(d, null, reasons[d.section] ?? 'not measured in this run'),
  );
}

export function countStatuses(goals: readonly GoalResult[]): Record<GoalStatus, number> {
  const out: Record<GoalStatus, number> = { met: 0, missed: 0, 'not-measured': 0 };
  for (const r of goals) out[r.status] += 1;
  return out;
}
