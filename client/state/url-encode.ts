// Writes the view as a link (url.ts says what a link holds): within a length budget, leaving out the largest parts
// first and saying so in the link, so the reopened view can tell what is missing.
import {
  CERTAINTIES,
  DEFAULT_URL_BUDGET,
  MAX_URL_EDGES,
  MAX_URL_NODES,
  MAX_URL_QUERY_LENGTH,
  TRIMMED_PARTS,
  URL_VERSION,
  type TrimmedPart,
  type UrlView,
} from './url.js';
import { encodeIds, isLinkId } from './url-ids.js';
import { writeLooking } from './url-looking.js';
import { encodeNames } from './url-names.js';

/** Hidden ids a link cut for length keeps of the nodes it left out. */
const MAX_URL_HIDDEN_CUT = 20;
/** Positions are kept to this many decimals of graph coordinates. */
const POSITION_DECIMALS = 2;

const round = (v: number) => Number(v.toFixed(POSITION_DECIMALS));

/** The view as an address query, within `budget` characters (see DEFAULT_URL_BUDGET). */
export function encodeView(v: UrlView, budget = DEFAULT_URL_BUDGET): string {
  return fitView(v, budget).link;
}

/**
 * The view as an address query within `budget` characters, and the parts it left out to fit. 'view' among them: no
 * part could be cut enough (a query's parameters, hidden labels or types, a path too long), and the link holds only
 * the language and theme, with the note saying so, rather than an address no server would open.
 */
export function fitView(v: UrlView, budget = DEFAULT_URL_BUDGET): { link: string; trimmed: TrimmedPart[] } {
  let view = v;
  const trimmed: TrimmedPart[] = [];
  let s = encodeFull(view, trimmed);
  const over = () => s.length > budget;
  const drop = (part: TrimmedPart, present: unknown, patch: Partial<UrlView>) => {
    if (!over() || present === undefined) return;
    view = { ...view, ...patch };
    trimmed.push(part);
    s = encodeFull(view, trimmed);
  };
  /** Cuts a list of the view from its end, as little as fits (down to none), and names it. */
  const shrink = (
    part: TrimmedPart,
    list: readonly string[] | undefined,
    patch: (l?: string[]) => Partial<UrlView>,
  ) => {
    if (!over() || !list?.length) return;
    trimmed.push(part);
    let kept = [...list];
    while (over() && kept.length) {
      kept = kept.slice(0, Math.floor(kept.length * 0.8));
      view = { ...view, ...patch(kept.length ? kept : undefined) };
      s = encodeFull(view, trimmed);
    }
  };
  // The editor's text first: the least of the view (the scene stands without it), while positions are its layout
  // and the fact list is what keeps a fact the sender never drew out of the receiver's scene.
  drop('editor', view.editorText, { editorText: undefined, editorParams: undefined });
  // The pins and the camera go with the positions: over a layout made afresh they would mean nothing.
  drop('positions', view.positions, { positions: undefined, pinned: undefined, camera: undefined });
  drop('facts', view.edges, { edges: undefined });
  // The multi-selection before the nodes: kept whole, it pushed out the nodes it selects (400 ids of a foreign graph
  // are 22 KB), and reopened, a selected node the scene lost is not selected anyway.
  shrink('multiSelection', view.multiSelection, (multiSelection) => ({ multiSelection }));
  const listed = view.nodes;
  if (over() && listed && listed.length > 1) {
    // Nodes then, as few as needed: the note on the reopened view says some are missing.
    trimmed.push('nodes');
    const all = new Set(listed);
    const hidden = view.hidden ?? [];
    // Hidden relationships (ids that are no node of the view) all stay: the fact list is gone, so every fact among
    // the kept nodes reopens, and one the sender hid would be drawn again.
    const rels = hidden.filter((id) => !all.has(id));
    let nodes = listed.slice(0, MAX_URL_NODES);
    while (over() && nodes.length > 1) {
      nodes = nodes.slice(0, Math.floor(nodes.length * 0.8));
      const kept = new Set(nodes);
      // Hidden ids of nodes left out stay listed, a few: reopened, a path may add such a node back, hidden.
      const cut = hidden.filter((id) => all.has(id) && !kept.has(id)).slice(0, MAX_URL_HIDDEN_CUT);
      const ofKept = hidden.filter((id) => kept.has(id));
      view = { ...view, nodes, ...(view.hidden ? { hidden: [...ofKept, ...rels, ...cut] } : {}) };
      s = encodeFull(view, trimmed);
    }
  }
  // What the sender hid, last: left out, it is shown again, and the note says so. Hidden sources (no limit to their
  // number) first, then hidden items (those of nodes cut first, then relationships, then of nodes drawn).
  shrink('hiddenSources', view.hiddenSources, (hiddenSources) => ({ hiddenSources }));
  shrink('hidden', view.hidden, (hidden) => ({ hidden }));
  // The nodes were cut while the hidden lists still took the room they then gave up: as many nodes back as now fit
  // (400 hidden relationships must not leave a 50-node view one node).
  const cutTo = view.nodes?.length ?? 0;
  if (!over() && listed && trimmed.includes('nodes') && cutTo < listed.length) {
    const fits = (n: number) => encodeFull({ ...view, nodes: listed.slice(0, n) }, trimmed).length <= budget;
    let lo = cutTo;
    let hi = Math.min(listed.length, MAX_URL_NODES);
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    view = { ...view, nodes: listed.slice(0, lo) };
    if (lo === listed.length) trimmed.splice(trimmed.indexOf('nodes'), 1);
    s = encodeFull(view, trimmed);
  }
  if (!over()) return { link: s, trimmed };
  const none: UrlView = { mode: 'network', lang: v.lang, ...(v.theme ? { theme: v.theme } : {}) };
  return { link: encodeFull(none, ['view']), trimmed: ['view'] };
}

