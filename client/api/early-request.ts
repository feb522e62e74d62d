// The page's first request starts as the parser meets the boot script (client/boot.ts, inline at the top of the
// built page), before the app's bundle (about 1 MB) is loaded and run, so the server answers while the browser
// loads: a shared query link's (?q=) Cypher, or for a page with no link the story, the first picture. The app's first
// request with exactly the same path and body takes that answer instead of sending it again. Imports nothing, so the
// inlined boot script stays about 1 KB.

/**
 * The longest query a link may carry (client/state/url-decode.ts refuses longer ones, so the boot entry never sends
 * them).
 */
export const MAX_URL_QUERY_LENGTH = 4_000;

interface EarlyRequest {
  path: string;
  body: string;
  response: Promise<Response>;
  controller: AbortController;
}

const SLOT = '__talentGraphEarlyRequest';
type Holder = { [SLOT]?: EarlyRequest };

/**
 * The body of POST /api/cypher as the app sends it (api.cypher() and the boot entry build it here, so an early
 * request and the app's own are the same text): rows refer to the graph's elements instead of repeating them.
 */
export function cypherBody(
  query: string,
  params: Record<string, unknown>,
  limit?: number,
  bookmarks: string[] = [],
): string {
  return JSON.stringify({
    query,
    params,
    rows: 'refs',
    ...(limit ? { limit } : {}),
    ...(bookmarks.length > 0 ? { bookmarks } : {}),
  });
}

/**
 * The body the app's api.cypher() sends for a link's query (no limit; a fresh page has no bookmarks). Null when the app would not send this query as it stands: no `q`, a blank or
 * too long one, or one with `params` (those are parsed and checked by the app, and the explorer's own views carry
 * them and open by name, not through the Cypher endpoint).
 */
export function earlyCypherBody(search: string): string | null {
  const q = new URLSearchParams(search);
  const query = q.get('q');
  if (query === null || !query.trim() || query.length > MAX_URL_QUERY_LENGTH || q.has('params')) return null;
  return cypherBody(query, {});
}

/** The body of POST /api/views/:name as the app sends it (api.view() and the boot entry build it here). */
export function viewBody(ids?: string[], derived = false): string {
  return JSON.stringify({ rows: 'refs', ...(ids ? { ids } : {}), ...(derived ? { derived } : {}) });
}

/** The named view a page with no link opens first (model/view-queries.ts STORY_VIEW; a unit test keeps them equal). */
export const FIRST_VIEW_PATH = '/api/views/story';

/**
 * The request the app will send first for this address, or null when the boot entry cannot tell it for sure: a
 * link's query (earlyCypherBody), or the story when the address opens no query and no nodes. (On a database that
 * is not ours the app opens the overview instead, and the story's answer is left untaken.)
 */
export function earlyRequestFor(search: string): { path: string; body: string } | null {
  const cypher = earlyCypherBody(search);
  if (cypher !== null) return { path: '/api/cypher', body: cypher };
  const q = new URLSearchParams(search);
  const query = q.get('q');
  const linksQuery = query !== null && query.trim() !== '' && query.length <= MAX_URL_QUERY_LENGTH;
  if (linksQuery || q.has('n')) return null;
  return { path: FIRST_VIEW_PATH, body: viewBody() };
}

/** Sends the page's first request now (boot entry). */
export function startEarlyRequest(search: string): void {
  const first = earlyRequestFor(search);
  if (first === null) return;
  const controller = new AbortController();
  const response = fetch(first.path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: first.body,
    signal: controller.signal,
  });
  // Nobody may ever take it (the app decides otherwise): a failure then is no unhandled rejection.
  response.catch(() => {});
  (globalThis as Holder)[SLOT] = { ...first, response, controller };
}

/** The early request matching this one, once (it is forgotten when taken, so a retry sends anew). */
export function takeEarlyRequest(path: string, init: RequestInit): EarlyRequest | null {
  const holder = globalThis as Holder;
  const early = holder[SLOT];
  if (!early || early.path !== path || (init.method ?? 'GET') !== 'POST' || init.body !== early.body)
    return null;
  delete holder[SLOT];
  return early;
}

/**
 * Forgets an early request nobody took, aborting it: once the first picture is open, a later request with the same
 * path and body (the story opened again, the link's query run again) must be answered afresh, not from page load.
 */
export function dropEarlyRequest(): void {
  const holder = globalThis as Holder;
  holder[SLOT]?.controller.abort();
  delete holder[SLOT];
}
