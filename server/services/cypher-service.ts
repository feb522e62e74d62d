// POST /api/cypher logic: who may write, how many rows, and the plan guard around the repository's run.
import type { CypherRequest } from '../../model/api.js';
import type { ServerConfig } from '../config.js';
import { AppError } from '../errors.js';
import { assertWriteAllowed } from '../http/write-auth.js';
import type { CypherRepository, CypherRunResult } from '../repositories/cypher-repository.js';
import { assertPlanAllowed } from './plan-guard.js';

export function createCypherService(
  repo: CypherRepository,
  config: Pick<ServerConfig, 'queryTimeoutMs' | 'rowCap' | 'dbTimeoutMs' | 'allowWriteToken'>,
) {
  return {
    async run(request: CypherRequest, authorization: string | undefined): Promise<CypherRunResult> {
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
      return repo.run(request.query, request.params ?? {}, {
        mode: request.mode,
        limit: request.limit ?? config.rowCap,
        txTimeoutMs: config.queryTimeoutMs,
        planDeadlineMs: config.dbTimeoutMs,
        guard: (plan) => assertPlanAllowed(plan, request.mode),
      });
    },
  };
}
export type CypherService = ReturnType<typeof createCypherService>;
