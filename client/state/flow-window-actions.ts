// Under a time window over the network, asks the server for the window's numbers of the stored talent flows the scene
// draws (GET /api/flows?ids=&since=&until=: the Talent flows tab's own counting, no second rule here): once per window
// or scene change, debounced while the slider is dragged, in requests of at most MAX_FLOW_IDS flows, and only the
// latest request's answers are kept: a request for a window (or scene) no longer wanted is aborted as soon as another
// replaces it, so a playing slider does not queue a request per step, and a slow answer never overwrites a newer one's. What it
// learns is dropped when the flows change on the server: after a write this page ran, and when an answer says they
// are being derived again (it is asked again until they are).
import { MAX_FLOW_IDS } from '../../model/api-limits.js';
import type { AppState } from './app-state.js';
import type { ActionContext } from './context.js';
import { countsFromAnswer, sceneFlowIds, type FlowWindow, type FlowWindowCounts } from './flow-window.js';
import { DEFAULT_DERIVATION_POLL_MS } from './flows.js';
import type { Scene } from './scene.js';

/** How long the window must rest before its numbers are asked for (a dragged slider passes many dates). */
export const DEFAULT_FLOW_WINDOW_DELAY_MS = 250;

/** What the state asks for now: the window on over the network and the scene's stored flows; null: nothing. */
interface Wanted {
  since: string | null;
  until: string;
  ids: string[];
}

