// helmet's security headers, taken from helmet once at start-up and set on each response in one pass. For a fixed
// configuration helmet answers every request alike, yet runs its 13 middleware functions each time: about 40 µs of
// the API's main-thread CPU per request (alternating requests to two servers). A configuration whose headers depend
// on the request (a CSP directive given as a function) is served by helmet itself, as before.
import type { RequestHandler, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** What helmet did to one response: the headers it set, in order, and those it removed. */
interface RecordedHeaders {
  set: [name: string, value: string | string[]][];
  removed: string[];
}

/** A request that throws on any use, so a helmet that reads the request is found out at start-up. */
const UNREADABLE_REQUEST = new Proxy(
  {},
  {
    get() {
      throw new Error('reads the request');
    },
  },
) as Request;

/** helmet's headers for any request, or null when they depend on the request or helmet did not finish at once. */
function recordHelmet(middleware: RequestHandler): RecordedHeaders | null {
  const out: RecordedHeaders = { set: [], removed: [] };
  const response = {
    setHeader(name: string, value: number | string | readonly string[]) {
      out.set.push([name, Array.isArray(value) ? [...(value as string[])] : String(value)]);
      return response;
    },
    removeHeader(name: string) {
      out.removed.push(name);
    },
  };
  let finished = false;
  try {
    void middleware(UNREADABLE_REQUEST, response as unknown as Response, (err?: unknown) => {
      if (err === undefined) finished = true;
    });
  } catch {
    return null;
  }
  return finished ? out : null;
}

export function createSecurityHeaders(options: Readonly<HelmetOptions>): RequestHandler {
  const middleware = helmet(options);
  const recorded = recordHelmet(middleware);
  if (!recorded) return middleware;
  const { set, removed } = recorded;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
