// Keeps the embedded Neo4j of `npm start` running: when its JVM dies (it exits on heap exhaustion, which one runaway
// query can cause, or it is killed), it is started again on the same port with the same data, so the driver
// reconnects by itself and the API recovers without anyone restarting the app.
import type { Log } from './build.js';
import type { EmbeddedNeo4j } from './embedded.js';

/** Waits before each successive restart attempt; the last one repeats. */
export const DEFAULT_RESTART_DELAYS_MS = [500, 2_000, 5_000, 15_000, 30_000];

export interface SupervisedNeo4j {
  /** The engine running now (or the one that last ran, while a restart is under way). */
  readonly current: EmbeddedNeo4j;
  /** How many times the engine has been started again after dying. */
  readonly restarts: number;
  /** Stops supervising and stops the engine. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  log?: Log;
  restartDelaysMs?: number[];
}

/**
 * Watches `first`; whenever the running engine exits without `stop()` having been called, calls `start(port)` again
 * (the same port, so the driver's URI stays valid), retrying with growing delays until it succeeds or `stop()` is called.
 */
export function superviseEmbedded(
  first: EmbeddedNeo4j,
  start: (port: number) => Promise<EmbeddedNeo4j>,
  opts: SuperviseOptions = {},
): SupervisedNeo4j {
  const log = opts.log ?? (() => {});
  const delays = opts.restartDelaysMs ?? DEFAULT_RESTART_DELAYS_MS;
  let current = first;
  let restarts = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let starting: Promise<unknown> | undefined;

  const scheduleRestart = (attempt: number) => {
    const delay = delays[Math.min(attempt, delays.length - 1)] ?? 1_000;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      starting = start(current.port).then(
        async (next) => {
          starting = undefined;
          if (stopped) {
            await next.stop();
            return;
          }
          current = next;
          restarts += 1;
          log(`The embedded Neo4j is running again at ${next.uri} (restart ${restarts}).`);
          watch(next);
        },
        (err: unknown) => {
          starting = undefined;
          if (stopped) return;
          const reason = ((err as Error)?.message ?? String(err)).split('\n')[0];
          log(`Could not restart the embedded Neo4j (${reason}); trying again…`);
          scheduleRestart(attempt + 1);
        },
      );
    }, delay);
  };

  const watch = (db: EmbeddedNeo4j) => {
    db.process.once('exit', (code, signal) => {
      if (stopped || db !== current) return;
      log(
        `The embedded Neo4j stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it on the same port ` +
          'and data. Requests answer 503 until it is back.',
      );
      scheduleRestart(0);
    });
  };
  watch(first);

  return {
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await starting?.catch(() => {});
      await current.stop();
    },
  };
}
