// The Cypher panel's memory in localStorage: the recent runs (newest first, one entry per query text, with how the
// last run ended, its time and row count) and named saved ones, each optionally in a folder (name + folder is its
// identity; entries stored before folders existed have none and still load).
import type { JsonValue } from '../../model/graph.js';

export interface StoredQuery {
  query: string;
  params?: Record<string, JsonValue>;
  name?: string;
  /** Saved only: the folder the query is listed under (none: listed before the folders). */
  folder?: string;
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

/** A saved query's identity: its name within its folder (no folder and an empty one are the same). */
export function savedKey(s: Pick<StoredQuery, 'name' | 'folder'>): string {
  return `${s.folder?.trim() ?? ''}\u0000${s.name ?? ''}`;
}

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
    save(name: string, query: string, params?: Record<string, JsonValue>, folder?: string): StoredQuery[] {
      const n = name.trim() || query.trim().split('\n')[0]!.slice(0, 60);
      const f = folder?.trim();
      const entry: StoredQuery = {
        name: n,
        ...(f ? { folder: f } : {}),
        query,
        params,
        at: now().toISOString(),
      };
      const list = [entry, ...read(storage, SAVED_KEY).filter((s) => savedKey(s) !== savedKey(entry))];
      write(storage, SAVED_KEY, list);
      return list;
    },
    unsave(name: string, folder?: string): StoredQuery[] {
      const key = savedKey({ name, folder });
      const list = read(storage, SAVED_KEY).filter((s) => savedKey(s) !== key);
      write(storage, SAVED_KEY, list);
      return list;
    },
    /**
     * Adds imported saved queries after the ones already saved. One with the name and folder of a saved one is
     * skipped: what the user has is kept, and an export imported twice is not doubled.
     */
    importSaved(entries: StoredQuery[]): { list: StoredQuery[]; added: number; skipped: number } {
      const list = read(storage, SAVED_KEY);
      const seen = new Set(list.map(savedKey));
      let added = 0;
      for (const e of entries) {
        const key = savedKey(e);
        if (seen.has(key)) continue;
        seen.add(key);
        list.push(e);
        added++;
      }
      write(storage, SAVED_KEY, list);
      return { list, added, skipped: entries.length - added };
    },
  };
}

export type QueryMemory = ReturnType<typeof createQueryMemory>;
