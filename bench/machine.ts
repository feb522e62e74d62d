// What the numbers were measured on: cores, memory, CPU model, load, and the versions of everything in the path.
import { createRequire } from 'node:module';
import os from 'node:os';
import type { MachineInfo } from './results.js';

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    nproc: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg(),
  };
}

/** Steps of the calibration loop. */
export const DEFAULT_CPU_LOOP_STEPS = 300_000_000;
/** What the loop took on the 2-core build machine on a normal day, ms (the reference run's days). */
export const NORMAL_CPU_LOOP_MS = 800;

/**
 * Times a fixed integer loop on one core, ms. Load averages say how many tasks waited, not how fast a core ran: on
 * this machine the same loop has taken 0.8 s on some days and 1.6 s on others with nothing else running, and every
 * figure of a run moves with it.
 */
export function cpuLoopMs(steps = DEFAULT_CPU_LOOP_STEPS): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < steps; i++) x = (x + i * 7) % 1_000_003;
  const ms = performance.now() - started;
  // The result is used, so the loop cannot be optimised away.
  return x < 0 ? -1 : Math.round(ms);
}

const require = createRequire(import.meta.url);

/** The installed version of a package, or null when it is not installed. */
export function packageVersion(name: string): string | null {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Resident set size of a process in MB from /proc (Linux), or null when it cannot be read. */
export async function rssMbOf(pid: number): Promise<number | null> {
  const fs = await import('node:fs/promises');
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
