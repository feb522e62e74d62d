// The view in the address bar: mode, language, theme, the query or node set behind the scene (with the exact facts,
// hidden nodes and positions), the filters, the time window, the selection, the appearance rule (node size and colour),
// the editor's query text and the path panel (its ends, options and the path highlighted). A shared
// link reopens the same view. The encoding is versioned (v=2): an older link still opens, and decoding reports what
// it could not restore or read instead of failing, so the app can say so.
import { isPartialDate } from '../../model/dates.js';
import { MAX_URL_QUERY_LENGTH } from '../api/early-request.js';
import type { JsonValue } from '../../model/graph.js';
import { CERTAINTIES as MODEL_CERTAINTIES } from '../../model/labels.js';
import { COLOR_RULES, SIZE_RULES, type ColorBy, type SizeBy } from '../graph/metrics.js';
import type { TimeWindow } from './time.js';
import { IMPLIED_SUFFIX, REPORTED_SUFFIX } from './flows.js';
import { DASHBOARD_INTERVALS, type DashboardOptions } from './dashboard-options.js';
import type { Lang } from '../i18n/lang.js';

export type Mode = 'network' | 'flows' | 'timeline' | 'dashboard';
export type { Lang };
export type Theme = 'light' | 'dark';

export interface UrlView {
  mode: Mode;
  lang: Lang;
  theme?: Theme;
  /** The Cypher query that built the scene (when the scene is exactly its result). */
  query?: string;
  params?: Record<string, JsonValue>;
  /** Otherwise the ids of the nodes in the scene (hidden ones included). */
  nodes?: string[];
  /** The ids of the facts in the scene (a node set only): facts among the nodes that were not drawn stay out. */
  edges?: string[];
  /** Nodes in the scene that the user hid. */
  hidden?: string[];
  /** Graph coordinates of the nodes, by id. */
  positions?: Record<string, { x: number; y: number }>;
  /** Certainties shown, when not all of them. */
  certainties?: string[];
  /** Source ids whose facts are shown, when not every source. */
  sources?: string[];
  hiddenLabels?: string[];
  hiddenRelTypes?: string[];
  time?: TimeWindow | null;
  /** The selected node, or edge. */
  selected?: string;
  selectedEdge?: string;
  /** Appearance rule: what node size and colour show (left out at their defaults, degree and kind). */
  sizeBy?: SizeBy;
  colorBy?: ColorBy;
  /** The Cypher editor's text and parameters, when they differ from the query the link opens. */
  editorText?: string;
  editorParams?: string;
  /** The flow view by division rather than rolled into parent organisations (left out when off). */
  flowDivisions?: boolean;
  /** The organisation the company dashboard shows. */
  dashboardOrg?: string;
  /** The dashboard's settings that differ from the defaults. */
  dashboardOptions?: Partial<DashboardOptions>;
  /** The path panel: its ends and options, and the path highlighted (when one is). */
  path?: UrlPath;
}

/** A path search as a link carries it (client/state/paths.ts). */
export interface UrlPath {
  from: string;
  to: string;
  /** Derived talent flows followed too (left out when not). */
  derived?: boolean;
  /** The fact types a path may use, when not the defaults. */
  types?: string[];
  /**
   * The steps of the path the panel listed, as the search answered them: [] when the search found none, absent when
   * it had no answer yet (or failed).
   */
  edges?: string[];
  /** The path was listed, not highlighted over the scene (its highlight had been cleared by a new scene). */
  listOnly?: boolean;
}

