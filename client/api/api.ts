// The HTTP client for the server's API: one typed reader per endpoint, its answer typed by the endpoint's schema in
// model/ (checked against it in development, trusted in production). Every call resolves to that data or throws
// ApiError with the server's code, message and details, so panels can show what went wrong and where.
import type {
  CareerResponse,
  CypherResponse,
  DegreesResponse,
  FlowDetailsResponse,
  FlowsResponse,
  NeighborsResponse,
  NodeResponse,
  PathsResponse,
  SchemaResponse,
  SearchResponse,
  SearchResult,
  SourceResponse,
  SourcesResponse,
  TalentResponse,
  TimelineResponse,
} from '../../model/api-responses.js';
import {
  mergeGraphs,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type JsonValue,
} from '../../model/graph.js';
import { collectGraph } from './graph-json.js';
import { cypherBody, takeEarlyRequest, viewBody } from './early-request.js';
import type { ViewName } from '../../model/view-queries.js';
import { nameListText } from '../../model/name-list.js';

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

/**
 * POST /api/cypher's answer, its graph also holding graph-shaped maps found in the rows (see `cypher` below). The
 * client asks for format 2 (rows refer to the graph); client/state/cypher-rows.ts resolves the rows it shows.
 */
export type CypherResult = CypherResponse;
export type CypherSummary = CypherResponse['summary'];
export type { SearchResult };

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
  /** The whole answer: the counts and start and end labels the overview lists. */
  raw: SchemaResponse;
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

/** Which moves a drill-down lists (the counts stay whole): GET /api/orgs/:id/talent's kind … counterpart. */
export interface TalentFilter {
  kind?: 'hire' | 'departure';
  period?: string;
  placement?: 'period' | 'imprecise' | 'undated' | 'outside';
  certainty?: 'stated' | 'implied';
  counterpart?: string;
}

