// WEB_CONCURRENCY > 1: this process becomes the cluster primary. It starts (or connects to) Neo4j once, seeds an
// empty database, then runs N API workers behind one port (Node's cluster module), each with its own driver to the
// same Neo4j by URI; keeps the shared rate-limit store; restarts a worker that dies; tells every worker the set (for
// health); and on SIGINT/SIGTERM stops the workers gracefully, then Neo4j.
import { DEFAULT_STOP_TIMEOUT_MS } from '../neo4j/embedded.js';
import type { Serializable } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import type { Logger } from 'pino';
import { openNeo4j, type Neo4jConnection } from '../neo4j/connect.js';
import type { ServerConfig } from './config.js';
import { PRIMARY_BOOKMARKS_ENV, WORKERS_MESSAGE, type WorkersMessage } from './workers.js';

/** A worker that dies is replaced after this delay, doubled for each death within the last minute (crash loop). */
export const DEFAULT_RESTART_DELAY_MS = 250;
export const MAX_RESTART_DELAY_MS = 30_000;
/** How long stopping waits for workers to finish their requests before killing them. */
export const DEFAULT_WORKER_STOP_MS = 12_000;

/**
 * Sends a message to every worker that looks connected. One that died a moment ago can still look so, and the write
 * then fails (EPIPE); with a callback that is the callback's error, not an 'error' event that would end this process.
 */
export function sendToWorkers(message: Serializable): void {
  for (const w of Object.values(cluster.workers ?? {})) if (w?.isConnected()) w.send(message, () => {});
}

/**
 * A failed message to a worker from anywhere in this process (the rate-limit store answers workers too) is emitted
 * as 'error' on it; unheard, it would end this process and every other worker with it. The worker's death itself is
 * handled by the cluster's 'exit'. A worker whose process could not be started at all (no pid) emits 'error' and
 * never 'exit', so nothing would ever replace it or report it: that error stays fatal, as it always was.
 */
export function hearWorkerErrors(worker: Worker, logger: Pick<Logger, 'warn'>): Worker {
  worker.on('error', (err: Error) => {
    if (worker.process.pid === undefined) throw err;
    logger.warn(`A message to API worker ${worker.process.pid} failed: ${err.message}`);
  });
  return worker;
}

export interface PrimaryOptions {
  config: ServerConfig;
  logger: Logger;
  /** Seeds an empty database (main.ts owns the seed). */
  seedIfEmpty: (conn: Neo4jConnection) => Promise<unknown>;
}

export async function runClusterPrimary({ config, logger, seedIfEmpty }: PrimaryOptions): Promise<void> {
  const log = (msg: string) => logger.info(msg);
  const count = config.webConcurrency;
  let conn: Neo4jConnection | undefined;
  let stopping = false;
  const recentDeaths: number[] = [];
  const listeningIds = new Set<number>();
  let announcedReady = false;
  let failStart: ((err: Error) => void) | undefined;

  const pids = () =>
    Object.values(cluster.workers ?? {})
      .filter((w): w is Worker => Boolean(w) && listeningIds.has(w!.id))
      .map((w) => w.process.pid!)
      .sort((a, b) => a - b);
  const announce = () => {
    if (stopping) return;
    const message: WorkersMessage = { type: WORKERS_MESSAGE, pids: pids() };
    sendToWorkers(message);
  };

  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    const workerCount = Object.keys(cluster.workers ?? {}).length;
    log(`${code === 0 ? `${signal} received` : signal}: stopping ${workerCount} worker(s)…`);
    const force = setTimeout(() => process.exit(1), DEFAULT_WORKER_STOP_MS + 8_000);
    force.unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            const kill = setTimeout(() => w.process.kill('SIGKILL'), DEFAULT_WORKER_STOP_MS);
            w.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            // The worker's own handler closes its server (finishing requests in flight) and its driver.
            w.process.kill('SIGTERM');
          }),
      ),
    );
    // The workers are stopped; an embedded Neo4j's stop is bounded by its launcher (SIGKILL after
    // DEFAULT_STOP_TIMEOUT_MS) and may take longer than the workers' grace on a busy machine: it gets its own.
    clearTimeout(force);
    setTimeout(() => process.exit(1), DEFAULT_STOP_TIMEOUT_MS + 5_000).unref();
    await conn?.close();
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  conn = await openNeo4j(config.neo4j, log, {}, { supervise: true });
  if (stopping) return;
  if (config.seedOnEmpty) await seedIfEmpty(conn);
  // Workers connect to the same Neo4j by URI: the embedded engine's (with its password), else NEO4J_URI's.
  const embedded = conn.embedded;
  const bookmarks = [...(await conn.driver.executeQueryBookmarkManager.getBookmarks())];
  const env: Record<string, string> = {
    ...(embedded ? { NEO4J_URI: embedded.uri, NEO4J_PASSWORD: embedded.password } : {}),
    // The workers' first reads wait for what this process wrote (the seed), on any cluster member.
    [PRIMARY_BOOKMARKS_ENV]: bookmarks.join(','),
  };

  new ClusterMemoryStorePrimary().init();
  const fork = () => hearWorkerErrors(cluster.fork(env), logger);

  const ready = new Promise<number>((resolve, reject) => {
    failStart = reject;
    cluster.on('listening', (worker, address) => {
      listeningIds.add(worker.id);
      announce();
      if (!announcedReady && listeningIds.size >= count) {
        announcedReady = true;
        resolve(address.port);
      }
    });
  });
  cluster.on('exit', (worker, code, signal) => {
    const wasListening = listeningIds.delete(worker.id);
    announce();
    if (stopping) return;
    if (!announcedReady && !wasListening) {
      // A worker that cannot start (port in use, bad settings) would fail the same way again: stop.
      failStart?.(new Error(`An API worker could not start (${signal ?? `exit code ${code}`}); stopping.`));
      return;
    }
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && now - recentDeaths[0]! > 60_000) recentDeaths.shift();
    const delay = Math.min(MAX_RESTART_DELAY_MS, DEFAULT_RESTART_DELAY_MS * 2 ** (recentDeaths.length - 1));
    logger.warn(
      `API worker ${worker.process.pid} stopped unexpectedly (${signal ?? `exit code ${code}`}); starting a new one in ${delay} ms.`,
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  for (let i = 0; i < count; i++) fork();
  let port: number;
  try {
    port = await ready;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    await stop('Start-up failed', 1);
    return;
  }
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  log(`Talent Graph is ready at http://${shown}:${port} (${count} API workers: ${pids().join(', ')})`);
}
