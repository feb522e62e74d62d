// A shared link, both ways: viewOf() says what of the state a link carries (the scene's exact nodes and facts, hidden
// nodes, positions and pins, the camera, filters, time, mode, table view, selection and multi-selection, the appearance
// rule, the editor's text, the source reader, the path panel), and openLink() rebuilds that view. A link that cannot be opened falls back to the default view with a note saying why,
// never a blank page.
import { dropEarlyRequest } from '../api/early-request.js';
import type { AppState, Lang, Mode, Theme } from './app-state.js';
import { DEFAULT_INITIAL_NODE_CAP, DEFAULT_SCENE_NODE_CAP } from './app-state.js';
import type { ActionContext } from './context.js';
import { DEFAULT_DASHBOARD_OPTIONS, type DashboardOptions } from './dashboard-options.js';
import type { CypherActions } from './cypher-actions.js';
import type { DetailsActions } from './details-actions.js';
import { nodeSetQuery, STORY_QUERY, type GalleryQuery } from './gallery.js';
import { ensureSchema, isForeignDatabase, OVERVIEW_QUERY } from './overview.js';
import { hideInScene, type Scene } from './scene.js';
import type { SceneActions } from './scene-actions.js';
import type { TimeActions } from './time-actions.js';
import type { PathActions } from './path-actions.js';
import type { ReaderActions } from './reader-actions.js';
import { pruneSelection } from './multi-select.js';
import { activeVisibility } from './view-data.js';
import type { CameraView } from '../graph/camera-controller.js';
import { isDefaultPathTypes } from './paths.js';
import {
  DEFAULT_URL_BUDGET,
  MAX_URL_QUERY_LENGTH,
  type LinkIssue,
  type UrlPath,
  type UrlView,
} from './url.js';
import { encodeView } from './url-encode.js';
import { DEFAULT_FILTERS, sourcesNotKept } from './visibility.js';
import { flowIdOf } from './flows.js';
import { isDerivedType } from '../../model/certainty.js';
import { compareIds, type GraphEdge } from '../../model/graph.js';

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
const withoutLayout = (v: UrlView): UrlView => ({
  ...v,
  positions: undefined,
  pinned: undefined,
  camera: undefined,
});

