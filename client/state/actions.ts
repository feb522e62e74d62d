// All explorer actions in one object for the UI: opening views, modes, filters, paths, language and theme, plus
// opening a link (init). Scene, details, Cypher, time and link actions (viewOf) live in their own modules.
import type { ContextMenuState, FlowScope, Lang, Mode, Theme } from './app-state.js';
import type { Notice } from './notice.js';
import type { FlowsResponse } from '../../model/flow-response.js';
import { ourDerivedTypes, ourFactTypes } from './our-database.js';
import type { MessageKey } from '../i18n/i18n.js';
import type { DashboardOptions } from './dashboard-options.js';
import { errorText, type ActionContext } from './context.js';
import { createCypherActions } from './cypher-actions.js';
import { createDetailsActions } from './details-actions.js';
import { createPathActions, DEFAULT_PATH_MAX_LENGTH } from './path-actions.js';
import { createReaderActions } from './reader-actions.js';
import {
  flowGraph,
  impliedByFlow,
  peopleByFlow,
  reportsByFlow,
  DEFAULT_DERIVATION_POLL_MS,
} from './flows.js';
import { flowsQuery, GALLERY, nodeSetQuery, pathQuery, type GalleryQuery } from './gallery.js';
import { createSceneActions } from './scene-actions.js';
import { createTimeActions } from './time-actions.js';
import { createFlowWindowActions } from './flow-window-actions.js';
import { createLinkActions } from './link-actions.js';
import { createMultiSelectActions } from './multi-select-actions.js';
import type { LinkIssue, UrlView } from './url.js';
import type { Filters } from './visibility.js';
import type { AppearanceLegend, ColorBy, SizeBy } from '../graph/metrics.js';
import type { TalentFilter, TalentOptions } from '../api/api.js';
import { displayName } from '../graph/names.js';

export { DEFAULT_PATH_MAX_LENGTH };
const FLOWS_REFRESH_DELAY_MS = 200;
export { DEFAULT_DERIVATION_POLL_MS };

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The parts of the state a link carries (see link-view.ts). */
export { addressOf, viewOf } from './link-view.js';

/** The notice of a flows answer that left flows out, by what it covers. */
const FLOWS_MORE: Record<FlowScope, MessageKey> = {
  all: 'flowsMore',
  window: 'flowsMoreWindow',
  estimated: 'flowsMoreWindowEstimated',
};