/** What of a link could not be restored or read; the app says so in the link's language. */
export type LinkIssue =
  | { kind: 'older'; missing: OlderMissing[] }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; parts: LinkPart[] }
  | { kind: 'tooLong' }
  /** The view was too large for an address: these parts were left out when the link was made. */
  | { kind: 'trimmed'; parts: TrimmedPart[] }
  /** Found when the link is opened: its scene could not be built, or part of it no longer exists. */
  | { kind: 'sceneFailed'; error: string }
  | { kind: 'noNodes' }
  | { kind: 'missingNodes'; missing: number; total: number }
  /** The link highlighted a path that is no longer among the shortest between its ends (the data changed). */
  | { kind: 'pathChanged' }
  /** The link's search had found no path between its ends; there is one now. */
  | { kind: 'pathAppeared' }
  /** The link highlighted a path, and no path joins its ends now. */
  | { kind: 'pathVanished' };

export type OlderMissing = 'positions' | 'filters' | 'exactFacts';
export type TrimmedPart = 'positions' | 'facts' | 'editor' | 'nodes';
const TRIMMED_PARTS: TrimmedPart[] = ['positions', 'facts', 'editor', 'nodes'];
export type LinkPart =
  | 'version'
  | 'mode'
  | 'lang'
  | 'theme'
  | 'query'
  | 'params'
  | 'nodes'
  | 'edges'
  | 'hidden'
  | 'positions'
  | 'filters'
  | 'time'
  | 'selection'
  | 'appearance'
  | 'editor'
  | 'path';

export interface DecodedLink {
  view: Partial<UrlView>;
  /** 1: links before versioning (no `v`); 0: no link at all (a bare address). */
  version: number;
  issues: LinkIssue[];
}

export const URL_VERSION = 2;
export const MAX_URL_NODES = 400;
export const MAX_URL_EDGES = 800;
/** Hidden ids a link cut for length keeps of the nodes it left out. */
const MAX_URL_HIDDEN_CUT = 20;
/** More steps than any path search answers (the API's longest is far shorter): a longer list is not a path. */
export const MAX_URL_PATH_STEPS = 32;
/** The longest query a link carries: one limit with the boot entry, which sends it before the app loads. */
export { MAX_URL_QUERY_LENGTH };
/** Longer addresses are refused whole (a server's request line limit is near this anyway). */
export const MAX_URL_SEARCH_LENGTH = 60_000;
/**
 * A link is kept under this many characters (Node's HTTP server refuses request heads over 16 KB, so a longer address
 * would not even load): positions, then the fact list, the editor's text and finally nodes are left out, and the link
 * says so.
 */
export const DEFAULT_URL_BUDGET = 12_000;
/** Positions are kept to this many decimals of graph coordinates. */
const POSITION_DECIMALS = 2;
const MODES: Mode[] = ['network', 'flows', 'timeline', 'dashboard'];
/** The certainties a link may list (model/labels.ts). */
const CERTAINTIES: readonly string[] = MODEL_CERTAINTIES;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:>-]{0,200}$/;
/**
 * A selected relationship: an id, or a part of a talent flow the flow view draws apart (its implied or reported
 * moves, flows.ts) — so a link copied with such a part selected opens with it selected.
 */
const EDGE_ID = new RegExp(`${ID.source.slice(0, -1)}(${[IMPLIED_SUFFIX, REPORTED_SUFFIX].join('|')})?$`);

/** Link value readers: undefined for a value they cannot read. */
const anId = (v: string) => (ID.test(v) ? v : undefined);
const flag = (v: string) => (v === '1' ? true : v === '0' ? false : undefined);
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string): T | undefined =>
    (list as readonly string[]).includes(v) ? (v as T) : undefined;
/** The longest label or relationship type name a link carries (Neo4j allows longer; none that long is seen). */
const MAX_NAME_LENGTH = 500;

/**
 * Label and relationship type names in a link: each percent-encoded and space-separated, so a foreign graph's names
 * travel whole — with spaces ("Comic Character"), in any script, or like LLM Graph Builder's __Entity__. Names of
 * letters, digits and _ read the same as before, so older links open as they did.
 */
function encodeNames(names: readonly string[]): string {
  // A name that is only "-" is written %2D: a lone "-" says "none" (an empty list of path types).
  return names.map((n) => (n === '-' ? '%2D' : encodeURIComponent(n))).join(' ');
}

