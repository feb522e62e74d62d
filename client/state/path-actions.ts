// "Path from here / to here": asks GET /api/paths with the panel's options (sourced facts only unless the user asks
// for derived flows; the chosen fact types), keeps the answer for the step-by-step list, and adds the chosen path
// to the scene with its highlight.
import type { Notice } from './app-state.js';
import { errorText, type ActionContext } from './context.js';
import {
  DEFAULT_PATH_OPTIONS,
  parsePathAnswer,
  pathGraph,
  pathParams,
  type PathAnswer,
  type PathOptions,
} from './paths.js';
import { splitFlows } from './flows.js';
import { addToScene } from './scene.js';
import type { SceneActions } from './scene-actions.js';

/** Steps a path may have at most (the API's default). */
export const DEFAULT_PATH_MAX_LENGTH = 6;

export function createPathActions(ctx: ActionContext, scene: SceneActions) {
  const { store, api } = ctx;
  let seq = 0;

  /** Adds path `index` of the answer to the scene and highlights it. */
  function show(answer: PathAnswer, index: number): void {
    const s = store.get();
    const search = s.pathSearch;
    if (!search) return;
    // A derived flow on the path enters the scene as its parts: the highlight names those.
    const g = splitFlows(pathGraph(answer, index));
    const path = answer.paths[index]!;
    // The highlight is drawn on the network scene (never over the flows).
    const notice: Notice = { kind: 'info', key: 'pathFound', vars: { n: path.length }, about: 'scene' };
    scene.commit(addToScene(s.scene, g), {
      busy: null,
      origin: null,
      mode: s.mode === 'flows' ? 'network' : s.mode,
      path: {
        from: search.from,
        to: search.to,
        highlight: { nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) },
      },
      pathSearch: { ...search, status: 'ready', answer, selected: index },
      notice,
    });
  }

  async function find(): Promise<void> {
    const { from, to } = store.get().path;
    const mine = ++seq;
    // One end chosen anew: the last search's list no longer describes the ends.
    if (!from || !to) {
      if (store.get().pathSearch) store.set({ pathSearch: null });
      return;
    }
    store.set({ busy: 'path', pathSearch: { from, to, status: 'loading', answer: null, selected: 0 } });
    try {
      const res = await api.paths(from, to, DEFAULT_PATH_MAX_LENGTH, pathParams(store.get().pathOptions));
      if (mine !== seq) return;
      const answer = parsePathAnswer(res);
      // The sources the steps cite, so each citation can name its publisher.
      if (answer.sources.length)
        store.set((s) => ({
          sources: { ...s.sources, ...Object.fromEntries(answer.sources.map((n) => [n.id, n])) },
        }));
      if (answer.paths.length === 0) {
        store.set((s) => ({
          busy: null,
          path: { ...s.path, highlight: null },
          pathSearch: { from, to, status: 'ready', answer, selected: 0 },
          notice: {
            kind: 'info',
            key: 'pathNone',
            vars: { max: answer.maxLength || DEFAULT_PATH_MAX_LENGTH },
          },
        }));
        return;
      }
      store.set({ pathSearch: { from, to, status: 'ready', answer, selected: 0 } });
      show(answer, 0);
    } catch (err) {
      if (mine !== seq) return;
      store.set({
        busy: null,
        pathSearch: { from, to, status: 'error', answer: null, selected: 0, error: errorText(err) },
        notice: {
          kind: 'error',
          key: 'failed',
          vars: { error: errorText(err) },
          varKeys: { what: 'pathPanel' },
        },
      });
    }
  }

  function setOptions(patch: Partial<PathOptions>): void {
    store.set((s) => ({ pathOptions: { ...s.pathOptions, ...patch } }));
    void find();
  }

  return {
    find,
    /** Shows another of the shortest paths. */
    select(index: number): void {
      const answer = store.get().pathSearch?.answer;
      if (answer && answer.paths[index]) show(answer, index);
    },
    /** Follow derived TALENT_FLOW edges too (or not); searches again. */
    setDerived: (derived: boolean) => setOptions({ derived }),
    /** Adds or removes a fact type from those a path may use; searches again. */
    /** Ticks or unticks a type; `ticked` is what the panel shows ticked now (on a foreign database, all by default). */
    toggleType(type: string, ticked: readonly string[] = store.get().pathOptions.types): void {
      const types = [...ticked];
      setOptions({ types: types.includes(type) ? types.filter((t) => t !== type) : [...types, type] });
    },
    resetOptions: () => setOptions({ ...DEFAULT_PATH_OPTIONS, types: [...DEFAULT_PATH_OPTIONS.types] }),
    /** Closes the path panel (the highlight goes with it). */
    close(): void {
      seq += 1;
      store.set({ path: { from: null, to: null, highlight: null }, pathSearch: null, busy: null });
    },
  };
}
export type PathActions = ReturnType<typeof createPathActions>;