function encodeFull(v: UrlView, trimmed: TrimmedPart[]): string {
  const q = new URLSearchParams();
  q.set('v', String(URL_VERSION));
  if (v.mode !== 'network') q.set('mode', v.mode);
  if (v.lang !== 'en') q.set('lang', v.lang);
  // Light too: left out, the reopened page would follow its own system's preference, not the sender's view.
  if (v.theme) q.set('theme', v.theme);
  if (v.flowDivisions) q.set('div', '1');
  // Only ids the reader takes (url-ids.ts isLinkId) are written, in lists (encodeIds) and alone: a link never holds
  // what it cannot read back. Those left out are counted (xid), so the reopened view says it lacks them.
  const unwritable = new Set<string>();
  const writable = (id: string) => {
    if (!isLinkId(id)) unwritable.add(id);
    return isLinkId(id);
  };
  const anId = (id: string | undefined): id is string => id !== undefined && writable(id);
  const ids = (list: readonly string[]) => encodeIds(list.filter(writable));
  if (anId(v.dashboardOrg)) q.set('org', v.dashboardOrg);
  const d = v.dashboardOptions;
  if (d?.interval && d.interval !== 'year') q.set('di', d.interval);
  if (anId(d?.compare)) q.set('dc', d.compare);
  if (d?.divisions) q.set('dd', '1');
  let nodes: string[] = [];
  // What the link leaves out, for the reopened view's note: what the budget dropped, and what a link never holds.
  const left = new Set(trimmed);
  if (v.query) {
    q.set('q', v.query);
    if (v.cap) q.set('cap', String(v.cap));
    if (v.params && Object.keys(v.params).length) q.set('params', JSON.stringify(v.params));
  } else if (v.nodes?.length) {
    const kept = v.nodes.filter(writable);
    nodes = kept.slice(0, MAX_URL_NODES);
    if (nodes.length < kept.length) left.add('nodes');
    for (const id of nodes) q.append('n', id);
    if (v.flows) q.set('fl', '1');
    // The facts are listed only when they all fit; otherwise every fact among the nodes reopens.
    if (v.edges && v.edges.length <= MAX_URL_EDGES) q.set('e', ids(v.edges) || '-');
    else if (v.edges) left.add('facts');
  }
  const hidden = ids(v.hidden?.slice(0, MAX_URL_NODES) ?? []);
  if (hidden) q.set('h', hidden);
  // Beyond the cap, hidden items reopen shown: said, as every part a link leaves out is.
  if ((v.hidden?.length ?? 0) > MAX_URL_NODES) left.add('hidden');
  const placed = new Set<string>();
  if (v.positions) {
    // Positions follow the node list when there is one, otherwise they carry their own ids; so do the Flows tab's,
    // whose nodes are the flow view's, not the scene's.
    const own = !nodes.length || v.mode === 'flows';
    const order = own ? Object.keys(v.positions).filter(writable).slice(0, MAX_URL_NODES) : nodes;
    if (own && Object.keys(v.positions).length > MAX_URL_NODES) left.add('positions');
    const cells = order.map((id) => {
      const p = v.positions![id];
      if (p) placed.add(id);
      return p ? `${round(p.x)},${round(p.y)}` : '';
    });
    if (cells.some(Boolean)) {
      if (own) q.set('pn', encodeIds(order));
      q.set('p', cells.join(';'));
    }
  }
  if (v.certainties && v.certainties.length < CERTAINTIES.length)
    q.set('cert', v.certainties.join(' ') || '-');
  const hiddenSources = ids(v.hiddenSources ?? []);
  if (hiddenSources) q.set('hs', hiddenSources);
  if (v.hiddenLabels?.length) q.set('hl', encodeNames(v.hiddenLabels));
  if (v.hiddenRelTypes?.length) q.set('ht', encodeNames(v.hiddenRelTypes));
  if (v.time) {
    if (v.time.from) q.set('from', v.time.from);
    q.set(v.time.from ? 'to' : 'at', v.time.to);
  }
  if (v.selected !== undefined) {
    if (anId(v.selected)) q.set('sel', v.selected);
  } else if (anId(v.selectedEdge)) q.set('sele', v.selectedEdge);
  if (v.sizeBy && v.sizeBy !== 'degree') q.set('size', v.sizeBy);
  if (v.colorBy && v.colorBy !== 'kind') q.set('color', v.colorBy);
  // Both ends tried, so two unwritable ends are counted two.
  if (v.path && [anId(v.path.from), anId(v.path.to)].every(Boolean)) {
    q.set('pf', v.path.from);
    q.set('pt', v.path.to);
    if (v.path.derived) q.set('pd', '1');
    if (v.path.types) q.set('pty', encodeNames(v.path.types) || '-');
    // A path whose every step can be written; one without a step would be another path (its search runs again).
    const steps = v.path.edges?.every(isLinkId) ? v.path.edges : undefined;
    if (steps) q.set('pe', encodeIds(steps) || '-');
    if (steps?.length && v.path.listOnly) q.set('pl', '1');
  }
  if (v.editorText !== undefined && v.editorText.length <= MAX_URL_QUERY_LENGTH) {
    q.set('qt', v.editorText);
    // Empty parameters (`{}`, or a blank box, which the editor reads as none) are left out: read back as `{}`.
    if (v.editorParams !== undefined && !['{}', ''].includes(v.editorParams.trim()))
      q.set('qp', v.editorParams);
  } else if (v.editorText !== undefined) left.add('editor');
  writeLooking(q, v, { ids, anId, left, placed });
  if (left.size) q.set('trim', TRIMMED_PARTS.filter((p) => left.has(p)).join(' '));
  if (unwritable.size) q.set('xid', String(unwritable.size));
  return `?${q.toString()}`;
}