export function createFlowWindowActions(
  ctx: ActionContext,
  delayMs = DEFAULT_FLOW_WINDOW_DELAY_MS,
  pollMs = DEFAULT_DERIVATION_POLL_MS,
) {
  const { store, api } = ctx;
  // A scene's flow ids, read once per scene (a large scene has thousands of edges).
  const idsByScene = new WeakMap<Scene, string[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Each request run gets the next number; an answer of an earlier run is dropped.
  let run = 0;
  // The request last made (pending or answered): the same one is not made twice.
  let lastKey = '';
  // Aborts the request in flight (a window's numbers, then its all-time follow-up).
  let inFlight: AbortController | undefined;
  // Flow ids the server has answered for (it stores them), and those it does not know — a hand-written or another
  // database's TALENT_FLOW, which no window can count: such a flow keeps its all-time numbers, marked, and its
  // dates place it in the window, rather than be hidden as if nothing of it lay there.
  // Both hold only until the flows change on the server (forget).
  const stored = new Set<string>();
  const notStored = new Set<string>();
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The server's flows have changed (a write re-derives them) or are changing: what was learnt of them — which it
   * stores, and the numbers held (a held count is reused only for a flow in `stored`) — is asked for again.
   */
  function forget(): void {
    stored.clear();
    notStored.clear();
    lastKey = '';
  }

  /** While the server derives the flows again, their answers may be from before or half swapped: ask again later. */
  function pollDerivation(): void {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(() => {
      forget();
      void load();
    }, pollMs);
  }

  function wanted(s: AppState): Wanted | null {
    if (s.mode === 'flows' || !s.time.enabled) return null;
    let ids = idsByScene.get(s.scene);
    if (!ids) {
      ids = sceneFlowIds(s.scene);
      idsByScene.set(s.scene, ids);
    }
    if (!ids.length) return null;
    return { since: s.time.window.from, until: s.time.window.to, ids };
  }
  const keyOf = (w: Wanted) => JSON.stringify([w.since, w.until, w.ids]);

  store.subscribe((s, prev) => {
    // A Cypher run that changed the database (its summary has counters, as api.ts rememberWriteBookmarks reads it):
    // the server derives the flows again, so the numbers held may be stale.
    if (s.cypher.result !== prev.cypher.result && s.cypher.result?.summary?.counters) {
      forget();
      schedule();
      return;
    }
    if (
      s.scene === prev.scene &&
      s.mode === prev.mode &&
      s.time.enabled === prev.time.enabled &&
      s.time.window === prev.time.window
    )
      return;
    schedule();
  });

  /**
   * Drops the request in flight, for a window or scene no longer wanted: aborted, so the server and the connection
   * are not kept busy with it, and its answer (should it come anyway) is not kept. Not an error: nothing is said.
   */
  function cancel(): void {
    run++;
    inFlight?.abort();
    inFlight = undefined;
    lastKey = '';
  }

  function schedule(): void {
    clearTimeout(timer);
    const w = wanted(store.get());
    // Nothing to ask (no window, no stored flow drawn): an answer still on its way is of no use.
    if (!w) return cancel();
    if (keyOf(w) === lastKey) return;
    // Another window or scene: the request for the one before is of no use either, even while this one rests.
    cancel();
    timer = setTimeout(() => void load(), delayMs);
  }

  /** Asks for the window's numbers of the scene's flows not known yet for that window, and keeps them. */
  async function load(): Promise<void> {
    const w = wanted(store.get());
    if (!w) return;
    const key = keyOf(w);
    if (key === lastKey) return;
    inFlight?.abort();
    const ctrl = new AbortController();
    inFlight = ctrl;
    lastKey = key;
    const mine = ++run;
    const held = store.get().flowWindow;
    const sameWindow = held?.since === w.since && held.until === w.until;
    // An expansion adds a flow or two: those alone are asked for, the window's other numbers are kept — those of
    // flows known stored since the server's flows last changed.
    const missing = (
      sameWindow ? w.ids.filter((id) => !(id in held.counts) || !stored.has(id)) : w.ids
    ).filter((id) => !notStored.has(id));
    // Until they come, the flows asked for are pending: drawn as the numbers last answered, of the window before
    // (kept per flow the scene draws), and said to be loading — no longer all time's if asking failed before.
    store.set({
      flowWindow: sameWindow
        ? { ...held, failed: without(held.failed, missing), unstored: new Set(notStored) }
        : {
            since: w.since,
            until: w.until,
            counts: {},
            last: lastAnswered(held, w.ids),
            unstored: new Set(notStored),
          },
    });
    for (let i = 0; i < missing.length; i += MAX_FLOW_IDS) {
      const chunk = missing.slice(i, i + MAX_FLOW_IDS);
      try {
        const answer = await api.flows(
          {
            ids: chunk,
            ...(w.since ? { since: w.since } : {}),
            until: w.until,
            min: 0,
            peopleLimit: 0,
          },
          ctrl.signal,
        );
        if (mine !== run) return;
        for (const f of answer.flows) stored.add(f.id);
        // While the flows are derived again, an id left out may be one being swapped: it is neither zeros nor "not
        // stored" — it keeps its all-time numbers, marked, until the derivation is done and it is asked again.
        let deriving = answer.derivation.running;
        // A flow the answer left out has nothing in the window, if the server has it at all: asked once, all time.
        const unsure = deriving ? [] : chunk.filter((id) => !stored.has(id));
        if (unsure.length) {
          // Its own failure keeps the window's numbers already in hand: only the unsure flows say "all time".
          try {
            const allTime = await api.flows({ ids: unsure, min: 0, peopleLimit: 0 }, ctrl.signal);
            if (mine !== run) return;
            for (const f of allTime.flows) stored.add(f.id);
            deriving = allTime.derivation.running;
            if (!deriving) for (const id of unsure) if (!stored.has(id)) notStored.add(id);
          } catch {
            if (mine !== run) return;
            lastKey = '';
          }
        }
        const known = chunk.filter((id) => stored.has(id));
        const counts = countsFromAnswer(answer, known);
        // Left out while the flows are derived again: all time's, marked, until they are asked again.
        const unknown = chunk.filter((id) => !stored.has(id) && !notStored.has(id));
        store.set((s) => {
          const now = windowHeld(s.flowWindow, w);
          const merged: Record<string, FlowWindowCounts> = { ...now.counts, ...counts };
          // A flow of this chunk not known stored (now) drops the numbers held for it from before.
          for (const id of chunk) if (!stored.has(id)) delete merged[id];
          const failed = new Set([...(now.failed ?? []), ...unknown]);
          return { flowWindow: { ...now, counts: merged, failed, unstored: new Set(notStored) } };
        });
        if (deriving) pollDerivation();
      } catch {
        // Aborted (another request replaced this one): nothing to say or keep. Failed: the flows not answered yet are
        // drawn with their all-time numbers, marked so; the next change of window or scene asks again.
        if (mine !== run) return;
        lastKey = '';
        const unanswered = missing.slice(i);
        store.set((s) => {
          const now = windowHeld(s.flowWindow, w);
          return { flowWindow: { ...now, failed: new Set([...(now.failed ?? []), ...unanswered]) } };
        });
        return;
      }
    }
    if (inFlight === ctrl) inFlight = undefined;
  }

  return {
    /** Asks now for what the state wants, without waiting for the window to rest (tests, a retry). */
    load,
  };
}

/** The numbers held for window `w`, or none yet when the state holds another window's. */
function windowHeld(held: FlowWindow | null, w: Wanted): FlowWindow {
  return held?.since === w.since && held.until === w.until
    ? held
    : { since: w.since, until: w.until, counts: {} };
}

/** Each of `ids`' numbers last answered (for the window held, else the one before it), for a new window's drawing. */
function lastAnswered(held: FlowWindow | null, ids: string[]): Record<string, FlowWindowCounts> {
  const out: Record<string, FlowWindowCounts> = {};
  if (!held) return out;
  for (const id of ids) {
    const c = held.counts[id] ?? held.last?.[id];
    if (c) out[id] = c;
  }
  return out;
}

/** `set` without `ids`. */
function without(set: ReadonlySet<string> | undefined, ids: string[]): Set<string> {
  const out = new Set(set);
  for (const id of ids) out.delete(id);
  return out;
}

export type FlowWindowActions = ReturnType<typeof createFlowWindowActions>;
