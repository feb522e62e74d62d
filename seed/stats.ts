// What a seed run changed, per label and per relationship type, with timing; and its printable summary table.
import type { SourceTakeover } from './source-takeover.js';

export interface Counts {
  /** Rows written (merged), changed or not. */
  rows: number;
  created: number;
  /** Existed and some property changed. */
  updated: number;
  deleted: number;
}

export interface SeedStats {
  nodes: Record<string, Counts>;
  relationships: Record<string, Counts>;
  /**
   * Names and aliases a person or organisation had that seeding its file took away (the file no longer declares them,
   * and no import recorded them: seed/imported-values.ts), by node id: said, so none goes unnoticed.
   */
  droppedNames?: Record<string, string[]>;
  /**
   * Names and aliases seeding replaced with another spelling that normalises alike (so only one of them is kept), by
   * node id — but for the file's own edit of its own value: `imported` when a CSV import had recorded `from`.
   */
  respelledNames?: Record<string, Respelled[]>;
  /** Sources a facts file declared that an import, a script or a citing file wrote before (seed/source-takeover.ts). */
  sourceTakeovers?: Record<string, SourceTakeover>;
}

export interface Respelled {
  from: string;
  to: string;
  imported: boolean;
}

export interface SeedSummary extends SeedStats {
  sources: string[];
  /** Wall-clock milliseconds. */
  ms: number;
  /** Rows (nodes + relationships) written per second. */
  rowsPerSecond: number;
  talentFlows: number;
  warnings: string[];
  /** CSV import only: how rows were matched to existing entities. */
  merges?: string[];
}

export function emptyStats(): SeedStats {
  return { nodes: {}, relationships: {} };
}

export function addCounts(into: Record<string, Counts>, key: string, c: Partial<Counts>): void {
  const cur = (into[key] ??= { rows: 0, created: 0, updated: 0, deleted: 0 });
  cur.rows += c.rows ?? 0;
  cur.created += c.created ?? 0;
  cur.updated += c.updated ?? 0;
  cur.deleted += c.deleted ?? 0;
}

export function mergeStats(into: SeedStats, from: SeedStats): SeedStats {
  for (const [k, c] of Object.entries(from.nodes)) addCounts(into.nodes, k, c);
  for (const [k, c] of Object.entries(from.relationships)) addCounts(into.relationships, k, c);
  for (const [id, names] of Object.entries(from.droppedNames ?? {}))
    (into.droppedNames ??= {})[id] = [...new Set([...(into.droppedNames?.[id] ?? []), ...names])];
  for (const [id, t] of Object.entries(from.sourceTakeovers ?? {})) (into.sourceTakeovers ??= {})[id] = t;
  for (const [id, list] of Object.entries(from.respelledNames ?? {})) {
    const had = ((into.respelledNames ??= {})[id] ??= []);
    for (const r of list) if (!had.some((x) => x.from === r.from)) had.push(r);
  }
  return into;
}

export function totalRows(s: SeedStats): number {
  return [...Object.values(s.nodes), ...Object.values(s.relationships)].reduce((n, c) => n + c.rows, 0);
}

export function finishSummary(
  stats: SeedStats,
  startedAt: number,
  extra: Omit<SeedSummary, keyof SeedStats | 'ms' | 'rowsPerSecond'>,
): SeedSummary {
  const ms = Math.max(1, Date.now() - startedAt);
  return { ...stats, ...extra, ms, rowsPerSecond: Math.round((totalRows(stats) * 1000) / ms) };
}

/** A plain-text table: one line per label and type with rows, created, updated, deleted; then time and rate. */
export function formatSummary(s: SeedSummary): string {
  const lines: string[][] = [['', 'rows', 'created', 'updated', 'deleted']];
  const add = (name: string, c: Counts) =>
    lines.push([name, String(c.rows), String(c.created), String(c.updated), String(c.deleted)]);
  for (const [k, c] of Object.entries(s.nodes)) add(`:${k}`, c);
  for (const [k, c] of Object.entries(s.relationships)) add(`[:${k}]`, c);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const table = lines
    .map((l) =>
      l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
  const rate = `${totalRows(s).toLocaleString('en-US')} rows in ${(s.ms / 1000).toFixed(1)} s (${s.rowsPerSecond.toLocaleString('en-US')} rows/s)`;
  return `${table}\n${rate}; ${s.talentFlows.toLocaleString('en-US')} TALENT_FLOW relationships derived`;
}
