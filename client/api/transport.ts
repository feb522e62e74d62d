// How the client's readers reach the server: one fetch per call with a deadline, the caller's AbortSignal, a 503
// (the database briefly unavailable) tried again with backoff, a boot script's early request taken instead of a
// second one, and the last write's bookmarks carried by the next reads. Every failure is an ApiError.
import type { CypherResponse } from '../../model/api-responses.js';
import type { JsonValue } from '../../model/graph.js';
import { takeEarlyRequest } from './early-request.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: JsonValue,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Waits before each retry when the database is briefly unavailable (503: a cold or restarting engine recovers by
 * itself): backing off, about 7 s in all, before the error (and its Retry button) reaches the user.
 */
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000];

/**
 * The bookmarks of this page's last write through POST /api/cypher: its next reads carry them (the Neo4j-Bookmarks
 * header, or `bookmarks` in a Cypher request), so behind several servers or on a Neo4j cluster they see that write.
 */
let lastWriteBookmarks: string[] = [];

export function writeBookmarks(): string[] {
  return lastWriteBookmarks;
}

/** Keeps the bookmarks of an answer that wrote (its summary has counters); a read's leave them as they were. */
export function rememberWriteBookmarks(answer: Pick<CypherResponse, 'summary' | 'bookmarks'>): void {
  if (answer.summary?.counters && answer.bookmarks?.length) lastWriteBookmarks = [...answer.bookmarks];
}

/** The Neo4j-Bookmarks header a read carries (none before this page wrote). */
export function bookmarkHeader(): Record<string, string> {
  return lastWriteBookmarks.length > 0 ? { 'Neo4j-Bookmarks': lastWriteBookmarks.join(',') } : {};
}

/** The answer's body (JSON) of `path`, tried again on a 503 as DEFAULT_RETRY_DELAYS_MS says. */
export async function request<T>(path: string, init: RequestInit = {}, attempt = 0): Promise<T> {
  try {
    return await requestOnce<T>(path, init);
  } catch (err) {
    const delay = DEFAULT_RETRY_DELAYS_MS[attempt];
    if (delay !== undefined && err instanceof ApiError && err.status === 503 && !init.signal?.aborted) {
      await pause(delay, init.signal);
      // Aborted while waiting (the caller no longer wants the answer): not sent again.
      init.signal?.throwIfAborted();
      return request<T>(path, init, attempt + 1);
    }
    throw err;
  }
}

async function requestOnce<T>(path: string, init: RequestInit = {}): Promise<T> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), DEFAULT_TIMEOUT_MS);
  const outer = init.signal;
  // A signal aborted before the request starts aborts it at once (its abort event has been and gone).
  if (outer?.aborted) ctrl.abort();
  else outer?.addEventListener('abort', () => ctrl.abort(), { once: true });
  let res: Response;
  // A shared link's query may already be on its way (sent by the boot script): its answer is taken, not asked again.
  // Not by a caller already gone: its answer stays for the next one that asks.
  const early = ctrl.signal.aborted ? null : takeEarlyRequest(path, init);
  if (early) ctrl.signal.addEventListener('abort', () => early.controller.abort(), { once: true });
  try {
    res = early
      ? await early.response
      : await fetch(path, {
          ...init,
          signal: ctrl.signal,
          headers: {
            Accept: 'application/json',
            ...((init.method ?? 'GET') === 'GET' ? bookmarkHeader() : {}),
            ...(init.headers ?? {}),
          },
        });
  } catch (err) {
    if (outer?.aborted) throw err;
    throw new ApiError(0, 'NETWORK', `The server could not be reached (${(err as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; details?: JsonValue } } | null)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? `The server answered ${res.status} ${res.statusText}.`,
      e?.details,
    );
  }
  return body as T;
}

/** Waits `ms`, or less when `signal` aborts meanwhile. */
function pause(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A query string of the parameters given (undefined and '' left out), '' when none is. */
export const qs = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};
