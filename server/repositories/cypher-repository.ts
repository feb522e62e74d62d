// Runs a user's Cypher in one READ (or WRITE) transaction: EXPLAIN first (checked by the caller's guard), then
// the query itself, streamed and cut at the row cap so a huge result never sits in memory. Both run under the
// query's own timeout; only connecting and BEGIN have the short deadline of the built-in endpoints.
import { typedParam } from '../../model/api.js';
import neo4j, { type Node, type ResultSummary } from 'neo4j-driver';
import type { JsonValue } from '../../model/graph.js';
import type { CypherFullResponse, CypherRefsResponse, CypherResponse } from '../../model/api-responses.js';
import type { Database, QueryRunner, RunOptions } from '../db/database.js';
import { createGraphCollector, rowToJson, rowTypeHints, toJson, type TypeHints } from '../db/convert.js';
import { createRowRefWriter } from '../db/row-refs.js';
import { toTypedJson, type TypedValue } from '../db/typed-convert.js';
import { AppError } from '../errors.js';
import { explainQuery, NODES_BY_ELEMENT_ID, unprefixPositions, withoutProfile } from '../queries/cypher.js';
import type { PlanLike } from '../services/plan-guard.js';

export interface CypherRunOptions {
  mode: 'read' | 'write';
  /** Rows to return; one more is pulled to know whether the result was truncated. */
  limit: number;
  /** Server-side transaction timeout for the user's query. */
  txTimeoutMs: number;
  /**
   * Deadline for connecting and BEGIN: a database that does not answer that fast is treated as unavailable (503).
   * Once BEGIN is answered, the plan check (EXPLAIN) and the query share the query's own time — `txTimeoutMs`
   * plus this margin, so the database's own timeout, with its clear error, fires first: planning a large statement
   * cold is the query's time, not a sign of a database that is down.
   */
  connectDeadlineMs: number;
  /** Called with the EXPLAIN plan before the query runs; throws to refuse it. null: the plan is known to be allowed, no EXPLAIN. */
  guard: ((plan: PlanLike | null) => void) | null;
  /** plain: rows, type hints and graph for the client; typed: the Query API's typed values, no graph. */
  format?: 'plain' | 'typed';
  /** The plain answer's rows: full (format 1) or refs into the graph (format 2, model/cypher-refs.ts). */
  rows?: 'full' | 'refs';
  /** Bookmarks sent by the client: the query runs after the transactions they name. */
  bookmarks?: string[];
  /** Aborted when the client goes away (Cancel, a new query, a closed tab): the database stops the query. */
  signal?: AbortSignal;
}

/** The summary of POST /api/cypher's answer (model/api-responses.ts), shared by both of its media types. */
export type CypherSummaryJson = CypherResponse['summary'];

/** POST /api/cypher's plain-JSON answer (format 1 or 2), its type hints narrowed to the Query API's names (see convert.ts). */
export type CypherRunResult =
  | (Omit<CypherFullResponse, 'types'> & { types: TypeHints[] })
  | (Omit<CypherRefsResponse, 'types'> & { types: TypeHints[] });

/** An answer before its transaction's bookmarks are known (each format on its own). */
type WithoutBookmarks<T> = T extends unknown ? Omit<T, 'bookmarks'> : never;

/** A result in the Query API's typed JSON: one list of typed values per row, in column order. */
export interface CypherTypedResult {
  columns: string[];
  values: TypedValue[][];
  summary: CypherSummaryJson;
  bookmarks: string[];
}