/** The scene's answer was cut on the way (the scene's cap, the server's row limit): its notice says so. */
const answerCut = (s: AppState): boolean => s.notice?.key === 'capped' || s.notice?.key === 'truncatedRows';

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
  // address — travels as the nodes and facts it drew instead, which a link can cut for length and say so.
  if (
    origin &&
    asQuery &&
    origin.query.length <= MAX_URL_QUERY_LENGTH &&
    // Positions left out: the budget drops them first anyway, and encoding 20,000 of them at every sync costs.
    encodeView({ ...asQuery, positions: undefined }).length <= DEFAULT_URL_BUDGET
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

interface LinkDeps {
  scene: SceneActions;
  cypher: CypherActions;
  time: TimeActions;
  details: DetailsActions;
  paths: PathActions;
  reader: ReaderActions;
  loadFlows(): Promise<void>;
}

export function createLinkActions(ctx: ActionContext, deps: LinkDeps) {
  const { store } = ctx;
  const { scene, cypher, time, details } = deps;

  /** The schema for the first screen, asked again once if the first answer failed (a cold database). */
  async function firstSchema() {
    const set = (p: { schema: AppState['schema'] }) => store.set(p);
    return (
      (await ensureSchema(ctx.api, store.get().schema, set)) ??
      (await ensureSchema(ctx.api, store.get().schema, set))
    );
  }

  /**
   * Opens the app on a link's view (or on the story), then says what of the link could not be restored. The address
   * bar keeps the link until it is open, and after its scene failed until the user changes the view (addressHold).
   */
  async function openLink(view: Partial<UrlView>, issues: LinkIssue[] = []): Promise<void> {
    const found: LinkIssue[] = [];
    try {
      await open(view, issues, found);
    } finally {
      const failed = found.some((i) => i.kind === 'sceneFailed' || i.kind === 'noNodes');
      store.set({
        addressHold: failed ? { view: encodeView(withoutLayout(viewOf(store.get()))) } : null,
      });
    }
  }

  async function open(view: Partial<UrlView>, issues: LinkIssue[], found: LinkIssue[]): Promise<void> {
    found.push(...issues);
    store.set((s) => ({
      ...(view.lang ? { lang: view.lang as Lang } : {}),
      ...(view.theme ? { theme: view.theme as Theme } : {}),
      ...(view.mode ? { mode: view.mode as Mode } : {}),
      ...(view.sizeBy ? { sizeBy: view.sizeBy } : {}),
      ...(view.colorBy ? { colorBy: view.colorBy } : {}),
      ...(view.flowDivisions !== undefined ? { flowDivisions: view.flowDivisions } : {}),
      ...(view.tableView ? { tableView: true } : {}),
      ...(view.dashboardOrg ? { dashboardOrg: view.dashboardOrg } : {}),
      ...(view.dashboardOptions
        ? { dashboardOptions: { ...s.dashboardOptions, ...view.dashboardOptions } }
        : {}),
      filters: {
        ...s.filters,
        ...(view.certainties ? { certainties: view.certainties } : {}),
        ...(view.hiddenSources ? { hiddenSources: view.hiddenSources } : {}),
        ...(view.hiddenLabels ? { hiddenLabels: view.hiddenLabels } : {}),
        ...(view.hiddenRelTypes ? { hiddenRelTypes: view.hiddenRelTypes } : {}),
      },
    }));
    cypher.loadMemory();
    const linked: GalleryQuery | null = view.query
      ? // A link to the first picture reopens it by name, like the first picture itself (not the Cypher endpoint).
        ([STORY_QUERY, OVERVIEW_QUERY].find(
          (q) =>
            q.query === view.query && JSON.stringify(q.params ?? {}) === JSON.stringify(view.params ?? {}),
        ) ?? {
          id: 'user',
          title: { en: 'Shared query', ar: 'استعلام مُشارَك' },
          query: view.query,
          params: view.params ?? {},
          view: 'graph',
        })
      : view.nodes?.length
        ? // A view that drew a talent flow reopens with the flows among its nodes too (a link from before `fl`: its list
          // of facts names a flow part).
          nodeSetQuery(view.nodes, view.flows ?? view.edges?.some((id) => id.startsWith('flow:')) ?? false)
        : null;
    // No link: the story, or on a database that is not ours the schema overview with a sample (overview.ts). The
    // story's answer is on its way since the page was parsed (client/boot.ts), so the first picture waits for the
    // schema only when the story comes back empty: a story with nodes means the database is ours.
    let first = linked ?? STORY_QUERY;
    let foreign = false;
    const ours = async (res: { graph: { nodes: unknown[] } }) => {
      foreign = res.graph.nodes.length === 0 && isForeignDatabase(await firstSchema());
      return !foreign;
    };
    // A link from before hidden sources lists the sources it showed: the others its answer cites are hidden before
    // it is drawn.
    const kept = view.keptSources;
    const keepOnly = async (res: { graph: { edges: GraphEdge[] } }) => {
      if (kept) {
        const hiddenSources = sourcesNotKept(kept, res.graph.edges);
        store.set((s) => ({ filters: { ...s.filters, hiddenSources } }));
      }
      return true;
    };
    // The address bar always carries the view's query: whether the panel shows it is the user's own layout choice.
    cypher.open(first, { reveal: false });
    // A link's time window applies from the first picture.
    if (view.time) time.setWindow(view.time);
    // The scene first; the timeline after, so the first picture is not kept waiting.
    // A linked query reopens as large as the sender's scene could be (the scene's own cap): the opening cap, which
    // keeps the first picture quick, would have cut a 5,000-node scene to 1,000 on the way.
    let opened = await scene.openQuery(first, {
      // A query whose answer the sender saw cut (the first picture's cap) is cut alike.
      cap: linked
        ? Math.min(view.cap ?? DEFAULT_SCENE_NODE_CAP, DEFAULT_SCENE_NODE_CAP)
        : DEFAULT_INITIAL_NODE_CAP,
      onlyIf: async (res) => (await keepOnly(res)) && (linked ? true : ours(res)),
    });
    // The schema (label colours, the editor's completion, the foreign-database panel) is asked for once the first
    // picture's answer is in, not beside it: sent at start-up it competed with that answer for the server and the
    // database while the page loaded, and its own answer re-rendered the panels as the picture was being built. The
    // canvas redraws with the schema's label colours when it arrives (canvas-view.tsx keys the view on it).
    const schema = ensureSchema(ctx.api, store.get().schema, (p) => store.set(p));
    if (foreign) {
      first = OVERVIEW_QUERY;
      cypher.open(first, { reveal: false });
      opened = await scene.openQuery(first, { cap: DEFAULT_INITIAL_NODE_CAP });
    }
    // The boot entry's guess went untaken (the overview, or a link opened by name): never answer later from it.
    dropEarlyRequest();
    if (linked && opened) {
      const s = store.get();
      const count = Object.keys(s.scene.nodes).length;
      if (count === 0) {
        found.push(view.nodes ? { kind: 'noNodes' } : { kind: 'sceneFailed', error: 'no nodes' });
        opened = false;
      } else {
        let next: Scene = s.scene;
        if (view.nodes && count < view.nodes.length)
          found.push({ kind: 'missingNodes', missing: view.nodes.length - count, total: view.nodes.length });
        else if (!view.nodes && view.positions && view.mode !== 'flows' && !answerCut(s)) {
          // A query link names the nodes its sender saw by their positions: one not drawn again is gone since
          // (unless the answer was cut to the cap, which says so itself, or the link left positions out for length).
          const placed = Object.keys(view.positions);
          const missing = placed.filter((id) => !s.scene.nodes[id]).length;
          if (missing && !issues.some((i) => i.kind === 'trimmed' && i.parts.includes('positions')))
            found.push({ kind: 'missingNodes', missing, total: placed.length });
        }
        if (view.edges) {
          // Exactly the facts the view had: facts among its nodes that it did not draw (derived flows) stay out. A
          // talent flow it drew comes back as the parts it has now: listed by its stated part when copied (or, from
          // before flows were drawn as parts, by its whole id), it may have been derived again since with implied
          // moves only — the same flow, drawn as what it now is, never dropped for a changed part.
          const keep = new Set(view.edges);
          const flows = new Set(view.edges.map(flowIdOf));
          const kept = (id: string, e: GraphEdge) =>
            keep.has(id) || (typeof e.properties.flowId === 'string' && flows.has(e.properties.flowId));
          next = {
            ...next,
            edges: Object.fromEntries(Object.entries(next.edges).filter(([id, e]) => kept(id, e))),
          };
          // The facts it listed that are gone, said as the nodes are: the data changed since the link was copied.
          const drawnFlows = new Set(Object.values(next.edges).map((e) => e.properties.flowId));
          const missing = view.edges.filter((id) => !next.edges[id] && !drawnFlows.has(flowIdOf(id))).length;
          if (missing) found.push({ kind: 'missingFacts', missing, total: view.edges.length });
        }
        if (view.hidden?.length) next = hideInScene(next, view.hidden);
        if (next !== s.scene) store.set({ scene: next, origin: view.edges ? null : s.origin });
      }
    } else if (linked) {
      const notice = store.get().notice;
      found.push({ kind: 'sceneFailed', error: notice?.vars?.error ? String(notice.vars.error) : '' });
    }
    if (linked && !opened) {
      // The default view instead of a blank canvas; the note says why.
      cypher.open(STORY_QUERY, { reveal: false });
      await scene.openQuery(STORY_QUERY, { cap: DEFAULT_INITIAL_NODE_CAP });
    }
    // Once the first picture is in (opening it clears notices), unless the picture has something to say itself.
    if (!store.get().notice) cypher.announceSetAside();
    // The path panel as the link had it: the search asked again, its path highlighted again if it still exists
    // (over the link's own scene: nothing the sender hid or removed comes back).
    if (opened && view.path) {
      // The scene is the link's exactly when it listed its nodes and facts and left none out for length.
      const trimmed = issues.some(
        (i) => i.kind === 'trimmed' && (i.parts.includes('nodes') || i.parts.includes('facts')),
      );
      // On a database that is not ours the search follows every type its schema lists: asked before the schema is
      // in, it would go without types and the server follow only ours, another search than the sender's.
      await schema;
      const outcome = await deps.paths.restore(
        view.path,
        Boolean(view.nodes && view.edges) && !trimmed,
        view.hidden,
      );
      if (outcome === 'gone') found.push({ kind: 'pathChanged' });
      else if (outcome === 'vanished') found.push({ kind: 'pathVanished' });
      else if (outcome === 'appeared') found.push({ kind: 'pathAppeared' });
    }
    store.set({ history: { past: [], future: [] } });
    // The layout (positions, pins, then the camera over them) of the network now; the Flows tab's once its flows are in.
    const layout = () => {
      if (!opened || !view.positions || !Object.keys(view.positions).length) return;
      const { positions, pinned, camera } = view;
      const kind = view.mode === 'flows' ? 'flows' : 'network';
      store.set((s) => ({
        positionsRequest: {
          positions,
          kind,
          ...(pinned ? { pinned } : {}),
          ...(camera ? { camera } : {}),
          seq: (s.positionsRequest?.seq ?? 0) + 1,
        },
      }));
    };
    if (view.mode !== 'flows') layout();
    if (opened && view.multiSelection && view.mode !== 'flows') {
      // Of the nodes the reopened view draws: one gone since, or hidden, is not selected.
      const s = store.get();
      const selected = pruneSelection(view.multiSelection, activeVisibility(s).nodes);
      store.set({ multiSelection: selected });
      // Said, as a missing selected node or path end is: the reader would otherwise take the selection for whole.
      const missing = view.multiSelection.filter((id) => !s.scene.nodes[id]).length;
      if (missing) found.push({ kind: 'missingSelected', missing, total: view.multiSelection.length });
    }
    if (view.editorText !== undefined) {
      // The link's sender had their own text in the editor: it is shown.
      store.set({ cypherOpen: true });
      cypher.setText(view.editorText);
      if (view.editorParams !== undefined) cypher.setParams(view.editorParams);
    }
    if (found.length) store.set({ linkIssues: found });
    if (view.mode === 'flows') {
      await deps.loadFlows();
      layout();
    }
    // The timeline (dates for the time controls) only when the link uses time; otherwise on their first use.
    if (view.time || view.mode === 'timeline') await time.ensureTimeline();
    if (!view.time && view.mode === 'timeline') time.enableForTimeline();
    if (view.selected) details.selectNode(view.selected);
    else if (view.selectedEdge) details.selectEdge(view.selectedEdge);
    // The reader last, over the view it was read beside (a source gone since says so in the reader itself).
    if (view.reader) await deps.reader.open(view.reader.source, view.reader.fact ?? null);
  }

  return {
    openLink,
    dismissLinkIssues: () => store.set({ linkIssues: [] }),
  };
}

export type LinkActions = ReturnType<typeof createLinkActions>;
