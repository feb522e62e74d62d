// Decides what /api/health says: ok with the engine and graph size, or unavailable with the reason.
import type { AppError } from '../errors.js';
import type { HealthRepository } from '../repositories/health-repository.js';
import { workersInfo, type WorkersInfo } from '../workers.js';

/** Which API process answered, and the set of workers it belongs to (WEB_CONCURRENCY). */
interface ProcessReport {
  pid: number;
  workers: WorkersInfo;
}

export type HealthReport = ProcessReport &
  (
    | {
        status: 'ok';
        neo4j: { uri: string; version: string; edition: string };
        graph: { nodes: number; relationships: number };
      }
    | { status: 'unavailable'; error: { code: string; message: string } }
  );

export function createHealthService(
  repo: HealthRepository,
  uri: string,
  deadlineMs: number,
  workers: () => WorkersInfo = workersInfo,
) {
  return {
    async check(): Promise<HealthReport> {
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
