// The bare sigma baseline of section 5: the scene's Cypher answer drawn by a minimal sigma page in the same browser
// run (bench/pages/bare-sigma.ts, bundled here with esbuild), timed like the app — from the request to the first
// frame that draws every node — so the app's big-scene figures are ratios to the engine's own limit — and, for the
// navigation figure, from navigation (the page loading sigma and asking for the answer at once) to that frame.
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { CpuSpent } from '../cpu-meter.js';
import { SERVER_TIMING_METRIC } from '../../server/http/server-timing.js';
import { ROOT } from '../env.js';
import { contextsReadyAt, FRAME_PROBE, type FrameLog } from './frame-probe.js';

/** The path the baseline page is served at (intercepted by the page itself, never asked of the API). */
const BARE_PATH = '/__bench/bare-sigma.html';
const BARE_TIMEOUT_MS = 300_000;

let bundled: Promise<string> | undefined;

/** The baseline page's script, bundled once per bench run (sigma and graphology from node_modules). */
function bareScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(ROOT, 'bench', 'pages', 'bare-sigma.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

export interface BareFrame {
  nodes: number;
  edges: number;
  /**
   * To the end of the first frame drawing at least every node (ms): from the request for the answer, or with
   * `fromNavigation` from the navigation's start.
   */
  firstFrameMs: number;
  /**
   * Its request for the answer (cypherRequestTiming). Set beside the app's, it tells the server's share of a slower
   * answer from the browser's.
   */
  query: CypherRequestTiming | null;
  /** With `cpu`: the CPU each side spent from the navigation's start to the end of this frame (cpu-meter.ts). */
  cpu?: CpuSpent;
  /** When sigma's three WebGL layers had their contexts (page time, ms; frame-probe.ts contextsReadyAt), or null. */
  contextsReady: number | null;
}

/** A page's request for POST /api/cypher, page time (ms): sent, answered, and the server's own time for it. */
export interface CypherRequestTiming {
  sent: number;
  answered: number;
  /** The server's Server-Timing duration for the answer, or null when it sent none. */
  serverMs: number | null;
}

/** The page's first POST /api/cypher as its resource timing saw it, or null when it made none. */
export function cypherRequestTiming(page: Page): Promise<CypherRequestTiming | null> {
  return page.evaluate((metric) => {
    const e = performance.getEntriesByType('resource').find((x) => x.name.includes('/api/cypher')) as
      PerformanceResourceTiming | undefined;
    return e
      ? {
          sent: e.startTime,
          answered: e.responseEnd,
          serverMs: e.serverTiming.find((t) => t.name === metric)?.duration ?? null,
        }
      : null;
  }, SERVER_TIMING_METRIC);
}

/** The page's HTML: the bundled script, and with `query` a call that asks for its answer as the page is parsed. */
function barePage(script: string, viewport: { width: number; height: number }, query?: string): string {
  const call =
    query === undefined
      ? ''
      : // JSON with `<` escaped is a JS string literal that cannot close the script element.
        `<script>window.__bareCounts = window.drawBare(${JSON.stringify(query).replace(/</g, '\\u003c')});</script>`;
  return (
    '<!doctype html><html><body style="margin:0">' +
    `<div id="bare" style="width:${viewport.width}px;height:${viewport.height}px"></div>` +
    `<script>${script.replace(/<\/script/gi, '<\\/script')}</script>${call}</body></html>`
  );
}

/**
 * Draws `query`'s answer with bare sigma in a fresh page of `browser` (same viewport and flags as the app's runs)
 * and times its first full frame. The page comes from the API's origin (its fetches are same-origin), served by a
 * route so the API's Content-Security-Policy does not apply to the bench's inline script. By default the page is
 * loaded first and the clock starts at the request; `fromNavigation` asks for the answer as the page is parsed and
 * times from the navigation's start, as the app's 1k figure is timed.
 */
export async function bareSigmaFirstFrame(
  browser: Browser,
  baseUrl: string,
  query: string,
  viewport: { width: number; height: number },
  opts: {
    fromNavigation?: boolean;
    /** Measures the CPU spent from the navigation to the first frame (cpu-meter.ts cpuToFirstFrame). */
    cpu?: (page: Page) => Promise<{ start: () => void; spent: Promise<CpuSpent | null> }>;
  } = {},
): Promise<BareFrame> {
  const script = await bareScript();
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(FRAME_PROBE);
    const page = await context.newPage();
    page.setDefaultTimeout(BARE_TIMEOUT_MS);
    await page.route(`${baseUrl}${BARE_PATH}`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: barePage(script, viewport, opts.fromNavigation ? query : undefined),
      }),
    );
    let t0 = 0;
    let counts: { nodes: number; edges: number };
    const meter = await opts.cpu?.(page);
    meter?.start();
    if (opts.fromNavigation) {
      await page.goto(`${baseUrl}${BARE_PATH}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => '__bareCounts' in window, undefined, { timeout: BARE_TIMEOUT_MS });
      counts = await page.evaluate(
        () => (window as unknown as { __bareCounts: Promise<{ nodes: number; edges: number }> }).__bareCounts,
      );
    } else {
      await page.goto(`${baseUrl}${BARE_PATH}`);
      t0 = await page.evaluate(() => performance.now());
      counts = await page.evaluate((q) => window.drawBare(q), query);
    }
    await page.waitForFunction(
      ([n, after]) => {
        const log = (window as unknown as { __benchFrames?: FrameLog }).__benchFrames;
        return Boolean(log?.frames.some((f) => f.start >= after && f.instances >= n));
      },
      [counts.nodes, t0] as const,
      { timeout: BARE_TIMEOUT_MS, polling: 100 },
    );
    const cpu = await meter?.spent;
    const log = await page.evaluate(() => (window as unknown as { __benchFrames: FrameLog }).__benchFrames);
    const first = log.frames.find((f) => f.start >= t0 && f.instances >= counts.nodes)!;
    return {
      ...counts,
      firstFrameMs: first.end - t0,
      query: await cypherRequestTiming(page),
      contextsReady: contextsReadyAt(log),
      ...(cpu ? { cpu } : {}),
    };
  } finally {
    await context.close();
  }
}
