// What an API process knows of the worker set it belongs to (WEB_CONCURRENCY): the pids the cluster primary
// announces (for GET /api/health) and the rate-limit store shared by all workers. A single process is a set of one.
import cluster from 'node:cluster';
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import type { Store } from 'express-rate-limit';
import type { Driver } from 'neo4j-driver';

/** The message the primary sends every worker whenever the set changes (a worker started or died). */
export const WORKERS_MESSAGE = 'talent-graph:workers';
/** The variable the primary hands its bookmarks (of the seed it ran) to its workers in. */
export const PRIMARY_BOOKMARKS_ENV = 'TALENT_GRAPH_PRIMARY_BOOKMARKS';

export interface WorkersInfo {
  /** API processes serving this port. */
  count: number;
  pids: number[];
}

export interface WorkersMessage {
  type: typeof WORKERS_MESSAGE;
  pids: number[];
}

export function isWorkersMessage(m: unknown): m is WorkersMessage {
  const msg = m as Partial<WorkersMessage> | null;
  return msg?.type === WORKERS_MESSAGE && Array.isArray(msg.pids);
}

let latest: WorkersInfo = { count: 1, pids: [process.pid] };
// Listening from the start: the primary announces the set as soon as a worker is listening.
if (cluster.isWorker) {
  process.on('message', (m: unknown) => {
    if (isWorkersMessage(m)) latest = { count: m.pids.length, pids: [...m.pids] };
  });
}

/** The worker set as last announced by the primary; a process outside a cluster is alone. */
export function workersInfo(): WorkersInfo {
  return latest;
}

/**
 * The rate-limit store: in a cluster worker one kept by the primary (express-rate-limit's cluster memory store,
 * so a limit counts requests across every worker); alone, express-rate-limit's own in-memory store.
 */
export function createRateLimitStore(prefix: string): Store | undefined {
  return cluster.isWorker ? new ClusterMemoryStoreWorker({ prefix }) : undefined;
}

/** In a worker: start the driver's bookmark manager from the primary's bookmarks (the seed it wrote). */
export async function adoptPrimaryBookmarks(
  driver: Driver,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const bookmarks = (env[PRIMARY_BOOKMARKS_ENV] ?? '').split(',').filter(Boolean);
  if (bookmarks.length > 0) await driver.executeQueryBookmarkManager.updateBookmarks([], bookmarks);
}
