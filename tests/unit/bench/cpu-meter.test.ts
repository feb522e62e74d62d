// The bench's CPU meter (bench/cpu-meter.ts) reads real processes' CPU time from /proc: this process's own, a child
// that burns CPU, and the medians of its table rows.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuMsOf, cpuRow, startCpuMeter, type CpuSpent } from '../../../bench/cpu-meter.js';

/** Spins this process's thread for `ms` milliseconds of wall time. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x = (x + 1) % 1_000_003;
  if (x < 0) throw new Error('unreachable');
}

describe('the CPU meter', () => {
  it('reads a process’s CPU time, which grows while it works, and null for a process that is not there', () => {
    const before = cpuMsOf(process.pid);
    expect(before).not.toBeNull();
    spin(300);
    const after = cpuMsOf(process.pid)!;
    // Spinning 300 ms of wall time uses CPU (how much of it depends on how busy the machine is).
    expect(after).toBeGreaterThan(before!);
    expect(cpuMsOf(2 ** 22 + 12_345)).toBeNull();
  });

  it('counts what a measured process spent since the meter started, and nothing for one that idles', async () => {
    const busy = spawn(process.execPath, ['-e', 'const e = Date.now() + 60000; while (Date.now() < e) {}']);
    const idle = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      // Let both start; then measure a stretch in which the busy one spins.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stop = startCpuMeter({ api: busy.pid!, neo4j: idle.pid! });
      const started = performance.now();
      // Waits (a condition, not a budget) until the busy child has used some CPU since the start.
      let spent: CpuSpent = stop();
      while ((spent.api ?? 0) < 100 && performance.now() - started < 60_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        spent = stop();
      }
      expect(spent.api).toBeGreaterThanOrEqual(100);
      expect(spent.neo4j).toBeLessThan(spent.api!);
      expect(spent.total).toBeGreaterThanOrEqual(spent.api! + spent.neo4j!);
    } finally {
      busy.kill();
      idle.kill();
    }
  });

  it('says null for a side it was not given', () => {
    const spent = startCpuMeter({})();
    expect(spent.api).toBeNull();
    expect(spent.neo4j).toBeNull();
  });

  it('makes a table row of medians per side', () => {
    const spent = (renderer: number, api: number | null): CpuSpent => ({
      browser: 10,
      renderer,
      'gpu-process': 5,
      other: 1,
      api,
      neo4j: null,
      total: 16 + renderer + (api ?? 0),
      wallMs: 1000,
    });
    expect(cpuRow('App', [spent(100, 20), spent(300, null), spent(200, 40)], [700, 900, 800])).toEqual([
      'App',
      3,
      200,
      5,
      10,
      1,
      30,
      null,
      256,
      1000,
      800,
    ]);
  });
});