/** The names of encodeNames, each once; null when one cannot be read. */
function decodeNames(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(' ').filter(Boolean)) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (!name || name.length > MAX_NAME_LENGTH) return null;
    out.push(name);
  }
  return [...new Set(out)];
}
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

const round = (v: number) => Number(v.toFixed(POSITION_DECIMALS));

/** The view as an address query, within `budget` characters (see DEFAULT_URL_BUDGET). */
export function encodeView(v: UrlView, budget = DEFAULT_URL_BUDGET): string {
  let view = v;
  const trimmed: TrimmedPart[] = [];
  let s = encodeFull(view, trimmed);
  const drop = (part: TrimmedPart, present: unknown, patch: Partial<UrlView>) => {
    if (s.length <= budget || present === undefined) return;
    view = { ...view, ...patch };
    trimmed.push(part);
    s = encodeFull(view, trimmed);
  };
  drop('positions', view.positions, { positions: undefined });
  drop('facts', view.edges, { edges: undefined });
  drop('editor', view.editorText, { editorText: undefined, editorParams: undefined });
  if (s.length > budget && view.nodes?.length) {
    // Nodes last, as few as needed: the note on the reopened view says some are missing.
    trimmed.push('nodes');
    let nodes = view.nodes.slice(0, MAX_URL_NODES);
    while (s.length > budget && nodes.length > 1) {
      nodes = nodes.slice(0, Math.floor(nodes.length * 0.8));
      // Hidden ids of nodes left out stay listed, a few: reopened, a path may add such a node back, hidden.
      const cut = view.hidden?.filter((id) => !nodes.includes(id)).slice(0, MAX_URL_HIDDEN_CUT) ?? [];
      s = encodeFull(
        { ...view, nodes, hidden: [...(view.hidden?.filter((id) => nodes.includes(id)) ?? []), ...cut] },
        trimmed,
      );
    }
  }
  return s;
}

