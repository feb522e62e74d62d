// The HTTP client for the server's API (issue 4's contract). Every call resolves to typed data or throws ApiError
// with the server's code, message and details, so panels can show what went wrong and where.
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import { collectGraph } from './graph-json.js';

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

export interface SearchResult {
  id: string;
  labels: string[];
  name: string | null;
  nameAr: string | null;
  matched?: string | null;
  score?: number;
}

export interface CypherSummary {
  rowCount: number;
  truncated: boolean;
  resultAvailableAfterMs: number;
  resultConsumedAfterMs: number;
  notifications?: JsonValue[];
  /** The plan, for an EXPLAIN: operators from the result back to the scans ({operatorType, arguments, identifiers, children}). */
  plan?: JsonValue;
}

export interface CypherResult {
  columns: string[];
  rows: JsonValue[][] | Record<string, JsonValue>[];
  /** Per row, the Cypher types its JSON cannot show, by JSON Pointer (see client/state/cypher-values.ts). */
  types?: Record<string, string>[];
  graph: GraphData;
  summary: CypherSummary & { counters?: Record<string, number> };
  /** The bookmarks after the query's transaction (the server's Neo4j bookmarks). */
  bookmarks?: string[];
}

export interface NeighborsResult {
  graph: GraphData;
  /** Neighbours returned in this answer. */
  returned: number;
  /** All neighbours that exist (the supernode guard returns at most `limit`). */
  total: number;
}

export interface SchemaInfo {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  raw: JsonValue;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface TalentOptions {
  from?: string;
  to?: string;
  interval?: 'year' | 'quarter' | 'month';
  divisions?: boolean;
  compare?: string;
  /** counts: the numbers without the moves (a chart); moves: with every move and its quotes (a click). */
  detail?: 'counts' | 'moves';
}

export interface Api {
  search(q: string, limit?: number, signal?: AbortSignal): Promise<SearchResult[]>;
  node(id: string): Promise<{ node: GraphNode | null; graph: GraphData; raw: JsonValue }>;
  neighbors(id: string, opts?: { limit?: number; offset?: number }): Promise<NeighborsResult>;
  paths(
    from: string,
    to: string,
    maxLength?: number,
    opts?: { derived?: string; types?: string },
  ): Promise<{ graph: GraphData; paths: JsonValue; raw: JsonValue }>;
  /**
   * A source's metadata, full text (or null) and its quotes with their offsets in the text. Optional so that test
   * doubles of the API that never open the reader may leave it out.
   */
  source?(id: string): Promise<JsonValue>;
  /** Source nodes by id (those that exist), for citations; not through the user's rate-limited Cypher endpoint. */
  sources?(ids: string[]): Promise<{ sources: GraphNode[] }>;
  career(id: string): Promise<JsonValue>;
  flows(opts?: {
    org?: string;
    direction?: 'in' | 'out' | 'both';
    since?: string;
    until?: string;
    min?: number;
    /** Division-level flows too (each move counted at the most specific level). */
    divisions?: boolean;
  }): Promise<JsonValue>;
  timeline(from?: string, to?: string): Promise<JsonValue>;
  /** An organisation's hires and departures per period (optional: test doubles may leave it out). */
  talent?(org: string, opts?: TalentOptions): Promise<JsonValue>;
  schema(): Promise<SchemaInfo>;
  cypher(
    query: string,
    params?: Record<string, JsonValue>,
    limit?: number,
    signal?: AbortSignal,
  ): Promise<CypherResult>;
}

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
export function rememberWriteBookmarks(answer: Pick<CypherResult, 'summary' | 'bookmarks'>): void {
  if (answer.summary?.counters && answer.bookmarks?.length) lastWriteBookmarks = [...answer.bookmarks];
}

async function request<T>(path: string, init: RequestInit = {}, attempt = 0): Promise<T> {
  try {
    return await requestOnce<T>(path, init);
  } catch (err) {
    const delay = DEFAULT_RETRY_DELAYS_MS[attempt];
    if (delay !== undefined && err instanceof ApiError && err.status === 503 && !init.signal?.aborted) {
      await new Promise((r) => setTimeout(r, delay));
      return request<T>(path, init, attempt + 1);
    }
    throw err;
  }
}

async function requestOnce<T>(path: string, init: RequestInit = {}): Promise<T> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), DEFAULT_TIMEOUT_MS);
  const outer = init.signal;
  if (outer) outer.addEventListener('abort', () => ctrl.abort(), { once: true });
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      signal: ctrl.signal,
      headers: {
        Accept: 'application/json',
        ...(lastWriteBookmarks.length > 0 && (init.method ?? 'GET') === 'GET'
          ? { 'Neo4j-Bookmarks': lastWriteBookmarks.join(',') }
          : {}),
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

const qs = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && /^\d+$/.test(v)
      ? Number(v)
      : undefined;
}

