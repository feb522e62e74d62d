// What a shared link carries of the state: viewOf() says which parts (the scene's exact nodes and facts, or the query
// that drew them; hidden nodes, positions and pins, the camera, filters, time, mode, table view, selection and
// multi-selection, the appearance rule, the editor's text, the source reader, the path panel), addressOf() writes the
// address bar's link. Opening one is link-actions.ts's.
import type { AppState } from './app-state.js';
import { DEFAULT_SCENE_NODE_CAP } from './app-state.js';
import { DEFAULT_DASHBOARD_OPTIONS, type DashboardOptions } from './dashboard-options.js';
import { nodeSetQuery, type GalleryQuery } from './gallery.js';
import type { CameraView } from '../graph/camera-controller.js';
import { isDefaultPathTypes } from './paths.js';
import { MAX_URL_QUERY_LENGTH, type UrlPath, type UrlView } from './url.js';
import { encodeView, fitView } from './url-encode.js';
import { DEFAULT_FILTERS } from './visibility.js';
import { isDerivedType } from '../../model/certainty.js';
import { compareIds } from '../../model/graph.js';

/** The editor text a query opens with (as cypher.open writes it), to tell whether the user changed it. */
export function editorParamsText(params: GalleryQuery['params']): string {
  return JSON.stringify(params ?? {}, null, params && Object.keys(params).length ? 2 : 0);
}

/** The dashboard's settings that differ from the defaults, for a link (none: nothing added). */
function dashboardOptionsOf(s: AppState): Pick<UrlView, 'dashboardOptions'> {
  const o = s.dashboardOptions;
  const changed: Partial<DashboardOptions> = {
    ...(o.interval !== DEFAULT_DASHBOARD_OPTIONS.interval ? { interval: o.interval } : {}),
    ...(o.compare ? { compare: o.compare } : {}),
    ...(o.divisions ? { divisions: true } : {}),
  };
  return Object.keys(changed).length ? { dashboardOptions: changed } : {};
}

/** The path panel as a link carries it: its ends and options, the path it lists, and whether that is highlighted. */
function pathOf(s: AppState): Pick<UrlView, 'path'> {
  const search = s.pathSearch;
  if (!search) return {};
  const o = s.pathOptions;
  // The path listed; [] when the search found none; none while it has no answer (it runs again on reopening).
  const answer = search.answer;
  const edges = answer ? (answer.paths[search.selected]?.edges ?? []) : undefined;
  const path: UrlPath = {
    from: search.from,
    to: search.to,
    ...(o.derived ? { derived: true } : {}),
    ...(isDefaultPathTypes(o.types) ? {} : { types: o.types }),
    ...(edges ? { edges } : {}),
    ...(edges?.length && !s.path.highlight ? { listOnly: true } : {}),
  };
  return { path };
}

/**
 * The address bar's link for the view now, or null while it keeps the link the page was opened with (addressHold):
 * while that link opens, and after it failed until the view changes (the layout moving nodes is no change).
 */
export function addressOf(
  s: AppState,
  positions?: ReadonlyMap<string, CanvasPosition>,
  camera?: CameraView,
): string | null {
  const hold = s.addressHold;
  if (hold === 'opening') return null;
  const view = viewOf(s, positions, camera);
  if (hold && encodeView(withoutLayout(view)) === hold.view) return null;
  return encodeView(view);
}

/** A node's place on the canvas, and whether the user pinned it there. */
export interface CanvasPosition {
  x: number;
  y: number;
  pinned?: boolean;
}

/** The view without what the canvas lays out and frames by itself (no change of the view the user made). */
export const withoutLayout = (v: UrlView): UrlView => ({
  ...v,
  positions: undefined,
  pinned: undefined,
  camera: undefined,
});

/**
 * The parts of the state a link carries; `positions` are the canvas's node coordinates (with their pins) and `camera`
 * where it looks, when it has them.
 */
