// A saved-queries file to import, checked with zod so the notice says what is wrong and where (e.g.
// `queries[2].query: expected a string`) and a bad file changes nothing. Loaded only when a file is imported
// (cypher-actions.ts), so zod stays out of the page's first bundle; the format and the export are saved-file.ts.
import { z } from 'zod';
import { jsonRecord } from '../../model/json-record.js';
import { savedKey, type StoredQuery } from './query-history.js';
import { SAVED_FILE_FORMAT, SAVED_FILE_VERSION } from './saved-file.js';

const SavedEntrySchema = z
  .object({
    name: z.string().trim().min(1, 'expected a non-empty name'),
    folder: z.string().optional(),
    // Checked, not trimmed: the query is imported exactly as it was written (indentation, comments, blank lines).
    query: z.string().refine((q) => q.trim() !== '', 'expected a non-empty Cypher query'),
    // Every key kept, `__proto__` too (zod's record leaves that one out).
    params: jsonRecord(z.json()).optional(),
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

/**
 * Reads a file's text as saved queries: every entry valid and named once (name and folder), or the first problem
 * with its place in the file.
 */
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
  const queries: StoredQuery[] = parsed.data.queries.map((q) => ({
    name: q.name.trim(),
    ...(q.folder?.trim() ? { folder: q.folder.trim() } : {}),
    query: q.query,
    ...(q.params ? { params: q.params as StoredQuery['params'] } : {}),
    at: q.at ?? now,
  }));
  const twice = duplicateOf(queries);
  return twice ? { ok: false, ...twice } : { ok: true, queries };
}

/**
 * The first query naming one already in the file (same name and folder, its identity): importing would keep one
 * and drop the other, so the file is refused and the user picks which one they mean.
 */
function duplicateOf(queries: StoredQuery[]): { where: string; what: string } | null {
  const first = new Map<string, number>();
  for (const [i, q] of queries.entries()) {
    const j = first.get(savedKey(q));
    if (j !== undefined) {
      const folder = q.folder ? `in folder ${JSON.stringify(q.folder)}` : 'in no folder';
      return {
        where: `queries[${i}]`,
        what: `duplicates queries[${j}]: the same name ${JSON.stringify(q.name)} ${folder}`,
      };
    }
    first.set(savedKey(q), i);
  }
  return null;
}
