// Validates every facts file before anything is written: each file's schema, then the checks across files
// (duplicate ids, dangling node ids, wrong endpoint labels) and every evidence string against its source text.
import path from 'node:path';
import { labelOfId, relDoc } from '../model/data-model.js';
import type { FactInput, NodeInput, PathSegment, SourceInput } from '../model/facts-schema.js';
import { describeValue } from '../model/describe-value.js';
import { formatPath } from '../model/parse-facts.js';
import type { NodeLabel } from '../model/labels.js';
import { sortIssues, type SeedIssue } from './issues.js';
import {
  SAVE_AS_UTF8,
  displayPath,
  loadFactsFile,
  readUtf8File,
  type LoadedFactsFile,
} from './load-facts.js';
import { refusedNameParts } from './name-characters.js';
import { NotUtf8Error } from './text-encoding.js';

export interface ValidatedSource {
  file: LoadedFactsFile;
  source: SourceInput;
  nodes: NodeInput[];
  facts: FactInput[];
  /** The source's verbatim text (its `text` file), when it has one; stored on the Source node as `fullText`. */
  text?: string;
}

export interface ValidationResult {
  ok: boolean;
  sources: ValidatedSource[];
  issues: SeedIssue[];
  warnings: SeedIssue[];
}

/** A fact already in the database, as far as a facts file of another source needs to know it. */
export interface StatedFact {
  type: string;
  from: string;
  to: string;
  /** The fact's `sources`. */
  sources: string[];
  /** The Sources whose facts file declared it (their `factIds`); none when an import or a script wrote it. */
  owners: string[];
}

export interface ValidateOptions {
  cwd?: string;
  /** Ids (of any label) that already exist in the database; facts may refer to them. */
  findExisting?: (ids: string[]) => Promise<Set<string>>;
  /**
   * Of `factIds`, those in the database that none of `sourceIds` declared in its facts file: a file may not
   * state them (seeding it would overwrite or delete another source's or an import's fact).
   */
  findStatedFacts?: (sourceIds: string[], factIds: string[]) => Promise<Map<string, StatedFact>>;
}

/** Collapses runs of white space (including newlines and no-break spaces) to one space. */
export function collapseWhitespace(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00A0\u200B\u200E\u200F]+/g, ' ')
    .trim();
}