export interface Api {
  search(q: string, limit?: number, signal?: AbortSignal): Promise<SearchResult[]>;
  /** The node's answer, its `graph` also holding the node, its facts' edges and its sources. */
  node(id: string): Promise<NodeResponse>;
  /** `types` and `direction` narrow the expansion to one kind of relationship (the context menu's "expand by"). */
  neighbors(
    id: string,
    opts?: { limit?: number; types?: string[]; direction?: 'in' | 'out' | 'both' },
  ): Promise<NeighborsResult>;
  /** The node's relationships counted by type and direction. Optional: test doubles may leave it out. */
  degrees?(id: string): Promise<DegreesResponse>;
  paths(
    from: string,
    to: string,
    maxLength?: number,
    opts?: { derived?: string; types?: string },
  ): Promise<PathsResponse>;
  /**
   * A source's metadata, full text (or null) and its quotes with their offsets in the text. Optional so that test
   * doubles of the API that never open the reader may leave it out.
   */
  source?(id: string): Promise<SourceResponse>;
  /** Source nodes by id (those that exist), for citations; not through the user's rate-limited Cypher endpoint. */
  sources?(ids: string[]): Promise<SourcesResponse>;
  career(id: string): Promise<CareerResponse>;
  flows(opts?: {
    org?: string;
    direction?: 'in' | 'out' | 'both';
    since?: string;
    until?: string;
    min?: number;
    /** Division-level flows too (each move counted at the most specific level). */
    divisions?: boolean;
    /** Only these flows (at most MAX_FLOW_IDS): the network's stored flows, for a window's numbers. */
    ids?: string[];
    /** People listed per flow (0: the numbers alone). */
    peopleLimit?: number;
  }): Promise<FlowsResponse>;
  /**
   * One flow's details (the facts its people and departures reports were counted by, their sources): `people` the
   * ids to list (at most MAX_FLOW_DETAILS_PEOPLE; an empty list lists no one), else its first ones; `divisions`: the
   * view by division (an organisation's flow's own moves, its stints at its ends only), as flows(…, {divisions}).
   */
  flowDetails(id: string, people?: string[], divisions?: boolean): Promise<FlowDetailsResponse>;
  timeline(from?: string, to?: string): Promise<TimelineResponse>;
  /** An organisation's hires and departures per period (optional: test doubles may leave it out). */
  talent?(org: string, opts?: TalentOptions & TalentFilter): Promise<TalentResponse>;
  schema(): Promise<SchemaInfo>;
  cypher(
    query: string,
    params?: Record<string, JsonValue>,
    limit?: number,
    signal?: AbortSignal,
  ): Promise<CypherResult>;
  /**
   * One of the server's named views (POST /api/views/:name; node-set takes ids, and `derived` for the talent flows
   * among them), answered like `cypher` but not counted against the user's Cypher rate limit (optional: test
   * doubles may leave it out).
   */
  view?(name: ViewName, ids?: string[], signal?: AbortSignal, derived?: boolean): Promise<CypherResult>;
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
  // A shared link's query may already be on its way (sent by the boot script): its answer is taken, not asked again.
  const early = takeEarlyRequest(path, init);
  if (early) ctrl.signal.addEventListener('abort', () => early.controller.abort(), { once: true });
  try {
    res = early
      ? await early.response
      : await fetch(path, {
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

/** Each endpoint's answer type, by reader (model/api-responses.ts), and the name of the schema that defines it. */
interface Answers {
  search: SearchResponse;
  node: NodeResponse;
  neighbors: NeighborsResponse;
  degrees: DegreesResponse;
  paths: PathsResponse;
  source: SourceResponse;
  sources: SourcesResponse;
  career: CareerResponse;
  flows: FlowsResponse;
  flowDetails: FlowDetailsResponse;
  timeline: TimelineResponse;
  talent: TalentResponse;
  schema: SchemaResponse;
  cypher: CypherResponse;
  view: CypherResponse;
}
const ANSWER_SCHEMAS = {
  search: 'SearchResponseSchema',
  node: 'NodeResponseSchema',
  neighbors: 'NeighborsResponseSchema',
  degrees: 'DegreesResponseSchema',
  paths: 'PathsResponseSchema',
  source: 'SourceResponseSchema',
  sources: 'SourcesResponseSchema',
  career: 'CareerResponseSchema',
  flows: 'FlowsResponseSchema',
  flowDetails: 'FlowDetailsResponseSchema',
  timeline: 'TimelineResponseSchema',
  talent: 'TalentResponseSchema',
  schema: 'SchemaResponseSchema',
  cypher: 'CypherResponseSchema',
  view: 'CypherResponseSchema',
} as const satisfies Record<keyof Answers, string>;

/** Answers are checked against their schema in development (Vite's dev server, vitest), trusted in a build. */
export const DEFAULT_VALIDATE_ANSWERS = import.meta.env?.DEV === true;

/** How many of a mismatch's problems the error names (the first ones say where the contract broke). */
const MAX_CONTRACT_ISSUES = 3;

/**
 * The answer as its endpoint's type. With `validate`, its schema checks it first: the schemas are loaded only then
 * (a separate chunk), so a production build carries no zod. A mismatch is an ApiError naming the endpoint and where.
 */
export async function readAnswer<K extends keyof Answers>(
  endpoint: K,
  body: unknown,
  validate = DEFAULT_VALIDATE_ANSWERS,
): Promise<Answers[K]> {
  if (!validate) return body as Answers[K];
  const schemas = await import('../../model/api-responses.js');
  const checked = schemas[ANSWER_SCHEMAS[endpoint]].safeParse(body);
  if (checked.success) return body as Answers[K];
  const where = checked.error.issues
    .slice(0, MAX_CONTRACT_ISSUES)
    .map((i) => `${i.path.join('.') || '(the answer)'}: ${i.message}`)
    .join('; ');
  throw new ApiError(
    200,
    'CONTRACT',
    `The server's ${endpoint} answer does not match its schema (${where}).`,
  );
}

export interface ApiOptions {
  /** Check each answer against its schema (default: in development only). */
  validate?: boolean;
}

export function createApi(base = '', opts: ApiOptions = {}): Api {
  const validate = opts.validate ?? DEFAULT_VALIDATE_ANSWERS;
  const get = async <K extends keyof Answers>(endpoint: K, path: string, init?: RequestInit) =>
    readAnswer(endpoint, await request<unknown>(`${base}${path}`, init), validate);
  return {
    async search(q, limit = 10, signal) {
      return (await get('search', `/api/search${qs({ q, limit })}`, { signal })).results;
    },
    async node(id) {
      const answer = await get('node', `/api/nodes/${encodeURIComponent(id)}`);
      // The panels and the scene read one graph: the node, its facts (with their other ends) and their sources.
      const graph = mergeGraphs({ nodes: [answer.node], edges: [] }, answer.graph, {
        nodes: answer.sources,
        edges: answer.facts.map((f) => f.edge),
      });
      return { ...answer, graph };
    },
    async neighbors(id, opts = {}) {
      const answer = await get(
        'neighbors',
        `/api/nodes/${encodeURIComponent(id)}/neighbors${qs({
          limit: opts.limit,
          types: opts.types && nameListText(opts.types),
          direction: opts.direction,
        })}`,
      );
      return { graph: answer.graph, returned: answer.returned, total: answer.total };
    },
    degrees: (id) => get('degrees', `/api/nodes/${encodeURIComponent(id)}/degrees`),
    paths: (from, to, maxLength, opts = {}) =>
      get('paths', `/api/paths${qs({ from, to, maxLength, all: 'true', ...opts })}`),
    source: (id) => get('source', `/api/sources/${encodeURIComponent(id)}`),
    career: (id) => get('career', `/api/people/${encodeURIComponent(id)}/career`),
    flows: (o = {}) =>
      get(
        'flows',
        `/api/flows${qs({
          org: o.org,
          direction: o.direction,
          since: o.since,
          until: o.until,
          min: o.min,
          divisions: o.divisions ? 'true' : undefined,
          ids: o.ids?.join(','),
          peopleLimit: o.peopleLimit,
        })}`,
      ),
    flowDetails: (id, people, divisions) => {
      const rest = qs({ people: people?.join(','), divisions: divisions ? 'true' : undefined });
      // An empty list is sent too (`people=`, which qs drops): it lists no one, where leaving it out lists the
      // flow's first.
      const query = people?.length === 0 ? `?people=${rest && `&${rest.slice(1)}`}` : rest;
      return get('flowDetails', `/api/flows/${encodeURIComponent(id)}/details${query}`);
    },
    timeline: (from, to) => get('timeline', `/api/timeline${qs({ from, to })}`),
    sources: (ids) => get('sources', `/api/sources${qs({ ids: ids.join(',') })}`),
    talent: (org, o = {}) =>
      get(
        'talent',
        `/api/orgs/${encodeURIComponent(org)}/talent${qs({
          from: o.from,
          to: o.to,
          interval: o.interval,
          compare: o.compare,
          divisions: o.divisions ? 'true' : undefined,
          detail: o.detail,
          kind: o.kind,
          period: o.period,
          placement: o.placement,
          certainty: o.certainty,
          counterpart: o.counterpart,
        })}`,
      ),
    async schema() {
      return schemaInfo(await get('schema', '/api/schema'));
    },
    async cypher(query, params = {}, limit, signal) {
      const body = await get('cypher', '/api/cypher', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // Rows refer to the graph's elements instead of repeating them: about half the answer for a scene.
        body: cypherBody(query, params, limit, lastWriteBookmarks),
        signal,
      });
      rememberWriteBookmarks(body);
      // Rows may also carry maps shaped like graph nodes and edges (a "virtual" graph built in Cypher): drawn too.
      const graph = body.graph.nodes.length ? body.graph : collectGraph(body.rows);
      return { ...body, graph };
    },
    view: (name, ids, signal, derived) =>
      get('view', `/api/views/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // A POST read: it carries the last write's bookmarks in the header, as the GETs do.
          ...(lastWriteBookmarks.length > 0 ? { 'Neo4j-Bookmarks': lastWriteBookmarks.join(',') } : {}),
        },
        body: viewBody(ids, derived),
        signal,
      }),
  };
}

/** The lists the editor's autocomplete and the legend need, from GET /api/schema's answer. */
export function schemaInfo(answer: SchemaResponse): SchemaInfo {
  const props = new Set<string>(answer.propertyKeys);
  for (const l of answer.labels) for (const p of l.properties) props.add(p.key);
  for (const t of answer.relationshipTypes) for (const p of t.properties) props.add(p.key);
  return {
    labels: answer.labels.map((l) => l.label),
    relationshipTypes: answer.relationshipTypes.map((t) => t.type),
    propertyKeys: [...props].sort(),
    raw: answer,
  };
}

export type { GraphEdge, GraphNode };
