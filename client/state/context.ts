// What every action needs: the store, the API client, the query memory and a clock for timers (injectable in tests).
import { ApiError, type Api } from '../api/api.js';
import type { AppState } from './app-state.js';
import type { QueryMemory } from './query-history.js';
import type { Store } from './store.js';

export interface ActionContext {
  store: Store<AppState>;
  api: Api;
  memory: QueryMemory;
  timers?: {
    setInterval(fn: () => void, ms: number): ReturnType<typeof setInterval>;
    clearInterval(id: ReturnType<typeof setInterval>): void;
  };
}

/** An API answer saying there is nothing with the id asked for (HTTP 404): the UI says so in its own words. */
export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
