// Section 2: what the API adds on top of the raw driver. The same questions go through HTTP to the API process and
// straight to Neo4j through the driver, running the very queries the API's repositories run (imported from
// server/queries), in the same transaction shape, with warm pools, at 1 and 10 concurrent clients.
import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';
import { DEFAULT_NEIGHBOR_LIMIT } from '../../model/api.js';
import type { BenchContext, SectionOutput } from '../context.js';
import { evaluateGoal, goalDef, type GoalResult } from '../goals.js';
import { createHttpClient, type HttpClient, type HttpResult } from '../http.js';
import { PERSON_FACTS } from '../queries.js';
import { createRng } from '../random.js';
import { RAW_SEARCH_ROWS, rawNeighbours, rawRead, rawSearch } from '../raw-reads.js';
import { closedLoop } from '../runner.js';
import { ratio, roundSummary, summarize, type Summary } from '../stats.js';
import type { Cell } from '../results.js';
import { searchPrefixes } from '../workload.js';

export const OVERHEAD_CONCURRENCY = [1, 10] as const;

interface Pair {
  name: string;
  /** What the API call is, for the table. */
  endpoint: string;
  api: (http: HttpClient, i: number) => Promise<HttpResult>;
  /** The raw query, asked by the Express floor's app in the API's process, answered with `bytes` floor bytes. */
  query: (http: HttpClient, i: number, bytes: number) => Promise<HttpResult>;
  /** The same question to the API's own service in the Express floor's app, answered with `bytes` floor bytes. */
  service: (http: HttpClient, i: number, bytes: number) => Promise<HttpResult>;
  /** With `bookmarkManager`, every transaction waits for that manager's bookmarks, as the API's reads do. */
  raw: (driver: Driver, i: number, bookmarkManager?: BookmarkManager) => Promise<boolean>;
}

/** The header that asks a service route of the Express floor for that many bytes of answer. */
const floorBytes = (bytes: number) => ({ 'X-Floor-Bytes': String(bytes) });

