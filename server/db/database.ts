// Runs units of work against Neo4j with READ or WRITE routing, closed sessions and a hard deadline, so a
// hanging database turns into a 503 instead of a hanging request. Every session shares the driver's one bookmark
// manager (causal consistency: on a cluster a read after the server's own write sees it on any member), and a
// request's own bookmarks (another process's writes) are added to it. The built-in reads run each query as its own
// auto-commit transaction: one round trip where a managed transaction takes two (BEGIN with the query, then COMMIT).
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors.js';
import { classifyNeo4jError } from './classify-error.js';

export interface RunOptions {
  /** Server-side transaction timeout (the database terminates the query). */
  txTimeoutMs?: number;
  /** Client-side deadline for the whole unit of work; past it the caller gets DB_UNAVAILABLE. */
  deadlineMs?: number;
  metadata?: Record<string, string>;
  /**
   * Retry transient failures (the default: reads on the driver's schedule, see DEFAULT_READ_RETRY; writes as the
   * driver's managed transactions). Users' own Cypher passes false, and runs in one explicit transaction: a query
   * refused for its memory is "transient" to the driver, and re-running it only repeats the cost.
   */
  retry?: boolean;
  /**
   * With `retry: false` only: once the database has answered BEGIN (it is up and responsive), the deadline is
   * restarted with this many milliseconds. `deadlineMs` then bounds only connecting and BEGIN, so a hanging database
   * still answers 503 fast, while planning and running a large statement get the query's own time.
   */
  afterBeginMs?: number;
  /** Bookmarks to read after besides the shared manager's (default: the current request's, see withBookmarks). */
  bookmarks?: string[];
  /** Called after a successful commit with the session's bookmarks (what a client hands on to read its write). */
  onBookmarks?: (bookmarks: string[]) => void;
  /**
   * Aborted when the caller no longer wants the answer (the HTTP client went away or pressed Cancel): the session is
   * closed at once, which sends Bolt RESET, so the database stops the query instead of running it to its timeout.
   */
  signal?: AbortSignal;
}

/** The bookmarks of the request being served (the Neo4j-Bookmarks header), for every unit of work it runs. */
const requestBookmarks = new AsyncLocalStorage<string[]>();

/** Runs `fn` (and everything it starts) so that each unit of work waits for `bookmarks` too. */
export function withBookmarks<T>(bookmarks: string[], fn: () => T): T {
  return requestBookmarks.run(bookmarks, fn);
}

/**
 * The bookmark manager shared by every session of the process on this driver: the driver's own (the one
 * executeQuery uses), so the seed and import, run in-process, chain with the server's reads too.
 */
export function sharedBookmarkManager(driver: Driver): BookmarkManager {
  return driver.executeQueryBookmarkManager;
}

/**
 * Lets a unit of work move its client-side deadline once the database has proved responsive: POST /api/cypher
 * gives BEGIN + EXPLAIN the short deadline (a hanging database → 503 fast) and then allows the user's query
 * its full transaction timeout.
 */
export interface UnitControl {
  /** Restarts the deadline: the unit now has `ms` more milliseconds. */
  extendDeadline(ms: number): void;
}

/**
 * What a unit of work runs its queries with: a transaction's `run`, or, for a retried read, the session's (each query
 * its own auto-commit transaction). Neo4j reads at READ COMMITTED either way: each query of a transaction sees what
 * was committed when it ran, so a unit of several reads sees the same in both forms. A session runs one auto-commit
 * query at a time, so a unit awaits each query's result before it runs the next (never several at once).
 */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

export type Work<T> = (tx: QueryRunner, ctl: UnitControl) => Promise<T>;

/**
 * Calls `start` with V8's stack capture off. The driver formats a stack trace for every result it creates (each
 * query, and the COMMIT or ROLLBACK of an explicit transaction), only so that a failure reported later can point at
 * its caller: 7% of the API's CPU under load (a CPU profile of neighbours under 50 connections); for the COMMIT,
 * about 85 µs of POST /api/cypher's main-thread CPU (alternating requests to two servers). Here a failure leaves as
 * an AppError with the database's own code and message, and a 5xx's log line has the request's id and URL, which
 * say where it came from. The driver creates the result synchronously (the message is sent later), so the limit is
 * back before any other code runs.
 */
function withoutStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `tx` whose `run` starts each query with V8's stack capture off (see withoutStack). */
export function withoutCallerStacks(tx: QueryRunner): QueryRunner {
  return { run: (query, params) => withoutStack(() => tx.run(query, params)) };
}

/** The driver's own retry schedule for managed transactions (first wait, growth, jitter, give up after). */
export const DEFAULT_READ_RETRY = { firstDelayMs: 1_000, factor: 2, jitter: 0.2, maxMs: 30_000 } as const;

/**
 * Runs `attempt` until it succeeds, as the driver retries a managed transaction: again after a retriable error, on
 * DEFAULT_READ_RETRY's schedule, unless `stopped()` (the deadline passed, the caller cancelled) or time is up.
 */
