// Turns neo4j-driver errors into the API's AppError, so every layer above speaks one error language.
import { AppError } from '../errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

interface DriverLikeError {
  code?: string;
  message?: string;
  gqlStatus?: string;
}

/** Extracts Neo4j's "(line 1, column 8 (offset: 7))" position from a Cypher error message. */
export function cypherPosition(
  message: string,
): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

export function classifyNeo4jError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as DriverLikeError;
  const code = e.code ?? '';
  const message = e.message ?? String(err);
  if (
    UNAVAILABLE_CODES.has(code) ||
    /connection acquisition timed out|Connection was closed|ECONNREFUSED|Failed to connect|Pool is closed/i.test(
      message,
    )
  ) {
    return new AppError(
      'DB_UNAVAILABLE',
      'The database is unavailable right now; try again shortly.',
      { neo4jCode: code || 'unknown' },
      { cause: err },
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
    /TransactionTimedOut/.test(code)
  ) {
    return new AppError(
      'QUERY_TIMEOUT',
      'The query ran past its time limit and was terminated by the database.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.Terminated' ||
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code === 'Neo.ClientError.Transaction.LockClientStopped'
  ) {
    return new AppError(
      'QUERY_TIMEOUT',
      'The query was terminated by the database.',
      { neo4jCode: code },
      { cause: err },
    );
  }
  // Bookmarks the database cannot use (not one of its own, or of another database) or has not reached in time.
  if (/^Neo\.ClientError\.Transaction\.InvalidBookmark/.test(code)) {
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
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
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
  if (
    code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    code.includes('MemoryPoolOutOfMemory')
  ) {
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
