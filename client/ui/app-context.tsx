// React access to the explorer: the store (read through useAppState with a selector), the actions, and a handle on
// the canvas for commands that need it (fit, focus, PNG export) — panels never reach sigma itself.
import { createContext, useContext, useDeferredValue, useSyncExternalStore, type ReactNode } from 'react';
import type { Scene } from '../state/scene.js';
import type { GraphEdge } from '../../model/graph.js';
import { activeScene, activeVisibility, windowFlowParts } from '../state/view-data.js';
import { holdsOurFacts } from '../state/our-database.js';
import type { Visibility } from '../state/visibility.js';
import type { Renderer } from '../graph/renderer.js';
import type { Actions } from '../state/actions.js';
import type { AppState } from '../state/app-state.js';
import type { LayoutPrefsStore } from '../state/layout-prefs.js';
import { t, type MessageKey, type Vars } from '../i18n/i18n.js';
import type { Store } from '../state/store.js';

/** Commands the canvas accepts; set by CanvasView while it is mounted. */
export interface CanvasHandle {
  current: Pick<
    Renderer,
    | 'fit'
    | 'zoomIn'
    | 'zoomOut'
    | 'focusNode'
    | 'startLayout'
    | 'stopLayout'
    | 'isLayoutRunning'
    | 'exportPng'
    | 'positions'
    | 'cameraView'
    | 'setPinned'
    | 'isPinned'
  > | null;
}

interface AppContextValue {
  store: Store<AppState>;
  actions: Actions;
  canvas: CanvasHandle;
  /** Where the user's screen layout is kept (absent: nothing is remembered). */
  layout?: LayoutPrefsStore;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ value, children }: { value: AppContextValue; children: ReactNode }) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp() outside <AppProvider>');
  return v;
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  const { store } = useApp();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

/**
 * Whether labels and types are named in our words (labelName / relName's `ours`): only on a database that holds our
 * facts, as the legend names them. A foreign graph's Person and WORKED_AT are its own, named as it names them in every
 * panel, not our "شخص" or "worked at".
 */
export function useOurNames(): boolean {
  return useAppState((s) => holdsOurFacts(s.schema));
}

/** The translator for the current language. */
export function useT(): (key: MessageKey, vars?: Vars) => string {
  const lang = useAppState((s) => s.lang);
  return (key, vars) => t(lang, key, vars);
}

/**
 * The store's slices a scene view is made of, for panels, deferred (React's useDeferredValue): when a new scene
 * arrives, the canvas draws it first while the panels render with the scene they had, then catch up in a render React
 * may interrupt. Their counts, legends and dates (about 50 ms for a 1k scene) used to be computed before the canvas's
 * first frame could be shown.
 */
function useDeferredSceneInputs() {
  return {
    mode: useDeferredValue(useAppState((s) => s.mode)),
    flowData: useDeferredValue(useAppState((s) => s.flowData)),
    scene: useDeferredValue(useAppState((s) => s.scene)),
    time: useDeferredValue(useAppState((s) => s.time)),
    filters: useDeferredValue(useAppState((s) => s.filters)),
    flowWindow: useDeferredValue(useAppState((s) => s.flowWindow)),
    // Whether the database is ours: a foreign graph's WORKED_AT is no fact for the certainty filter (our-database.ts).
    schema: useDeferredValue(useAppState((s) => s.schema)),
  };
}

/** The scene the canvas shows (the network, or the flow view's), for panels: deferred (useDeferredSceneInputs). */
export function useActiveScene(): Scene {
  return activeScene(useDeferredSceneInputs());
}

/** What of the active scene is drawn (filters and time window applied), for panels: deferred like useActiveScene. */
export function useActiveVisibility(): {
  scene: Scene;
  vis: Visibility;
  flowParts: ReadonlyMap<string, GraphEdge> | null;
} {
  const inputs = useDeferredSceneInputs();
  const scene = activeScene(inputs);
  // The stored flows' windowed parts from the same deferred inputs as the visibility: a table row is the part that
  // visibility placed, never a newer window's.
  return { scene, vis: activeVisibility(inputs, scene), flowParts: windowFlowParts(inputs) };
}
