// Server-Timing on every API answer: how long the server took from the request's arrival to its answer's headers
// (the work — queries, conversion, serialisation — is done by then for a JSON answer). Browsers show it in their
// developer tools and in Resource Timing, so a slow page can tell the server's time from the network's and its own.
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';

/** The metric's name in the header: `Server-Timing: app;dur=12.3`. */
export const SERVER_TIMING_METRIC = 'app';

/**
 * True when `url` (a request's path and query) is `prefix` itself or below it, as Express matches a mount path:
 * case-insensitively, on whole segments. `prefix` is lower-case.
 */
export function isUnder(url: string, prefix: string): boolean {
  if (url.length < prefix.length || url.slice(0, prefix.length).toLowerCase() !== prefix) return false;
  const next = url.charAt(prefix.length);
  return next === '' || next === '/' || next === '?';
}

/**
 * `under` (lower-case): only answers at or below this path get the header. Checked here rather than by mounting the
 * middleware at the path, for which Express matches the path and rewrites the request's URL on every request.
 */
export function createServerTiming(opts: { under?: string } = {}): RequestHandler {
  const { under } = opts;
  return (req, res, next) => {
    if (under !== undefined && !isUnder(req.url, under)) return next();
    const start = process.hrtime.bigint();
    onHeaders(res, function () {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      this.setHeader('Server-Timing', `${SERVER_TIMING_METRIC};dur=${ms.toFixed(1)}`);
    });
    next();
  };
}