function pairs(ctx: BenchContext): Pair[] {
  const graph = ctx.graph!;
  const database = ctx.neo4j.database;
  const rng = createRng(ctx.settings.randomSeed + 2);
  const people = Array.from({ length: 500 }, () => rng.pick(graph.people).id);
  const terms = searchPrefixes(
    graph.people.map((p) => p.name),
    500,
    ctx.settings.randomSeed + 3,
  );
  return [
    {
      name: 'search',
      endpoint: 'GET /api/search?q=',
      api: (http, i) => http.get(`/api/search?q=${encodeURIComponent(terms[i % terms.length]!)}`),
      query: (http, i, bytes) =>
        http.get(`/query/search?q=${encodeURIComponent(terms[i % terms.length]!)}`, floorBytes(bytes)),
      service: (http, i, bytes) =>
        http.get(`/service/search?q=${encodeURIComponent(terms[i % terms.length]!)}`, floorBytes(bytes)),
      raw: async (driver, i, bookmarkManager) => {
        // The service asks for SEARCH_OVERFETCH times the results it returns, to re-rank whole-name matches first;
        // the baseline asks the database for the same rows, so the difference is the API's own cost.
        await rawRead(driver, database, (tx) => rawSearch(tx, terms[i % terms.length]!), { bookmarkManager });
        return true;
      },
    },
    {
      name: 'neighbours',
      endpoint: 'GET /api/nodes/:id/neighbors',
      api: (http, i) => http.get(`/api/nodes/${encodeURIComponent(people[i % people.length]!)}/neighbors`),
      query: (http, i, bytes) =>
        http.get(
          `/query/nodes/${encodeURIComponent(people[i % people.length]!)}/neighbors`,
          floorBytes(bytes),
        ),
      service: (http, i, bytes) =>
        http.get(
          `/service/nodes/${encodeURIComponent(people[i % people.length]!)}/neighbors`,
          floorBytes(bytes),
        ),
      raw: async (driver, i, bookmarkManager) => {
        await rawRead(
          driver,
          database,
          (tx) => rawNeighbours(tx, people[i % people.length]!, DEFAULT_NEIGHBOR_LIMIT),
          { bookmarkManager },
        );
        return true;
      },
    },
    {
      name: 'cypher',
      endpoint: 'POST /api/cypher',
      api: (http, i) =>
        http.post('/api/cypher', { query: PERSON_FACTS, params: { id: people[i % people.length]! } }),
      query: (http, i, bytes) =>
        http.post(
          '/query/cypher',
          { query: PERSON_FACTS, params: { id: people[i % people.length]! } },
          floorBytes(bytes),
        ),
      service: (http, i, bytes) =>
        http.post(
          '/service/cypher',
          { query: PERSON_FACTS, params: { id: people[i % people.length]! } },
          floorBytes(bytes),
        ),
      raw: async (driver, i, bookmarkManager) => {
        const id = people[i % people.length]!;
        await rawRead(driver, database, (tx) => tx.run(PERSON_FACTS, { id }), {
          bookmarkManager,
          shape: 'transaction',
        });
        return true;
      },
    },
  ];
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

/**
 * api and raw: the comparison. floor: a bare node:http server in the API's process. query: the raw query asked by
 * the Express floor's app (the floor of any Express API over Bolt, whose ratio to raw says what the ratio goals leave
 * to an API's own work). With 1 client, also expressFloor (a bare Express app there), rawBookmarked (raw, every BEGIN
 * carrying the last bookmark as the API's do) and service (the API's own service awaited there), which split the
 * fixed cost into parts.
 */
type Side = 'api' | 'raw' | 'floor' | 'expressFloor' | 'rawBookmarked' | 'query' | 'service';

const BREAKDOWN_SIDES: readonly Side[] = ['expressFloor', 'rawBookmarked', 'query', 'service'];

const ok = (r: HttpResult) => r.status === 200;

/** The median of a list of sizes (2 bytes, an empty JSON string, before any is known). */
function median(values: number[]): number {
  if (values.length === 0) return 2;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One query's API ÷ raw ratio for a goal, and the ratio a bare Express route asking the same query reached. */
interface RatioRow {
  query: string;
  value: number;
  floor: number | null;
}

interface Series {
  latencies: number[];
  errors: number;
  errorSamples: string[];
}

export async function benchApiOverhead(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const s = ctx.settings;
  const rows: Cell[][] = [];
  const results: Record<string, unknown>[] = [];
  const worst: Record<string, { value: number; query: string; floorMs?: number } | undefined> = {};
  /** Per ratio goal key: every query's ratio, and the ratio the Express route asking the same query reached. */
  const ratios: Record<string, RatioRow[]> = {};
  const breakdown: Cell[][] = [];

  for (const pair of pairs(ctx)) {
    for (const concurrency of OVERHEAD_CONCURRENCY) {
      const http = createHttpClient(ctx.api.baseUrl, { maxSockets: concurrency });
      const floorHttp = createHttpClient(ctx.api.floorUrl, { maxSockets: concurrency });
      const expressFloorHttp = createHttpClient(ctx.api.expressFloorUrl, { maxSockets: concurrency });
      // The API's reads share one bookmark manager, so each BEGIN after the first carries a bookmark; so do these.
      const bookmarks = neo4j.bookmarkManager();
      const sides: Side[] =
        concurrency === 1 ? ['raw', 'api', 'floor', ...BREAKDOWN_SIDES] : ['raw', 'api', 'floor', 'query'];
      try {
        const empty = (): Series => ({ latencies: [], errors: 0, errorSamples: [] });
        // Every side has a series; those not measured at this concurrency stay empty.
        const series: Record<Side, Series> = {
          api: empty(),
          raw: empty(),
          floor: empty(),
          expressFloor: empty(),
          rawBookmarked: empty(),
          query: empty(),
          service: empty(),
        };
        /** Body sizes of the API's answers: the floor answers with their median, so both carry the same bytes. */
        const bodyBytes: number[] = [];
        const task = (side: Side, i: number): Promise<boolean> => {
          if (side === 'raw') return pair.raw(ctx.driver, i);
          if (side === 'rawBookmarked') return pair.raw(ctx.driver, i, bookmarks);
          if (side === 'floor') return floorHttp.get(`/floor?bytes=${median(bodyBytes)}`).then(ok);
          if (side === 'expressFloor')
            return expressFloorHttp.get(`/floor?bytes=${median(bodyBytes)}`).then(ok);
          if (side === 'query') return pair.query(expressFloorHttp, i, median(bodyBytes)).then(ok);
          if (side === 'service') return pair.service(expressFloorHttp, i, median(bodyBytes)).then(ok);
          return pair.api(http, i).then((r) => {
            bodyBytes.push(r.body.length);
            return ok(r);
          });
        };
        const run = (side: Side, count: number, offset: number) =>
          closedLoop({
            concurrency,
            maxRequests: count,
            maxMs: 120_000,
            task: (i) => task(side, offset + i),
          });
        // Warm every path (pools, JIT, plan caches) before measuring; the API first, so the floor knows its size.
        await run('api', s.warmup, 0);
        for (const side of sides.filter((x) => x !== 'api')) await run(side, s.warmup, 0);
        const record = (side: Side, r: Awaited<ReturnType<typeof run>>) => {
          series[side].latencies.push(...r.latencies);
          series[side].errors += r.errors;
          series[side].errorSamples.push(...r.errorSamples.slice(0, 3 - series[side].errorSamples.length));
        };
        if (concurrency === 1) {
          // One request per side for each question, in a new random order each time: every side goes first and
          // follows every other equally often (in expectation) and asks question i within a few ms of the others. In
          // blocks of rounds, what ran just before differed by side and biased the split of the fixed cost by up to 1 ms.
          const orderRng = createRng(s.randomSeed + 4);
          for (let i = 0; i < s.requests; i++) {
            for (const side of orderRng.shuffle(sides)) record(side, await run(side, 1, i));
          }
        } else {
          const perRound = Math.ceil(s.requests / s.overheadRounds);
          for (let round = 0; round < s.overheadRounds; round++) {
            // Alternate which side goes first so a drift in machine load does not favour one.
            const order = round % 2 === 0 ? sides : [...sides].reverse();
            for (const side of order) record(side, await run(side, perRound, round * perRound));
          }
        }
        if (series.api.latencies.length === 0 || series.raw.latencies.length === 0) {
          throw new Error(
            `${pair.name}: every request failed (api: ${series.api.errorSamples.join('; ')}, raw: ${series.raw.errorSamples.join('; ')})`,
          );
        }
        const api: Summary = summarize(series.api.latencies);
        const raw: Summary = summarize(series.raw.latencies);
        const p50 = ratio(api.p50, raw.p50)!;
        const p95 = ratio(api.p95, raw.p95)!;
        /** What one request costs in the API beyond the query itself (ms), the figure the ratio hides on fast queries. */
        const fixedMs = round2(api.p50 - raw.p50);
        /** The same bytes from a bare node:http server in the API's process: what any Node API pays here. */
        const floor: Summary | undefined =
          series.floor.latencies.length > 0 ? summarize(series.floor.latencies) : undefined;
        const stackMs = floor ? round2(fixedMs - floor.p50) : null;
        // The floor of any Express API over Bolt reading its own writes: a bare Express route asking the very raw
        // query (shared bookmark manager) and answering ready bytes, in the API's process, beside the others.
        const query: Summary | undefined =
          series.query.latencies.length > 0 ? summarize(series.query.latencies) : undefined;
        const floorP50 = query ? ratio(query.p50, raw.p50) : null;
        const floorP95 = query ? ratio(query.p95, raw.p95) : null;
        const bytes = median(bodyBytes);
        const p50Of = (side: Side) =>
          series[side].latencies.length > 0 ? summarize(series[side].latencies).p50 : undefined;
        const expressP50 = p50Of('expressFloor');
        const bookmarkedP50 = p50Of('rawBookmarked');
        const queryP50 = p50Of('query');
        const serviceP50 = p50Of('service');
        // fixed = node floor + Express + bookmark + the query from a server + services + rest, each a difference of
        // medians: server query = (query route − Express floor) − raw with the bookmark; services = service route −
        // query route; rest = API − service route. The machine's floor for any Node API that asks Neo4j is the node
        // floor + the query from a server (+ the bookmark, which read-your-writes costs any API that offers it).
        const parts =
          floor &&
          expressP50 !== undefined &&
          bookmarkedP50 !== undefined &&
          queryP50 !== undefined &&
          serviceP50 !== undefined
            ? {
                nodeFloorMs: round2(floor.p50),
                expressMs: round2(expressP50 - floor.p50),
                bookmarkMs: round2(bookmarkedP50 - raw.p50),
                serverQueryMs: round2(queryP50 - expressP50 - bookmarkedP50),
                servicesMs: round2(serviceP50 - queryP50),
                restMs: round2(api.p50 - serviceP50),
                machineFloorMs: round2(floor.p50 + (queryP50 - expressP50 - raw.p50)),
              }
            : undefined;
        if (parts) {
          breakdown.push([
            pair.name,
            fixedMs,
            parts.nodeFloorMs,
            parts.serverQueryMs,
            parts.bookmarkMs,
            parts.machineFloorMs,
            parts.expressMs,
            parts.servicesMs,
            parts.restMs,
          ]);
          if (concurrency === 1 && (!worst.machineFloor || parts.machineFloorMs > worst.machineFloor.value))
            worst.machineFloor = { value: parts.machineFloorMs, query: pair.name };
        }
        if (concurrency === 1 && (!worst.fixed || fixedMs > worst.fixed.value))
          worst.fixed = {
            value: fixedMs,
            query: pair.name,
            // The same figure for a bare Express route asking the same query: the floor of any Express API here.
            ...(query ? { floorMs: round2(query.p50 - raw.p50) } : {}),
          };
        for (const [key, value, floorRatio] of [
          [`c${concurrency}.p50`, p50, floorP50],
          [`c${concurrency}.p95`, p95, floorP95],
        ] as const) {
          (ratios[key] ??= []).push({ query: pair.name, value, floor: floorRatio });
        }
        rows.push([
          pair.name,
          pair.endpoint,
          concurrency,
          raw.p50,
          api.p50,
          p50,
          raw.p95,
          api.p95,
          p95,
          floorP50,
          floorP95,
          fixedMs,
          bytes,
          floor?.p50 ?? null,
          stackMs,
          series.api.errors + series.raw.errors,
        ]);
        results.push({
          query: pair.name,
          concurrency,
          raw: roundSummary(raw),
          api: roundSummary(api),
          p50Ratio: p50,
          p95Ratio: p95,
          expressQuery: query ? roundSummary(query) : null,
          floorP50Ratio: floorP50,
          floorP95Ratio: floorP95,
          fixedMs,
          bodyBytes: bytes,
          floor: floor ? roundSummary(floor) : null,
          stackMs,
          ...(parts ? { breakdown: parts } : {}),
          errors: Object.fromEntries(sides.map((side) => [side, series[side].errors])),
          errorSamples: [...series.api.errorSamples, ...series.raw.errorSamples],
        });
        ctx.log(
          `api: ${pair.name} ×${concurrency}: raw p50 ${raw.p50.toFixed(2)} ms, api p50 ${api.p50.toFixed(2)} ms (${p50.toFixed(2)}×), p95 ${p95.toFixed(2)}×`,
        );
      } finally {
        http.close();
        floorHttp.close();
        expressFloorHttp.close();
      }
    }
  }

  const goals: GoalResult[] = [];
  const notes: string[] = [];
  for (const c of OVERHEAD_CONCURRENCY) {
    for (const p of ['p50', 'p95'] as const) {
      const key = `c${c}.${p}`;
      // The goal is judged on the worst query's ratio (the first of equals).
      const w = (ratios[key] ?? []).reduce<RatioRow | undefined>(
        (a, r) => (!a || r.value > a.value ? r : a),
        undefined,
      );
      const def = goalDef(`api.${key}`);
      goals.push(
        evaluateGoal(
          def,
          w?.value,
          w
            ? `worst: ${w.query}` +
                (w.floor !== null
                  ? `; a bare Express route asking the same query: ${w.floor.toFixed(2)}×`
                  : '')
            : '',
        ),
      );
      const note = ratioFloorNote(def.title, def.threshold, ratios[key] ?? []);
      if (note) notes.push(note);
    }
  }
  goals.push(
    evaluateGoal(
      goalDef('api.fixed-ms'),
      worst.fixed?.value,
      worst.fixed
        ? `worst: ${worst.fixed.query} (1 client, API p50 − raw p50)` +
            (worst.fixed.floorMs !== undefined
              ? `; a bare Express route asking the same query: ${worst.fixed.floorMs.toFixed(2)} ms`
              : '')
        : '',
    ),
  );
  const floorGoal = goalDef('api.fixed-ms');
  if (worst.machineFloor) {
    notes.push(
      `The machine's floor for a Node API over Bolt (Node HTTP floor + the query asked from a server + the bookmark) ` +
        `was up to ${worst.machineFloor.value.toFixed(2)} ms (${worst.machineFloor.query}) of the fixed-cost goal's ` +
        `${floorGoal.threshold} ms in this run: what remains of the goal for Express, validation, conversion and the ` +
        `middleware is ${Math.max(0, floorGoal.threshold - worst.machineFloor.value).toFixed(2)} ms.`,
    );
  }
  if (results.some((r) => (r.p50Ratio as number) > 1.15)) {
    const rawP50 = Math.min(...results.map((r) => (r.raw as Summary).p50));
    notes.push(
      `The raw queries take ${rawP50.toFixed(2)} ms and up at p50, so a fixed cost per HTTP request (parsing, routing, ` +
        'validation, rate limiting, converting driver values to JSON, serialising and writing the response, on one Node ' +
        'thread sharing 2 cores with Neo4j and the load generator) weighs more than 15% of it. POST /api/cypher runs its ' +
        "plan guard's EXPLAIN only the first time it sees a query text (the verdict is cached), so the measured requests " +
        'make the same one round trip to Neo4j as the raw driver.',
    );
  }
  return {
    method: [
      `The API runs in its own Node process (createApp, loopback, rate limits raised); the raw baseline runs the same Cypher from the bench process with its own driver, in the API's transaction shape (search and neighbours: each query an auto-commit read, as the built-in reads run; cypher: \`session.executeRead\`, an explicit transaction, as POST /api/cypher runs) with the queries the repositories run (search: SEARCH_ENTITIES with the same Lucene query and the same ${RAW_SEARCH_ROWS}-row limit the service asks for its re-ranking; neighbours: neighborsQuery('Person', 'both', all types), which finds the node and reads its page in one query, limit ${DEFAULT_NEIGHBOR_LIMIT}; cypher: a 50-row person-facts query, the API adding its plan guard, whose EXPLAIN runs once per query text).`,
      `Per query and concurrency: ${s.warmup} warm-up requests each side, then ${s.requests} measured requests each side — with 1 client interleaved, one request per side for each question in a new seeded random order each time (each side goes first and follows every other equally often), with 10 clients in ${s.overheadRounds} alternating rounds (order flipped every round); closed loop; latency to the last byte of the HTTP body vs to the last record of the driver result.`,
      'Questions: search prefixes of synthetic names as typed (2+ characters); random synthetic people for neighbours and cypher (seeded PRNG); HTTP without compression (Accept-Encoding not sent).',
      "Floor ×: a bare Express route in the API's process that asks the very raw query (on the API's driver, with its shared bookmark manager) and answers ready bytes of the API's median size, measured beside the others in the same way — the floor of any Express API over Bolt that reads its own writes, with no work of its own. Its ratio to raw is the best ratio such an API can reach on this machine: where it is above a ratio goal, the goal is below the machine's floor.",
      "HTTP floor: a bare node:http server in the API's own process answers the API's median body size (`GET /floor?bytes=N`, nothing else done), measured beside them in the same way with the same client. It is what one loopback request and its bytes cost any Node server on this machine; fixed ms minus the floor is what asking Neo4j from a server process adds beside the API's own stack (express, its middleware, validation, the driver session, conversion, serialisation); the table below splits the two.",
      "Where the fixed cost goes (1 client, interleaved with the API and raw requests), each part a difference of medians (one below the machine's noise can come out negative): (1) the Node HTTP floor above; (2) the query asked from a server: the Express floor's app also has `/query/…` routes that run the very raw query on the API's own driver and shared bookmark manager and then answer the floor's bytes — query route − Express floor − raw with the bookmark is what asking Neo4j costs more from a process that is itself answering a request than from the bench's process (the third process's share of the scheduling on this machine's cores); (3) the bookmark: the API's reads share one bookmark manager (read-your-writes across its workers and a cluster's members), so each BEGIN carries the last bookmark — the raw queries run once more that way, and that difference is what the database spends on it. (1) + (2) + (3) is the machine's floor for any Node API that answers from Neo4j with read-your-writes, with no framework and no work of its own. Then ours: (4) Express itself, a bare Express app in the API's process (one route, no middleware, Express's defaults) against the Node floor; (5) the services: the same questions sent to `/service/…` routes of that app, each parsing its input as the API's route does and awaiting the very service object the API calls (same driver, bookmark manager and caches), then answering the floor's bytes — service route − query route is what the services add (their sessions, validation, re-ranking, converting driver values); (6) the rest, API − service route: the API's middleware (request id, timing, logging, security headers, host check, CORS, compression, rate limits), its routing and serialising the real answer instead of ready bytes.",
    ],
    tables: [
      {
        title: 'Latency (ms) and API / raw ratio',
        headers: [
          'Query',
          'API call',
          'Clients',
          'Raw p50',
          'API p50',
          'p50 ×',
          'Raw p95',
          'API p95',
          'p95 ×',
          'Floor p50 × (Express route, same query)',
          'Floor p95 ×',
          'Fixed ms (p50)',
          'Body bytes',
          'HTTP floor p50',
          'Stack ms (fixed − floor)',
          'Errors',
        ],
        rows,
      },
      {
        title: 'Where the fixed cost goes (1 client, ms at p50)',
        headers: [
          'Query',
          'Fixed ms',
          'Node HTTP floor',
          'The query asked from a server (query route − Express floor − raw with bookmark)',
          'Bookmark at BEGIN (raw with it − raw)',
          "Machine's floor for a Node API over Bolt (the three before)",
          'Express itself (Express floor − Node floor)',
          'Services: sessions, validation, re-ranking, conversion (service route − query route)',
          'The rest: middleware, routing, serialising the answer (API − service route)',
        ],
        rows: breakdown,
      },
    ],
    notes,
    goals,
    data: { results },
  };
}

/**
 * For a ratio goal: which queries missed it, and whether the floor of any Express API over Bolt (a bare Express
 * route asking the same query) was above the goal too — then the miss is the machine's, not the API's.
 */
export function ratioFloorNote(label: string, threshold: number, rows: RatioRow[]): string | undefined {
  const missed = rows.filter((r) => r.value > threshold);
  if (missed.length === 0) return undefined;
  const parts = missed.map((r) =>
    r.floor === null
      ? `${r.query} ${r.value.toFixed(2)}× (floor not measured)`
      : `${r.query} ${r.value.toFixed(2)}×, floor ${r.floor.toFixed(2)}× (${r.floor > threshold ? 'above the goal: the machine' : 'within the goal: ours'})`,
  );
  return `${label} (goal ≤ ${threshold}×), missed by: ${parts.join('; ')}.`;
}