/** Why `evidence` is not in `text`: the longest beginning of it that is, to point the author at the difference. */
export function evidenceMismatch(evidence: string, text: string): string {
  let lo = 0;
  let hi = evidence.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(evidence.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return 'not even its first character occurs in the text';
  const tail = evidence.slice(lo, lo + 20);
  return `the text has its first ${lo} of ${evidence.length} characters ("${evidence.slice(Math.max(0, lo - 20), lo)}") but not what follows ("${tail}")`;
}

interface Declared {
  label: NodeLabel;
  at: string;
}

export async function validateFactsFiles(
  paths: string[],
  opts: ValidateOptions = {},
): Promise<ValidationResult> {
  const cwd = opts.cwd ?? process.cwd();
  const issues: SeedIssue[] = [];
  const warnings: SeedIssue[] = [];
  const loaded: LoadedFactsFile[] = [];
  /** Each file's source text, as read for the evidence check (the seed stores it on the Source node). */
  const texts = new Map<LoadedFactsFile, string>();
  const invalidIds = new Set<string>();
  for (const p of paths) {
    const r = loadFactsFile(p, cwd);
    if (r.ok) loaded.push(r.file);
    else {
      issues.push(...r.issues);
      // Its valid parts still take part in the checks across files, so every error shows up in one run.
      if (r.file) {
        loaded.push(r.file);
        r.file.data.invalidNodeIds.forEach((id) => invalidIds.add(id));
      }
    }
  }

  // Paths use the item's index in the file, even when invalid items were left out of f.data.
  const ni = (f: LoadedFactsFile, i: number) => f.data.nodeIndexes?.[i] ?? i;
  const fi = (f: LoadedFactsFile, i: number) => f.data.factIndexes?.[i] ?? i;
  const issueAt = (f: LoadedFactsFile, at: PathSegment[], message: string, list = issues) =>
    list.push({ file: f.displayName, ...f.locate(at), path: formatPath(at), message });
  const where = (f: LoadedFactsFile, at: PathSegment[]) => {
    const { line, column } = f.locate(at);
    return `${f.displayName}:${line}:${column}`;
  };

  // Every declared node (sources included) and fact id, with where it was first declared.
  const nodes = new Map<string, Declared>();
  const facts = new Map<string, string>();
  for (const f of loaded) {
    const declare = (id: string, label: NodeLabel, at: PathSegment[]) => {
      const first = nodes.get(id);
      if (first)
        issueAt(
          f,
          at,
          `duplicate node id "${id}": already declared at ${first.at} — declare a node once and refer to it by id from other files`,
        );
      else nodes.set(id, { label, at: where(f, at) });
    };
    if (f.data.source) declare(f.data.source.id, 'Source', ['source', 'id']);
    f.data.nodes.forEach((n, i) => declare(n.id, n.label, ['nodes', ni(f, i), 'id']));
    f.data.facts.forEach((fact, i) => {
      const first = facts.get(fact.id);
      if (first)
        issueAt(f, ['facts', fi(f, i), 'id'], `duplicate fact id "${fact.id}": already declared at ${first}`);
      else facts.set(fact.id, where(f, ['facts', fi(f, i), 'id']));
    });
  }

  // Ids referred to but not declared in these files may already be in the database.
  const referenced = new Set<string>();
  for (const f of loaded) {
    for (const fact of f.data.facts)
      [fact.from, fact.to, ...(fact.sources ?? [])].forEach((id) => referenced.add(id));
    for (const n of f.data.nodes) if (typeof n.citedBy === 'string') referenced.add(n.citedBy);
  }
  const undeclared = [...referenced].filter((id) => !nodes.has(id));
  const existing =
    undeclared.length > 0 && opts.findExisting ? await opts.findExisting(undeclared) : new Set<string>();
  const labelOf = (id: string): NodeLabel | undefined =>
    nodes.get(id)?.label ?? (existing.has(id) ? labelOfId(id) : undefined);
  const a = (label: string) => (/^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`);
  const dangling = (id: string) =>
    `unknown node id ${describeValue(id)} — declare it under nodes in one of the files being seeded (or seed the file that declares it first)`;

  for (const f of loaded) {
    f.data.nodes.forEach((n, i) => {
      if (typeof n.citedBy !== 'string') return;
      const label = labelOf(n.citedBy);
      if (!label) issueAt(f, ['nodes', ni(f, i), 'citedBy'], dangling(n.citedBy));
      else if (label !== 'Source')
        issueAt(
          f,
          ['nodes', ni(f, i), 'citedBy'],
          `expected the id of a Source, but "${n.citedBy}" is ${a(label)}`,
        );
    });
    f.data.facts.forEach((fact, i) => {
      const doc = relDoc(fact.type);
      for (const side of ['from', 'to'] as const) {
        const id = fact[side];
        const label = labelOf(id);
        const allowed = side === 'from' ? doc.from : doc.to;
        if (!label) {
          if (!invalidIds.has(id)) issueAt(f, ['facts', fi(f, i), side], dangling(id));
        } else if (!allowed.includes(label))
          issueAt(
            f,
            ['facts', fi(f, i), side],
            `a ${fact.type} ${side === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, but "${id}" is ${a(label)}`,
          );
      }
      (fact.sources ?? []).forEach((id, j) => {
        const label = labelOf(id);
        if (!label) {
          if (!invalidIds.has(id)) issueAt(f, ['facts', fi(f, i), 'sources', j], dangling(id));
        } else if (label !== 'Source')
          issueAt(
            f,
            ['facts', fi(f, i), 'sources', j],
            `expected the id of a Source, but "${id}" is ${a(label)}`,
          );
      });
    });
    // Names are shown on labels and in lists: a control or bidi character is refused as a CSV import refuses it.
    if (f.data.source)
      for (const p of refusedNameParts(f.data.source)) issueAt(f, ['source', ...p.at], p.message);
    f.data.nodes.forEach((n, i) => {
      for (const p of refusedNameParts(n)) issueAt(f, ['nodes', ni(f, i), ...p.at], p.message);
    });
    const text = checkEvidence(f, issueAt, issues, warnings, cwd, (i) => fi(f, i));
    if (text !== undefined) texts.set(f, text);
    // The format links every event to the source that reports it; a missing link is worth a warning.
    const src = f.data.source?.id;
    const reported = new Set(
      f.data.facts.filter((x) => x.type === 'REPORTED_BY' && x.to === src).map((x) => x.from),
    );
    f.data.nodes.forEach((n, i) => {
      if (src && n.label === 'Event' && !reported.has(n.id))
        issueAt(f, ['nodes', ni(f, i), 'id'], `event "${n.id}" has no REPORTED_BY fact to ${src}`, warnings);
    });
  }

  // A fact id already in the graph belongs to the source whose file declared it: another source's file may not
  // restate it. A source of this run owns its own ids, also those moving to another file of the run.
  if (opts.findStatedFacts) {
    const sourceIds = loaded.flatMap((f) => (f.data.source ? [f.data.source.id] : []));
    const stated = await opts.findStatedFacts(sourceIds, [...facts.keys()]);
    for (const f of loaded)
      f.data.facts.forEach((fact, i) => {
        const old = stated.get(fact.id);
        if (old) issueAt(f, ['facts', fi(f, i), 'id'], statedElsewhere(fact.id, old));
      });
  }

  const sorted = sortIssues(issues);
  return {
    ok: sorted.length === 0,
    issues: sorted,
    warnings: sortIssues(warnings),
    sources:
      sorted.length === 0
        ? loaded.map((file) => ({
            file,
            source: file.data.source!,
            nodes: file.data.nodes,
            facts: file.data.facts,
            ...(texts.has(file) ? { text: texts.get(file) } : {}),
          }))
        : [],
  };
}

function statedElsewhere(id: string, old: StatedFact): string {
  const by =
    old.owners.length > 0
      ? `stated by ${old.owners.join(', ')}`
      : old.sources.length > 0
        ? `stated by ${old.sources.join(', ')} through an import or a script, not by its facts file`
        : 'written by an import or a script, with no source';
  return `${id} is already in the graph as the ${old.type} fact ${old.from} → ${old.to}, ${by}; a fact in the graph is never overwritten — give this fact an id no fact has`;
}

function checkEvidence(
  f: LoadedFactsFile,
  issueAt: (f: LoadedFactsFile, at: PathSegment[], message: string, list?: SeedIssue[]) => void,
  issues: SeedIssue[],
  warnings: SeedIssue[],
  cwd: string,
  factIndex: (i: number) => number,
): string | undefined {
  if (!f.data.source) return undefined;
  const { text } = f.data.source;
  if (!text) {
    if (f.data.facts.length > 0)
      issueAt(
        f,
        ['source'],
        'has no text file, so the evidence of its facts cannot be checked against the source; add `text: <file beside this one>`',
        warnings,
      );
    return undefined;
  }
  const textPath = path.resolve(path.dirname(f.path), text);
  let raw: string;
  try {
    raw = readUtf8File(
      textPath,
      `${f.displayName} cites it as its source text (source.text), which must be UTF-8 — ${SAVE_AS_UTF8}`,
    );
  } catch (err) {
    // The place to mend is in the text file, so the issue names it (the message names the facts file).
    if (err instanceof NotUtf8Error) {
      issues.push({
        file: displayPath(textPath, cwd),
        line: err.line,
        column: err.column,
        message: err.message,
      });
      return undefined;
    }
    issueAt(
      f,
      ['source', 'text'],
      `the source text ${displayPath(textPath, cwd)} cannot be read — it must be a file beside the facts file`,
    );
    return undefined;
  }
  const body = collapseWhitespace(raw);
  f.data.facts.forEach((fact, i) => {
    const evidence = collapseWhitespace(fact.evidence);
    if (!body.includes(evidence))
      issueAt(
        f,
        ['facts', factIndex(i), 'evidence'],
        `not found verbatim in ${displayPath(textPath, cwd)} (white space collapsed): ${evidenceMismatch(evidence, body)}`,
      );
  });
  return raw;
}
