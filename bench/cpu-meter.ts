// CPU time spent by the processes a page load involves (Chromium's, the API's, Neo4j's), read from /proc (Linux). On
// a machine of two cores the browser, the API and Neo4j share those cores: a page's first frame is bounded by the
// CPU all of them spend, whatever the order the work is done in, so this says where a navigation's time goes when
// elapsed times alone (which move by ±100 ms from one navigation to the next here) cannot.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { Cell } from './results.js';
import { medianOrNull } from './stats.js';

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux when it cannot be asked). */
let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU time (user + system, ms) a process has used so far, or null when it cannot be read (gone, or not Linux). */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

/** Chromium's process kinds, as its --type= switch names them ("browser" for the main process, which has none). */
export type ChromiumKind = 'browser' | 'renderer' | 'gpu-process' | 'other';

/** CPU time (ms) used so far by each running Chromium process, with its kind, by pid. */
export function chromiumCpuMs(): Map<number, { kind: ChromiumKind; ms: number }> {
  const out = new Map<number, { kind: ChromiumKind; ms: number }>();
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    let cmdline: string;
    try {
      if (!/chrom/i.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const ms = cpuMsOf(Number(pid));
    if (ms === null) continue;
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1];
    const kind: ChromiumKind =
      type === undefined ? 'browser' : type === 'renderer' || type === 'gpu-process' ? type : 'other';
    out.set(Number(pid), { kind, ms });
  }
  return out;
}

/** What a measured stretch cost each side, ms. */
export interface CpuSpent extends Record<ChromiumKind, number> {
  api: number | null;
  neo4j: number | null;
  total: number;
  /** The measured stretch's wall time (ms): on n cores, `total` is at most n times it. */
  wallMs: number;
}

/**
 * Starts measuring; the returned function says what was spent since. Each process counts what it used since the
 * start (all of it when it started later); one that ended meanwhile (an earlier page's renderer) is left out, so its
 * last moments are not counted, and its earlier CPU is not taken away from the others'.
 */
export function startCpuMeter(pids: { api?: number; neo4j?: number }): () => CpuSpent {
  const started = performance.now();
  const before = { chromium: chromiumCpuMs(), api: pid(pids.api), neo4j: pid(pids.neo4j) };
  return () => {
    const wallMs = performance.now() - started;
    const spent = {
      browser: 0,
      renderer: 0,
      'gpu-process': 0,
      other: 0,
      api: diff(pid(pids.api), before.api),
      neo4j: diff(pid(pids.neo4j), before.neo4j),
    };
    for (const [p, now] of chromiumCpuMs()) spent[now.kind] += now.ms - (before.chromium.get(p)?.ms ?? 0);
    const total =
      spent.browser +
      spent.renderer +
      spent['gpu-process'] +
      spent.other +
      (spent.api ?? 0) +
      (spent.neo4j ?? 0);
    return { ...spent, total, wallMs };
  };
}

function diff(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : now - before;
}

function pid(p: number | undefined): number | null {
  return p === undefined ? null : cpuMsOf(p);
}

/** One row per page measured: the median CPU each side spent per navigation (ms), and the median first frame. */
export function cpuRow(page: string, spent: CpuSpent[], firstFrames: number[]): Cell[] {
  const med = (f: (c: CpuSpent) => number | null) =>
    medianOrNull(spent.map(f).filter((x): x is number => x !== null));
  return [
    page,
    spent.length,
    med((c) => c.renderer),
    med((c) => c['gpu-process']),
    med((c) => c.browser),
    med((c) => c.other),
    med((c) => c.api),
    med((c) => c.neo4j),
    med((c) => c.total),
    med((c) => c.wallMs),
    medianOrNull(firstFrames),
  ];
}

export const CPU_TABLE_HEADERS = [
  'Page',
  'Runs',
  'Chromium renderer',
  'Chromium GPU process',
  'Chromium browser process',
  'Other Chromium',
  'API process',
  'Neo4j',
  'Total',
  'Measured (wall)',
  'First frame (elapsed)',
];

/** The function a page's frame probe calls as each frame ends (bench/sections/frame-probe.ts). */
export const FRAME_BINDING = '__benchFrameDrawn';

/** How long a measurement waits for its frame before it gives up (the page's own wait fails sooner). */
export const DEFAULT_CPU_FRAME_TIMEOUT_MS = 300_000;

/**
 * Readies a measurement of what a page costs until it draws a frame of at least `minInstances` instances (the first
 * frame showing a scene): `start()` right before the navigation; `spent` resolves as that frame ends in the page
 * (its frame probe calls back), so the work the page does after it (a layout, panels) is not counted. It resolves
 * null when no such frame is reported within `timeoutMs`, so a run never hangs on it.
 */
export async function cpuToFirstFrame(
  page: Page,
  minInstances: number,
  pids: { api?: number; neo4j?: number },
  timeoutMs = DEFAULT_CPU_FRAME_TIMEOUT_MS,
): Promise<{ start: () => void; spent: Promise<CpuSpent | null> }> {
  let stop: (() => CpuSpent) | undefined;
  let resolve!: (spent: CpuSpent | null) => void;
  const spent = new Promise<CpuSpent | null>((r) => (resolve = r));
  await page.exposeFunction(FRAME_BINDING, (instances: number) => {
    if (!stop || instances < minInstances) return;
    const measured = stop();
    stop = undefined;
    resolve(measured);
  });
  return {
    start: () => {
      stop = startCpuMeter(pids);
      setTimeout(() => {
        stop = undefined;
        resolve(null);
      }, timeoutMs).unref();
    },
    spent,
  };
}