export function viewOf(
  s: AppState,
  positions?: ReadonlyMap<string, CanvasPosition>,
  camera?: CameraView,
): UrlView {
  const f = s.filters;
  const base: UrlView = {
    mode: s.mode,
    lang: s.lang,
    theme: s.theme,
    time: s.time.enabled && !s.time.auto ? s.time.window : null,
    ...(s.selection?.kind === 'node' ? { selected: s.selection.id } : {}),
    ...(s.selection?.kind === 'edge' ? { selectedEdge: s.selection.id } : {}),
    ...(f.certainties.length < DEFAULT_FILTERS.certainties.length ? { certainties: f.certainties } : {}),
    ...(f.hiddenSources.length ? { hiddenSources: f.hiddenSources } : {}),
    ...(f.hiddenLabels.length ? { hiddenLabels: f.hiddenLabels } : {}),
    ...(f.hiddenRelTypes.length ? { hiddenRelTypes: f.hiddenRelTypes } : {}),
    ...(s.sizeBy !== 'degree' ? { sizeBy: s.sizeBy } : {}),
    ...(s.colorBy !== 'kind' ? { colorBy: s.colorBy } : {}),
    // The flow view's level, and in the dashboard its organisation and settings: a link from either reopens the same
    // picture.
    ...(s.flowDivisions ? { flowDivisions: true } : {}),
    ...(s.mode === 'dashboard' && s.dashboardOrg ? { dashboardOrg: s.dashboardOrg } : {}),
    ...(s.mode === 'dashboard' ? dashboardOptionsOf(s) : {}),
    ...pathOf(s),
    ...(s.tableView ? { tableView: true } : {}),
    // The flow view has no multi-selection (multi-select-actions.ts empties it there).
    ...(s.multiSelection.length && s.mode !== 'flows' ? { multiSelection: s.multiSelection } : {}),
    ...(s.reader
      ? { reader: { source: s.reader.sourceId, ...(s.reader.factId ? { fact: s.reader.factId } : {}) } }
      : {}),
  };
  const hidden = Object.keys(s.scene.hidden);
  if (hidden.length) base.hidden = hidden;
  // Positions of the nodes drawn: the network's, or in the Flows tab the flow view's own (nodes are dragged and
  // pinned there too).
  const drawn = s.mode === 'flows' ? (s.flowData?.nodes.map((n) => n.id) ?? []) : Object.keys(s.scene.nodes);
  if (positions) {
    const out: Record<string, { x: number; y: number }> = {};
    const pinned: string[] = [];
    for (const id of drawn) {
      const p = positions.get(id);
      if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      out[id] = { x: p.x, y: p.y };
      if (p.pinned) pinned.push(id);
    }
    if (Object.keys(out).length) {
      base.positions = out;
      if (pinned.length) base.pinned = pinned;
      if (camera) base.camera = camera;
    }
  }
  let opened: GalleryQuery;
  let view: UrlView;
  const origin = s.origin && s.origin.id !== 'node-set' ? s.origin : null;
  const cap = origin?.cap && origin.cap < DEFAULT_SCENE_NODE_CAP ? { cap: origin.cap } : {};
  const asQuery: UrlView | null = origin && {
    ...base,
    query: origin.query,
    params: origin.params ?? {},
    ...cap,
  };
  // A query (with its parameters) too long for a link — it could not be read back, or no server would take the
  // address — travels as the nodes and facts it drew instead, which a link can cut for length and say so: a query
  // view the budget could not fit keeps nothing of the view (fitView's 'view').
  if (
    origin &&
    asQuery &&
    origin.query.length <= MAX_URL_QUERY_LENGTH &&
    // Positions left out: the budget drops them first anyway, and encoding 20,000 of them at every sync costs.
    !fitView({ ...asQuery, positions: undefined }).trimmed.includes('view')
  ) {
    opened = origin;
    view = asQuery;
  } else {
    // In id order, as the facts: one scene is one link (and one node-set query) whatever order its nodes came in —
    // but for the selected node and the path's ends first, which a link too long for an address keeps whatever it
    // cuts (url-encode.ts keeps its first nodes).
    const first = [
      ...(s.selection?.kind === 'node' ? [s.selection.id] : []),
      ...(s.pathSearch ? [s.pathSearch.from, s.pathSearch.to] : []),
    ].filter((id, i, all) => s.scene.nodes[id] && all.indexOf(id) === i);
    const nodes = [
      ...first,
      ...Object.keys(s.scene.nodes)
        .filter((id) => !first.includes(id))
        .sort(compareIds),
    ];
    const edges = Object.keys(s.scene.edges).sort();
    const flows = Object.values(s.scene.edges).some((e) => isDerivedType(e.type));
    opened = nodeSetQuery(nodes, flows);
    view = { ...base, nodes, edges, ...(flows ? { flows } : {}) };
  }
  // The editor's text travels only when it is the user's: not what the link opens anyway, nor a node set's query the
  // app wrote there (opening a link, or "Show Cypher" of a scene) left as written — reopened, the link writes its own
  // node set's query there. Carried, that text would open the receiver's Cypher panel and crowd the link's budget.
  const unchanged = (q: Pick<GalleryQuery, 'query' | 'params'>) =>
    s.cypher.text === q.query && s.cypher.params === editorParamsText(q.params);
  const written = s.cypher.openedFrom;
  if (!unchanged(opened) && !(written?.id === 'node-set' && unchanged(written)))
    view = { ...view, editorText: s.cypher.text, editorParams: s.cypher.params };
  return view;
}
