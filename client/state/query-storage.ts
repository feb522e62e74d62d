// Reading and writing the Cypher panel's lists in localStorage (query-history.ts) without losing what the user saved.
// Saved queries are the user's own work, so a write that fails is reported, never swallowed; when storage is full the
// history, a convenience, gives up its space first, and only for a write that then succeeds (else it is put back).
// What this version cannot read is kept, never overwritten, in both lists: a stored value that is not a list is moved
// aside to `<key>.unreadable-<time>` before the first write (once: the key holds a list after it), and entries of a
// shape this version does not know are carried through every write untouched (a newer version may have written them).
//
// In the history such an entry keeps its place among the runs and gives way as any run does, by age: past the newest
// DEFAULT_HISTORY_SIZE, or oldest first when storage is full. The history promises the newest runs, not every run, and
// a version that reads the entry would drop it at the same point; letting unread entries outlive the limit would let
// them, not the user's runs, hold the space saved queries need. An unreadable history value is never given up for
// space: it cannot be moved aside in a full storage, and writing over it would lose it.
//
// The stored value stays a bare JSON list, with no version wrapper: an older page reading a wrapped value would find
// "not a list" and, before this file existed, overwrite it. Each entry is read on its own instead.
import type { StoredQuery } from './query-history.js';

/**
 * What the lists need of localStorage; listing its keys is optional (it finds the backups of unreadable values), and
 * so is removing one (it takes back the backup made for a save that then failed).
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'key' | 'length' | 'removeItem'>>;

/** What a list's key holds: the entries this version reads, the others (kept as they are), or an unreadable value. */
export interface StoredList {
  entries: StoredQuery[];
  /** Entries of a shape this version does not read, written back untouched (saved: after the others). */
  kept: unknown[];
  /** Every entry in its stored order, read or not (the history keeps each in its place). */
  items: unknown[];
  /** The whole stored text, when it is not a JSON list: moved aside before the key is written again. */
  unreadable?: string;
  /** Storage refused even to be read (disabled): nothing may be written over what it may hold. */
  blocked?: boolean;
}

/**
 * The browser's localStorage, or undefined when the browser refuses it: with site data blocked, or in a sandboxed
 * frame, merely reading `window.localStorage` throws a SecurityError. Read once, here, so the page still opens (its
 * lists then last only while it is open, and the saved-query actions say so).
 */
export function browserStorage(win: { readonly localStorage: Storage | null }): Storage | undefined {
  try {
    return win.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isText = (v: unknown) => v === undefined || typeof v === 'string';

/** An entry this version reads: a query text, and the optional fields in the types it writes them. */
export function isStoredQuery(x: unknown): x is StoredQuery {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const q = x as Record<string, unknown>;
  const params = q['params'];
  return (
    typeof q['query'] === 'string' &&
    isText(q['name']) &&
    isText(q['folder']) &&
    isText(q['at']) &&
    (params === undefined || (!!params && typeof params === 'object' && !Array.isArray(params)))
  );
}

export function readList(storage: KeyValueStorage, key: string): StoredList {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { entries: [], kept: [], items: [], blocked: true };
  }
  if (raw === null) return { entries: [], kept: [], items: [] };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { entries: [], kept: [], items: [], unreadable: raw };
  }
  if (!Array.isArray(v)) return { entries: [], kept: [], items: [], unreadable: raw };
  return { entries: v.filter(isStoredQuery), kept: v.filter((x) => !isStoredQuery(x)), items: v };
}

/** Storage is full (each browser names it its own way). */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      e.code === 22 ||
      e.code === 1014)
  );
}

/** Writes a value: ok when stored, else the browser's error (full storage is told apart by isQuotaError). */
export function trySet(
  storage: KeyValueStorage,
  key: string,
  value: string,
): { ok: true } | { ok: false; err: unknown } {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (err) {
    return { ok: false, err };
  }
}

/** Where a key's unreadable value is moved before the key is written: `<key>.unreadable-<time>`. */
export const unreadableKey = (key: string, now: Date) => `${key}.unreadable-${now.toISOString()}`;

/**
 * Writes a history list (entries of any shape, newest first) over what `current` read from the key: an unreadable
 * value is first copied aside (when it cannot be, the key is left alone); when storage is full, the oldest entries
 * (and the parameters they hold) are dropped until it fits. Returns what was stored, or the list itself when nothing
 * could be (history failing stays quiet).
 */
export function writeHistory(
  storage: KeyValueStorage,
  key: string,
  current: StoredList,
  list: unknown[],
  now: Date,
): unknown[] {
  if (current.blocked) return list;
  if (current.unreadable !== undefined && !trySet(storage, unreadableKey(key, now), current.unreadable).ok)
    return list;
  for (let keep = list; ; keep = keep.slice(0, Math.floor(keep.length / 2))) {
    const done = trySet(storage, key, JSON.stringify(keep));
    if (done.ok) return keep;
    if (!isQuotaError(done.err) || keep.length === 0) return list;
  }
}

/** A key's stored text (null: none, or storage refused to read it). */
function rawOf(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Writes a value that must be kept (a saved list, a backup of one). When storage is full, the history gives up its
 * space, oldest runs first, until the value fits. False when it still cannot be stored: then the history is put back
 * as it was, so a write that failed has cost nothing.
 */
export function writeKept(storage: KeyValueStorage, key: string, value: string, historyKey: string): boolean {
  let done = trySet(storage, key, value);
  if (done.ok) return true;
  const before = rawOf(storage, historyKey);
  // Every entry, read or not, in its place: the oldest give way, whoever wrote them (an unreadable value gives none).
  let history = readList(storage, historyKey).items;
  while (!done.ok && isQuotaError(done.err) && history.length > 0) {
    history = history.slice(0, Math.floor(history.length / 2));
    trySet(storage, historyKey, JSON.stringify(history));
    done = trySet(storage, key, value);
  }
  // The value's write failed, so the room the history held before is free again for it.
  if (!done.ok && before !== null) trySet(storage, historyKey, before);
  return done.ok;
}

/**
 * Writes a saved list over what `current` read from the key: its unread entries go along after the list, and an
 * unreadable value is first copied to `<key>.unreadable-<time>`; if that copy cannot be stored, the key is left alone.
 * When the list cannot be stored after the copy was, the copy is taken back (the value is still in the key) and the
 * history the copy made room with is put back: a failed save changes nothing.
 */
export function writeSavedList(
  storage: KeyValueStorage,
  key: string,
  current: StoredList,
  list: StoredQuery[],
  opts: { historyKey: string; now: Date },
): boolean {
  if (current.blocked) return false;
  const value = JSON.stringify([...list, ...current.kept]);
  if (current.unreadable === undefined) return writeKept(storage, key, value, opts.historyKey);
  const backup = unreadableKey(key, opts.now);
  const history = rawOf(storage, opts.historyKey);
  if (!writeKept(storage, backup, current.unreadable, opts.historyKey)) return false;
  if (writeKept(storage, key, value, opts.historyKey)) return true;
  try {
    storage.removeItem?.(backup);
  } catch {
    // Left as a copy: the value itself is still in its key.
  }
  if (history !== null) trySet(storage, opts.historyKey, history);
  return false;
}
