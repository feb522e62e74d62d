// The one error type of the API: a code, an HTTP status and a message safe to show a client.
import type { JsonValue } from '../model/graph.js';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID_JSON'
  | 'VALIDATION_ERROR'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'READ_ONLY'
  | 'FORBIDDEN'
  | 'NOT_ACCEPTABLE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'CYPHER_ERROR'
  | 'QUERY_TIMEOUT'
  | 'QUERY_CANCELLED'
  | 'DB_UNAVAILABLE'
  | 'INTERNAL';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  VALIDATION_ERROR: 400,
  CYPHER_ERROR: 400,
  UNAUTHORIZED: 401,
  READ_ONLY: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DB_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  // nginx's "client closed request": the client went away, so no one reads this answer; logs still tell it apart.
  QUERY_CANCELLED: 499,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: JsonValue,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.status = STATUS_BY_CODE[code];
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', what);
}