export function createApi(base = ''): Api {
  return {
    async search(q, limit = 10, signal) {
      const body = await request<{ results?: SearchResult[] }>(`${base}/api/search${qs({ q, limit })}`, {
        signal,
      });
      return Array.isArray(body?.results) ? body.results : [];
    },
    async node(id) {
      const raw = await request<JsonValue>(`${base}/api/nodes/${encodeURIComponent(id)}`);
      const graph = collectGraph(raw);
      return { node: graph.nodes.find((n) => n.id === id) ?? null, graph, raw };
    },
    async neighbors(id, opts = {}) {
      const raw = await request<Record<string, JsonValue>>(
        `${base}/api/nodes/${encodeURIComponent(id)}/neighbors${qs({ limit: opts.limit, offset: opts.offset })}`,
      );
      const graph = collectGraph(raw);
      const returned = graph.nodes.filter((n) => n.id !== id).length;
      const r = raw as Record<string, unknown>;
      const meta = (typeof r.meta === 'object' && r.meta ? r.meta : r) as Record<string, unknown>;
      const total =
        num(meta.total) ??
        num(meta.totalNeighbors) ??
        (num(meta.remaining) !== undefined ? returned + num(meta.remaining)! : undefined) ??
        (num(meta.more) !== undefined ? returned + num(meta.more)! : returned);
      return { graph, returned, total: Math.max(total, returned) };
    },
    async paths(from, to, maxLength, opts = {}) {
      const raw = await request<Record<string, JsonValue>>(
        `${base}/api/paths${qs({ from, to, maxLength, all: 'true', ...opts })}`,
      );
      return { graph: collectGraph(raw.graph ?? raw), paths: raw.paths ?? null, raw };
    },
    source: (id) => request<JsonValue>(`${base}/api/sources/${encodeURIComponent(id)}`),
    career: (id) => request<JsonValue>(`${base}/api/people/${encodeURIComponent(id)}/career`),
    flows: (o = {}) =>
      request<JsonValue>(
        `${base}/api/flows${qs({
          org: o.org,
          direction: o.direction,
          since: o.since,
          until: o.until,
          min: o.min,
          divisions: o.divisions ? 'true' : undefined,
        })}`,
      ),
    timeline: (from, to) => request<JsonValue>(`${base}/api/timeline${qs({ from, to })}`),
    sources: (ids) => request<{ sources: GraphNode[] }>(`${base}/api/sources${qs({ ids: ids.join(',') })}`),
    talent: (org, o = {}) =>
      request<JsonValue>(
        `${base}/api/orgs/${encodeURIComponent(org)}/talent${qs({
          from: o.from,
          to: o.to,
          interval: o.interval,
          compare: o.compare,
          divisions: o.divisions ? 'true' : undefined,
          detail: o.detail,
        })}`,
      ),
    async schema() {
      const raw = await request<Record<string, JsonValue>>(`${base}/api/schema`);
      return parseSchema(raw);
    },
    async cypher(query, params = {}, limit, signal) {
      const body = await request<CypherResult>(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query,
          params,
          ...(limit ? { limit } : {}),
          ...(lastWriteBookmarks.length > 0 ? { bookmarks: lastWriteBookmarks } : {}),
        }),
        signal,
      });
      rememberWriteBookmarks(body);
      // Rows may also carry maps shaped like graph nodes and edges (a "virtual" graph built in Cypher): drawn too.
      const graph = body.graph?.nodes?.length ? collectGraph(body.graph) : collectGraph(body.rows);
      return { ...body, graph };
    },
  };
}

/** Flattens /api/schema into the lists the editor's autocomplete and the legend need, whatever its nesting. */
export function parseSchema(raw: Record<string, JsonValue>): SchemaInfo {
  const names = (v: JsonValue | undefined): string[] => {
    if (Array.isArray(v))
      return v
        .map((x) =>
          typeof x === 'string'
            ? x
            : typeof x === 'object' && x && !Array.isArray(x)
              ? String(x.label ?? x.type ?? x.name ?? '')
              : '',
        )
        .filter(Boolean);
    if (v && typeof v === 'object') return Object.keys(v);
    return [];
  };
  const props = new Set<string>();
  const collectProps = (v: JsonValue | undefined) => {
    if (!v) return;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'string') props.add(x);
        else if (x && typeof x === 'object' && !Array.isArray(x)) {
          if (typeof x.name === 'string' && !('labels' in x)) props.add(x.name);
          collectProps(x.properties ?? x.propertyKeys ?? x.keys);
        }
      }
    } else if (typeof v === 'object') {
      for (const x of Object.values(v)) collectProps(x);
    }
  };
  collectProps(raw.propertyKeys);
  for (const key of ['labels', 'relationshipTypes', 'nodes', 'relationships', 'types']) {
    const v = raw[key];
    if (v && typeof v === 'object') {
      for (const x of Array.isArray(v) ? v : Object.values(v)) {
        if (x && typeof x === 'object' && !Array.isArray(x))
          collectProps(x.properties ?? x.propertyKeys ?? x.keys);
      }
    }
  }
  return {
    labels: names(raw.labels ?? raw.nodes),
    relationshipTypes: names(raw.relationshipTypes ?? raw.relationships ?? raw.types),
    propertyKeys: [...props].sort(),
    raw,
  };
}

export type { GraphEdge, GraphNode };
