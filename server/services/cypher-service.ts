// POST /api/cypher logic: who may write, how many rows, and the plan guard around the repository's run.
import type { CypherRequest } from '../../model/api.js';
import type { ServerConfig } from '../config.js';
import { AppError } from '../errors.js';
import { assertWriteAllowed } from '../http/write-auth.js';
import type {
  CypherRepository,
  CypherRunOptions,
  CypherRunResult,
  CypherTypedResult,
} from '../repositories/cypher-repository.js';
import { assertNoRefusals, createPlanVerdictCache, findRefusals } from './plan-guard.js';

export function createCypherService(
  repo: CypherRepository,
  config: Pick<ServerConfig, 'queryTimeoutMs' | 'rowCap' | 'dbTimeoutMs' | 'allowWriteToken'>,
  verdicts = createPlanVerdictCache(),
  /** Called after a write that changed the database (the flows derived from the facts must follow them). */
  afterWrite: () => void = () => {},
) {
  /** Queries whose plan was EXPLAINed, and those answered from the verdict cache (observable by tests). */
  const stats = { explained: 0, cached: 0 };
  const service = {
    stats: () => ({ ...stats, verdicts: verdicts.size }),
    /** Runs a request and answers plain JSON rows, their type hints and the graph. */
    run(
      request: CypherRequest,
      authorization: string | undefined,
      signal?: AbortSignal,
    ): Promise<CypherRunResult> {
      const opts = {
        ...prepare(request, authorization),
        rows: request.rows ?? 'full',
        ...(signal ? { signal } : {}),
      };
      return repo.run(request.query, request.params ?? {}, opts).then(changed);
    },
    /** Runs a request and answers the Query API's typed values (Accept: application/vnd.neo4j.query). */
    runTyped(
      request: CypherRequest,
      authorization: string | undefined,
      signal?: AbortSignal,
    ): Promise<CypherTypedResult> {
      const opts = { ...prepare(request, authorization), ...(signal ? { signal } : {}) };
      return repo.runTyped(request.query, request.params ?? {}, opts).then(changed);
    },
  };
  /** The answer of a query that changed the database (it has counters) sets off afterWrite. */
  function changed<T extends { summary: { counters?: unknown } }>(answer: T): T {
    if (answer.summary.counters) afterWrite();
    return answer;
  }
  /** Checks who may write and the limit, consults the verdict cache, and says how the repository runs the query. */
  function prepare(request: CypherRequest, authorization: string | undefined): CypherRunOptions {
    if (request.mode === 'write') assertWriteAllowed(authorization, config.allowWriteToken);
    if (request.limit !== undefined && request.limit > config.rowCap) {
      throw new AppError(
        'VALIDATION_ERROR',
        `Invalid body.limit: expected at most ${config.rowCap} (the server's row cap), got ${request.limit}.`,
        {
          issues: [{ path: 'body.limit', message: `expected at most ${config.rowCap}` }],
        },
      );
    }
    const known = verdicts.get(request.query);
    if (known) {
      stats.cached += 1;
      // A refused query is refused before it reaches the database, with the error it got the first time.
      assertNoRefusals(known, request.mode);
    } else stats.explained += 1;
    return {
      mode: request.mode,
      limit: request.limit ?? config.rowCap,
      txTimeoutMs: config.queryTimeoutMs,
      // Only connecting and BEGIN are held to the built-in endpoints' deadline; the plan check runs in the
      // query's own time (a large statement can take seconds to plan cold).
      connectDeadlineMs: config.dbTimeoutMs,
      ...(request.bookmarks?.length ? { bookmarks: request.bookmarks } : {}),
      guard: known
        ? null
        : (plan) => {
            const refusals = findRefusals(plan);
            verdicts.set(request.query, refusals);
            assertNoRefusals(refusals, request.mode);
          },
    };
  }
  return service;
}
export type CypherService = ReturnType<typeof createCypherService>;
