// Command-line flags of `npm run bench` and the settings each mode implies.
import { SECTION_IDS, type SectionId } from './goals.js';
import type { RunSettings } from './context.js';
import type { RunMode } from './results.js';

export const USAGE = `Usage: npm run bench [-- options]

  (no option)        full run: 100k-person synthetic graph, every section (~20–30 min on 2 cores)
  --quick            quick run: 20k people, shorter series (~5–8 min)
  --soak             soak only: 5 minutes of mixed API traffic on a 20k-person graph, RSS at start and end
  --only=a,b         only these sections: ${SECTION_IDS.join(', ')}
  --people=N         people in the synthetic graph (overrides the mode's default)
  --soak-seconds=N   length of the soak (default 300)
  --scratch          write bench/out/results.json and bench/out/BENCHMARKS.md instead of the committed files
  --wipe-external-neo4j   allow the benchmark to empty the database NEO4J_URI points to (else it refuses)
  --reuse-graph      with NEO4J_URI: measure the graph already there instead of loading one (not with the seed section)
  --help             this text

Environment: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD to use an existing Neo4j (wiped!), else a throwaway embedded one;
BENCH_NEO4J_HEAP_MB (default 2048) and BENCH_NEO4J_PAGECACHE_MB (default 1024) size the embedded one.`;

export interface BenchArgs {
  mode: RunMode;
  sections: SectionId[];
  settings: RunSettings;
  scratch: boolean;
  wipeExternal: boolean;
  reuseGraph: boolean;
  help: boolean;
}

export class ArgsError extends Error {}

const BATCH_SIZES = [1_000, 5_000, 10_000, 25_000, 50_000];

export function settingsFor(mode: RunMode): RunSettings {
  const common = {
    seedSampleRows: 20_000,
    batchSizes: BATCH_SIZES,
    loadConnections: 50,
    soakSeconds: 300,
    soakConcurrency: 8,
    randomSeed: 20250829,
  };
  if (mode === 'full') {
    return {
      ...common,
      mode,
      people: 100_000,
      perRowRows: 20_000,
      sweepRows: 100_000,
      sweepRepetitions: 3,
      requests: 500,
      warmup: 50,
      overheadRounds: 5,
      loadSeconds: 30,
      clientScenes: [1_000, 10_000, 50_000],
      startTries: 20,
    };
  }
  if (mode === 'quick') {
    return {
      ...common,
      mode,
      people: 20_000,
      perRowRows: 2_000,
      sweepRows: 50_000,
      sweepRepetitions: 1,
      requests: 150,
      warmup: 20,
      overheadRounds: 3,
      loadSeconds: 10,
      clientScenes: [1_000, 10_000],
      startTries: 3,
    };
  }
  return {
    ...common,
    mode,
    people: 20_000,
    perRowRows: 0,
    sweepRows: 0,
    sweepRepetitions: 0,
    requests: 0,
    warmup: 0,
    overheadRounds: 1,
    loadSeconds: 0,
    clientScenes: [],
    startTries: 0,
  };
}

function positiveInt(flag: string, raw: string | undefined): number {
  const n = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || n <= 0)
    throw new ArgsError(`${flag} expects a positive whole number, got '${raw ?? ''}'.`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let quick = false;
  let soak = false;
  let only: SectionId[] | undefined;
  let people: number | undefined;
  let soakSeconds: number | undefined;
  let scratch = false;
  let wipeExternal = false;
  let reuseGraph = false;
  let help = false;
  for (const arg of argv) {
    const [flag, value] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--soak':
        soak = true;
        break;
      case '--only': {
        const list = (value ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        const bad = list.filter((x) => !(SECTION_IDS as readonly string[]).includes(x));
        if (list.length === 0 || bad.length)
          throw new ArgsError(
            `--only expects sections from ${SECTION_IDS.join(', ')}, got '${value ?? ''}'.`,
          );
        only = list as SectionId[];
        break;
      }
      case '--people':
        people = positiveInt('--people', value);
        break;
      case '--soak-seconds':
        soakSeconds = positiveInt('--soak-seconds', value);
        break;
      case '--scratch':
        scratch = true;
        break;
      case '--wipe-external-neo4j':
        wipeExternal = true;
        break;
      case '--reuse-graph':
        reuseGraph = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new ArgsError(`Unknown option '${arg}'.\n\n${USAGE}`);
    }
  }
  if (quick && soak) throw new ArgsError('--quick and --soak are separate runs; pick one.');
  const mode: RunMode = soak ? 'soak' : quick ? 'quick' : 'full';
  const settings = settingsFor(mode);
  if (people !== undefined) settings.people = people;
  if (soakSeconds !== undefined) settings.soakSeconds = soakSeconds;
  const defaults: SectionId[] = mode === 'soak' ? ['soak'] : SECTION_IDS.filter((x) => x !== 'soak');
  const sections = only ?? defaults;
  if (reuseGraph && sections.includes('seed'))
    throw new ArgsError(
      '--reuse-graph keeps the graph, but the seed section empties the database: add --only without seed.',
    );
  return { mode, sections, settings, scratch, wipeExternal, reuseGraph, help };
}
