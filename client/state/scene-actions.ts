// Scene-changing actions: open a query's result, expand, add a search hit, hide, collapse, remove, undo/redo.
// Each change goes through commit(), which keeps the undo history.
import type { DegreeEntry } from '../../model/api-responses.js';
import type { GraphData } from '../../model/graph.js';
import { displayName } from '../graph/names.js';
import { ApiError, type CypherResult } from '../api/api.js';
import { DEFAULT_SCENE_NODE_CAP, type AppState } from './app-state.js';
import type { Notice } from './notice.js';
import { isolate } from '../i18n/i18n.js';
import { errorText, isNotFound, type ActionContext } from './context.js';
import { edgeQuery, neighborsQuery, type GalleryQuery } from './gallery.js';
import {
  addToScene,
  capGraph,
  collapseInScene,
  hideInScene,
  pushHistory,
  redo as redoScene,
  removeFromScene,
  sceneFromGraph,
  showAllInScene,
  undo as undoScene,
  type Scene,
} from './scene.js';

export const DEFAULT_NEIGHBOR_LIMIT = 100;

/** One relationship type in one direction, as GET /api/nodes/:id/degrees lists them. */
export interface ExpandBy {
  type: string;
  direction: 'in' | 'out';
}

/**
 * The path highlight over `scene`: kept while the scene holds the path's nodes, dropped when it does not (an undo to
 * before the path was added) — a highlight of absent nodes would fade everything else. The panel keeps listing it.
 */
function pathIn(path: AppState['path'], scene: Scene): AppState['path'] {
  const h = path.highlight;
  return h && !h.nodes.every((id) => scene.nodes[id]) ? { ...path, highlight: null } : path;
}

