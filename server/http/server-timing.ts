// Server-Timing on every API answer: how long the server took from the request's arrival to its answer's headers
// (the work — queries, conversion, serialisation — is done by then for a JSON answer). Browsers show it in their
// developer tools and in Resource Timing, so a slow page can tell the server's time from the network's and its own.
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';

/** The metric's name in the header: `Server-Timing: app;dur=12.3`. */
export const SERVER_TIMING_METRIC = 'app';

export function createServerTiming(): RequestHandler {
  return (_req, res, next) => {
    const start = process.hrtime.bigint();
    onHeaders(res, function () {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      this.setHeader('Server-Timing', `${SERVER_TIMING_METRIC};dur=${ms.toFixed(1)}`);
    });
    next();
  };
}
