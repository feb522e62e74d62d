// The benchmark's own environment variables, declared once (zod schema, default, meaning) like the server's: read
// through the same readers, so a bad value stops the run naming the variable. Neo4j's are the server's (NEO4J_*).
import { z } from 'zod';
import { readNeo4jConfig, type Neo4jConfig } from '../neo4j/config.js';
import { envVar, readVarOr, wholeNumber, type Env } from '../neo4j/env-var.js';

export const DEFAULT_BENCH_HEAP_MB = 2_048;
export const DEFAULT_BENCH_PAGECACHE_MB = 1_024;

export const BENCH_VARS = {
  BENCH_NEO4J_HEAP_MB: envVar({
    name: 'BENCH_NEO4J_HEAP_MB',
    ...wholeNumber(256, 65536),
    fallback: DEFAULT_BENCH_HEAP_MB,
    doc: {
      default: `\`${DEFAULT_BENCH_HEAP_MB}\``,
      meaning: 'heap of the throwaway embedded Neo4j the benchmark starts (MB)',
      example: String(DEFAULT_BENCH_HEAP_MB),
    },
  }),
  BENCH_NEO4J_PAGECACHE_MB: envVar({
    name: 'BENCH_NEO4J_PAGECACHE_MB',
    ...wholeNumber(64, 65536),
    fallback: DEFAULT_BENCH_PAGECACHE_MB,
    doc: {
      default: `\`${DEFAULT_BENCH_PAGECACHE_MB}\``,
      meaning: 'page cache of the throwaway embedded Neo4j (MB)',
      example: String(DEFAULT_BENCH_PAGECACHE_MB),
    },
  }),
  BENCH_API_NODE_ARGS: envVar({
    name: 'BENCH_API_NODE_ARGS',
    schema: z.string().transform((v) => v.split(/\s+/).filter(Boolean)),
    expected: 'Node flags separated by spaces',
    fallback: [] as string[],
    doc: {
      default: 'empty',
      meaning: 'extra Node flags for the API process, e.g. `--cpu-prof --cpu-prof-dir=bench/out/prof`',
      example: '--cpu-prof --cpu-prof-dir=bench/out/prof',
    },
  }),
  BENCH_CLICK_TRACE: envVar({
    name: 'BENCH_CLICK_TRACE',
    schema: z.string().trim(),
    expected: 'a folder path',
    fallback: '',
    doc: {
      default: 'empty (no trace)',
      meaning:
        'a folder for a Chromium performance trace (timeline and CPU profile) of each click the client section makes during the 10k layout, `click-<attempt>.json`; tracing slows the page, so a traced run’s click times are not comparable',
      example: 'bench/out/traces',
    },
  }),
} as const;

export interface BenchConfig {
  neo4j: Neo4jConfig;
  heapMb: number;
  pageCacheMb: number;
  apiNodeArgs: string[];
  /** Where the client section writes click traces; '' for none. */
  clickTraceDir: string;
}

export function readBenchConfig(env: Env = process.env): BenchConfig {
  return {
    neo4j: readNeo4jConfig(env),
    heapMb: readVarOr(env, BENCH_VARS.BENCH_NEO4J_HEAP_MB),
    pageCacheMb: readVarOr(env, BENCH_VARS.BENCH_NEO4J_PAGECACHE_MB),
    apiNodeArgs: readVarOr(env, BENCH_VARS.BENCH_API_NODE_ARGS),
    clickTraceDir: readVarOr(env, BENCH_VARS.BENCH_CLICK_TRACE),
  };
}
