// Soak (issue 7): minutes of mixed API traffic on loopback, bounded in time and count, counting every error and
// sampling the API process's resident memory (and Neo4j's) from start to end.
import type { BenchContext, SectionOutput } from '../context.js';
import { evaluateGoal, goalDef } from '../goals.js';
import { createHttpClient, type HttpClient, type HttpResult } from '../http.js';
import { rssMbOf } from '../machine.js';
import { PERSON_FACTS } from '../queries.js';
import { createRng } from '../random.js';
import type { Cell } from '../results.js';
import { closedLoop } from '../runner.js';
import { summarize } from '../stats.js';
import { searchPrefixes } from '../workload.js';

export const SOAK_WARMUP_MS = 30_000;
export const SOAK_SAMPLE_EVERY_MS = 10_000;
/** A ceiling on requests, so the loop ends even if the machine is far faster than expected. */
export const SOAK_MAX_REQUESTS = 5_000_000;

interface Kind {
  name: string;
  weight: number;
  call: (http: HttpClient, i: number) => Promise<HttpResult>;
}

function mix(ctx: BenchContext): Kind[] {
  const g = ctx.graph!;
  const rng = createRng(ctx.settings.randomSeed + 13);
  const n = 2_000;
  const people = Array.from({ length: n }, () => rng.pick(g.people).id);
  const orgs = Array.from({ length: n }, () => rng.pick(g.orgs).id);
  const terms = searchPrefixes(
    g.people.map((p) => p.name),
    n,
    ctx.settings.randomSeed + 14,
  );
  const flowOrgs = g.flowOrgs.length ? g.flowOrgs : orgs.slice(0, 5);
  const enc = encodeURIComponent;
  return [
    { name: 'search', weight: 35, call: (h, i) => h.get(`/api/search?q=${enc(terms[i % n]!)}`) },
    {
      name: 'neighbours',
      weight: 20,
      call: (h, i) => h.get(`/api/nodes/${enc(i % 3 ? people[i % n]! : orgs[i % n]!)}/neighbors?limit=100`),
    },
    { name: 'node', weight: 10, call: (h, i) => h.get(`/api/nodes/${enc(people[i % n]!)}`) },
    { name: 'career', weight: 8, call: (h, i) => h.get(`/api/people/${enc(people[i % n]!)}/career`) },
    {
      name: 'cypher',
      weight: 8,
      call: (h, i) => h.post('/api/cypher', { query: PERSON_FACTS, params: { id: people[i % n]! } }),
    },
    {
      name: 'paths',
      weight: 5,
      call: (h, i) =>
        h.get(`/api/paths?from=${enc(people[i % n]!)}&to=${enc(people[(i * 7 + 3) % n]!)}&maxLength=6`),
    },
    {
      name: 'flows',
      weight: 5,
      call: (h, i) => h.get(`/api/flows?org=${enc(flowOrgs[i % flowOrgs.length]!)}`),
    },
    { name: 'timeline', weight: 3, call: (h) => h.get('/api/timeline?from=2020&to=2021&limit=500') },
    { name: 'schema', weight: 3, call: (h) => h.get('/api/schema') },
    { name: 'health', weight: 3, call: (h) => h.get('/api/health') },
  ];
}

