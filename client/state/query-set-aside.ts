// What of the saved queries this version keeps aside (query-storage.ts) and whether the user has been told. The warning
// is shown once per situation, not on every page load while the entries remain: what was reported is remembered in
// storage as a fingerprint of each thing kept aside, so a new unreadable value or entry warns again and one already
// told of does not, wherever it sits (the saved key, or the backup it was moved to). The saved menu keeps counting them.
import { readList, trySet, type KeyValueStorage } from './query-storage.js';

/** What is kept aside: entries in the saved list this version cannot read, and whole values it could not read. */
export interface SetAside {
  /** Entries of an unknown shape carried in the saved list. */
  entries: number;
  /** Stored values that are not a list: in the saved key itself, or moved aside to `<key>.unreadable-<time>`. */
  lists: number;
  /** Something of it was never reported to the user (reportSetAside records that it was). */
  unreported: boolean;
}

/** The key remembering what was already reported: a JSON list of fingerprints. */
export const reportedKey = (savedKey: string) => `${savedKey}.reported`;

/**
 * A 53-bit fingerprint of a text (cyrb53): what is remembered of a reported value, which may be megabytes, instead
 * of the value itself.
 */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The values of the backups of `savedKey`, when the storage can list its keys (a browser's localStorage can; a storage
 * that cannot only shows what is still in the key itself).
 */
function backups(storage: KeyValueStorage, savedKey: string): string[] {
  const prefix = `${savedKey}.unreadable-`;
  const found: string[] = [];
  try {
    for (let i = 0; i < (storage.length ?? 0); i++) {
      const key = storage.key?.(i);
      const value = key?.startsWith(prefix) ? storage.getItem(key) : null;
      if (value !== null) found.push(value);
    }
  } catch {
    // Storage refused to be read: nothing of it can be counted.
  }
  return found;
}

/** Everything kept aside now as text: the unread entries (their JSON) first, then the unreadable values. */
function keptAside(storage: KeyValueStorage, savedKey: string): { entries: number; texts: string[] } {
  const current = readList(storage, savedKey);
  const values = [
    ...(current.unreadable === undefined ? [] : [current.unreadable]),
    ...backups(storage, savedKey),
  ];
  return { entries: current.kept.length, texts: [...current.kept.map((e) => JSON.stringify(e)), ...values] };
}

function reported(storage: KeyValueStorage, savedKey: string): Set<string> {
  try {
    const v: unknown = JSON.parse(storage.getItem(reportedKey(savedKey)) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** What of the saved list is kept aside now, and whether any of it is news to the user. */
export function setAsideOf(storage: KeyValueStorage, savedKey: string): SetAside {
  const aside = keptAside(storage, savedKey);
  const told = reported(storage, savedKey);
  const prints = aside.texts.map(fingerprint);
  return {
    entries: aside.entries,
    // A value that is both in the key and in a backup (or backed up twice) is one value.
    lists: new Set(prints.slice(aside.entries)).size,
    unreported: prints.some((p) => !told.has(p)),
  };
}

/**
 * Remembers that what is kept aside now was reported. Only what is there now is remembered, so the list stays small;
 * failing to store it (a full storage) only means the warning comes once more.
 */
export function reportSetAside(storage: KeyValueStorage, savedKey: string): void {
  const prints = [...new Set(keptAside(storage, savedKey).texts.map(fingerprint))];
  trySet(storage, reportedKey(savedKey), JSON.stringify(prints));
}