function encodeFull(v: UrlView, trimmed: TrimmedPart[]): string {
  const q = new URLSearchParams();
  q.set('v', String(URL_VERSION));
  if (v.mode !== 'network') q.set('mode', v.mode);
  if (v.lang !== 'en') q.set('lang', v.lang);
  if (v.theme === 'dark') q.set('theme', 'dark');
  if (v.flowDivisions) q.set('div', '1');
  if (v.dashboardOrg) q.set('org', v.dashboardOrg);
  const d = v.dashboardOptions;
  if (d?.interval && d.interval !== 'year') q.set('di', d.interval);
  if (d?.compare) q.set('dc', d.compare);
  if (d?.divisions) q.set('dd', '1');
  let nodes: string[] = [];
  // What the link leaves out, for the reopened view's note: what the budget dropped, and what a link never holds.
  const left = new Set(trimmed);
  if (v.query) {
    q.set('q', v.query);
    if (v.params && Object.keys(v.params).length) q.set('params', JSON.stringify(v.params));
  } else if (v.nodes?.length) {
    nodes = v.nodes.slice(0, MAX_URL_NODES);
    if (nodes.length < v.nodes.length) left.add('nodes');
    for (const id of nodes) q.append('n', id);
    // The facts are listed only when they all fit; otherwise every fact among the nodes reopens.
    if (v.edges && v.edges.length <= MAX_URL_EDGES) q.set('e', v.edges.join(' ') || '-');
    else if (v.edges) left.add('facts');
  }
  if (v.hidden?.length) q.set('h', v.hidden.slice(0, MAX_URL_NODES).join(' '));
  if (v.positions) {
    // Positions follow the node list when there is one, otherwise they carry their own ids.
    const order = nodes.length ? nodes : Object.keys(v.positions).slice(0, MAX_URL_NODES);
    const cells = order.map((id) => {
      const p = v.positions![id];
      return p ? `${round(p.x)},${round(p.y)}` : '';
    });
    if (cells.some(Boolean)) {
      if (!nodes.length) q.set('pn', order.join(' '));
      q.set('p', cells.join(';'));
    }
  }
  if (v.certainties && v.certainties.length < CERTAINTIES.length)
    q.set('cert', v.certainties.join(' ') || '-');
  if (v.sources) q.set('src', v.sources.join(' ') || '-');
  if (v.hiddenLabels?.length) q.set('hl', encodeNames(v.hiddenLabels));
  if (v.hiddenRelTypes?.length) q.set('ht', encodeNames(v.hiddenRelTypes));
  if (v.time) {
    if (v.time.from) q.set('from', v.time.from);
    q.set(v.time.from ? 'to' : 'at', v.time.to);
  }
  if (v.selected) q.set('sel', v.selected);
  else if (v.selectedEdge) q.set('sele', v.selectedEdge);
  if (v.sizeBy && v.sizeBy !== 'degree') q.set('size', v.sizeBy);
  if (v.colorBy && v.colorBy !== 'kind') q.set('color', v.colorBy);
  if (v.path) {
    q.set('pf', v.path.from);
    q.set('pt', v.path.to);
    if (v.path.derived) q.set('pd', '1');
    if (v.path.types) q.set('pty', encodeNames(v.path.types) || '-');
    if (v.path.edges) q.set('pe', v.path.edges.join(' ') || '-');
    if (v.path.edges?.length && v.path.listOnly) q.set('pl', '1');
  }
  if (v.editorText !== undefined && v.editorText.length <= MAX_URL_QUERY_LENGTH) {
    q.set('qt', v.editorText);
    if (v.editorParams !== undefined && v.editorParams.trim() !== '{}') q.set('qp', v.editorParams);
  } else if (v.editorText !== undefined) left.add('editor');
  if (left.size) q.set('trim', TRIMMED_PARTS.filter((p) => left.has(p)).join(' '));
  return `?${q.toString()}`;
}

/** The view of a link (only what could be read). */
export function decodeView(search: string): Partial<UrlView> {
  return decodeLink(search).view;
}