export async function benchSoak(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the graph are needed');
  const s = ctx.settings;
  const kinds = mix(ctx);
  const wheel: Kind[] = kinds.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const rng = createRng(s.randomSeed + 15);
  const order = Array.from({ length: 10_000 }, () => rng.int(wheel.length));
  const http = createHttpClient(ctx.api.baseUrl, { maxSockets: s.soakConcurrency });
  const perKind = new Map<string, { ms: number[]; errors: number; samples: string[] }>(
    kinds.map((k) => [k.name, { ms: [], errors: 0, samples: [] }]),
  );
  const task = async (i: number) => {
    const kind = wheel[order[i % order.length]!]!;
    const stat = perKind.get(kind.name)!;
    try {
      const r = await kind.call(http, i);
      if (r.status !== 200)
        throw new Error(`${kind.name}: status ${r.status} ${r.body.toString('utf8').slice(0, 160)}`);
      stat.ms.push(r.ms);
      return true;
    } catch (err) {
      stat.errors += 1;
      if (stat.samples.length < 3) stat.samples.push((err as Error).message);
      throw err;
    }
  };

  try {
    ctx.log(`soak: warm-up ${SOAK_WARMUP_MS / 1000} s…`);
    await closedLoop({
      concurrency: s.soakConcurrency,
      maxRequests: SOAK_MAX_REQUESTS,
      maxMs: SOAK_WARMUP_MS,
      task,
    });
    for (const v of perKind.values()) {
      v.ms = [];
      v.errors = 0;
      v.samples = [];
    }
    const neo4jPid = ctx.neo4j.embedded?.pid;
    const samples: { atS: number; apiRssMb: number | null; neo4jRssMb: number | null; requests: number }[] =
      [];
    let requests = 0;
    const started = performance.now();
    const sample = async () =>
      samples.push({
        atS: Math.round((performance.now() - started) / 1000),
        apiRssMb: await rssMbOf(ctx.api!.pid),
        neo4jRssMb: neo4jPid ? await rssMbOf(neo4jPid) : null,
        requests,
      });
    await sample();
    const timer = setInterval(() => void sample(), SOAK_SAMPLE_EVERY_MS);
    ctx.log(`soak: ${s.soakSeconds} s of mixed traffic, ${s.soakConcurrency} concurrent clients…`);
    let result;
    try {
      result = await closedLoop({
        concurrency: s.soakConcurrency,
        maxRequests: SOAK_MAX_REQUESTS,
        maxMs: s.soakSeconds * 1000,
        task: async (i) => {
          requests += 1;
          return task(i);
        },
      });
    } finally {
      clearInterval(timer);
    }
    await sample();
    const start = samples[0]!;
    const end = samples[samples.length - 1]!;
    // The heap settles into its working set during the first third; growth after that is what a leak would show.
    const third = samples.find((x) => x.atS >= s.soakSeconds / 3) ?? start;
    const growth = third.apiRssMb && end.apiRssMb ? end.apiRssMb / third.apiRssMb : null;
    const peak = Math.max(...samples.map((x) => x.apiRssMb ?? 0));
    const rows: Cell[][] = kinds.map((k) => {
      const st = perKind.get(k.name)!;
      const sum = st.ms.length ? summarize(st.ms) : null;
      return [
        k.name,
        k.weight,
        st.ms.length + st.errors,
        sum?.p50 ?? null,
        sum?.p95 ?? null,
        sum?.max ?? null,
        st.errors,
      ];
    });
    const errorSamples = [...perKind.values()].flatMap((v) => v.samples).slice(0, 5);
    ctx.log(
      `soak: ${result.requests} requests, ${result.errors} errors, API RSS ${start.apiRssMb?.toFixed(0)} → ${end.apiRssMb?.toFixed(0)} MB`,
    );
    return {
      method: [
        `${s.soakConcurrency} concurrent closed-loop clients for ${s.soakSeconds} s (after a ${SOAK_WARMUP_MS / 1000} s warm-up), at most ${SOAK_MAX_REQUESTS.toLocaleString('en-US')} requests; every request a different question; a weighted mix of every read endpoint (weights in the table).`,
        `Resident memory (VmRSS from /proc) of the API process and of the Neo4j JVM sampled every ${SOAK_SAMPLE_EVERY_MS / 1000} s; "stable" read as: API RSS at the end at most 1.25× its value a third of the way in (once the heap has reached its working set), so steady growth — a leak — shows and the first fill of caches does not.`,
        `Graph: ${ctx.graph.nodes.toLocaleString('en-US')} nodes, ${ctx.graph.relationships.toLocaleString('en-US')} relationships. Rate limits raised as in section 4.`,
      ],
      tables: [
        {
          title: `Mixed traffic: ${result.requests.toLocaleString('en-US')} requests in ${Math.round(result.elapsedMs / 1000)} s (${Math.round(result.requests / (result.elapsedMs / 1000))} req/s)`,
          headers: ['Request', 'Weight', 'Requests', 'p50 ms', 'p95 ms', 'max ms', 'Errors'],
          rows,
        },
        {
          title: 'Memory',
          headers: ['', 'Start (MB)', `At ${third.atS} s (MB)`, 'End (MB)', 'Peak (MB)', 'End / at a third'],
          rows: [
            ['API process RSS', start.apiRssMb, third.apiRssMb, end.apiRssMb, peak, growth],
            [
              'Neo4j JVM RSS (embedded only)',
              start.neo4jRssMb,
              third.neo4jRssMb,
              end.neo4jRssMb,
              Math.max(...samples.map((x) => x.neo4jRssMb ?? 0)) || null,
              third.neo4jRssMb && end.neo4jRssMb ? end.neo4jRssMb / third.neo4jRssMb : null,
            ],
          ],
        },
      ],
      notes: errorSamples.length ? [`Errors: ${errorSamples.join(' · ')}`] : [],
      goals: [
        evaluateGoal(
          goalDef('soak.errors'),
          result.errors,
          `${result.requests.toLocaleString('en-US')} requests`,
        ),
        evaluateGoal(
          goalDef('soak.rss'),
          growth,
          `start ${start.apiRssMb?.toFixed(0)}, at ${third.atS} s ${third.apiRssMb?.toFixed(0)}, end ${end.apiRssMb?.toFixed(0)} MB (peak ${peak.toFixed(0)})`,
        ),
      ],
      data: {
        requests: result.requests,
        errors: result.errors,
        errorSamples,
        elapsedMs: Math.round(result.elapsedMs),
        samples,
      },
    };
  } finally {
    http.close();
  }
}
