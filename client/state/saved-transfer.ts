// Saved queries to and from a JSON file: the export's shape, and a zod check of a file to import that says what is
// wrong and where (e.g. `queries[2].query: expected a string`), so a bad file changes nothing.
import { z } from 'zod';
import type { StoredQuery } from './query-history.js';

export const SAVED_FILE_FORMAT = 'talent-graph.saved-queries';
export const SAVED_FILE_VERSION = 1;
export const DEFAULT_SAVED_FILE_NAME = 'talent-graph-saved-queries.json';

const SavedEntrySchema = z
  .object({
    name: z.string().trim().min(1, 'expected a non-empty name'),
    folder: z.string().optional(),
    query: z.string().trim().min(1, 'expected a non-empty Cypher query'),
    params: z.record(z.string(), z.json()).optional(),
    at: z.string().optional(),
  })
  .loose();

const SavedFileSchema = z.object({
  format: z.literal(SAVED_FILE_FORMAT, `expected "${SAVED_FILE_FORMAT}"`),
  version: z.number().int().max(SAVED_FILE_VERSION, `expected version ${SAVED_FILE_VERSION} or older`),
  queries: z.array(SavedEntrySchema, 'expected a list of saved queries'),
});

export type SavedImport =
  | { ok: true; queries: StoredQuery[] }
  | {
      ok: false;
      /** Where in the file, e.g. `queries[2].query` (or `file` for the whole). */ where: string;
      what: string;
    };

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

/** `queries[2].query` from zod's path ['queries', 2, 'query']. */
function pathText(path: PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out || 'file';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected =
      issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'object' || issue.expected === 'record'
          ? 'an object'
          : `a ${issue.expected}`;
    const received = 'input' in issue ? describeValue(issue.input) : '';
    return `expected ${expected}${received ? `, got ${received}` : ''}`;
  }
  return issue.message;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Reads a file's text as saved queries: every entry valid, or the first problem with its place in the file. */
export function parseSavedFile(text: string): SavedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      where: 'file',
      what: `not JSON (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  const parsed = SavedFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, where: pathText(issue.path), what: describeIssue(issue) };
  }
  const now = new Date().toISOString();
  return {
    ok: true,
    queries: parsed.data.queries.map((q) => ({
      name: q.name.trim(),
      ...(q.folder?.trim() ? { folder: q.folder.trim() } : {}),
      query: q.query,
      ...(q.params ? { params: q.params as StoredQuery['params'] } : {}),
      at: q.at ?? now,
    })),
  };
}
