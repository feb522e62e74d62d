// Decides from a query's EXPLAIN plan (never from its text) whether POST /api/cypher may run it: operators that
// reach files or the network, administration and transaction-management commands, and procedures that manage
// the server are refused even though a READ transaction would let them through.
import { AppError } from '../errors.js';

/** The part of a driver plan this guard reads. */
export interface PlanLike {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanLike[];
}

/** Operators that read from files or URLs. */
export const FILE_OR_NETWORK_OPERATORS = new Set(['LoadCSV']);

/** SHOW commands that only describe the schema or the callable API; every other Show… or Terminate… operator is refused. */
export const ALLOWED_SHOW_OPERATORS = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);

/**
 * Procedures that manage the server (Neo4j's DBMS mode) or reach files/network. Matched on the name in the
 * ProcedureCall operator. Informational DBMS procedures (dbms.components, dbms.info, …) stay allowed.
 */
export const REFUSED_PROCEDURES = new Set([
  'db.clearQueryCaches',
  'dbms.killConnection',
  'dbms.killConnections',
  'dbms.listConfig',
  'dbms.listConnections',
  'dbms.queryJmx',
  'dbms.setConfigValue',
  'dbms.upgrade',
]);
/** Plugin namespaces that load or export data through files or the network, or run arbitrary statements. */
export const REFUSED_PROCEDURE_PREFIXES = [
  'dbms.security.',
  'apoc.load.',
  'apoc.import.',
  'apoc.export.',
  'apoc.cypher.',
  'apoc.periodic.',
  'apoc.systemdb.',
  'apoc.trigger.',
  'apoc.log.',
  'apoc.util.sleep',
];

export interface Refusal {
  operator: string;
  reason: string;
  procedure?: string;
}

/** The operator name without the "@database" suffix the driver adds. */
function baseOperator(operatorType: string): { name: string; database: string | undefined } {
  const at = operatorType.indexOf('@');
  return at < 0
    ? { name: operatorType, database: undefined }
    : { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

function procedureName(args: Record<string, unknown> | undefined): string | undefined {
  const details = args?.Details ?? args?.Signature ?? args?.details;
  if (typeof details !== 'string') return undefined;
  const m = /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details);
  return m?.[1];
}

/** Every operator of a plan that the guard refuses (empty: the plan may run). */
export function findRefusals(plan: PlanLike | null | undefined): Refusal[] {
  const refusals: Refusal[] = [];
  const visit = (p: PlanLike, root: boolean) => {
    const { name, database } = baseOperator(p.operatorType);
    const runtime = typeof p.arguments?.runtime === 'string' ? p.arguments.runtime : undefined;
    if (root && (database === 'system' || runtime === 'SYSTEM')) {
      refusals.push({
        operator: name,
        reason: 'administration commands (users, roles, databases, servers) are not allowed',
      });
    } else if (name === 'AdministrationCommand') {
      refusals.push({ operator: name, reason: 'administration commands are not allowed' });
    } else if (FILE_OR_NETWORK_OPERATORS.has(name)) {
      refusals.push({
        operator: name,
        reason: 'reading files or URLs from the database server (LOAD CSV) is not allowed',
      });
    } else if (
      (name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name)) ||
      name.startsWith('Terminate')
    ) {
      refusals.push({
        operator: name,
        reason: 'commands that list or terminate transactions, or read server settings, are not allowed',
      });
    } else if (name === 'ProcedureCall') {
      const proc = procedureName(p.arguments);
      if (!proc) {
        refusals.push({
          operator: name,
          reason: 'a procedure call whose name could not be read from the plan',
        });
      } else if (
        REFUSED_PROCEDURES.has(proc) ||
        REFUSED_PROCEDURE_PREFIXES.some((pre) => proc.startsWith(pre))
      ) {
        refusals.push({
          operator: name,
          procedure: proc,
          reason: `the procedure ${proc} manages the server or reaches files or the network`,
        });
      }
    }
    for (const c of p.children ?? []) visit(c, false);
  };
  if (plan) visit(plan, true);
  return refusals;
}

/** Throws the 403 the API answers for a refused plan. */
export function assertPlanAllowed(plan: PlanLike | null | undefined, mode: 'read' | 'write'): void {
  assertNoRefusals(findRefusals(plan), mode);
}

/** Throws the 403 for a verdict with refusals (a fresh one or one from the cache: the same error either way). */
export function assertNoRefusals(refusals: readonly Refusal[], mode: 'read' | 'write'): void {
  const first = refusals[0];
  if (!first) return;
  const details = {
    refusals: refusals.map((r) => ({
      operator: r.operator,
      reason: r.reason,
      ...(r.procedure ? { procedure: r.procedure } : {}),
    })),
  };
  // Read mode answers READ_ONLY as for any refused write; write mode (trusted token) answers FORBIDDEN.
  throw new AppError(
    mode === 'read' ? 'READ_ONLY' : 'FORBIDDEN',
    `This query was refused: ${first.reason}.`,
    details,
  );
}

/** Verdicts remembered by the plan guard (query texts of the last so many distinct queries). */
export const DEFAULT_PLAN_VERDICT_CACHE_SIZE = 500;

/**
 * The guard's verdicts by query text, least recently used dropped first, so a repeated query skips the EXPLAIN
 * round trip. Keyed by the text alone: parameters can change which plan Neo4j picks (index or scan, join order)
 * but not which operators a query may reach — LOAD CSV, procedure calls, administration and SHOW/TERMINATE
 * commands are all written in the text, and a procedure's name cannot be a parameter. The verdict is a list of
 * refusals, so a refused query is refused again with the same error. This cache is not the write guard: writes
 * are stopped by the READ transaction the query runs in, every time.
 */
export function createPlanVerdictCache(max = DEFAULT_PLAN_VERDICT_CACHE_SIZE) {
  const verdicts = new Map<string, readonly Refusal[]>();
  return {
    get(query: string): readonly Refusal[] | undefined {
      const v = verdicts.get(query);
      if (v !== undefined) {
        // Map keeps insertion order: re-inserting makes this the most recently used.
        verdicts.delete(query);
        verdicts.set(query, v);
      }
      return v;
    },
    set(query: string, refusals: readonly Refusal[]): void {
      verdicts.delete(query);
      verdicts.set(query, refusals);
      while (verdicts.size > max) verdicts.delete(verdicts.keys().next().value as string);
    },
    get size(): number {
      return verdicts.size;
    },
  };
}
export type PlanVerdictCache = ReturnType<typeof createPlanVerdictCache>;
