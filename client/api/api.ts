// The HTTP client for the server's API: one typed reader per endpoint, its answer typed by the endpoint's schema in
// model/ (checked against it in development, trusted in production: answer-schemas.ts). Every call resolves to that
// data or throws ApiError with the server's code, message and details (transport.ts), so panels can show what went
// wrong and where.
import type {
  CareerResponse,
  CypherResponse,
  DegreesResponse,
  FlowDetailsResponse,
  FlowsResponse,
  NodeResponse,
  PathsResponse,
  SchemaResponse,
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
import { cypherBody, viewBody } from './early-request.js';
import type { ViewName } from '../../model/view-queries.js';
import type { MoveWindow } from '../../model/flows-api.js';
import { nameListText } from '../../model/name-list.js';
import { DEFAULT_VALIDATE_ANSWERS, readAnswer, type Answers } from './answer-schemas.js';
import { bookmarkHeader, qs, rememberWriteBookmarks, request, writeBookmarks } from './transport.js';

export { DEFAULT_VALIDATE_ANSWERS, readAnswer } from './answer-schemas.js';
export {
  ApiError,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_TIMEOUT_MS,
  rememberWriteBookmarks,
  writeBookmarks,
} from './transport.js';

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
  /** `labels` keeps nodes of these labels only (the dashboard's picker asks for organisations). */
  search(q: string, limit?: number, signal?: AbortSignal, labels?: string[]): Promise<SearchResult[]>;
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
    /** `certainties`: '' for none (sent as `certainties=`), left out for every one. */
    opts?: { derived?: string; types?: string; certainties?: string },
  ): Promise<PathsResponse>;
  /**
   * A source's metadata, full text (or null) and its quotes with their offsets in the text. Optional so that test
   * doubles of the API that never open the reader may leave it out.
   */
  source?(id: string): Promise<SourceResponse>;
  /** Source nodes by id (those that exist), for citations; not through the user's rate-limited Cypher endpoint. */
  sources?(ids: string[]): Promise<SourcesResponse>;
  career(id: string): Promise<CareerResponse>;
  /** `signal` aborts the request: a time window's numbers the network no longer wants are not waited for. */
  flows(
    opts?: {
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
    },
    signal?: AbortSignal,
  ): Promise<FlowsResponse>;
  /**
   * One flow's details (the facts its people and departures reports were counted by, their sources): `people` the
   * ids to list (at most MAX_FLOW_DETAILS_PEOPLE; an empty list lists no one), else its first ones; `divisions`: the
   * view by division (an organisation's flow's own moves, its stints at its ends only), as flows(…, {divisions});
   * `reports`: the departures reports to quote (at most MAX_FLOW_DETAILS_REPORTS: a time window's; an empty list
   * quotes none), else every one behind the flow.
   */
  flowDetails(
    id: string,
    people?: string[],
    divisions?: boolean,
    reports?: string[],
    window?: MoveWindow,
  ): Promise<FlowDetailsResponse>;
  /** The timeline's part in a window (all time by default) after `after`, an earlier part's `nextAfter`. */
  timeline(part?: { from?: string; to?: string; after?: string }): Promise<TimelineResponse>;
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

export interface ApiOptions {
  /** Check each answer against its schema (default: in development only). */
  validate?: boolean;
}

