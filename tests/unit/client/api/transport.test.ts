// How the client reaches the server (client/api/transport.ts), against a stand-in fetch: a 503 is tried again with
// backoff, a caller's abort is no server error, an unreachable server and a refusal are ApiErrors saying so, and a
// boot script's early request is taken instead of a second one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../../client/api/api.js';
import { FIRST_VIEW_PATH, startEarlyRequest, viewBody } from '../../../../client/api/early-request.js';
import {
  ApiError,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_TIMEOUT_MS,
  qs,
  request,
} from '../../../../client/api/transport.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const unavailable = () =>
  json({ error: { code: 'DB_UNAVAILABLE', message: 'The database is starting.' } }, 503);

/** A fetch that answers each call with the next of `answers`, recording what it was asked (as fetch does, a call
 * with an aborted signal is rejected unsent). */
function fakeFetch(answers: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next();
  });
  return calls;
}

/** A fetch that never answers until its request is aborted, then rejects as fetch does. */
function hangingFetch() {
  const signals: AbortSignal[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit = {}) => {
    const signal = init.signal!;
    signals.push(signal);
    // As fetch does: an aborted signal rejects at once, a later abort when it comes.
    const aborted = () => new DOMException('aborted', 'AbortError');
    if (signal.aborted) return Promise.reject(aborted());
    return new Promise<Response>((_, reject) =>
      signal.addEventListener('abort', () => reject(aborted()), { once: true }),
    );
  });
  return signals;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reaching the server', () => {
  it('tries a 503 again after each backoff delay, then answers', async () => {
    vi.useFakeTimers();
    const calls = fakeFetch([unavailable, unavailable, () => json({ ok: 1 })]);
    const answer = request<{ ok: number }>('/api/x');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    // Not before its delay is over.
    await vi.advanceTimersByTimeAsync(DEFAULT_RETRY_DELAYS_MS[0]! - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(DEFAULT_RETRY_DELAYS_MS[1]!);
    expect(calls).toHaveLength(3);
    expect(await answer).toEqual({ ok: 1 });
  });

  it('gives up on a 503 after the last delay, with the server’s code, message and details', async () => {
    vi.useFakeTimers();
    const calls = fakeFetch(Array.from({ length: DEFAULT_RETRY_DELAYS_MS.length + 1 }, () => unavailable));
    const answer = request('/api/x').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DEFAULT_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0));
    const err = await answer;
    expect(calls).toHaveLength(DEFAULT_RETRY_DELAYS_MS.length + 1);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 503, code: 'DB_UNAVAILABLE', message: 'The database is starting.' });
  });

  it('does not try again another refusal, and names an answer that is not JSON by its status', async () => {
    const calls = fakeFetch([
      () => json({ error: { code: 'BAD_INPUT', message: 'No.', details: { field: 'q' } } }, 400),
      () => new Response('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    ]);
    await expect(request('/api/x')).rejects.toMatchObject({
      status: 400,
      code: 'BAD_INPUT',
      details: { field: 'q' },
    });
    await expect(request('/api/x')).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_502',
      message: 'The server answered 502 Bad Gateway.',
    });
    expect(calls).toHaveLength(2);
  });

  it('calls a server it cannot reach NETWORK', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('/api/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('passes the caller’s abort on to the request, as an abort and not a server error', async () => {
    const signals = hangingFetch();
    const ctrl = new AbortController();
    const answer = request('/api/x', { signal: ctrl.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    ctrl.abort();
    const err = await answer;
    expect(signals[0]!.aborted).toBe(true);
    expect(err).not.toBeInstanceOf(ApiError);
    expect((err as Error).name).toBe('AbortError');
  });

  it('gives up a request the server does not answer within the deadline, as NETWORK', async () => {
    vi.useFakeTimers();
    const signals = hangingFetch();
    const answer = request('/api/x').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS);
    expect(signals[0]!.aborted).toBe(true);
    expect(await answer).toMatchObject({ code: 'NETWORK' });
  });

  it('takes the boot script’s early request instead of sending the same one again', async () => {
    const calls = fakeFetch([() => json({ early: true })]);
    startEarlyRequest('');
    expect(calls).toHaveLength(1);
    const answer = await request(FIRST_VIEW_PATH, { method: 'POST', body: viewBody() });
    expect(answer).toEqual({ early: true });
    expect(calls).toHaveLength(1);
  });

  it('leaves the boot script’s early request to the next caller when the first was aborted before it started', async () => {
    const calls = fakeFetch([() => json({ early: true })]);
    startEarlyRequest('');
    const ctrl = new AbortController();
    ctrl.abort();
    const gone = await request(FIRST_VIEW_PATH, {
      method: 'POST',
      body: viewBody(),
      signal: ctrl.signal,
    }).catch((e: unknown) => e);
    expect((gone as Error).name).toBe('AbortError');
    expect(await request(FIRST_VIEW_PATH, { method: 'POST', body: viewBody() })).toEqual({ early: true });
    expect(calls).toHaveLength(1);
  });

  it('builds a query string of the parameters given', () => {
    expect(qs({})).toBe('');
    expect(qs({ q: 'a b', limit: 5, none: undefined, empty: '' })).toBe('?q=a+b&limit=5');
  });
});

describe('aborting a request', () => {
  it('sends nothing for a signal aborted before the request starts', async () => {
    const signals = hangingFetch();
    const ctrl = new AbortController();
    ctrl.abort();
    const err = await request('/api/x', { signal: ctrl.signal }).catch((e: unknown) => e);
    // fetch rejects an aborted signal without sending: the signal it was given was aborted from the start.
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
    expect((err as Error).name).toBe('AbortError');
  });

  it('stops waiting to try a 503 again once aborted, and does not send it again', async () => {
    vi.useFakeTimers();
    const calls = fakeFetch([unavailable, () => json({ ok: 1 })]);
    const ctrl = new AbortController();
    const answer = request('/api/x', { signal: ctrl.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    ctrl.abort();
    const err = await answer;
    expect((err as Error).name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(DEFAULT_RETRY_DELAYS_MS[0]! * 2);
    expect(calls).toHaveLength(1);
  });

  it('hands api.flows’s signal to its request', async () => {
    const signals = hangingFetch();
    const ctrl = new AbortController();
    const answer = createApi()
      .flows({ ids: ['flow:a->b'], until: '2022' }, ctrl.signal)
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    ctrl.abort();
    expect(((await answer) as Error).name).toBe('AbortError');
    expect(signals[0]!.aborted).toBe(true);
  });
});
