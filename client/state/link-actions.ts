// Opening a shared link: openLink() rebuilds the view a link carries (link-view.ts viewOf) and says what of it could
// not be restored. A link that cannot be opened falls back to the default view with a note saying why, never a
// blank page.
import { dropEarlyRequest } from '../api/early-request.js';
import type { AppState, Lang, Mode, Theme } from './app-state.js';
import { DEFAULT_INITIAL_NODE_CAP, DEFAULT_SCENE_NODE_CAP } from './app-state.js';
import type { ActionContext } from './context.js';
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
import type { LinkIssue, UrlView } from './url.js';
import { encodeView } from './url-encode.js';
import { keptSourcesDiffer, sourcesNotKept } from './visibility.js';
import { flowIdOf } from './flows.js';
import type { GraphEdge } from '../../model/graph.js';
import { viewOf, withoutLayout } from './link-view.js';

/** The scene's answer was cut on the way (the scene's cap, the server's row limit): its notice says so. */
const answerCut = (s: AppState): boolean => s.notice?.key === 'capped' || s.notice?.key === 'truncatedRows';

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
    // it is drawn. Where that shows the answer otherwise than the old filter did (a fact citing no source, a flow
    // citing only other sources), the note says so.
    const kept = view.keptSources;
    const keepOnly = async (res: { graph: { edges: GraphEdge[] } }) => {
      if (kept) {
        const hiddenSources = sourcesNotKept(kept, res.graph.edges);
        store.set((s) => ({ filters: { ...s.filters, hiddenSources } }));
        if (keptSourcesDiffer(kept, res.graph.edges, view.mode === 'flows'))
          found.push({ kind: 'older', missing: ['sourceFilter'] });
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
