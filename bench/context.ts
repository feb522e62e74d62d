// What every benchmark section receives (the run's settings, the database, the API) and the wrapper that times a
// section and turns a crash into a "failed" entry instead of losing the whole run.
import type { Driver } from 'neo4j-driver';
import type { ApiProcess, Neo4jTarget } from './env.js';
import type { GoalResult, SectionId } from './goals.js';
import type { RunMode, SectionResult, Table } from './results.js';

export interface RunSettings {
  mode: RunMode;
  /** People in the large synthetic graph. */
  people: number;
  /** Relationship rows of the seed comparison sample (issue: 20k). */
  seedSampleRows: number;
  /** Rows written one transaction each (all of the sample in a full run; a prefix in a quick run). */
  perRowRows: number;
  /** Rows of the batch-size sweep (large enough that a 50k batch is a real batch). */
  sweepRows: number;
  sweepRepetitions: number;
  batchSizes: number[];
  /** Requests per measured series, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
  /** Rounds the API and raw series alternate in (so drifting machine load hits both alike). */
  overheadRounds: number;
  loadSeconds: number;
  loadConnections: number;
  soakSeconds: number;
  soakConcurrency: number;
  randomSeed: number;
  clientScenes: number[];
  /** Warm `npm start`s timed to "ready", each followed by a first page (issue: 20 tries). */
  startTries: number;
}

export interface GraphSample {
  people: { id: string; name: string }[];
  orgs: { id: string; name: string; degree: number }[];
  /** Organisations with the most talent flows, most first. */
  flowOrgs: string[];
  nodes: number;
  relationships: number;
}

export interface BenchContext {
  settings: RunSettings;
  neo4j: Neo4jTarget;
  driver: Driver;
  api: ApiProcess | undefined;
  graph: GraphSample | undefined;
  outDir: string;
  log: (message: string) => void;
}

/** The parts a section fills in; `runSection` adds id, status and timing. */
export interface SectionOutput {
  method: string[];
  tables: Table[];
  notes?: string[];
  goals: GoalResult[];
  data: Record<string, unknown>;
  /** Set when the section could not measure (e.g. the client is not built yet). */
  skipped?: string;
}

export async function runSection(
  id: SectionId,
  log: (m: string) => void,
  fn: () => Promise<SectionOutput>,
): Promise<SectionResult> {
  const started = performance.now();
  log(`— ${id}: starting`);
  try {
    const out = await fn();
    const durationS = Math.round((performance.now() - started) / 100) / 10;
    log(`— ${id}: ${out.skipped ? `not measured (${out.skipped})` : 'done'} in ${durationS} s`);
    return {
      id,
      status: out.skipped ? 'skipped' : 'done',
      ...(out.skipped ? { reason: out.skipped } : {}),
      durationS,
      method: out.method,
      tables: out.tables,
      notes: out.notes ?? [],
      goals: out.goals,
      data: out.data,
    };
  } catch (err) {
    const durationS = Math.round((performance.now() - started) / 100) / 10;
    const reason = (err as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? String(err);
    log(`— ${id}: FAILED after ${durationS} s: ${reason}`);
    return {
      id,
      status: 'failed',
      reason,
      durationS,
      method: [],
      tables: [],
      notes: [],
      goals: [],
      data: {},
    };
  }
}