/** Reads a link: the view, its version, and what could not be read or (from an older link) restored. */
export function decodeLink(search: string): DecodedLink {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (!raw) return { view: {}, version: 0, issues: [] };
  if (raw.length > MAX_URL_SEARCH_LENGTH) return { view: {}, version: 0, issues: [{ kind: 'tooLong' }] };
  const q = new URLSearchParams(raw);
  const out: Partial<UrlView> = {};
  const bad = new Set<LinkPart>();
  const issues: LinkIssue[] = [];

  const vRaw = q.get('v');
  let version = 1;
  if (vRaw !== null) {
    if (/^\d{1,3}$/.test(vRaw) && Number(vRaw) >= 1) version = Number(vRaw);
    else bad.add('version');
  }
  if (version > URL_VERSION) issues.push({ kind: 'newer', version });

  const mode = q.get('mode');
  if (mode !== null) {
    if ((MODES as string[]).includes(mode)) out.mode = mode as Mode;
    else bad.add('mode');
  }
  const lang = q.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'ar') out.lang = lang;
    else bad.add('lang');
  }
  const theme = q.get('theme');
  if (theme !== null) {
    if (theme === 'dark' || theme === 'light') out.theme = theme;
    else bad.add('theme');
  }
  const query = q.get('q');
  if (query !== null) {
    if (query.trim() && query.length <= MAX_URL_QUERY_LENGTH) {
      out.query = query;
      const params = q.get('params');
      if (params) {
        const parsed = parseObject(params);
        if (parsed) out.params = parsed;
        else bad.add('params');
      }
    } else bad.add('query');
  }
  const rawNodes = q.getAll('n');
  const nodes = rawNodes.filter((id) => ID.test(id)).slice(0, MAX_URL_NODES);
  if (nodes.length < Math.min(rawNodes.length, MAX_URL_NODES)) bad.add('nodes');
  if (!out.query && nodes.length) out.nodes = [...new Set(nodes)];

  const e = q.get('e');
  if (e !== null && out.nodes) {
    const edges = e === '-' ? [] : splitIds(e, EDGE_ID);
    if (edges) out.edges = edges.slice(0, MAX_URL_EDGES);
    else bad.add('edges');
  }
  const h = q.get('h');
  if (h !== null) {
    // Hidden nodes and relationships, a flow's drawn part among them.
    const hidden = splitIds(h, EDGE_ID);
    if (hidden) out.hidden = hidden.slice(0, MAX_URL_NODES);
    else bad.add('hidden');
  }
  const p = q.get('p');
  if (p !== null) {
    const order = out.nodes ?? splitIds(q.get('pn') ?? '') ?? [];
    const positions = parsePositions(p, order);
    if (positions) out.positions = positions;
    else bad.add('positions');
  }
  const cert = q.get('cert');
  if (cert !== null) {
    const list = cert === '-' ? [] : cert.split(' ');
    if (list.every((c) => CERTAINTIES.includes(c))) out.certainties = [...new Set(list)];
    else bad.add('filters');
  }
  const src = q.get('src');
  if (src !== null) {
    const list = src === '-' ? [] : splitIds(src);
    if (list) out.sources = list;
    else bad.add('filters');
  }
  for (const [key, field] of [
    ['hl', 'hiddenLabels'],
    ['ht', 'hiddenRelTypes'],
  ] as const) {
    const v = q.get(key);
    if (v === null) continue;
    const list = decodeNames(v);
    if (list?.length) out[field] = list;
    else bad.add('filters');
  }

  const at = q.get('at');
  const from = q.get('from');
  const to = q.get('to');
  if (at !== null) {
    if (isPartialDate(at)) out.time = { from: null, to: at };
    else bad.add('time');
  } else if (from !== null || to !== null) {
    if (from && to && isPartialDate(from) && isPartialDate(to))
      out.time = from <= to ? { from, to } : { from: to, to: from };
    else bad.add('time');
  }
  /** A parameter's value as `parse` reads it; a value it cannot read names `part` as unreadable. Absent: undefined. */
  const read = <T>(key: string, part: LinkPart, parse: (v: string) => T | undefined): T | undefined => {
    const v = q.get(key);
    if (v === null) return undefined;
    const parsed = parse(v);
    if (parsed === undefined) bad.add(part);
    return parsed;
  };
  // The flow view's and the dashboard's own settings: a bad one is said as part of the view.
  const flowDivisions = read('div', 'mode', flag);
  if (flowDivisions !== undefined) out.flowDivisions = flowDivisions;
  const dashboardOrg = read('org', 'mode', anId);
  if (dashboardOrg !== undefined) out.dashboardOrg = dashboardOrg;
  const dashboard: Partial<DashboardOptions> = {};
  const interval = read('di', 'mode', oneOf(DASHBOARD_INTERVALS));
  if (interval !== undefined) dashboard.interval = interval;
  const compare = read('dc', 'mode', anId);
  if (compare !== undefined) dashboard.compare = compare;
  const divisions = read('dd', 'mode', flag);
  if (divisions !== undefined) dashboard.divisions = divisions;
  if (Object.keys(dashboard).length) out.dashboardOptions = dashboard;
  const sel = q.get('sel');
  const sele = q.get('sele');
  if (sel !== null) {
    if (ID.test(sel)) out.selected = sel;
    else bad.add('selection');
  } else if (sele !== null) {
    if (EDGE_ID.test(sele)) out.selectedEdge = sele;
    else bad.add('selection');
  }
  // An unknown rule (a newer app's, or a typo) leaves the default and says so; it never stops the link opening.
  const sizeBy = read('size', 'appearance', oneOf<SizeBy>(SIZE_RULES));
  if (sizeBy !== undefined) out.sizeBy = sizeBy;
  const colorBy = read('color', 'appearance', oneOf<ColorBy>(COLOR_RULES));
  if (colorBy !== undefined) out.colorBy = colorBy;
  const path = readPath(q);
  if (path === null) bad.add('path');
  else if (path) out.path = path;
  const qt = q.get('qt');
  if (qt !== null) {
    if (qt.length <= MAX_URL_QUERY_LENGTH) {
      out.editorText = qt;
      const qp = q.get('qp');
      if (qp !== null) {
        if (parseObject(qp)) out.editorParams = qp;
        else bad.add('editor');
      }
    } else bad.add('editor');
  }

  const trim = q.get('trim');
  if (trim !== null) {
    const parts = trim.split(' ').filter((p): p is TrimmedPart => (TRIMMED_PARTS as string[]).includes(p));
    if (parts.length) issues.push({ kind: 'trimmed', parts: [...new Set(parts)] });
  }
  if (bad.size) issues.push({ kind: 'unreadable', parts: [...bad] });
  if (version === 1 && (out.nodes || out.query)) {
    // Links before versioning carried no positions, filters, hidden nodes or editor text, and a node set reopened
    // with every fact among its nodes. (A hand-written link of a mode or date lacks nothing.)
    const missing: OlderMissing[] = ['positions', 'filters'];
    if (out.nodes) missing.unshift('exactFacts');
    issues.push({ kind: 'older', missing });
  }
  return { view: out, version, issues };
}

