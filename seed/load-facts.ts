// Reads one facts file (YAML or JSON — the YAML parser reads both) and validates it against the model's
// schema, turning every problem into a SeedIssue with the file's line and column.
import fs from 'node:fs';
import path from 'node:path';
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { PathSegment } from '../model/facts-schema.js';
import { formatPath, parseFactsFile, type PartialFactsFile } from '../model/parse-facts.js';
import type { SeedIssue } from './issues.js';
import { NotUtf8Error, decodeUtf8 } from './text-encoding.js';

/** How to mend a facts file or source text that is not UTF-8 (the end of its issue's message). */
export const SAVE_AS_UTF8 =
  'save it with the encoding UTF-8 (most editors: Save As › Encoding › UTF-8) and seed it again';

/**
 * A file's text, strictly UTF-8 (a BOM is dropped); a file in another encoding would be read as replacement
 * characters and written as facts. Throws NotUtf8Error (saying where) or the read error.
 */
export function readUtf8File(file: string, saveAs: string): string {
  return decodeUtf8(fs.readFileSync(file), saveAs);
}

/** How far aliases may expand (the yaml library's measure) before a file is refused as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

export interface LoadedFactsFile {
  /** Absolute path. */
  path: string;
  /** The path as shown in messages. */
  displayName: string;
  /** The whole file when valid; else its valid parts (for the checks across files). */
  data: PartialFactsFile;
  /** Line and column of a path inside the file (the nearest existing node if the path is missing). */
  locate(at: PathSegment[]): { line: number; column: number };
}

export type LoadResult =
  { ok: true; file: LoadedFactsFile } | { ok: false; issues: SeedIssue[]; file?: LoadedFactsFile };

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Finds the YAML node at `at`: for a map key, its key node (so "unknown field" points at the key). */
function nodeAt(doc: Document, at: PathSegment[], pointAtKey: boolean): YamlNode | undefined {
  let current: unknown = doc.contents;
  let last: YamlNode | undefined = doc.contents ?? undefined;
  for (let i = 0; i < at.length; i++) {
    const seg = at[i];
    if (isMap(current)) {
      const pair = current.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg),
      );
      if (!pair) return last;
      if (i === at.length - 1 && pointAtKey && isScalar(pair.key)) return pair.key;
      current = pair.value;
      if (pair.value && typeof pair.value === 'object' && 'range' in pair.value)
        last = pair.value as YamlNode;
      else if (isScalar(pair.key)) last = pair.key;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg];
      if (!item) return last;
      current = item;
      if (typeof item === 'object' && 'range' in (item as object)) last = item as YamlNode;
    } else {
      return last;
    }
  }
  return last;
}

/** The document's first alias, and its first alias with no anchor of that name before it. */
function findAliases(doc: Document): { alias?: Alias; unresolved?: Alias } {
  const anchors = new Set<string>();
  let alias: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      alias ??= node;
      if (!anchors.has(node.source)) {
        unresolved = node;
        return visit.BREAK;
      }
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  return { alias, unresolved };
}

export function loadFactsFile(file: string, cwd = process.cwd()): LoadResult {
  const abs = path.resolve(cwd, file);
  const displayName = displayPath(abs, cwd);
  let text: string;
  try {
    text = readUtf8File(abs, `facts files are UTF-8 — ${SAVE_AS_UTF8}`);
  } catch (err) {
    if (err instanceof NotUtf8Error)
      return {
        ok: false,
        issues: [{ file: displayName, line: err.line, column: err.column, message: err.message }],
      };
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      issues: [
        {
          file: displayName,
          message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(err)})`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file: displayName,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
        message: `${/\.json$/i.test(abs) ? 'JSON/YAML' : 'YAML'} syntax: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const locate = (at: PathSegment[], pointAtKey = false) => {
    const node = nodeAt(doc, at, pointAtKey);
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // The yaml library throws a ReferenceError for aliases that expand too far (a "billion laughs" file) and for
    // an alias whose anchor comes after it (or is missing): both are problems of the file, told where they are.
    if (!(err instanceof ReferenceError)) throw err;
    const { alias, unresolved } = findAliases(doc);
    const at = unresolved ?? alias;
    const pos = lineCounter.linePos(at?.range?.[0] ?? 0);
    return {
      ok: false,
      issues: [
        {
          file: displayName,
          line: pos.line,
          column: pos.col,
          message: unresolved
            ? `YAML: the alias *${unresolved.source} has no anchor &${unresolved.source} above it; an alias repeats a value anchored earlier in the file`
            : 'YAML: its aliases (*name) repeat so much data that it would expand far beyond what a facts file holds; write the values out instead of aliasing them',
        },
      ],
    };
  }
  const parsed = parseFactsFile(value);
  if (!parsed.ok) {
    return {
      ok: false,
      file: { path: abs, displayName, data: parsed.partial, locate: (at) => locate(at) },
      issues: parsed.issues.map((i) => ({
        file: displayName,
        ...locate(i.path, i.message.startsWith('unknown field')),
        path: formatPath(i.path),
        message: i.message,
      })),
    };
  }
  return {
    ok: true,
    file: {
      path: abs,
      displayName,
      data: { ...parsed.file, invalidNodeIds: [] },
      locate: (at) => locate(at),
    },
  };
}
