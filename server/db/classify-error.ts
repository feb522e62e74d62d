// Turns neo4j-driver errors into the API's AppError, so every layer above speaks one error language: by the
// driver's own error codes (`Neo4jError.code`) and `retriable`, never by message except where the driver gives no code.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.js';

/** The driver's own codes for a server it cannot reach or lost (neo4j.error.SERVICE_UNAVAILABLE, SESSION_EXPIRED). */
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The driver's code for an error it raised itself without one (neo4j-driver-core's NOT_AVAILABLE). */
const NO_CODE = 'N/A';

/**
 * The only errors classified by message: neo4j-driver 5.28's connection pool (neo4j-driver-core
 * internal/pool/pool.js) rejects with `newError(message)` — code 'N/A', `retriable` false — when no connection
 * frees up within connectionAcquisitionTimeout (the database hangs) and after the driver was closed, so neither
 * the code nor `retriable` tells them apart from any other driver-side error. Both mean "no database right now".
 * Socket failures (ECONNREFUSED, "Failed to connect", "Connection was closed by server") carry ServiceUnavailable
 * or SessionExpired and are classified by that code.
 */
const POOL_MESSAGES = ['Connection acquisition timed out', 'Pool is closed'];

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const TERMINATED_CODES = new Set([
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.LockClientStopped',
]);
const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);
const READ_ONLY_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Security.Forbidden',
]);

interface DriverLikeError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

/** Extracts Neo4j's "(line 1, column 8 (offset: 7))" position from a Cypher error message. */
export function cypherPosition(
  message: string,
): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/** Whether the driver says trying again may succeed: its own `retriable` (transient, unavailable, expired). */
function isRetriable(err: unknown, e: DriverLikeError): boolean {
  return err instanceof Neo4jError ? neo4j.isRetriableError(err) : e.retriable === true;
}

export function classifyNeo4jError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as DriverLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(err);
  const unavailable = () =>
    new AppError(
      'DB_UNAVAILABLE',
      'The database is unavailable right now; try again shortly.',
      { neo4jCode: code || 'unknown' },
      { cause: err },
    );
  if (UNAVAILABLE_CODES.has(code)) return unavailable();
  if (code === NO_CODE && POOL_MESSAGES.some((m) => message.startsWith(m))) return unavailable();
  if (TIMEOUT_CODES.has(code)) {
    return new AppError(
      'QUERY_TIMEOUT',
      'The query ran past its time limit and was terminated by the database.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  if (TERMINATED_CODES.has(code)) {
    return new AppError(
      'QUERY_TIMEOUT',
      'The query was terminated by the database.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  // Bookmarks the database cannot use (not one of its own, or of another database) or has not reached in time.
  if (INVALID_BOOKMARK_CODES.has(code)) {
    return new AppError(
      'BAD_REQUEST',
      `Invalid bookmarks: the database refused them (${message.split('\n')[0]}).`,
      { neo4jCode: code, neo4jMessage: message },
      { cause: err },
    );
  }
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The database has not reached the transactions the bookmarks name; try again shortly.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  if (READ_ONLY_CODES.has(code)) {
    return new AppError(
      'READ_ONLY',
      'This endpoint is read-only: the database refused a write.',
      { neo4jCode: code, neo4jMessage: message },
      { cause: err },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new AppError(
      'DB_UNAVAILABLE',
      'The server could not authenticate to the database.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new AppError(
      'CYPHER_ERROR',
      'The query needed more memory than one query may use; narrow it or add a LIMIT.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  // The database caught a heap exhaustion and survived it: the query built a value too big for the heap.
  if (code === 'Neo.TransientError.General.OutOfMemoryError') {
    return new AppError(
      'CYPHER_ERROR',
      'The database ran out of memory running this query; narrow it or add a LIMIT.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  // Any other error the driver marks retriable (a deadlock, a lock wait timed out, a leader switch…): trying again
  // may succeed, so 503 (which the client retries) rather than a 500.
  if (isRetriable(err, e)) {
    return new AppError(
      'DB_UNAVAILABLE',
      'The database could not run the query just now; try again shortly.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  if (code.startsWith('Neo.ClientError.')) {
    const position = cypherPosition(message);
    return new AppError(
      'CYPHER_ERROR',
      message.split('\n')[0] ?? message,
      {
        neo4jCode: code,
        neo4jMessage: message,
        ...(position ? { position } : {}),
      },
      { cause: err },
    );
  }
  return new AppError(
    'INTERNAL',
    'An unexpected database error occurred.',
    { neo4jCode: code || 'unknown' },
    { cause: err },
  );
}
