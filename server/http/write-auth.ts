// Checks the write token of POST /api/cypher {mode:"write"}: Bearer scheme, compared in constant time on
// SHA-256 digests (equal length whatever was sent). The token itself is never logged or echoed.
import crypto from 'node:crypto';
import { AppError } from '../errors.js';

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value, 'utf8').digest();
}

/** True when `authorization` is `Bearer <token>` with exactly the configured token. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  const given = m?.[1] ?? '';
  // Compare even when the header is missing, so the time taken says nothing about the token.
  const same = crypto.timingSafeEqual(digest(given), digest(token));
  return same && m !== null;
}

/** Throws unless writes are enabled and the request carries the write token. */
export function assertWriteAllowed(authorization: string | undefined, token: string | undefined): void {
  if (!token) {
    throw new AppError(
      'FORBIDDEN',
      'Writes are disabled on this server (ALLOW_WRITE_TOKEN is not set); only mode "read" is available.',
    );
  }
  if (!bearerMatches(authorization, token)) {
    throw new AppError(
      'UNAUTHORIZED',
      'Write mode needs the header Authorization: Bearer <write token>; the token was missing or wrong.',
    );
  }
}