/** The path panel of a link: undefined when the link has none, null when it cannot be read. */
function readPath(q: URLSearchParams): UrlPath | null | undefined {
  const from = q.get('pf');
  const to = q.get('pt');
  if (from === null && to === null) return undefined;
  if (!from || !to || !ID.test(from) || !ID.test(to)) return null;
  const path: UrlPath = { from, to };
  const derived = q.get('pd');
  if (derived !== null) {
    const on = flag(derived);
    if (on === undefined) return null;
    if (on) path.derived = true;
  }
  const types = q.get('pty');
  if (types !== null) {
    const list = types === '-' ? [] : decodeNames(types);
    if (!list) return null;
    path.types = list;
  }
  const edges = q.get('pe');
  if (edges !== null) {
    // Steps in walking order, kept as written; '-': the search found none.
    const list = edges === '-' ? [] : edges.split(' ').filter(Boolean);
    if (edges !== '-' && !list.length) return null;
    if (list.length > MAX_URL_PATH_STEPS || !list.every((id) => ID.test(id))) return null;
    path.edges = list;
    const listOnly = q.get('pl');
    if (listOnly !== null) {
      const on = flag(listOnly);
      if (on === undefined) return null;
      if (on) path.listOnly = true;
    }
  }
  return path;
}

function parseObject(text: string): Record<string, JsonValue> | null {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, JsonValue>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Space-separated ids, or null when one of them is not an id (`pattern`: EDGE_ID for lists that may name a drawn
 * part of a talent flow, `#implied` or `#reported`).
 */
function splitIds(text: string, pattern: RegExp = ID): string[] | null {
  const list = text.split(' ').filter(Boolean);
  return list.every((id) => pattern.test(id)) ? [...new Set(list)] : null;
}

/** "x,y;x,y;…" in the order of `ids` (an empty cell: no position), or null when malformed. */
function parsePositions(text: string, ids: string[]): Record<string, { x: number; y: number }> | null {
  const cells = text.split(';');
  if (cells.length > ids.length) return null;
  const out: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!cell) continue;
    const [x, y, ...rest] = cell.split(',');
    if (rest.length || !x || !y || !NUMBER.test(x) || !NUMBER.test(y)) return null;
    out[ids[i]!] = { x: Number(x), y: Number(y) };
  }
  return out;
}
