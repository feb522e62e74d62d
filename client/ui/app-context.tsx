// React access to the explorer: the store (read through useAppState with a selector), the actions, and a handle on
// the canvas for commands that need it (fit, focus, PNG export) — panels never reach sigma itself.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Scene } from '../state/scene.js';
import { activeScene, activeVisibility } from '../state/view-data.js';
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

/** The translator for the current language. */
export function useT(): (key: MessageKey, vars?: Vars) => string {
  const lang = useAppState((s) => s.lang);
  return (key, vars) => t(lang, key, vars);
}

/** The scene the canvas shows (the network, or the flow view's), subscribed to the slices it is made of only. */
export function useActiveScene(): Scene {
  const mode = useAppState((s) => s.mode);
  const flowData = useAppState((s) => s.flowData);
  const scene = useAppState((s) => s.scene);
  return activeScene({ mode, flowData, scene });
}

/** What of the active scene is drawn (filters and time window applied), subscribed to its inputs only. */
export function useActiveVisibility(): { scene: Scene; vis: Visibility } {
  const mode = useAppState((s) => s.mode);
  const flowData = useAppState((s) => s.flowData);
  const sceneState = useAppState((s) => s.scene);
  const time = useAppState((s) => s.time);
  const filters = useAppState((s) => s.filters);
  const inputs = { mode, flowData, scene: sceneState, time, filters };
  const scene = activeScene(inputs);
  return { scene, vis: activeVisibility(inputs, scene) };
}