export function createSceneActions(ctx: ActionContext) {
  const { store, api } = ctx;

  const commit = (scene: Scene, patch: Partial<AppState> = {}) =>
    store.set((s) => ({ scene, history: pushHistory(s.history, s.scene), ...patch }));

  /**
   * Runs a query and draws its answer. `onlyIf` may turn the answer down before anything is drawn or said (the
   * first picture: an empty story on a database that is not ours gives way to the overview); then nothing changes
   * and the result is false.
   */
  async function openQuery(
    q: GalleryQuery,
    opts: { add?: boolean; cap?: number; onlyIf?: (res: CypherResult) => Promise<boolean> } = {},
  ): Promise<boolean> {
    store.set({ busy: q.title.en, notice: null });
    try {
      const cap = opts.cap ?? DEFAULT_SCENE_NODE_CAP;
      // The explorer's own views (first picture, shared sets of nodes) by name: not the user's Cypher rate limit.
      const res =
        q.named && api.view
          ? await api.view(q.named.name, q.named.ids, undefined, q.named.derived)
          : await api.cypher(q.query, q.params ?? {});
      if (opts.onlyIf && !(await opts.onlyIf(res))) {
        store.set({ busy: null });
        return false;
      }
      const { graph, dropped } = capGraph(res.graph, cap);
      const s = store.get();
      const scene = opts.add ? addToScene(s.scene, graph) : sceneFromGraph(graph);
      const notice: Notice | null =
        dropped > 0
          ? {
              kind: 'warn',
              key: 'capped',
              vars: { shown: cap, total: res.graph.nodes.length },
              nouns: { total: { noun: 'Nodes', ofTotal: true } },
              about: 'scene',
            }
          : res.summary?.truncated
            ? {
                kind: 'warn',
                key: 'truncatedRows',
                vars: { rows: res.summary.rowCount },
                nouns: { rows: { noun: 'Rows' } },
                about: 'scene',
              }
            : graph.nodes.length === 0
              ? { kind: 'info', key: 'emptyResult', about: 'scene' }
              : null;
      commit(scene, {
        origin: opts.add ? null : dropped > 0 ? { ...q, cap } : q,
        busy: null,
        notice,
        more: opts.add ? s.more : {},
        path: { ...s.path, highlight: null },
      });
      return true;
    } catch (err) {
      store.set({
        busy: null,
        notice: {
          kind: 'error',
          key: 'failed',
          vars: { what: q.title[store.get().lang], error: errorText(err) },
          action: { key: 'retry', run: () => void openQuery(q, opts) },
          about: 'scene',
        },
      });
      return false;
    }
  }

  /**
   * Adds a node's neighbours (most connected first, at most `limit`); `by` narrows them to one relationship type
   * and direction (the context menu's "expand by"), whose count is then not the node's own "more".
   */
  async function expand(id: string, limit = DEFAULT_NEIGHBOR_LIMIT, by?: ExpandBy): Promise<void> {
    store.set({ busy: `Expanding ${id}` });
    try {
      const res = await api.neighbors(
        id,
        by ? { limit, types: [by.type], direction: by.direction } : { limit },
      );
      const s = store.get();
      const shown = res.returned;
      const more = by ? s.more : { ...s.more, [id]: { shown, total: res.total } };
      const next = addToScene(s.scene, res.graph);
      // Expanding a node whose neighbours are all drawn already changes nothing: say so rather than nothing at all.
      const nothingNew =
        Object.keys(next.nodes).length === Object.keys(s.scene.nodes).length &&
        Object.keys(next.edges).length === Object.keys(s.scene.edges).length;
      const notice: Notice | null = nothingNew
        ? {
            kind: 'info',
            key: 'noNewNeighbours',
            vars: { name: s.scene.nodes[id] ? displayName(s.scene.nodes[id], store.get().lang) : id },
            about: 'nodes',
          }
        : res.total > shown
          ? {
              kind: 'info',
              key: 'moreNeighbours',
              vars: { shown, total: res.total },
              nouns: { total: { noun: 'Neighbours', ofTotal: true } },
              action: {
                key: 'showMore',
                run: () => void expand(id, limit + DEFAULT_NEIGHBOR_LIMIT, by),
              },
              about: 'nodes',
            }
          : null;
      commit(next, { origin: null, busy: null, more, notice });
    } catch (err) {
      store.set({
        busy: null,
        notice: {
          kind: 'error',
          key: 'failed',
          vars: { error: errorText(err) },
          varKeys: { what: 'expand' },
          action: { key: 'retry', run: () => void expand(id, limit, by) },
          about: 'nodes',
        },
      });
    }
  }

  /** Adds a node (and its facts with nodes already in the scene) — for search hits and path ends. */
  async function addNode(id: string): Promise<boolean> {
    if (store.get().scene.nodes[id]) {
      if (store.get().scene.hidden[id])
        commit(addToScene(store.get().scene, { nodes: [store.get().scene.nodes[id]!], edges: [] }));
      return true;
    }
    try {
      const res = await api.node(id);
      if (!res.node) throw new ApiError(404, 'NOT_FOUND', `No node with id ${id}.`);
      const s = store.get();
      const present = new Set([...Object.keys(s.scene.nodes), id]);
      const add: GraphData = {
        nodes: [res.node],
        edges: res.graph.edges.filter((e) => present.has(e.source) && present.has(e.target)),
      };
      commit(addToScene(s.scene, add), { origin: null });
      return true;
    } catch (err) {
      store.set({
        notice: isNotFound(err)
          ? { kind: 'error', key: 'nodeNotFound', vars: { id: isolate(id) }, about: 'nodes' }
          : { kind: 'error', key: 'failed', vars: { what: id, error: errorText(err) }, about: 'nodes' },
      });
      return false;
    }
  }

  return {
    commit,
    openQuery,
    expand,
    addNode,
    /** The node's relationships by type and direction with counts, for "expand by" (throws when unavailable). */
    async degrees(id: string): Promise<DegreeEntry[]> {
      if (!api.degrees) throw new Error('This API has no degrees endpoint.');
      return (await api.degrees(id)).degrees;
    },
    /**
     * The Cypher of expanding the node as `expand` asks the API (every type, both ways, as many neighbours as the scene
     * shows of it), for "show Cypher"; null for an id that can name no node.
     */
    expandQuery: (id: string) => neighborsQuery(id, store.get().more[id]?.shown ?? DEFAULT_NEIGHBOR_LIMIT),
    /** The Cypher that reads one relationship and its ends, for an edge's "show Cypher". */
    edgeQuery,
    addGraph(graph: GraphData) {
      commit(addToScene(store.get().scene, graph), { origin: null });
    },
    replaceWithGraph(graph: GraphData, origin: GalleryQuery | null) {
      const { graph: capped, dropped } = capGraph(graph, DEFAULT_SCENE_NODE_CAP);
      commit(sceneFromGraph(capped), {
        origin: origin && dropped > 0 ? { ...origin, cap: DEFAULT_SCENE_NODE_CAP } : origin,
        more: {},
        // A new scene, as openQuery's: the path panel still lists the path, no longer drawn over the scene.
        path: { ...store.get().path, highlight: null },
        notice: dropped
          ? {
              kind: 'warn',
              key: 'capped',
              vars: { shown: DEFAULT_SCENE_NODE_CAP, total: graph.nodes.length },
              nouns: { total: { noun: 'Nodes', ofTotal: true } },
              about: 'scene',
            }
          : null,
      });
    },
    hide(ids: string[]) {
      const s = store.get();
      commit(hideInScene(s.scene, ids), {
        selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
      });
    },
    showAll() {
      commit(showAllInScene(store.get().scene));
    },
    remove(ids: string[]) {
      const s = store.get();
      commit(removeFromScene(s.scene, ids), {
        origin: null,
        selection: s.selection && ids.includes(s.selection.id) ? null : s.selection,
      });
    },
    collapse(id: string) {
      const s = store.get();
      const more = { ...s.more };
      delete more[id];
      commit(collapseInScene(s.scene, id), { origin: null, more });
    },
    undo() {
      const s = store.get();
      const r = undoScene(s.history, s.scene);
      if (r) store.set({ scene: r.scene, history: r.history, origin: null, path: pathIn(s.path, r.scene) });
    },
    redo() {
      const s = store.get();
      const r = redoScene(s.history, s.scene);
      if (r) store.set({ scene: r.scene, history: r.history, origin: null, path: pathIn(s.path, r.scene) });
    },
  };
}

export type SceneActions = ReturnType<typeof createSceneActions>;
