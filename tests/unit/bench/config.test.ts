// The benchmark reads its variables through declarations like the server's: defaults, a bad value refused naming
// the variable, Neo4j's variables read (and validated) as the server reads them; BENCHMARKS.md names each one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_VARS, readBenchConfig } from '../../../bench/config.js';
import { ConfigError } from '../../../neo4j/env-var.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the benchmark’s configuration', () => {
  it('defaults to a 2 GB heap and 1 GB page cache, no extra Node flags, and the embedded Neo4j', () => {
    const c = readBenchConfig({});
    expect(c).toMatchObject({ heapMb: 2_048, pageCacheMb: 1_024, apiNodeArgs: [] });
    expect(c.neo4j.uri).toBeUndefined();
    expect(readBenchConfig({ BENCH_API_NODE_ARGS: ' --cpu-prof  --cpu-prof-dir=x ' }).apiNodeArgs).toEqual([
      '--cpu-prof',
      '--cpu-prof-dir=x',
    ]);
  });

  it('refuses a bad value naming the variable', () => {
    expect(() => readBenchConfig({ BENCH_NEO4J_HEAP_MB: 'lots' })).toThrow(ConfigError);
    expect(() => readBenchConfig({ BENCH_NEO4J_HEAP_MB: 'lots' })).toThrow(
      "Invalid BENCH_NEO4J_HEAP_MB: expected a whole number from 256 to 65536, got 'lots'.",
    );
    expect(() => readBenchConfig({ NEO4J_URI: 'http://db' })).toThrow(/Invalid NEO4J_URI/);
  });

  it('is documented in BENCHMARKS.md, variable by variable', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'BENCHMARKS.md'), 'utf8');
    for (const v of Object.values(BENCH_VARS)) expect(doc, v.name).toContain(v.name);
  });
});
