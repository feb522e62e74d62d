// helmet's security headers, taken from helmet once at start-up and set on each response in one pass. For a fixed
// configuration helmet answers every request alike, yet runs its 13 middleware functions each time: about 40 µs of
// the API's main-thread CPU per request (alternating requests to two servers). A configuration with a CSP directive
// given as a function (a nonce, say: a value per response) is served by helmet itself, as before.
import type { RequestHandler, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** What helmet did to one response: the headers it set, in order, and those it removed. */
export interface RecordedHeaders {
  set: [name: string, value: string | readonly string[]][];
  removed: string[];
}

/** True when a CSP directive's value is, or holds, a function: helmet computes it for each response. */
function hasComputedDirective(options: Readonly<HelmetOptions>): boolean {
  const csp = options.contentSecurityPolicy;
  if (!csp || csp === true) return false;
  return Object.values(csp.directives ?? {}).some(
    (v) =>
      typeof v === 'function' ||
      (typeof v === 'object' &&
        v !== null &&
        Symbol.iterator in v &&
        [...(v as Iterable<unknown>)].some((x) => typeof x === 'function')),
  );
}

/**
 * helmet's headers for any request, or null when they may differ from one response to the next: a computed CSP
 * directive, a helmet that reads the request (the request given here throws on any use), or one that does not finish
 * at once.
 */
export function recordSecurityHeaders(options: Readonly<HelmetOptions>): RecordedHeaders | null {
  if (hasComputedDirective(options)) return null;
  const out: RecordedHeaders = { set: [], removed: [] };
  const response = {
    setHeader(name: string, value: number | string | readonly string[]) {
      out.set.push([name, Array.isArray(value) ? Object.freeze([...(value as string[])]) : String(value)]);
      return response;
    },
    removeHeader(name: string) {
      out.removed.push(name);
    },
  };
  const unreadableRequest = new Proxy(
    {},
    {
      get() {
        throw new Error('reads the request');
      },
    },
  ) as Request;
  let finished = false;
  try {
    helmet(options)(unreadableRequest, response as unknown as Response, (err?: unknown) => {
      if (err === undefined) finished = true;
    });
  } catch {
    return null;
  }
  return finished ? out : null;
}

export function createSecurityHeaders(options: Readonly<HelmetOptions>): RequestHandler {
  const recorded = recordSecurityHeaders(options);
  if (!recorded) return helmet(options);
  const { set, removed } = recorded;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    // A list is copied for each response: Node keeps the array it is given, which later code could change.
    for (const [name, value] of set) res.setHeader(name, typeof value === 'string' ? value : [...value]);
    next();
  };
}
