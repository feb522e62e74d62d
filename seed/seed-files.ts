// Seeds facts files: validate everything first (nothing is written if any file is invalid), then write each
// source in its own transaction, then recompute the derived talent flows.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { findProjectRoot } from '../neo4j/project-root.js';
import { labelOfId } from '../model/data-model.js';
import { FACT_REL_TYPES, type NodeLabel } from '../model/labels.js';
import { recomputeTalentFlows } from './flows.js';
import { ensureSchema } from './schema.js';
import { sourceTakeoverWarning } from './source-takeover.js';
import { SeedValidationError, formatIssue, type SeedIssue } from './issues.js';
import { findExistingIdsQuery } from './queries/find-existing.js';
import { RESET_NODES, RESET_RELATIONSHIPS } from './queries/reset.js';
import { READ_SOURCES_FACT_IDS, findStatedFactsQuery } from './queries/source-facts.js';
import { emptyStats, finishSummary, mergeStats, type SeedStats, type SeedSummary } from './stats.js';
import { validateFactsFiles, type StatedFact } from './validate.js';
import { writeSource, type BatchInfo } from './writer.js';

export const BUNDLED_SOURCES_DIR = path.join(findProjectRoot(import.meta.url), 'seed', 'sources');
export const FACTS_FILE_SUFFIXES = ['.facts.yaml', '.facts.yml', '.facts.json'];

export interface SeedProgress {
  phase: 'validate' | 'write' | 'flows';
  /** Units done and total in this phase (sources for write). */
  done: number;
  total: number;
  detail?: string;
}

export interface SeedFilesOptions {
  database?: string;
  batchSize?: number;
  cwd?: string;
  onProgress?: (p: SeedProgress) => void;
  /** Test hook, called inside each source's transaction after every batch; throwing rolls that source back. */
  onBatch?: (info: BatchInfo) => void | Promise<void>;
  /** Create constraints and indexes first (default true; idempotent). */
  ensureSchema?: boolean;
  /**
   * Told each warning of a source's write (a name it removed) as soon as that source has committed: the change is in
   * the database then, so the user must learn of it even if a later source or the flows derivation fails. The
   * summary's `warnings` hold them too, when the run finishes.
   */
  onWarning?: (warning: string) => void;
}

/** Which of `ids` exist in the database as nodes of the label their prefix names. */
export function createExistingIdsLookup(driver: Driver, database?: string) {
  return async (ids: string[]): Promise<Set<string>> => {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of ids) {
      const label = labelOfId(id);
      if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
    }
    const found = new Set<string>();
    for (const [label, list] of byLabel) {
      const res = await driver.executeQuery(
        findExistingIdsQuery(label),
        { ids: list },
        { database, routing: 'READ' },
      );
      for (const r of res.records) found.add(r.get('id') as string);
    }
    return found;
  };
}

/**
 * Which of `factIds` are in the database as facts that none of `sourceIds` declared in its facts file (another
 * source's, or an import's or a script's): a facts file of these sources must not overwrite or delete them.
 */
export function createStatedFactsLookup(driver: Driver, database?: string) {
  return async (sourceIds: string[], factIds: string[]): Promise<Map<string, StatedFact>> => {
    const found = new Map<string, StatedFact>();
    if (factIds.length === 0) return found;
    // The sources' own facts are left out first: a source seeded again owns its ids (and the owners of
    // another source's fact are only looked for then, a scan of the Sources).
    const owned = new Set<string>();
    const res = await driver.executeQuery(
      READ_SOURCES_FACT_IDS,
      { ids: sourceIds },
      { database, routing: 'READ' },
    );
    for (const r of res.records) for (const id of r.get('factIds') as string[]) owned.add(id);
    const ids = factIds.filter((id) => !owned.has(id));
    if (ids.length === 0) return found;
    for (const type of FACT_REL_TYPES) {
      const facts = await driver.executeQuery(
        findStatedFactsQuery(type),
        { ids },
        { database, routing: 'READ' },
      );
      for (const r of facts.records)
        found.set(r.get('id') as string, {
          type,
          from: r.get('from') as string,
          to: r.get('to') as string,
          sources: (r.get('sources') as string[] | null) ?? [],
          owners: r.get('owners') as string[],
        });
    }
    return found;
  };
}

/**
 * The checks of facts files that do not depend on the graph (syntax, schema, evidence, ids across the files): run
 * before a Cypher script, which may write the nodes they refer to. An id not declared in the files is taken to be
 * in the graph (by its prefix's label); seedFiles looks it up when it runs. Returns every problem.
 */
export async function checkFactsFiles(paths: string[], opts: { cwd?: string } = {}): Promise<SeedIssue[]> {
  const result = await validateFactsFiles(paths, {
    cwd: opts.cwd,
    findExisting: async (ids) => new Set(ids),
  });
  return result.issues;
}

