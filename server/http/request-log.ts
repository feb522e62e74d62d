// Every request's id (X-Request-Id: the caller's when it is safe, a new UUID otherwise) and its one log line at its
// end: debug for an answer, warn for a 4xx or a request the client left (a cancelled query: not a server fault),
// error for a 5xx, with the URL's secret-looking query values redacted. It replaces pino-http, which built a child
// logger and serialised the request for every request, even when the level dropped its line: here a request whose
// line is not logged costs one listener.
import crypto from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Level, Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Query parameters whose values never reach the logs, should a client put a token or password in a URL. */
const SECRET_PARAM = /token|passw|secret|auth|key/i;

/** The id this middleware gave the request; `undefined` before it ran. */
export function requestId(req: Request): string | undefined {
  return (req as Request & { id?: string }).id;
}

export function createRequestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    (req as Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    // 'close' comes after 'finish' for an answer sent in full, and alone for one the client left before its end.
    res.once('close', () => {
      const done = res.writableFinished;
      const level: Level =
        done && res.statusCode >= 500 ? 'error' : !done || res.statusCode >= 400 ? 'warn' : 'debug';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: redactUrl(req.originalUrl) },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - start),
        },
        done ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}

/** The URL for the logs, with the values of secret-looking query parameters replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is checked as sent
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}
