// Saved queries as a JSON file: its format's name and version and the export. The check of a file to import is
// saved-transfer.ts, loaded on demand (it needs zod, which the first screen does not).
import type { StoredQuery } from './query-history.js';

export const SAVED_FILE_FORMAT = 'talent-graph.saved-queries';
export const SAVED_FILE_VERSION = 1;
export const DEFAULT_SAVED_FILE_NAME = 'talent-graph-saved-queries.json';

/** The export: a versioned wrapper, so a later format can tell old files from new. */
export function savedFileText(saved: StoredQuery[]): string {
  const queries = saved.map((s) => ({
    name: s.name ?? '',
    ...(s.folder ? { folder: s.folder } : {}),
    query: s.query,
    ...(s.params && Object.keys(s.params).length ? { params: s.params } : {}),
    at: s.at,
  }));
  return `${JSON.stringify({ format: SAVED_FILE_FORMAT, version: SAVED_FILE_VERSION, queries }, null, 2)}\n`;
}
