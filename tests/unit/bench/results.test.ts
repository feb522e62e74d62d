// Results bookkeeping: each run mode keeps its own entry in results.json, and the payload section attributes bytes
// to the properties that take them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readResults, writeResults, type RunResult } from '../../../bench/results.js';
import { propertyShares } from '../../../bench/sections/payload.js';

const run = (mode: RunResult['mode'], startedAt: string): RunResult => ({
  mode,
  startedAt,
  finishedAt: startedAt,
  durationS: 1,
  machine: { nproc: 2, memoryMb: 1, cpuModel: 'test', os: 'test', loadAverageAtStart: [0, 0, 0] },
  versions: { node: '20', neo4j: '5.26', neo4jEdition: 'community', neo4jDriver: '5.28' },
  setup: {},
  sections: [],
  goals: [],
});

describe('writeResults', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('replaces only the entry of the run’s mode', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
    dirs.push(dir);
    const file = path.join(dir, 'results.json');
    writeResults(file, run('full', 'full-1'));
    writeResults(file, run('quick', 'quick-1'));
    writeResults(file, run('quick', 'quick-2'));
    const r = readResults(file);
    expect(r.runs.full?.startedAt).toBe('full-1');
    expect(r.runs.quick?.startedAt).toBe('quick-2');
    expect(r.runs.soak).toBeUndefined();
  });

  it('starts afresh from a missing or unreadable file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
    dirs.push(dir);
    const file = path.join(dir, 'results.json');
    fs.writeFileSync(file, '{not json');
    expect(readResults(file).runs).toEqual({});
  });
});

describe('propertyShares', () => {
  it('ranks properties by the share of the JSON they take', () => {
    const items = [
      { id: 'a', properties: { name: 'x', searchText: 'a long normalised search text' } },
      { id: 'b', properties: { name: 'y', searchText: 'another long normalised text' } },
    ];
    const shares = propertyShares(items);
    expect(shares[0]!.name).toBe('searchText');
    expect(shares[0]!.share).toBeGreaterThan(shares[1]!.share);
    expect(shares.reduce((a, s) => a + s.share, 0)).toBeLessThan(1);
  });
});