export function createActions(ctx: ActionContext) {
  const { store, api } = ctx;
  const scene = createSceneActions(ctx);
  const details = createDetailsActions(ctx);
  const cypher = createCypherActions(ctx, scene);
  const time = createTimeActions(ctx);
  const paths = createPathActions(ctx, scene);
  // The network's stored flows follow the time window: their window's numbers are asked for as it changes.
  const flowWindow = createFlowWindowActions(ctx);
  const reader = createReaderActions(ctx);
  const link = createLinkActions(ctx, {
    scene,
    cypher,
    time,
    details,
    paths,
    reader,
    loadFlows: () => loadFlows(),
  });
  let flowsKey = '';
  // The request behind the flow data now held: the flow view reloads on return if the window changed meanwhile.
  let loadedFlowsKey: string | null = null;
  let flowsTimer: ReturnType<typeof setTimeout> | undefined;
  // While the server derives the flows again after a write, the view asks again now and then for the new ones.
  let derivationTimer: ReturnType<typeof setTimeout> | undefined;
  // The flow view follows the time slider by asking the server for the window's flows (debounced while dragging).
  store.subscribe((s, prev) => {
    if (s.mode !== 'flows' || s.flowStatus === 'idle') return;
    if (s.time.enabled === prev.time.enabled && s.time.window === prev.time.window) return;
    clearTimeout(flowsTimer);
    flowsTimer = setTimeout(() => void loadFlows(), FLOWS_REFRESH_DELAY_MS);
  });

  /** The flows request the state asks for now: its time window (with the slider on) and its key. */
  function flowsRequest() {
    const { time, flowDivisions } = store.get();
    const window = time.enabled
      ? { ...(time.window.from ? { since: time.window.from } : {}), until: time.window.to }
      : {};
    const divisions = flowDivisions;
    return { window, windowed: time.enabled, divisions, key: JSON.stringify({ window, divisions }) };
  }

  /** The flow view's data; with the time slider on, the server counts only the moves in its window. */
  /**
   * `poll`: asked again while the server derives the flows — its notice then only replaces the one saying so (another
   * notice, or one the user dismissed, is left alone).
   */
  async function loadFlows(poll = false): Promise<void> {
    const { window, windowed, divisions, key } = flowsRequest();
    flowsKey = key;
    if (!store.get().flowData) store.set({ flowStatus: 'loading' });
    try {
      const answer = await api.flows({ direction: 'both', divisions, ...window });
      if (flowsKey !== key) return;
      const { derivation } = answer;
      // Flows from before a write the server is deriving them again for are not kept as this request's answer:
      // the view asks again (now and then while it is shown, and on coming back to it).
      loadedFlowsKey = derivation.running ? null : key;
      clearTimeout(derivationTimer);
      if (derivation.running) pollFlows(key);
      // The answer is the truth even when it is empty: a window that holds no flows draws none (asking the
      // graph for its flows here once drew every flow, without the window, for a 1990 window).
      const next = flowGraph(answer.graph);
      const before = new Set(store.get().flowData?.edges.map((e) => e.id) ?? []);
      const fresh = store.get().time.playing
        ? next.edges.map((e) => e.id).filter((id) => !before.has(id))
        : [];
      // The API returns the largest flows first, up to its limit, and says how many it left out; in a window, the
      // flows with something in it, ranked by what lies in it. Only flows derived without dated moves (an older seed:
      // `estimated`) are ranked by all-time size in a window and counted without reading them: at most shown + more.
      const scope: FlowScope = !windowed ? 'all' : answer.estimated ? 'estimated' : 'window';
      const more = answer.more;
      const shown = answer.flows.length;
      const count = more > 0 ? { shown, total: shown + more } : null;
      const notice = flowsNotice(answer.derivation, scope, count && shown > 0 ? count : null);
      store.set((s) => ({
        flowData: next,
        flowPeople: peopleByFlow(answer),
        flowImplied: impliedByFlow(answer),
        flowReports: reportsByFlow(answer),
        flowDataWindow: window,
        flowStatus: 'ready',
        flowCount: count,
        flowScope: scope,
        // A failure is said even over a notice dismissed meanwhile: it is news.
        ...(poll && s.notice?.key !== 'flowsDeriving' && notice?.key !== 'flowsDerivationFailed'
          ? {}
          : notice && s.mode === 'flows'
            ? { notice }
            : // A flows notice of an earlier load (a failure, more flows than drawn) no longer holds.
              s.notice?.about === 'flows'
              ? { notice: null }
              : {}),
        ...(fresh.length ? { time: { ...s.time, fresh } } : {}),
      }));
    } catch (err) {
      // A request the user has since replaced (another window, divisions) says nothing of the flows now shown.
      if (flowsKey !== key) return;
      if (poll) {
        // The flows drawn stay, and so does whatever notice is shown; asked again a little later.
        pollFlows(key);
        return;
      }
      store.set({
        flowStatus: 'error',
        notice: {
          kind: 'error',
          key: 'failed',
          vars: { error: errorText(err) },
          varKeys: { what: 'modeFlows' },
          action: { key: 'retry', run: () => void loadFlows() },
          about: 'flows',
        },
      });
    }
  }

  /** Asks again for the flows of request `key` in a while, if it is still the one shown (the only poll pending). */
  function pollFlows(key: string): void {
    clearTimeout(derivationTimer);
    derivationTimer = setTimeout(() => {
      if (flowsKey === key && store.get().mode === 'flows') void loadFlows(true);
    }, DEFAULT_DERIVATION_POLL_MS);
  }

  /**
   * What a flows answer has to say over the drawing: first that its flows are from before a write the server is
   * deriving them again for (or failed to), else how many it left out.
   */
  function flowsNotice(
    derivation: FlowsResponse['derivation'],
    scope: FlowScope,
    count: { shown: number; total: number } | null,
  ): Notice | null {
    if (derivation.running)
      return {
        kind: 'warn',
        key: 'flowsDeriving',
        action: { key: 'reload', run: () => void loadFlows() },
        about: 'flows',
      };
    if (derivation.failed) return { kind: 'error', key: 'flowsDerivationFailed', about: 'flows' };
    if (count)
      return {
        kind: 'info',
        key: FLOWS_MORE[scope],
        vars: { shown: count.shown, total: count.total },
        nouns: { total: { noun: 'TalentFlows', ofTotal: true } },
        about: 'flows',
      };
    return null;
  }

  const findPath = paths.find;

  function setPathEnd(end: 'from' | 'to', id: string) {
    store.set((s) => ({ path: { ...s.path, [end]: id, highlight: null } }));
    if (end === 'from' && !store.get().path.to) {
      const n = store.get().scene.nodes[id];
      store.set({
        notice: {
          kind: 'info',
          key: 'pathPick',
          vars: { from: n ? displayName(n, store.get().lang) : id },
        },
      });
    }
    void findPath();
  }
  const multi = createMultiSelectActions(ctx, scene, setPathEnd);

  return {
    scene,
    details,
    cypher,
    time,
    paths,
    reader,
    /** The multi-selection: toggle, lasso, neighbours, and the actions on it (client/state/multi-select-actions.ts). */
    multi,
    /** The time window's numbers of the network's stored flows (client/state/flow-window-actions.ts). */
    flowWindow,
    gallery: GALLERY,
    loadFlows: () => loadFlows(),
    /** Opens the company dashboard (hires and departures, issue 15) on an organisation. */
    openDashboard(org: string) {
      // A benchmark chosen for another organisation is not this one's: the period and divisions carry over.
      store.set((s) =>
        s.dashboardOrg === org
          ? {}
          : { dashboardOrg: org, dashboardOptions: { ...s.dashboardOptions, compare: '' } },
      );
      this.setMode('dashboard');
    },
    /** The dashboard's period, comparison and divisions (they travel in its link). */
    setDashboardOptions: (patch: Partial<DashboardOptions>) =>
      store.set((s) => ({ dashboardOptions: { ...s.dashboardOptions, ...patch } })),
    /** An organisation's talent analytics (GET /api/orgs/:id/talent). */
    loadTalent: (org: string, opts: TalentOptions & TalentFilter) => {
      if (!api.talent) return Promise.reject(new Error('talent analytics are not available'));
      return api.talent(org, opts);
    },
    /** The flow view by division (each move counted at the most specific level) or rolled up (the overview). */
    setFlowDivisions(on: boolean) {
      store.set({ flowDivisions: on, selection: null, details: null });
      void loadFlows();
    },
    /** Opens the app on a link's view (or on the story), with a note on what of the link could not be restored. */
    init: (view: Partial<UrlView>, issues: LinkIssue[] = []) => link.openLink(view, issues),
    dismissLinkIssues: link.dismissLinkIssues,
    /** The user moved nodes on the canvas: the address bar takes the new positions. */
    notePositionsMoved: () => store.set((s) => ({ movedSeq: s.movedSeq + 1 })),
    /** The user panned or zoomed the canvas: the address bar takes where it looks. */
    noteCameraMoved: () => store.set((s) => ({ movedSeq: s.movedSeq + 1 })),
    /** Opens a ready question in the editor, to read or edit; it runs only on Run. */
    openGallery(q: GalleryQuery) {
      cypher.open(q);
    },
    /**
     * A ready question's own Run: opens it in the editor and runs it as Run would, so the panel's result, timing and
     * history are this question's (the scene keeps its title and link, as the text is unchanged).
     */
    runGallery(q: GalleryQuery) {
      cypher.open(q);
      void cypher.run();
    },
    setMode(mode: Mode) {
      const before = store.get();
      store.set({ mode, selection: null, details: null });
      // The Timeline tab's own "as of the latest date" does not follow the user into other tabs; a time the user
      // chose does, shown there as a chip.
      if (before.mode === 'timeline' && mode !== 'timeline' && before.time.enabled && before.time.auto)
        time.setEnabled(false);
      if (mode === 'flows' && (store.get().flowStatus !== 'ready' || flowsRequest().key !== loadedFlowsKey))
        void loadFlows();
      if (mode === 'timeline') {
        void time.ensureTimeline();
        time.enableForTimeline();
      }
    },
    /** The Cypher behind what the canvas shows now. */
    currentQuery(): GalleryQuery {
      const s = store.get();
      if (s.mode === 'flows') return flowsQuery();
      return s.origin ?? nodeSetQuery(Object.keys(s.scene.nodes));
    },
    setLang: (lang: Lang) => store.set({ lang }),
    setTheme: (theme: Theme) => store.set({ theme }),
    setSizeBy: (sizeBy: SizeBy) => store.set({ sizeBy }),
    setColorBy: (colorBy: ColorBy) => store.set({ colorBy }),
    /** The canvas reports what it drew for the appearance rule (the legend shows it). */
    setAppearanceLegend: (appearanceLegend: AppearanceLegend | null) => store.set({ appearanceLegend }),
    // The path search applies the certainties shown and the types hidden: a change of them searches again.
    setFilters: (patch: Partial<Filters>) => {
      store.set((s) => ({ filters: { ...s.filters, ...patch } }));
      paths.viewChanged();
    },
    toggleLabel: (label: string) =>
      store.set((s) => ({ filters: { ...s.filters, hiddenLabels: toggle(s.filters.hiddenLabels, label) } })),
    toggleRelType: (type: string) => {
      store.set((s) => ({
        filters: { ...s.filters, hiddenRelTypes: toggle(s.filters.hiddenRelTypes, type) },
      }));
      paths.viewChanged();
    },
    toggleCertainty: (c: string) => {
      store.set((s) => ({ filters: { ...s.filters, certainties: toggle(s.filters.certainties, c) } }));
      paths.viewChanged();
    },
    toggleSource: (id: string) =>
      store.set((s) => ({ filters: { ...s.filters, hiddenSources: toggle(s.filters.hiddenSources, id) } })),
    setPathEnd,
    clearPath: () => {
      paths.close();
      store.set({ notice: null });
    },
    /**
     * The Cypher of the path search shown: the ends, maximum length, types and certainties of its answer (what the
     * server followed); null before an answer, or when nothing was searched (no type ticked).
     */
    pathQuery: () => {
      const search = store.get().pathSearch;
      if (search?.status !== 'ready' || !search.answer) return null;
      const { maxLength, types, certainties } = search.answer;
      // The server's rules for relationships of our fact types without a certainty, and for our derived flows, hold
      // only on our database.
      const { schema } = store.get();
      return pathQuery(
        search.from,
        search.to,
        maxLength,
        types,
        certainties,
        ourFactTypes(schema),
        ourDerivedTypes(schema),
      );
    },
    dismissNotice: () => store.set({ notice: null }),
    search: (q: string, signal?: AbortSignal) => api.search(q, 8, signal),
    /** Organisations only, for the dashboard's own picker. */
    searchOrgs: (q: string, signal?: AbortSignal) => api.search(q, 8, signal, ['Organization']),
    /** Adds a node to the scene (switching to the network if needed), selects it and centres the canvas on it. */
    async reveal(id: string): Promise<void> {
      if (store.get().mode === 'flows') store.set({ mode: 'network' });
      if (await scene.addNode(id)) {
        details.selectNode(id);
        store.set((s) => ({ focusRequest: { id, seq: (s.focusRequest?.seq ?? 0) + 1 } }));
      }
    },
    setLayoutRunning: (layoutRunning: boolean) => store.set({ layoutRunning }),
    openContextMenu: (contextMenu: ContextMenuState) => store.set({ contextMenu }),
    closeContextMenu: () => store.get().contextMenu && store.set({ contextMenu: null }),
    setTableView: (tableView: boolean) => store.set({ tableView }),
    setCypherOpen: (cypherOpen: boolean) => store.set({ cypherOpen }),
  };
}

export type Actions = ReturnType<typeof createActions>;
