// The Cypher panel's actions: edit, run (with parameters), show errors at their position, keep history and saved
// queries, and send graph results to the scene (replace or add).
import type { JsonValue } from '../../model/graph.js';
import { ApiError } from './api.js';
import type { CypherError, CypherState } from './app-state.js';
import { errorText, type ActionContext } from './context.js';
import type { GalleryQuery } from './gallery.js';
import type { SceneActions } from './scene-actions.js';

/** Parses the parameters box: a JSON object, or an error message saying what is wrong. */
export function parseParams(text: string): { params: Record<string, JsonValue> } | { error: string } {
  if (!text.trim()) return { params: {} };
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v))
      return { error: 'expected an object such as {"org": "org:meta"}' };
    return { params: v as Record<string, JsonValue> };
  } catch (err) {
    return { error: errorText(err) };
  }
}

/** The error's position from the API's `details.position` (1-based line and column), when it has one. */
export function cypherErrorOf(err: unknown): CypherError {
  if (err instanceof ApiError) {
    const d = err.details as
      { position?: { line?: unknown; column?: unknown; offset?: unknown } } | null | undefined;
    const p = d && typeof d === 'object' ? d.position : undefined;
    const position =
      p && typeof p.line === 'number' && typeof p.column === 'number'
        ? { line: p.line, column: p.column, ...(typeof p.offset === 'number' ? { offset: p.offset } : {}) }
        : undefined;
    return { message: err.message, code: err.code, ...(position ? { position } : {}) };
  }
  return { message: errorText(err), code: 'CLIENT_ERROR' };
}

export function createCypherActions(ctx: ActionContext, scene: SceneActions) {
  const { store, api, memory } = ctx;
  const set = (p: Partial<CypherState>) => store.set((s) => ({ cypher: { ...s.cypher, ...p } }));
  let inflight: AbortController | null = null;

  return {
    setText: (text: string) => set({ text }),
    setParams: (params: string) => set({ params }),
    setView: (view: CypherState['view']) => set({ view }),
    setTarget: (target: CypherState['target']) => set({ target }),
    /**
     * Opens a query in the editor (gallery, history, a view's "show Cypher") without running it: the user reads or
     * edits it and presses Run. A ready question run unchanged keeps its identity (its title, its shared link).
     */
    open(
      q: Pick<GalleryQuery, 'query' | 'params'> & Partial<Pick<GalleryQuery, 'id' | 'title' | 'view'>>,
      { reveal = true }: { reveal?: boolean } = {},
    ) {
      set({
        text: q.query,
        params: JSON.stringify(q.params ?? {}, null, q.params && Object.keys(q.params).length ? 2 : 0),
        error: null,
        cancelled: false,
        openedFrom: q.id && q.title ? (q as GalleryQuery) : null,
        ...(q.view ? { view: q.view } : {}),
      });
      // The page's own opening query is put in the editor without unfolding the panel; a query the user asked for
      // (or a link carries) is shown.
      if (reveal) store.set({ cypherOpen: true });
    },
    /** Stops the running query: the request is closed, and the server has the database stop the query. */
    cancel() {
      if (!inflight) return;
      inflight.abort();
    },
    async run(): Promise<void> {
      const c = store.get().cypher;
      const parsed = parseParams(c.params);
      if ('error' in parsed) {
        set({
          error: { message: `Parameters must be a JSON object: ${parsed.error}`, code: 'PARAMS_INVALID' },
        });
        return;
      }
      if (!c.text.trim()) return;
      inflight?.abort();
      const ctrl = new AbortController();
      inflight = ctrl;
      set({ running: true, error: null, cancelled: false });
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        const result = await api.cypher(c.text, parsed.params, undefined, ctrl.signal);
        const roundTripMs = elapsed();
        const rows = result.summary?.rowCount ?? result.rows.length;
        set({
          running: false,
          result,
          roundTripMs,
          history: memory.remember(c.text, parsed.params, { outcome: 'ok', ms: roundTripMs, rows }),
        });
        const hasGraph = result.graph.nodes.length > 0;
        // An EXPLAIN answers a plan and no rows: the plan is what to show.
        if (result.summary?.plan && result.rows.length === 0) set({ view: 'plan' });
        else if (!hasGraph && store.get().cypher.view === 'graph') set({ view: 'table' });
        else if (store.get().cypher.view === 'plan') set({ view: hasGraph ? 'graph' : 'table' });
        // A graph reaches the canvas whatever tab shows the result (Replace or Add, as chosen in the panel).
        if (hasGraph) {
          const opened = c.openedFrom;
          const origin: GalleryQuery =
            opened && opened.query === c.text
              ? { ...opened, params: parsed.params }
              : {
                  id: 'user',
                  title: { en: 'Cypher query', ar: 'استعلام Cypher' },
                  query: c.text,
                  params: parsed.params,
                  view: 'graph',
                };
          if (store.get().cypher.target === 'add') scene.addGraph(result.graph);
          else scene.replaceWithGraph(result.graph, origin);
          if (store.get().mode === 'flows') store.set({ mode: 'network' });
        }
      } catch (err) {
        // Superseded by a newer run: that run owns the panel now.
        if (ctrl.signal.aborted && inflight !== ctrl) return;
        if (ctrl.signal.aborted) {
          set({
            running: false,
            cancelled: true,
            roundTripMs: elapsed(),
            history: memory.remember(c.text, parsed.params, { outcome: 'cancelled', ms: elapsed() }),
          });
          return;
        }
        const error = cypherErrorOf(err);
        set({
          running: false,
          error,
          roundTripMs: elapsed(),
          history: memory.remember(c.text, parsed.params, {
            outcome: 'error',
            ms: elapsed(),
            code: error.code,
          }),
        });
      } finally {
        if (inflight === ctrl) inflight = null;
      }
    },
    save(name: string) {
      const c = store.get().cypher;
      const parsed = parseParams(c.params);
      set({ saved: memory.save(name, c.text, 'params' in parsed ? parsed.params : undefined) });
    },
    unsave(name: string) {
      set({ saved: memory.unsave(name) });
    },
    loadMemory() {
      set({ history: memory.history(), saved: memory.saved() });
    },
  };
}

export type CypherActions = ReturnType<typeof createCypherActions>;
