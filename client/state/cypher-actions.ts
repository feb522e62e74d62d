// The Cypher panel's actions: edit, run (with parameters), show errors at their position, keep history and saved
// queries (in folders, to and from a JSON file), send graph results to the scene (replace or add), and keep each run's
// outcome as a frame in the result stack (client/state/result-frames.ts).
import type { JsonValue } from '../../model/graph.js';
import { ApiError } from '../api/api.js';
import type { CypherError, CypherState } from './app-state.js';
import { errorText, type ActionContext } from './context.js';
import type { GalleryQuery } from './gallery.js';
import type { SavedChange } from './query-history.js';
import type { SceneActions } from './scene-actions.js';
import {
  addFrame,
  closeFrame,
  initialView,
  pinFrame,
  rerunOf,
  setFrameView,
  type FrameView,
  type ResultFrame,
} from './result-frames.js';
import { savedFileText } from './saved-file.js';
import type { SavedImport } from './saved-transfer.js';

/** A JSON string or number token (strings whole, so digits inside them are never read as numbers). */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

/** The whole numbers written in JSON text (outside its strings) that a JSON number would not keep exactly. */
export function inexactIntegers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(JSON_TOKEN)) {
    const token = m[0];
    if (token.startsWith('"') || /[.eE]/.test(token)) continue;
    if (!Number.isSafeInteger(Number(token))) found.push(token);
  }
  return found;
}

/**
 * The JSON text with each float written as a whole number (1.0, 2e3, -0.0) in the typed form that sends it as a float
 * ({"$type": "Float", "_value": "1.0"}): JSON.parse reads 1.0 as 1, which the API sends as an Integer — a parameter
 * the user wrote as a float must reach Cypher as one.
 */
export function typedWholeFloats(text: string): string {
  return text.replace(JSON_TOKEN, (token) => {
    if (token.startsWith('"') || !/[.eE]/.test(token)) return token;
    const n = Number(token);
    return Number.isInteger(n) || Object.is(n, -0)
      ? JSON.stringify({ $type: 'Float', _value: token })
      : token;
  });
}

/**
 * Parses the parameters box: a JSON object, or an error message saying what is wrong. A whole number past the ones
 * a JSON number keeps exactly (±9007199254740991) is refused with the typed form that sends it exactly, rather than
 * sent rounded (9007199254740993 would arrive as …992, a float, and match nothing). A float written as a whole number
 * (1.0) is kept a float (typedWholeFloats).
 */
export function parseParams(text: string): { params: Record<string, JsonValue> } | { error: string } {
  if (!text.trim()) return { params: {} };
  try {
    // Checked as typed first, so an error names a place in the user's own text, not in the rewritten one.
    JSON.parse(text);
    const v = JSON.parse(typedWholeFloats(text)) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v))
      return { error: 'expected an object such as {"org": "org:meta"}' };
    // Past the largest float JSON.parse reads Infinity, which JSON.stringify then sends as null.
    const infinite = [...text.matchAll(JSON_TOKEN)].find(
      (m) => !m[0].startsWith('"') && !Number.isFinite(Number(m[0])),
    )?.[0];
    if (infinite)
      return {
        error: `${infinite} is past the largest Float (about 1.8e308): write infinity as {"$type": "Float", "_value": "Infinity"}`,
      };
    const [inexact] = inexactIntegers(text);
    if (inexact)
      return {
        error: `${inexact} is past the whole numbers JSON keeps exactly: write it {"$type": "Integer", "_value": "${inexact}"}`,
      };
    return { params: v as Record<string, JsonValue> };
  } catch (err) {
    return { error: errorText(err) };
  }
}

/** How a save ended: stored, refused (the panel says why), or not done because the name is another query's. */
export type SaveResult = 'saved' | 'refused' | 'taken';