export function createApi(base = '', opts: ApiOptions = {}): Api {
  const validate = opts.validate ?? DEFAULT_VALIDATE_ANSWERS;
  const get = async <K extends keyof Answers>(endpoint: K, path: string, init?: RequestInit) =>
    readAnswer(endpoint, await request<unknown>(`${base}${path}`, init), validate);
  return {
    async search(q, limit = 10, signal, labels) {
      const only = labels && nameListText(labels);
      return (await get('search', `/api/search${qs({ q, labels: only, limit })}`, { signal })).results;
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
    paths: (from, to, maxLength, opts = {}) => get('paths', pathsPath(from, to, maxLength, opts)),
    source: (id) => get('source', `/api/sources/${encodeURIComponent(id)}`),
    career: (id) => get('career', `/api/people/${encodeURIComponent(id)}/career`),
    flows: (o = {}, signal) =>
      get(
        'flows',
        `/api/flows${qs({
          org: o.org,
          direction: o.direction,
          since: o.since,
          until: o.until,
          min: o.min,
          divisions: o.divisions ? 'true' : undefined,
          // An id holding a comma in backticks (model/name-list.ts), so it reaches the server whole.
          ids: o.ids && nameListText(o.ids),
          peopleLimit: o.peopleLimit,
        })}`,
        { signal },
      ),
    flowDetails: (id, people, divisions, reports, window) =>
      get('flowDetails', flowDetailsPath(id, people, divisions, reports, window)),
    timeline: ({ from, to, after } = {}) => get('timeline', `/api/timeline${qs({ from, to, after })}`),
    sources: (ids) => get('sources', `/api/sources${qs({ ids: nameListText(ids) })}`),
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
        body: cypherBody(query, params, limit, writeBookmarks()),
        signal,
      });
      rememberWriteBookmarks(body);
      // Rows may also carry maps shaped like graph nodes and edges (a "virtual" graph built in Cypher): drawn too,
      // each typed by its row's hints as a real element is by its own `types`.
      const graph = body.graph.nodes.length ? body.graph : collectGraph(body.rows, body.types);
      return { ...body, graph };
    },
    view: (name, ids, signal, derived) =>
      get('view', `/api/views/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // A POST read: it carries the last write's bookmarks in the header, as the GETs do.
          ...bookmarkHeader(),
        },
        body: viewBody(ids, derived),
        signal,
      }),
  };
}

/** The path of GET /api/flows/:id/details for Api.flowDetails' arguments. */
/** The path of a path search (all shortest paths), its options as pathParams writes them. */
export function pathsPath(
  from: string,
  to: string,
  maxLength: number | undefined,
  opts: { derived?: string; types?: string; certainties?: string },
): string {
  // No certainty shown is sent too (`certainties=`, which qs drops): left out, it would mean every one.
  const none = opts.certainties === '' ? '&certainties=' : '';
  return `/api/paths${qs({ from, to, maxLength, all: 'true', ...opts })}${none}`;
}

export function flowDetailsPath(
  id: string,
  people?: string[],
  divisions?: boolean,
  reports?: string[],
  window: MoveWindow = {},
): string {
  // An empty list is sent too (`people=`, which qs drops): it lists no one, where leaving it out lists the flow's
  // first (and every report, for `reports`).
  const lists = [
    ...(people?.length === 0 ? ['people='] : []),
    ...(reports?.length === 0 ? ['reports='] : []),
  ];
  const rest = qs({
    // Each id whole, a comma in one quoted (model/name-list.ts), as the server splits the list.
    people: people && nameListText(people),
    reports: reports && nameListText(reports),
    divisions: divisions ? 'true' : undefined,
    // The view's time window: the details quote the moves dated in it only.
    since: window.since,
    until: window.until,
  });
  const query = [...lists, ...(rest ? [rest.slice(1)] : [])].join('&');
  return `/api/flows/${encodeURIComponent(id)}/details${query && `?${query}`}`;
}

/** The lists the editor's autocomplete and the legend need, from GET /api/schema's answer. */
export function schemaInfo(answer: SchemaResponse): SchemaInfo {
  const props = new Set<string>(answer.propertyKeys);
  for (const l of answer.labels) for (const p of l.properties) props.add(p.key);
  for (const t of answer.relationshipTypes) for (const p of t.properties) props.add(p.key);
  return {
    // Labels a query can name: the entry of the nodes without a label (null) is none.
    labels: answer.labels.flatMap((l) => (l.label === null ? [] : [l.label])),
    relationshipTypes: answer.relationshipTypes.map((t) => t.type),
    propertyKeys: [...props].sort(),
    raw: answer,
  };
}

export type { GraphEdge, GraphNode };
