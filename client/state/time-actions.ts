// The time slider: as of a date or within a window, and play/pause stepping through the dates in the data so
// moves appear one after another (the edges that just became true are marked fresh for one step).
import { comparePartialDates, isPartialDate } from '../../model/dates.js';
import type { TimelineResponse } from '../../model/api-responses.js';
import type { TimelineItem, TimeState } from './app-state.js';
import type { ActionContext } from './context.js';
import { ourFactTypes } from './our-database.js';
import { sceneDates, type TimeWindow } from './time.js';
import { computeVisibility } from './visibility.js';
import { sceneFromGraph } from './scene.js';

export const DEFAULT_PLAY_STEP_MS = 1_400;

/** Distinct dates of the scene (or the flow view) plus the timeline's, sorted. */
export function timeSteps(dates: string[], extra: string[]): string[] {
  return [...new Set([...dates, ...extra])].sort((a, b) => comparePartialDates(a, b) || a.length - b.length);
}

/** The time slider's dated items from GET /api/timeline's answer, in date order (Arabic titles kept beside). */
export function parseTimeline(answer: Pick<TimelineResponse, 'items'>): TimelineItem[] {
  return answer.items
    .filter((it) => isPartialDate(it.date))
    .map((it) => ({
      date: it.date,
      id: it.id,
      nodes: it.nodes,
      nodeLabels: it.nodeLabels,
      stints: it.stints,
      stintOrgs: it.stintOrgs,
      stintCertainties: it.stintCertainties,
      stintSources: it.stintSources,
      stintDates: it.stintDates,
      stintRoles: it.stintRoles,
      stintRolesAr: it.stintRolesAr,
      stintInside: it.stintInside,
      nodeNames: it.nodeNames,
      nodeNamesAr: it.nodeNamesAr,
      role: it.role,
      roleAr: it.roleAr,
      kind: it.kind,
      text: it.title,
      textAr: it.titleAr,
      // null is the server's word that the item claims no certainty (a foreign graph's): kept, not read as unknown.
      ...(it.certainty !== undefined ? { certainty: it.certainty } : {}),
      sources: it.sources,
      ...(it.dateKind === 'since' ? { dateKind: 'since' as const } : {}),
      ...(it.dateKind === 'since' && it.until && isPartialDate(it.until) ? { until: it.until } : {}),
    }))
    .sort((a, b) => comparePartialDates(a.date, b.date));
}

export function createTimeActions(ctx: ActionContext) {
  const { store, api } = ctx;
  // Wrapped: calling the browser's setInterval as a method of another object throws "Illegal invocation".
  const timers = ctx.timers ?? {
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  let timelineRequest: Promise<void> | null = null;
  const set = (p: Partial<TimeState>) => store.set((s) => ({ time: { ...s.time, ...p } }));

  const currentScene = () => {
    const s = store.get();
    return s.mode === 'flows' && s.flowData ? sceneFromGraph(s.flowData) : s.scene;
  };
  const steps = () =>
    timeSteps(sceneDates(currentScene(), store.get().mode !== 'flows'), store.get().time.extraDates);

  const stop = () => {
    if (timer !== undefined) timers.clearInterval(timer);
    timer = undefined;
    set({ playing: false, fresh: [] });
  };

  const step = () => {
    const s = store.get();
    const all = steps();
    const next = all.find(
      (d) =>
        comparePartialDates(d, s.time.window.to) > 0 ||
        (comparePartialDates(d, s.time.window.to) === 0 && d.length > s.time.window.to.length),
    );
    if (!next) {
      stop();
      return;
    }
    const scene = currentScene();
    const ours = { factTypes: ourFactTypes(s.schema) };
    const before = computeVisibility(scene, s.filters, s.time.window, undefined, ours).edges;
    const window: TimeWindow = { ...s.time.window, to: next };
    const after = computeVisibility(scene, s.filters, window, undefined, ours).edges;
    set({ window, fresh: [...after].filter((e) => !before.has(e)) });
  };

  /** Adds a part of the timeline to what the strip and the slider know, and whether the server cut it. */
  function addPart(answer: TimelineResponse, before: TimelineItem[]): void {
    // A part read on after `nextAfter` holds the rows after the one before's last, and none of its own again.
    const items = [...before, ...parseTimeline(answer)].sort((a, b) => comparePartialDates(a.date, b.date));
    set({
      items,
      extraDates: [...new Set(items.map((i) => i.date))],
      truncated: answer.truncated,
      nextAfter: answer.truncated ? answer.nextAfter : null,
    });
    // The Timeline tab's own date is the latest one, and the timeline may bring later dates than the scene's.
    const all = steps();
    if (store.get().time.auto && all.length)
      set({ window: { ...store.get().time.window, to: all[all.length - 1]! } });
  }

  async function loadTimeline(): Promise<void> {
    set({ loading: true });
    try {
      addPart(await api.timeline(), []);
    } catch {
      // The slider still works from the scene's own dates; the next use of the time controls asks again.
      timelineRequest = null;
    } finally {
      set({ loading: false });
    }
  }

  /**
   * Reads the part of a cut timeline after what the strip shows (after the answer's nextAfter: the rows after its
   * last, however many share its date), once at a time; a failure leaves the strip as it was, still offering to read on.
   */
  let readingOn: Promise<void> | null = null;
  function readOnTimeline(): Promise<void> {
    const after = store.get().time.nextAfter;
    if (!after) return Promise.resolve();
    return (readingOn ??= api
      .timeline({ after })
      .then((answer) => addPart(answer, store.get().time.items))
      .catch(() => undefined)
      .finally(() => (readingOn = null)));
  }

  /** Loads the timeline once, on the time controls' first use: the first picture does not need it. */
  function ensureTimeline(): Promise<void> {
    return (timelineRequest ??= loadTimeline());
  }

  function setEnabled(enabled: boolean): void {
    if (!enabled) stop();
    else void ensureTimeline();
    const all = steps();
    const s = store.get();
    const to = all.length && enabled && !s.time.enabled ? all[all.length - 1]! : s.time.window.to;
    set({ enabled, window: { ...s.time.window, to }, auto: false });
  }

  return {
    steps,
    setEnabled,
    /**
     * The Timeline tab shows what was true as of the latest date when no time is chosen. That is the tab's own
     * presentation, not a filter the user set, so it is marked and ends when the tab is left (see setMode).
     */
    enableForTimeline() {
      if (store.get().time.enabled) return;
      setEnabled(true);
      set({ auto: true });
    },
    setWindow(window: TimeWindow) {
      void ensureTimeline();
      set({ enabled: true, window, fresh: [], auto: false });
    },
    play() {
      void ensureTimeline();
      const all = steps();
      if (!all.length) return;
      const s = store.get();
      // From the start when at (or past) the end.
      const atEnd = comparePartialDates(s.time.window.to, all[all.length - 1]!) >= 0;
      set({
        enabled: true,
        playing: true,
        fresh: [],
        auto: false,
        window: { ...s.time.window, to: atEnd || !s.time.enabled ? all[0]! : s.time.window.to },
      });
      if (timer !== undefined) timers.clearInterval(timer);
      timer = timers.setInterval(step, DEFAULT_PLAY_STEP_MS);
    },
    pause: stop,
    step,
    ensureTimeline,
    readOnTimeline,
  };
}

export type TimeActions = ReturnType<typeof createTimeActions>;