/** The parameters box's error, as a run (and a save) shows it. */
function paramsError(error: string): CypherError {
  return { message: `Parameters must be a JSON object: ${error}`, code: 'PARAMS_INVALID' };
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
  let seq = 0;

  const pushFrame = (f: Omit<ResultFrame, 'id' | 'seq' | 'at' | 'pinned'>) => {
    seq += 1;
    const frame: ResultFrame = { ...f, id: `frame-${seq}`, seq, at: new Date().toISOString(), pinned: false };
    store.set((s) => ({ cypher: { ...s.cypher, frames: addFrame(s.cypher.frames, frame) } }));
  };

  /** One run: the panel's status, the history, a frame, and a graph result onto the canvas (Replace or Add). */
  async function execute(
    text: string,
    params: Record<string, JsonValue>,
    opened: GalleryQuery | null,
  ): Promise<void> {
    inflight?.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    set({ running: true, error: null, cancelled: false });
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const result = await api.cypher(text, params, undefined, ctrl.signal);
      const roundTripMs = elapsed();
      const rows = result.summary?.rowCount ?? result.rows.length;
      const view = initialView(store.get().cypher.view, result);
      set({
        running: false,
        result,
        roundTripMs,
        view,
        history: memory.remember(text, params, { outcome: 'ok', ms: roundTripMs, rows }),
      });
      pushFrame({ query: text, params, ms: roundTripMs, outcome: 'ok', result, view, origin: opened });
      // A graph reaches the canvas whatever tab shows the result (Replace or Add, as chosen in the panel).
      if (result.graph.nodes.length > 0) {
        const origin: GalleryQuery = opened
          ? { ...opened, params }
          : {
              id: 'user',
              title: { en: 'Cypher query', ar: 'استعلام Cypher' },
              query: text,
              params,
              view: 'graph',
            };
        if (store.get().cypher.target === 'add') scene.addGraph(result.graph);
        else scene.replaceWithGraph(result.graph, origin);
        if (store.get().mode === 'flows') store.set({ mode: 'network' });
      }
    } catch (err) {
      // Superseded by a newer run: that run owns the panel now.
      if (ctrl.signal.aborted && inflight !== ctrl) return;
      const ms = elapsed();
      const view = store.get().cypher.view;
      if (ctrl.signal.aborted) {
        set({
          running: false,
          cancelled: true,
          roundTripMs: ms,
          history: memory.remember(text, params, { outcome: 'cancelled', ms }),
        });
        pushFrame({ query: text, params, ms, outcome: 'cancelled', view, origin: opened });
        return;
      }
      const error = cypherErrorOf(err);
      set({
        running: false,
        // The editor marks the error at its position only when the failed query is the editor's own text.
        error: text === store.get().cypher.text ? error : null,
        roundTripMs: ms,
        history: memory.remember(text, params, { outcome: 'error', ms, code: error.code }),
      });
      pushFrame({ query: text, params, ms, outcome: 'error', error, view, origin: opened });
    } finally {
      if (inflight === ctrl) inflight = null;
    }
  }

  /** How much of the saved queries is kept aside, unread (a save moves an unreadable value to a backup key). */
  const keptAside = (): CypherState['setAside'] => {
    const { entries, lists } = memory.savedSetAside();
    return { entries, lists };
  };

  /** Shows the saved list as stored; when the change could not be stored, says so. True when it was. */
  const storeSaved = ({ ok, list }: SavedChange): boolean => {
    set({ saved: list, setAside: keptAside() });
    if (!ok) store.set({ notice: { kind: 'error', key: 'savedStorageFailed' } });
    return ok;
  };

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
    /** Runs the editor's query with its parameters; the outcome becomes the newest frame. */
    async run(): Promise<void> {
      const c = store.get().cypher;
      const parsed = parseParams(c.params);
      if ('error' in parsed) {
        set({ error: paramsError(parsed.error) });
        return;
      }
      if (!c.text.trim()) return;
      const opened = c.openedFrom;
      await execute(c.text, parsed.params, opened && opened.query === c.text ? opened : null);
    },
    /** Runs a frame's own query and parameters again (not the editor's): a new frame, as any run. */
    async rerun(id: string): Promise<void> {
      const again = rerunOf(store.get().cypher.frames, id);
      if (again) await execute(again.query, again.params, again.origin ?? null);
    },
    pinFrame: (id: string, pinned: boolean) =>
      store.set((s) => ({ cypher: { ...s.cypher, frames: pinFrame(s.cypher.frames, id, pinned) } })),
    /** Closes a frame; a closed failed run's error no longer marks the editor either. */
    closeFrame: (id: string) =>
      store.set((s) => {
        const gone = s.cypher.frames.find((f) => f.id === id);
        const error = gone?.error && gone.error === s.cypher.error ? null : s.cypher.error;
        return { cypher: { ...s.cypher, error, frames: closeFrame(s.cypher.frames, id) } };
      }),
    /** A frame's tab; the choice is also the view the next result opens on. */
    setFrameView: (id: string, view: FrameView) =>
      store.set((s) => ({ cypher: { ...s.cypher, view, frames: setFrameView(s.cypher.frames, id, view) } })),
    /**
     * Saves the editor's query with its parameters under a name. Refused, with the parameters' error (as a run shows
     * it), when the parameters box does not parse: a query saved without the parameters it needs would not run as
     * written. When the browser's storage refuses it, a notice says nothing was saved. `taken`: another query holds
     * the name in the folder and is kept; the save form asks whether to replace it (`replace`).
     */
    save(name: string, folder?: string, { replace = false }: { replace?: boolean } = {}): SaveResult {
      const c = store.get().cypher;
      const parsed = parseParams(c.params);
      if ('error' in parsed) {
        set({ error: paramsError(parsed.error) });
        return 'refused';
      }
      const change = memory.save(name, c.text, parsed.params, folder, { replace });
      if (change.taken) return 'taken';
      if (!storeSaved(change)) return 'refused';
      // Saved for this page only: the user should not count on it after closing the page.
      if (memory.pageOnly) store.set({ notice: { kind: 'warn', key: 'savedPageOnly' } });
      return 'saved';
    },
    unsave(name: string, folder?: string): boolean {
      return storeSaved(memory.unsave(name, folder));
    },
    /** The saved list as the text of a JSON file (client/state/saved-file.ts). */
    exportSaved: () => savedFileText(memory.saved()),
    /**
     * Imports a saved-queries file: all of it or, when anything in it is wrong, none of it, with a notice saying what
     * and where. Queries already saved (same name and folder) are kept as they are, not doubled. The file's checker
     * (saved-transfer.ts, with zod) is loaded now, not with the page.
     */
    async importSaved(fileName: string, text: string): Promise<boolean> {
      let parsed: SavedImport;
      try {
        parsed = (await import('./saved-transfer.js')).parseSavedFile(text);
      } catch (err) {
        // The checker's chunk did not load (the server went away, or was updated under the page).
        const reason = err instanceof Error ? err.message : String(err);
        parsed = { ok: false, where: 'file', what: `the file checker did not load (${reason})` };
      }
      if (!parsed.ok) {
        // The file's name, the place and the problem are isolated (FSI…PDI): Latin text stays in one piece in Arabic.
        const iso = (v: string) => `\u2068${v}\u2069`;
        store.set({
          notice: {
            kind: 'error',
            key: parsed.where === 'file' ? 'savedImportUnreadable' : 'savedImportInvalid',
            vars: { file: iso(fileName), where: iso(parsed.where), what: iso(parsed.what) },
          },
        });
        return false;
      }
      const { ok, list, added, skipped, renamed } = memory.importSaved(parsed.queries);
      if (!storeSaved({ ok, list })) return false;
      store.set({
        notice: {
          kind: 'info',
          key: renamed > 0 ? 'savedImportedRenamed' : 'savedImported',
          vars: { file: `\u2068${fileName}\u2069`, added, skipped, renamed },
        },
      });
      return true;
    },
    loadMemory() {
      set({ history: memory.history(), saved: memory.saved(), setAside: keptAside() });
    },
    /**
     * Tells the user, when some saved queries could not be read by this version, that they are kept aside: once for
     * what is kept aside now, not on every page load (the saved menu keeps counting them). When the browser keeps no
     * site data there is nothing stored to speak of: the note says saved queries last only while the page is open.
     */
    announceSetAside() {
      if (memory.pageOnly) {
        store.set({ notice: { kind: 'warn', key: 'savedPageOnly' } });
        return;
      }
      if (!memory.savedSetAside().unreported) return;
      store.set({ notice: { kind: 'warn', key: 'savedSetAside' } });
      memory.reportedSetAside();
    },
  };
}

export type CypherActions = ReturnType<typeof createCypherActions>;