/**
 * JSON parameters as Cypher expects them: whole numbers as integers (JS numbers would arrive as floats), and a value
 * written in the Query API's typed form kept as its type: {"$type": "Integer", "_value": "9007199254740993"} (past
 * the integers JSON numbers keep exactly) and {"$type": "Float", "_value": "1.0"} (a whole number sent as a float).
 * model/api.ts has checked their values.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  const typed = typedParam(value);
  if (typed) return typed.$type === 'Integer' ? neo4j.int(typed._value) : Number(typed._value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]),
    );
  }
  return value;
}

function ms(value: unknown): number | null {
  const v = toJson(value);
  return typeof v === 'number' ? v : null;
}

function planToJson(plan: ResultSummary['plan']): JsonValue | undefined {
  if (!plan) return undefined;
  const walk = (p: {
    operatorType: string;
    arguments: Record<string, unknown>;
    identifiers: string[];
    children: unknown[];
  }): JsonValue => ({
    operatorType: p.operatorType,
    arguments: toJson(p.arguments),
    identifiers: [...p.identifiers],
    children: p.children.map((c) => walk(c as typeof p)),
  });
  return walk(plan as unknown as Parameters<typeof walk>[0]);
}

/** The profiled plan (PROFILE): each operator's actual rows, db hits and page cache use besides the plan's fields. */
function profileToJson(profile: ResultSummary['profile']): JsonValue | undefined {
  if (!profile) return undefined;
  const num = (v: unknown) => {
    const n = toJson(v);
    return typeof n === 'number' ? n : 0;
  };
  const walk = (p: {
    operatorType: string;
    arguments: Record<string, unknown>;
    identifiers: string[];
    dbHits: unknown;
    rows: unknown;
    pageCacheHits?: unknown;
    pageCacheMisses?: unknown;
    time?: unknown;
    children: unknown[];
  }): JsonValue => ({
    operatorType: p.operatorType,
    arguments: toJson(p.arguments),
    identifiers: [...p.identifiers],
    dbHits: num(p.dbHits),
    rows: num(p.rows),
    pageCacheHits: num(p.pageCacheHits),
    pageCacheMisses: num(p.pageCacheMisses),
    time: num(p.time),
    children: p.children.map((c) => walk(c as typeof p)),
  });
  return walk(profile as unknown as Parameters<typeof walk>[0]);
}

function summaryToJson(
  summary: ResultSummary | undefined,
  rowCount: number,
  truncated: boolean,
): CypherSummaryJson {
  const out: CypherSummaryJson = {
    rowCount,
    truncated,
    resultAvailableAfterMs: ms(summary?.resultAvailableAfter),
    resultConsumedAfterMs: ms(summary?.resultConsumedAfter),
    notifications: (summary?.notifications ?? []).map((n) =>
      toJson({
        code: n.code,
        title: n.title,
        description: n.description,
        severity: n.severity,
        category: n.category,
        position: n.position ?? null,
      }),
    ),
    queryType: summary?.queryType ?? null,
  };
  if (summary?.counters.containsUpdates() || summary?.counters.containsSystemUpdates()) {
    out.counters = { ...summary.counters.updates() };
  }
  const plan = planToJson(summary?.plan ?? false);
  if (plan !== undefined) out.plan = plan;
  const profile = profileToJson(summary?.profile ?? false);
  if (profile !== undefined) out.profile = profile;
  return out;
}

/**
 * A PROFILE query under the guard's EXPLAIN prefix. Neo4j 5.26 reports it as the generic
 * Neo.ClientError.Statement.ArgumentError (the code of many argument errors), so the code narrows it and the
 * message tells this one apart; it is a database error, not a driver one, so `retriable` says nothing here.
 */
function isProfileConflict(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === 'Neo.ClientError.Statement.ArgumentError' &&
    /conflicting values for execution mode/i.test(e.message ?? '')
  );
}

