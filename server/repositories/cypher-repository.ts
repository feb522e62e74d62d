// Runs a user's Cypher in one READ (or WRITE) transaction: EXPLAIN first (checked by the caller's guard), then
// the query itself, streamed and cut at the row cap so a huge result never sits in memory.
import neo4j, { type ManagedTransaction, type Node, type ResultSummary } from 'neo4j-driver';
import type { GraphData, JsonValue } from '../../model/graph.js';
import type { Database } from '../db/database.js';
import { createGraphCollector, rowToJson, toJson } from '../db/convert.js';
import { AppError } from '../errors.js';
import { explainQuery, NODES_BY_ELEMENT_ID, unprefixPositions } from '../queries/cypher.js';
import type { PlanLike } from '../services/plan-guard.js';

export interface CypherRunOptions {
  mode: 'read' | 'write';
  /** Rows to return; one more is pulled to know whether the result was truncated. */
  limit: number;
  /** Server-side transaction timeout for the user's query. */
  txTimeoutMs: number;
  /**
   * Deadline for BEGIN + EXPLAIN (or, without a guard, BEGIN + the query's RUN being answered): a database that does
   * not answer that fast is treated as unavailable.
   */
  planDeadlineMs: number;
  /** Called with the EXPLAIN plan before the query runs; throws to refuse it. null: the plan is known to be allowed, no EXPLAIN. */
  guard: ((plan: PlanLike | null) => void) | null;
}

export interface CypherSummaryJson {
  rowCount: number;
  truncated: boolean;
  resultAvailableAfterMs: number | null;
  resultConsumedAfterMs: number | null;
  notifications: JsonValue[];
  queryType: string | null;
  counters?: Record<string, number>;
  plan?: JsonValue;
}

export interface CypherRunResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  graph: GraphData;
  summary: CypherSummaryJson;
}

/** JSON parameters as Cypher expects them: whole numbers as integers (JS numbers would arrive as floats). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
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
  return out;
}

function isProfileConflict(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === 'Neo.ClientError.Statement.ArgumentError' &&
    /conflicting values for execution mode/i.test(e.message ?? '')
  );
}

async function runUnit(
  tx: ManagedTransaction,
  query: string,
  params: unknown,
  opts: CypherRunOptions,
  extend: (ms: number) => void,
): Promise<CypherRunResult> {
  if (opts.guard) {
    let plan: PlanLike | null;
    try {
      plan = ((await tx.run(explainQuery(query), params as Record<string, unknown>)).summary.plan ||
        null) as PlanLike | null;
    } catch (err) {
      if (isProfileConflict(err)) {
        throw new AppError(
          'CYPHER_ERROR',
          "PROFILE is not supported here: the server must check a query's plan before running it. Use EXPLAIN to see the plan.",
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
    // The database has answered; from here the query may use its whole transaction timeout (plus a margin so the
    // server's own timeout, with its clear error, fires first).
    extend(opts.txTimeoutMs + opts.planDeadlineMs);
  }

  const result = tx.run(query, params as Record<string, unknown>);
  if (!opts.guard) {
    // No EXPLAIN (the plan's verdict is cached): the RUN's answer — the query's columns, sent once it is planned,
    // before it executes — is the proof that the database is responsive, and costs no extra round trip.
    await result.keys();
    extend(opts.txTimeoutMs + opts.planDeadlineMs);
  }
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
    const row = next.value.toObject() as Record<string, unknown>;
    collector.collect(row);
    raw.push(row);
  }
  const columns = (await result.keys()) as string[];
  const missing = collector.missingNodeElementIds();
  if (missing.length > 0) {
    const found = await tx.run(NODES_BY_ELEMENT_ID, { elementIds: missing });
    collector.addNodes(found.records.map((r) => r.get('n') as Node));
  }
  return {
    columns,
    rows: raw.map((row) => rowToJson(row, collector)),
    graph: collector.graph(),
    summary: summaryToJson(summary ?? (await result.summary()), raw.length, truncated),
  };
}

export function createCypherRepository(db: Database) {
  return {
    run(query: string, params: Record<string, unknown>, opts: CypherRunOptions): Promise<CypherRunResult> {
      const cypherParams = toCypherParams(params);
      const work = (tx: ManagedTransaction, ctl: { extendDeadline(ms: number): void }) =>
        runUnit(tx, query, cypherParams, opts, (m) => ctl.extendDeadline(m));
      const runOpts = {
        txTimeoutMs: opts.txTimeoutMs,
        deadlineMs: opts.planDeadlineMs,
        metadata: { app: 'talent-graph', endpoint: 'cypher' },
        retry: false,
      };
      return opts.mode === 'write' ? db.write(work, runOpts) : db.read(work, runOpts);
    },
  };
}
export type CypherRepository = ReturnType<typeof createCypherRepository>;
