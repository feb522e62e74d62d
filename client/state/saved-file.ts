// Saved queries as a JSON file: its format's name and version and the export. The check of a file to import is
// saved-transfer.ts, loaded on demand (it needs zod, which the first screen does not).
import { fallbackName, savedKey, type StoredQuery } from './query-history.js';

export const SAVED_FILE_FORMAT = 'talent-graph.saved-queries';
export const SAVED_FILE_VERSION = 1;
export const DEFAULT_SAVED_FILE_NAME = 'talent-graph-saved-queries.json';

/**
 * The export: a versioned wrapper, so a later format can tell old files from new. Every query goes out with a name,
 * as the import requires: one saved without (by an older version) takes its first line, numbered past the names
 * already in its folder, so the file reads back whole.
 */
export function savedFileText(saved: StoredQuery[]): string {
  const taken = new Set(saved.filter((s) => s.name).map(savedKey));
  const nameOf = (s: StoredQuery): string => {
    if (s.name) return s.name;
    const base = fallbackName(s.query) || 'query';
    let name = base;
    for (let i = 2; taken.has(savedKey({ name, folder: s.folder })); i++) name = `${base} (${i})`;
    taken.add(savedKey({ name, folder: s.folder }));
    return name;
  };
  const queries = saved.map((s) => ({
    name: nameOf(s),
    ...(s.folder ? { folder: s.folder } : {}),
    query: s.query,
    ...(s.params && Object.keys(s.params).length ? { params: s.params } : {}),
    at: s.at,
  }));
  return `${JSON.stringify({ format: SAVED_FILE_FORMAT, version: SAVED_FILE_VERSION, queries }, null, 2)}\n`;
}
