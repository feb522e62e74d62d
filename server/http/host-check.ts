// Refuses requests whose Host header names a host the server does not answer to. A server on loopback is otherwise
// open to DNS rebinding: a hostile page whose domain is made to resolve to 127.0.0.1 could read the API as its own origin.
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

/** The host name of a Host header, without its port and brackets; lower-cased. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

/** `allowed` holds host names, or '*' for any. */
export function createHostCheck(allowed: string[]): RequestHandler {
  if (allowed.includes('*')) return (_req, _res, next) => next();
  const names = new Set(allowed.map((a) => a.toLowerCase()));
  return (req, _res, next) => {
    const header = req.headers.host ?? '';
    const name = hostName(header);
    if (names.has(name)) return next();
    next(
      new AppError(
        'FORBIDDEN',
        `This server does not answer to the host '${name.slice(0, 100)}'. Open it as ${[...names][0] ?? 'its own address'}, ` +
          'or add the name to ALLOWED_HOSTS.',
      ),
    );
  };
}
