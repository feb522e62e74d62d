// The shape of bench/results.json: one entry per run mode (full, quick, soak), so a quick run never overwrites the
// full run's figures. Sections carry their tables ready to render plus the raw figures behind them.
import fs from 'node:fs';
import path from 'node:path';
import type { GoalResult, SectionId } from './goals.js';

export const RUN_MODES = ['full', 'quick', 'soak'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export type Cell = string | number | null;

export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

export interface SectionResult {
  id: SectionId;
  status: 'done' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  reason?: string;
  durationS: number;
  /** How it was measured: sample sizes, warm-up, repetitions, concurrency. */
  method: string[];
  tables: Table[];
  /** Findings: causes of missed goals and what to fix. */
  notes: string[];
  goals: GoalResult[];
  data: Record<string, unknown>;
}

export interface MachineInfo {
  nproc: number;
  memoryMb: number;
  cpuModel: string;
  os: string;
  loadAverageAtStart: number[];
  /**
   * How long one core took for a fixed integer loop (`cpuLoopMs`) at the run's start and end: the same code's figures
   * are comparable only between runs on a machine of like speed (absent in runs before 2026-12-02).
   */
  cpuLoopMs?: { start: number; end?: number };
}

export interface Versions {
  node: string;
  neo4j: string | null;
  neo4jEdition: string | null;
  neo4jDriver: string;
  [name: string]: string | null;
}

export interface RunResult {
  mode: RunMode;
  startedAt: string;
  finishedAt: string;
  durationS: number;
  machine: MachineInfo;
  versions: Versions;
  /** How the system under test was set up: Neo4j, heap, API process, rate limits, graph size. */
  setup: Record<string, unknown>;
  sections: SectionResult[];
  goals: GoalResult[];
}

export interface ResultsFile {
  about: string;
  runs: Partial<Record<RunMode, RunResult>>;
}

export const RESULTS_ABOUT =
  'Written by `npm run bench` (see BENCHMARKS.md). One entry per mode; each run replaces only its own mode.';

export function readResults(file: string): ResultsFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as ResultsFile;
    if (parsed && typeof parsed === 'object' && parsed.runs && typeof parsed.runs === 'object')
      return { about: RESULTS_ABOUT, runs: parsed.runs };
  } catch {
    // missing or unreadable: start afresh
  }
  return { about: RESULTS_ABOUT, runs: {} };
}

/** Replaces the entry of this run's mode and writes the file (pretty, stable key order of modes). */
export function writeResults(file: string, run: RunResult): ResultsFile {
  const current = readResults(file);
  const runs: ResultsFile['runs'] = {};
  for (const mode of ['full', 'quick', 'soak'] as const) {
    const r = mode === run.mode ? run : current.runs[mode];
    if (r) runs[mode] = r;
  }
  const out: ResultsFile = { about: RESULTS_ABOUT, runs };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
