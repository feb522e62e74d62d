// The Cypher panel's memory in localStorage: the recent runs (newest first, one entry per query text, with how the
// last run ended, its time and row count) and named saved ones.
import type { JsonValue } from '../../model/graph.js';

export interface StoredQuery {
  query: string;
  params?: Record<string, JsonValue>;
  name?: string;
  at: string;
  /** History only: how the last run of this query ended, how long it took and how many rows it gave. */
  outcome?: RunOutcome;
  ms?: number;
  rows?: number;
  /** The error's code, when the run failed. */
  code?: string;
}

export type RunOutcome = 'ok' | 'error' | 'cancelled';

/** What a run left behind for the history (every run counts: typed, ready, failed and cancelled ones). */
export interface RunRecord {
  outcome: RunOutcome;
  ms?: number;
  rows?: number;
  code?: string;
}

export const HISTORY_KEY = 'talent-graph.cypher.history';
export const SAVED_KEY = 'talent-graph.cypher.saved';
export const DEFAULT_HISTORY_SIZE = 50;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function read(storage: KeyValueStorage | undefined, key: string): StoredQuery[] {
  try {
    const v = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is StoredQuery => typeof x?.query === 'string') : [];
  } catch {
    return [];
  }
}

function write(storage: KeyValueStorage | undefined, key: string, list: StoredQuery[]): void {
  try {
    storage?.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or disabled (private mode): history is a convenience, not worth failing a query over.
  }
}

export function createQueryMemory(storage: KeyValueStorage | undefined, now: () => Date = () => new Date()) {
  return {
    history: () => read(storage, HISTORY_KEY),
    saved: () => read(storage, SAVED_KEY),
    remember(query: string, params?: Record<string, JsonValue>, run?: RunRecord): StoredQuery[] {
      const q = query.trim();
      if (!q) return read(storage, HISTORY_KEY);
      const list = [
        { query: q, params, at: now().toISOString(), ...run },
        ...read(storage, HISTORY_KEY).filter((h) => h.query.trim() !== q),
      ].slice(0, DEFAULT_HISTORY_SIZE);
      write(storage, HISTORY_KEY, list);
      return list;
    },
    save(name: string, query: string, params?: Record<string, JsonValue>): StoredQuery[] {
      const n = name.trim() || query.trim().split('\n')[0]!.slice(0, 60);
      const list = [
        { name: n, query, params, at: now().toISOString() },
        ...read(storage, SAVED_KEY).filter((s) => s.name !== n),
      ];
      write(storage, SAVED_KEY, list);
      return list;
    },
    unsave(name: string): StoredQuery[] {
      const list = read(storage, SAVED_KEY).filter((s) => s.name !== name);
      write(storage, SAVED_KEY, list);
      return list;
    },
  };
}

export type QueryMemory = ReturnType<typeof createQueryMemory>;
