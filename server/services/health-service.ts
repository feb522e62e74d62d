// Decides what /api/health says: ok with the engine and graph size, or unavailable with the reason.
import type { HealthResponse } from '../../model/api-responses.js';
import type { AppError } from '../errors.js';
import type { HealthRepository } from '../repositories/health-repository.js';
import { workersInfo, type WorkersInfo } from '../workers.js';

/** What GET /api/health answers (model/api-responses.ts): ok with the engine and graph size, or why not. */
export type { HealthResponse as HealthReport } from '../../model/api-responses.js';

export function createHealthService(
  repo: HealthRepository,
  uri: string,
  deadlineMs: number,
  workers: () => WorkersInfo = workersInfo,
) {
  return {
    async check(): Promise<HealthResponse> {
      const proc = { pid: process.pid, workers: workers() };
      try {
        const f = await repo.read(deadlineMs);
        return {
          status: 'ok',
          neo4j: { uri, version: f.version, edition: f.edition },
          graph: { nodes: f.nodes, relationships: f.relationships },
          ...proc,
        };
      } catch (err) {
        const e = err as AppError;
        return {
          status: 'unavailable',
          error: { code: e.code === 'INTERNAL' || !e.code ? 'DB_UNAVAILABLE' : e.code, message: e.message },
          ...proc,
        };
      }
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