/** The bundled facts files, `seed/sources/*.facts.yaml`, in name order. */
export function bundledSourceFiles(dir = BUNDLED_SOURCES_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => FACTS_FILE_SUFFIXES.some((s) => f.endsWith(s)))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Validates all files (throwing SeedValidationError with every issue if any is invalid — nothing written),
 * then writes each source in one transaction and recomputes TALENT_FLOW.
 */
export async function seedFiles(
  driver: Driver,
  paths: string[],
  opts: SeedFilesOptions = {},
): Promise<SeedSummary> {
  const started = Date.now();
  opts.onProgress?.({ phase: 'validate', done: 0, total: paths.length });
  const result = await validateFactsFiles(paths, {
    cwd: opts.cwd,
    findExisting: createExistingIdsLookup(driver, opts.database),
    findStatedFacts: createStatedFactsLookup(driver, opts.database),
  });
  if (!result.ok) throw new SeedValidationError(result.issues);
  opts.onProgress?.({ phase: 'validate', done: paths.length, total: paths.length });

  if (opts.ensureSchema !== false) await ensureSchema(driver, { database: opts.database });
  const runFactIds = new Set(result.sources.flatMap((s) => s.facts.map((f) => f.id)));
  const stats = emptyStats();
  for (const [i, src] of result.sources.entries()) {
    opts.onProgress?.({
      phase: 'write',
      done: i,
      total: result.sources.length,
      detail: src.file.displayName,
    });
    const written = await writeSource(driver, src, {
      database: opts.database,
      batchSize: opts.batchSize,
      runFactIds,
      onBatch: opts.onBatch,
    });
    for (const w of nameWarnings(written)) opts.onWarning?.(w);
    mergeStats(stats, written);
  }
  opts.onProgress?.({ phase: 'write', done: result.sources.length, total: result.sources.length });
  opts.onProgress?.({ phase: 'flows', done: 0, total: 1 });
  const talentFlows = await recomputeTalentFlows(driver, { database: opts.database });
  opts.onProgress?.({ phase: 'flows', done: 1, total: 1 });
  return finishSummary(stats, started, {
    sources: result.sources.map((s) => s.source.id),
    talentFlows,
    warnings: [...result.warnings.map(formatIssue), ...nameWarnings(stats)],
  });
}

/**
 * A warning per person or organisation whose names seeding took away: the file no longer declares them, and no CSV
 * import recorded them — a file's own edit, or an import of before imports recorded what they added (2026-12-07).
 */
function droppedNameWarnings(stats: SeedStats): string[] {
  return Object.entries(stats.droppedNames ?? {}).map(
    ([id, names]) =>
      `${id}: seeding removed ${names.map((n) => JSON.stringify(n)).join(', ')}: the facts file no longer declares them and no CSV import recorded them; if a CSV import added them (before 2026-12-07 imports did not record what they added), import that file again`,
  );
}

/**
 * A warning per name or alias seeding replaced with another spelling that normalises alike (only one is kept): an
 * import's spelling, or one of unknown origin that gave way to another field of the file — not the file's own edit.
 */
function respelledNameWarnings(stats: SeedStats): string[] {
  return Object.entries(stats.respelledNames ?? {}).flatMap(([id, list]) =>
    list.map(({ from, to, imported }) => {
      const a = JSON.stringify(from);
      const b = JSON.stringify(to);
      return imported
        ? `${id}: seeding respelled ${a} as ${b}: a CSV import added ${a} and the facts file declares ${b}, the same name to matching and search (they normalise alike), so only the file's spelling is kept; the import's record of ${a} stays, and it comes back if the file stops declaring ${b}`
        : `${id}: seeding respelled ${a} as ${b}: the facts file declares ${b}, the same name to matching and search (they normalise alike), so only its spelling is kept; no CSV import recorded ${a} (before 2026-12-07 imports did not record what they added): if that spelling is to stay, declare it in the facts file`;
    }),
  );
}

/**
 * What seeding did that the user must hear of: each name removed, each respelled, and each source taken over from an
 * import (its fields replaced and kept).
 */
function nameWarnings(stats: SeedStats): string[] {
  return [
    ...droppedNameWarnings(stats),
    ...respelledNameWarnings(stats),
    ...Object.entries(stats.sourceTakeovers ?? {}).map(([id, t]) => sourceTakeoverWarning(id, t)),
  ];
}

/** Seeds every bundled source (`seed/sources/*.facts.yaml`). */
export function loadBundledSources(
  driver: Driver,
  opts: Omit<SeedFilesOptions, 'cwd'> = {},
): Promise<SeedSummary> {
  return seedFiles(driver, bundledSourceFiles(), opts);
}

/** Deletes every node and relationship in batches; constraints and indexes stay. */
export async function resetGraph(driver: Driver, opts: { database?: string } = {}): Promise<void> {
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await session.run(RESET_RELATIONSHIPS);
    // DETACH, in case a writer added a relationship between the two statements.
    await session.run(RESET_NODES);
  } finally {
    await session.close();
  }
}
