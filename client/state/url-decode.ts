// Reads a link back into a view (url.ts says what a link holds): whatever of it can be read, with what could not be
// read or (from an older link) restored, so the app opens something sensible and says what is missing.
import { isPartialDate } from '../../model/dates.js';
import type { JsonValue } from '../../model/graph.js';
import { COLOR_RULES, SIZE_RULES, type ColorBy, type SizeBy } from '../graph/metrics.js';
import { DASHBOARD_INTERVALS, type DashboardOptions } from './dashboard-options.js';
import {
  CERTAINTIES,
  MAX_URL_EDGES,
  MAX_URL_NODES,
  MAX_URL_PATH_STEPS,
  MAX_URL_QUERY_LENGTH,
  MAX_URL_SEARCH_LENGTH,
  TRIMMED_PARTS,
  URL_VERSION,
  type DecodedLink,
  type LinkIssue,
  type LinkPart,
  type Mode,
  type OlderMissing,
  type TrimmedPart,
  type UrlPath,
  type UrlView,
} from './url.js';
import { decodeIds, isLinkId, readIds } from './url-ids.js';
import { readLooking } from './url-looking.js';
import { decodeNames } from './url-names.js';

const MODES: Mode[] = ['network', 'flows', 'timeline', 'dashboard'];

/** Link value readers: undefined for a value they cannot read. */
const anId = (v: string) => (isLinkId(v) ? v : undefined);
const flag = (v: string) => (v === '1' ? true : v === '0' ? false : undefined);
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string): T | undefined =>
    (list as readonly string[]).includes(v) ? (v as T) : undefined;
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

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
  // Ids that could not be read drop alone: the rest of their list still says what the view held.
  let droppedIds = 0;
  // What a link lists beyond what a link holds (one made by hand or by another tool): left out, and said.
  const cut: TrimmedPart[] = [];
  /** A list of ids, those that can be read; the part is unreadable only when none of its ids can be. */
  const idList = (text: string, part: LinkPart): string[] | undefined => {
    const { ids, dropped } = readIds(text);
    if (dropped && !ids.length) {
      bad.add(part);
      return undefined;
    }
    droppedIds += dropped;
    return ids;
  };

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
  const cap = q.get('cap');
  if (cap !== null && out.query) {
    if (/^[1-9]\d{0,5}$/.test(cap)) out.cap = Number(cap);
    else bad.add('query');
  }
  const allNodes = q.getAll('n');
  if (allNodes.length > MAX_URL_NODES) cut.push('nodes');
  const rawNodes = allNodes.slice(0, MAX_URL_NODES);
  const nodes = rawNodes.filter(isLinkId);
  if (nodes.length < rawNodes.length) {
    if (nodes.length) droppedIds += rawNodes.length - nodes.length;
    else bad.add('nodes');
  }
  if (!out.query && nodes.length) out.nodes = [...new Set(nodes)];

  const fl = q.get('fl');
  if (fl !== null && out.nodes) {
    const flows = flag(fl);
    if (flows === undefined) bad.add('nodes');
    else out.flows = flows;
  }
  const e = q.get('e');
  if (e !== null && out.nodes) {
    const edges = e === '-' ? [] : idList(e, 'edges');
    // Beyond its 800 facts a link lists none, and every fact among its nodes reopens (url-encode.ts): so here too,
    // rather than some of them.
    if (edges && edges.length > MAX_URL_EDGES) cut.push('facts');
    else if (edges) out.edges = edges;
  }
  const h = q.get('h');
  if (h !== null) {
    // Hidden nodes and relationships, a flow's drawn part among them (its id and #implied or #reported).
    const hidden = idList(h, 'hidden');
    if (hidden && hidden.length > MAX_URL_NODES) cut.push('hidden');
    if (hidden) out.hidden = hidden.slice(0, MAX_URL_NODES);
  }
  const p = q.get('p');
  if (p !== null) {
    // Their own ids when they carry them (no node list, or the Flows tab's), else the node list's order.
    const pn = q.get('pn');
    const order = (pn !== null ? decodeIds(pn) : out.nodes) ?? [];
    // The positions of nodes left out beyond the 400 go with them.
    const positions = parsePositions(p, order, pn === null && cut.includes('nodes'));
    if (positions) out.positions = positions;
    else bad.add('positions');
  }
  const cert = q.get('cert');
  if (cert !== null) {
    const list = cert === '-' ? [] : cert.split(' ');
    // The certainties the link shows that this version knows: one it does not (a newer version's, or garbage) is
    // said, but the filter stays — dropped whole, it would show implied facts the sender had hidden.
    out.certainties = [...new Set(list.filter((c) => CERTAINTIES.includes(c)))];
    if (!list.every((c) => CERTAINTIES.includes(c))) bad.add('filters');
  }
  const hs = q.get('hs');
  if (hs !== null) {
    const list = idList(hs, 'filters');
    if (list?.length) out.hiddenSources = list;
    else bad.add('filters');
  }
  // A link from before `hs` lists the sources it showed.
  const src = q.get('src');
  if (src !== null && hs === null) {
    const list = src === '-' ? [] : idList(src, 'filters');
    if (list) out.keptSources = list;
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
    if (isLinkId(sel)) out.selected = sel;
    else bad.add('selection');
  } else if (sele !== null) {
    if (isLinkId(sele)) out.selectedEdge = sele;
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
      // No qp: the sender's parameters were empty (url-encode.ts leaves `{}` out), not the opened query's.
      const qp = q.get('qp') ?? '{}';
      if (parseObject(qp)) out.editorParams = qp;
      else bad.add('editor');
    } else bad.add('editor');
  }

  readLooking(q, out, { idList, bad, cut });

  const trim = q.get('trim');
  const parts = [
    ...(trim ?? '').split(' ').filter((p): p is TrimmedPart => (TRIMMED_PARTS as string[]).includes(p)),
    ...cut,
  ];
  if (parts.length) issues.push({ kind: 'trimmed', parts: [...new Set(parts)] });
  // Ids the sender's view held that the link could not (url-encode.ts): said, as what it left out for length is.
  const xid = q.get('xid');
  // A count that is no count (a hand-edited link) says nothing: every part of the view it would speak of was read.
  if (xid !== null && /^\d{1,6}$/.test(xid) && Number(xid) > 0)
    issues.push({ kind: 'unwrittenIds', count: Number(xid) });
  if (bad.size) issues.push({ kind: 'unreadable', parts: [...bad] });
  if (droppedIds) issues.push({ kind: 'droppedIds', dropped: droppedIds });
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
  if (!from || !to || !isLinkId(from) || !isLinkId(to)) return null;
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
    // Not decodeIds: a path may walk one relationship twice, and its steps are kept as written. Not one step
    // dropped either: a path without it would be another path.
    const list = edges === '-' ? [] : decodeSteps(edges);
    if (!list || (edges !== '-' && !list.length)) return null;
    if (list.length > MAX_URL_PATH_STEPS) return null;
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

/** A path's steps as encodeIds writes them, repeats kept; null when one cannot be read. */
function decodeSteps(text: string): string[] | null {
  const steps: string[] = [];
  for (const part of text.split(' ').filter(Boolean)) {
    const one = decodeIds(part);
    if (!one || one.length !== 1) return null;
    steps.push(one[0]!);
  }
  return steps;
}

/** "x,y;x,y;…" in the order of `ids` (an empty cell: no position), or null when malformed. */
function parsePositions(
  text: string,
  ids: string[],
  idsCut = false,
): Record<string, { x: number; y: number }> | null {
  const cells = text.split(';');
  if (cells.length > ids.length) {
    if (!idsCut) return null;
    cells.length = ids.length;
  }
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
