// The Cypher panel's memory in localStorage: the recent runs (newest first, one entry per query text, with how the
// last run ended, its time and row count) and named saved ones, each optionally in a folder (name + folder is its
// identity; entries stored before folders existed have none and still load). How they are stored, and kept when
// storage is full or holds what this version cannot read, is query-storage.ts; telling the user once of saved queries
// kept aside is query-set-aside.ts.
import type { JsonValue } from '../../model/graph.js';
import { reportSetAside, setAsideOf, type SetAside } from './query-set-aside.js';
import {
  isStoredQuery,
  readList,
  writeHistory,
  writeSavedList,
  type KeyValueStorage,
} from './query-storage.js';

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

/** A change to the saved list: what is saved now, and whether the change was stored (when not, nothing changed). */
export interface SavedChange {
  ok: boolean;
  list: StoredQuery[];
  /** Not saved because another query holds the name in its folder (the user may choose to replace it). */
  taken?: boolean;
}

/** The name a query saved without one is listed under: its first line. */
export const fallbackName = (query: string) => query.trim().split('\n')[0]!.slice(0, 60);

/** The same parameters, key order aside (none and an empty object alike). */
function sameParams(a?: Record<string, JsonValue>, b?: Record<string, JsonValue>): boolean {
  const text = (p?: Record<string, JsonValue>) =>
    JSON.stringify(p ?? {}, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : v,
    );
  return text(a) === text(b);
}

/**
 * `name`, or when another query holds it in `folder`, the first free of `name (2)`, `name (3)`…: the name a save
 * without a name takes and the form suggests, so that a suggested name never replaces someone else's query.
 */
export function unusedName(
  saved: StoredQuery[],
  name: string,
  folder: string | undefined,
  /** The query to be saved: a name holding the same text is free for it. Null: only a name nothing holds is. */
  query: string | null,
): string {
  const holder = (n: string) => saved.find((s) => savedKey(s) === savedKey({ name: n, folder }));
  const free = (n: string) => {
    const h = holder(n);
    return !h || (query !== null && h.query === query);
  };
  if (free(name)) return name;
  for (let i = 2; ; i++) if (free(`${name} (${i})`)) return `${name} (${i})`;
}

/** No storage at all (tests, a page without one): a list kept for this page only. */
function pageStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

export function createQueryMemory(
  storage: KeyValueStorage | undefined = pageStorage(),
  now: () => Date = () => new Date(),
  {
    pageOnly = false,
  }: {
    /** The browser keeps no site data (query-storage.ts, browserStorage): what is saved lasts while the page is open. */
    pageOnly?: boolean;
  } = {},
) {
  const history = () => readList(storage, HISTORY_KEY).entries;
  const saved = () => readList(storage, SAVED_KEY).entries;
  /**
   * Writes the saved list made from the stored one; when it cannot be stored, says so with the list as it is.
   * `change` returns null to leave the list as it is (nothing is written).
   */
  const changeSaved = (change: (list: StoredQuery[]) => StoredQuery[] | null): SavedChange => {
    const current = readList(storage, SAVED_KEY);
    const list = change(current.entries);
    if (list === null) return { ok: false, list: current.entries };
    const ok = writeSavedList(storage, SAVED_KEY, current, list, { historyKey: HISTORY_KEY, now: now() });
    return ok ? { ok, list } : { ok, list: saved() };
  };
  return {
    history,
    saved,
    pageOnly,
    /** What of the saved queries this version cannot read and keeps aside (the user should know, once). */
    savedSetAside(): SetAside {
      return setAsideOf(storage, SAVED_KEY);
    },
    /** Remembers that the user was told of what is kept aside now (savedSetAside's `unreported` turns false). */
    reportedSetAside(): void {
      reportSetAside(storage, SAVED_KEY);
    },
    remember(query: string, params?: Record<string, JsonValue>, run?: RunRecord): StoredQuery[] {
      const q = query.trim();
      if (!q) return history();
      const current = readList(storage, HISTORY_KEY);
      // Entries this version cannot read keep their place and age out with the others (query-storage.ts).
      const list = [
        { query: q, params, at: now().toISOString(), ...run },
        ...current.items.filter((h) => !isStoredQuery(h) || h.query.trim() !== q),
      ].slice(0, DEFAULT_HISTORY_SIZE);
      return writeHistory(storage, HISTORY_KEY, current, list, now()).filter(isStoredQuery);
    },
    /**
     * Saves a query under a name in a folder. Another query holding that name there is not written over unless
     * `replace` says the user chose to (the change comes back `taken`, nothing stored); the same text saved again
     * under its own name is updated (its parameters, its time). Without a name, the query's first line, made unique.
     */
    save(
      name: string,
      query: string,
      params?: Record<string, JsonValue>,
      folder?: string,
      { replace = false }: { replace?: boolean } = {},
    ): SavedChange {
      const f = folder?.trim();
      let taken = false;
      const change = changeSaved((list) => {
        const n = name.trim() || unusedName(list, fallbackName(query), f, query);
        const entry: StoredQuery = {
          name: n,
          ...(f ? { folder: f } : {}),
          query,
          params,
          at: now().toISOString(),
        };
        const holder = list.find((s) => savedKey(s) === savedKey(entry));
        if (holder && holder.query !== query && !replace) {
          taken = true;
          return null;
        }
        return [entry, ...list.filter((s) => savedKey(s) !== savedKey(entry))];
      });
      return taken ? { ...change, taken } : change;
    },
    unsave(name: string, folder?: string): SavedChange {
      const key = savedKey({ name, folder });
      return changeSaved((list) => list.filter((s) => savedKey(s) !== key));
    },
    /**
     * Adds imported saved queries after the ones already saved. One the user has already (the same name, folder, text
     * and parameters) is skipped, so an export imported twice is not doubled; another query under a name the user's
     * list holds is kept under that name made unique ("hires (2)"): what the user has is kept, and so is what the
     * file brings.
     */
    importSaved(entries: StoredQuery[]): SavedChange & { added: number; skipped: number; renamed: number } {
      let added = 0;
      let renamed = 0;
      const change = changeSaved((list) => {
        const kept = [...list];
        added = 0;
        renamed = 0;
        // The file's checker refuses a file naming a query twice (saved-transfer.ts); `kept` stays one per name.
        for (const e of entries) {
          const holder = kept.find((s) => savedKey(s) === savedKey(e));
          // Already there: under its own name, or under the numbered one an earlier import of it gave.
          const name = e.name ?? '';
          const numbered = (n = '') => n === name || (n.startsWith(`${name} (`) && /\(\d+\)$/.test(n));
          const same = (s: StoredQuery) =>
            savedKey(s) === savedKey({ name: s.name, folder: e.folder }) &&
            numbered(s.name) &&
            s.query === e.query &&
            sameParams(s.params, e.params);
          if (holder && kept.some(same)) continue;
          // A name nothing holds: one holding the same text with other parameters is another query's.
          const entry = holder ? { ...e, name: unusedName(kept, name, e.folder, null) } : e;
          if (holder) renamed += 1;
          kept.push(entry);
          added += 1;
        }
        return kept;
      });
      return { ...change, added, skipped: entries.length - added, renamed };
    },
  };
}

export type QueryMemory = ReturnType<typeof createQueryMemory>;
