// POST /api/views/:name logic: a named read-only view, run like a read through POST /api/cypher (same answer, same
// row cap and timeouts) but by name, so the explorer's own first picture and shared links never spend the user's
// Cypher rate limit. The views are the server's own queries: no plan check is needed.
import type { ViewRequest } from '../../model/api.js';
import type { ViewName } from '../../model/view-queries.js';
import type { ServerConfig } from '../config.js';
import { AppError } from '../errors.js';
import { viewQuery } from '../queries/views.js';
import type { CypherRepository, CypherRunResult } from '../repositories/cypher-repository.js';

export function createViewService(
  repo: CypherRepository,
  config: Pick<ServerConfig, 'queryTimeoutMs' | 'rowCap' | 'dbTimeoutMs'>,
) {
  return {
    run(name: ViewName, request: ViewRequest = {}, signal?: AbortSignal): Promise<CypherRunResult> {
      if (name === 'node-set' && !request.ids) throw invalidIds('expected the node ids of the set');
      if (name !== 'node-set' && request.ids)
        throw invalidIds(`expected no ids: the ${name} view takes none`);
      if (name !== 'node-set' && request.derived !== undefined)
        throw new AppError('VALIDATION_ERROR', `Invalid body.derived: the ${name} view takes none.`, {
          issues: [{ path: 'body.derived', message: `the ${name} view takes none` }],
        });
      const view = viewQuery(name, request.ids, request.derived === true);
      return repo.run(view.query, view.params, {
        mode: 'read',
        limit: config.rowCap,
        txTimeoutMs: config.queryTimeoutMs,
        connectDeadlineMs: config.dbTimeoutMs,
        guard: null,
        rows: request.rows ?? 'full',
        ...(signal ? { signal } : {}),
      });
    },
  };
}
export type ViewService = ReturnType<typeof createViewService>;

function invalidIds(message: string): AppError {
  return new AppError('VALIDATION_ERROR', `Invalid body.ids: ${message}.`, {
    issues: [{ path: 'body.ids', message }],
  });
}