async function retryRetriable<T>(attempt: () => Promise<T>, stopped: () => boolean): Promise<T> {
  const { firstDelayMs, factor, jitter, maxMs } = DEFAULT_READ_RETRY;
  const started = Date.now();
  for (let delay: number = firstDelayMs; ; delay *= factor) {
    try {
      return await attempt();
    } catch (err) {
      const wait = delay * (1 - jitter + Math.random() * 2 * jitter);
      const giveUp = Date.now() - started + wait > maxMs;
      if (!neo4j.isRetriableError(err) || stopped() || giveUp) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (stopped()) throw err;
    }
  }
}

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  /** Shared by every read and write of this database object (and every other one on the same driver). */
  readonly bookmarkManager: BookmarkManager;
  read<T>(work: Work<T>, opts?: RunOptions): Promise<T>;
  write<T>(work: Work<T>, opts?: RunOptions): Promise<T>;
}

function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
  onTimeout: () => void,
  ctl: { extend?: (ms: number) => void },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const expire = (after: number, extended: boolean) => () => {
      onTimeout();
      reject(
        extended
          ? // The database had answered (the deadline was extended for the query), so this is a query that
            // outran its time (e.g. streaming one huge value), not a database that is down.
            new AppError(
              'QUERY_TIMEOUT',
              `The query did not finish within its time limit (${after} ms) and was abandoned.`,
            )
          : new AppError(
              'DB_UNAVAILABLE',
              `The database did not answer within ${after} ms; try again shortly.`,
            ),
      );
    };
    let timer = setTimeout(expire(ms, false), ms);
    ctl.extend = (more: number) => {
      clearTimeout(timer);
      timer = setTimeout(expire(more, true), more);
    };
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function createDatabase(driver: Driver, name: string, defaultDeadlineMs: number): Database {
  const bookmarkManager = sharedBookmarkManager(driver);
  const run = async <T>(mode: 'READ' | 'WRITE', work: Work<T>, opts: RunOptions = {}) => {
    const extra = opts.bookmarks ?? requestBookmarks.getStore() ?? [];
    const session = driver.session({
      database: name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager,
      ...(extra.length > 0 ? { bookmarks: extra } : {}),
    });
    const txConfig = {
      ...(opts.txTimeoutMs ? { timeout: opts.txTimeoutMs } : {}),
      ...(opts.metadata ? { metadata: opts.metadata } : {}),
    };
    const deadline: { extend?: (ms: number) => void } = {};
    const ctl: UnitControl = { extendDeadline: (ms) => deadline.extend?.(ms) };
    const bound = (tx: QueryRunner) => work(withoutCallerStacks(tx), ctl);
    const once = async (): Promise<T> => {
      // An explicit transaction keeps the session's access mode (READ is still enforced by the database).
      const tx = session.beginTransaction(txConfig);
      // The answer to BEGIN is proof that the database is responsive. The queries are sent behind BEGIN without
      // waiting for it (one round trip, not two); Neo4j answers in order, so the deadline still moves at BEGIN's
      // answer, before any query's, and a BEGIN that never comes back (bookmarks not reached) keeps the short one.
      const afterBeginMs = opts.afterBeginMs;
      if (afterBeginMs !== undefined)
        tx.then(
          () => ctl.extendDeadline(afterBeginMs),
          () => {},
        );
      try {
        const result = await bound(tx);
        await withoutStack(() => tx.commit());
        return result;
      } catch (err) {
        await withoutStack(() => tx.rollback()).catch(() => {});
        throw err;
      }
    };
    /**
     * A read without BEGIN and COMMIT: every query is an auto-commit transaction of the session (READ routing, the
     * shared bookmarks, the timeout and metadata); the whole unit is retried as the driver retries a managed one.
     */
    const autoCommitRead = () => {
      const runner: QueryRunner = { run: (query, params) => session.run(query, params, txConfig) };
      return retryRetriable(
        () => bound(runner),
        () => timedOut || cancelled,
      );
    };
    let timedOut = false;
    let cancelled = false;
    const unit =
      opts.retry === false
        ? once()
        : mode === 'READ'
          ? autoCommitRead()
          : session.executeWrite(bound, txConfig);
    const cancel = () => {
      cancelled = true;
      // Closing a session with an open transaction resets its connection: the server terminates the query.
      void session.close().catch(() => {});
    };
    if (opts.signal?.aborted) cancel();
    else opts.signal?.addEventListener('abort', cancel, { once: true });
    try {
      const result = await withDeadline(
        unit,
        opts.deadlineMs ?? defaultDeadlineMs,
        () => {
          timedOut = true;
        },
        deadline,
      );
      opts.onBookmarks?.(session.lastBookmarks());
      return result;
    } catch (err) {
      if (cancelled) {
        throw new AppError('QUERY_CANCELLED', 'The query was cancelled; the database stopped it.', null, {
          cause: err,
        });
      }
      const appErr = classifyNeo4jError(err);
      if (timedOut && extra.length > 0 && appErr.code === 'DB_UNAVAILABLE') {
        // Neo4j waits at BEGIN until it has reached the bookmarks; say so, as that is the likely cause.
        throw new AppError(
          'DB_UNAVAILABLE',
          `${appErr.message} The database may not have reached the transactions the bookmarks sent name.`,
          appErr.details,
          { cause: appErr },
        );
      }
      throw appErr;
    } finally {
      opts.signal?.removeEventListener('abort', cancel);
      // A session stuck on a hanging server must not block the response; close it in the background.
      const closing = session.close().catch(() => {});
      if (!timedOut) await closing;
      unit.catch(() => {});
    }
  };
  return {
    driver,
    name,
    bookmarkManager,
    read: (work, opts) => run('READ', work, opts),
    write: (work, opts) => run('WRITE', work, opts),
  };
}