async function runUnit(
  tx: QueryRunner,
  query: string,
  params: unknown,
  opts: CypherRunOptions,
): Promise<WithoutBookmarks<CypherRunResult> | WithoutBookmarks<CypherTypedResult>> {
  if (opts.guard) {
    let plan: PlanLike | null;
    try {
      // PROFILE <query> is checked as <query>: the plan is the same, and Neo4j refuses EXPLAIN PROFILE.
      plan = ((await tx.run(explainQuery(withoutProfile(query).query), params as Record<string, unknown>))
        .summary.plan || null) as PlanLike | null;
    } catch (err) {
      if (isProfileConflict(err)) {
        throw new AppError(
          'CYPHER_ERROR',
          "PROFILE must be the first word of the query (before it only spaces and comments): the server checks a query's plan before running it.",
          {
            neo4jCode: 'Neo.ClientError.Statement.ArgumentError',
          },
        );
      }
      // Errors of the EXPLAIN step point into the prefixed text; shift them back onto the user's query.
      const e = err as { message?: unknown };
      if (e && typeof e.message === 'string') e.message = unprefixPositions(e.message);
      throw err;
    }
    opts.guard(plan);
  }

  const result = tx.run(query, params as Record<string, unknown>);
  const iterator = result[Symbol.asyncIterator]();
  // Rows keep every property the query returned; the graph leaves out index-only and flow-list properties.
  const collector = createGraphCollector({ rows: 'full' });
  const raw: Record<string, unknown>[] = [];
  let truncated = false;
  let summary: ResultSummary | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      summary = next.value;
      break;
    }
    if (raw.length >= opts.limit) {
      truncated = true;
      // Stops the stream: the driver discards the rest on the server instead of pulling it.
      summary = (await iterator.return?.())?.value as ResultSummary | undefined;
      break;
    }
    // Not the driver's toObject, which assigns each column: a column named `__proto__` set the row's prototype
    // (its value lost, or a node's fields showing through the row) instead of being a column.
    const row: Record<string, unknown> = Object.fromEntries(next.value.entries());
    collector.collect(row);
    raw.push(row);
  }
  const columns = (await result.keys()) as string[];
  if (opts.format === 'typed') {
    return {
      columns,
      values: raw.map((row) => columns.map((c) => toTypedJson(row[c]))),
      summary: summaryToJson(summary ?? (await result.summary()), raw.length, truncated),
    };
  }
  const missing = collector.missingNodeElementIds();
  if (missing.length > 0) {
    const found = await tx.run(NODES_BY_ELEMENT_ID, { elementIds: missing });
    collector.addNodes(found.records.map((r) => r.get('n') as Node));
  }
  const summaryJson = summaryToJson(summary ?? (await result.summary()), raw.length, truncated);
  if (opts.rows === 'refs') {
    const writer = createRowRefWriter(collector);
    const written = raw.map((row) => writer.row(row));
    return {
      format: 2,
      columns,
      rows: written.map((w) => w.row),
      types: written.map((w) => w.types),
      graph: collector.graph(),
      omitted: writer.omitted(),
      summary: summaryJson,
    };
  }
  return {
    columns,
    rows: raw.map((row) => rowToJson(row, collector)),
    types: raw.map((row) => rowTypeHints(row)),
    graph: collector.graph(),
    summary: summaryJson,
  };
}

export function createCypherRepository(db: Database) {
  const execute = async (
    query: string,
    params: Record<string, unknown>,
    opts: CypherRunOptions,
  ): Promise<CypherRunResult | CypherTypedResult> => {
    const cypherParams = toCypherParams(params);
    const work = (tx: QueryRunner) => runUnit(tx, query, cypherParams, opts);
    let bookmarks: string[] = [];
    const runOpts: RunOptions = {
      txTimeoutMs: opts.txTimeoutMs,
      deadlineMs: opts.connectDeadlineMs,
      afterBeginMs: opts.txTimeoutMs + opts.connectDeadlineMs,
      metadata: { app: 'talent-graph', endpoint: 'cypher' },
      retry: false,
      // The client's bookmarks are waited for at BEGIN, under the short deadline: one the database never reaches
      // answers 503 fast instead of hanging.
      ...(opts.bookmarks?.length ? { bookmarks: opts.bookmarks } : {}),
      onBookmarks: (b) => (bookmarks = b),
      ...(opts.signal ? { signal: opts.signal } : {}),
    };
    const result = await (opts.mode === 'write' ? db.write(work, runOpts) : db.read(work, runOpts));
    return { ...result, bookmarks } as CypherRunResult | CypherTypedResult;
  };
  return {
    /** The plain result (rows, type hints, graph). */
    run(query: string, params: Record<string, unknown>, opts: CypherRunOptions): Promise<CypherRunResult> {
      return execute(query, params, { ...opts, format: 'plain' }) as Promise<CypherRunResult>;
    },
    /** The Query API's typed values. */
    runTyped(
      query: string,
      params: Record<string, unknown>,
      opts: CypherRunOptions,
    ): Promise<CypherTypedResult> {
      return execute(query, params, { ...opts, format: 'typed' }) as Promise<CypherTypedResult>;
    },
  };
}
export type CypherRepository = ReturnType<typeof createCypherRepository>;
