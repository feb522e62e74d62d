// Section 5: the explorer in headless Chromium with software WebGL (SwiftShader). Frames are observed by wrapping
// the WebGL draw calls before the app loads (so no app code is needed to time them); nodes are located through the
// app's read-only canvas probe `window.__talentGraph`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildClient, clientIsStale } from '../../scripts/build.mjs';
import type { BenchContext, SectionOutput } from '../context.js';
import { readBenchConfig } from '../config.js';
import { ROOT } from '../env.js';
import { evaluateGoal, goalDef, type GoalResult } from '../goals.js';
import { CPU_TABLE_HEADERS, cpuRow, cpuToFirstFrame, type CpuSpent } from '../cpu-meter.js';
import { packageVersion } from '../machine.js';
import type { Cell } from '../results.js';
import { median, medianOrNull, summarize } from '../stats.js';
import { SERVER_TIMING_METRIC } from '../../server/http/server-timing.js';
import { cypherBody } from '../../client/api/early-request.js';
import { bareSigmaFirstFrame, cypherRequestTiming, type CypherRequestTiming } from './bare-sigma.js';
import {
  contextsReadyAt,
  FRAME_PROBE,
  navigationWait,
  type FrameLog,
  type NavigationWait,
} from './frame-probe.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Software WebGL; never --disable-software-rasterizer (WebGL would disappear). */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const VIEWPORT = { width: 1400, height: 900 };
export const PAGE_TIMEOUT_MS = 180_000;
export const LAYOUT_SAMPLE_MS = 6_000;
export const CLICKS = 5;
export const CLICK_TIMEOUT_MS = 8_000;

/** A scene of about `people` people with their stints (at most `stints` each) and the organisations they touch, in one row. */
export function sceneQuery(people: number, stints: number): string {
  return (
    `MATCH (p:Person) WITH p ORDER BY p.id LIMIT ${people} ` +
    `CALL (p) { MATCH (p)-[r:WORKED_AT]->(o:Organization) RETURN r, o ORDER BY r.start DESC LIMIT ${stints} } ` +
    'RETURN collect(DISTINCT p) AS people, collect(r) AS stints, collect(DISTINCT o) AS orgs'
  );
}

/**
 * People and stints per person for a scene of about `nodes` nodes (about 4 edges a node at 10k, 2 at 50k). At 1k the
 * people and the organisations they touch are more than 1,000 nodes; the navigation asks the scene cut to 1,000
 * (the link's `cap`, as a link of a view the sender saw cut does).
 */
export function sceneShape(nodes: number): { people: number; stints: number } {
  if (nodes <= 1_000) return { people: Math.round(nodes * 0.85), stints: 8 };
  if (nodes <= 10_000) return { people: Math.round(nodes * 0.95), stints: 8 };
  return { people: Math.round(nodes * 0.98), stints: 2 };
}

interface SceneStats {
  nodes: number;
  edges: number;
}

async function sceneStats(page: Page): Promise<SceneStats> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="scene-stats"]');
    return {
      nodes: Number(el?.getAttribute('data-nodes') ?? 0),
      edges: Number(el?.getAttribute('data-edges') ?? 0),
    };
  });
}

async function frames(page: Page): Promise<FrameLog> {
  return page.evaluate(() => (window as unknown as { __benchFrames: FrameLog }).__benchFrames);
}

/** Waits until the scene holds at least `min` nodes and a frame drew at least that many instances; returns that frame's end. */
async function waitForDrawnScene(
  page: Page,
  min: number,
  after = 0,
): Promise<{ frameEnd: number; stats: SceneStats }> {
  await page
    .waitForFunction(
      ([m, a]) => {
        const n = Number(
          document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') ?? 0,
        );
        const log = (
          window as unknown as { __benchFrames?: { frames: { start: number; instances: number }[] } }
        ).__benchFrames;
        return n >= m && Boolean(log?.frames.some((f) => f.start >= a && f.instances >= n));
      },
      [min, after] as const,
      { timeout: PAGE_TIMEOUT_MS, polling: 100 },
    )
    .catch(async (err: Error) => {
      const state = await page
        .evaluate(() => ({
          nodes: document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') ?? null,
          notice: document.querySelector('.notice-area')?.textContent ?? null,
          frames:
            (window as unknown as { __benchFrames?: { frames: unknown[] } }).__benchFrames?.frames.length ??
            null,
        }))
        .catch(() => null);
      throw new Error(
        `no frame drew a scene of ${Math.round(min)}+ nodes (${err.message.split('\n')[0]}); page: ${JSON.stringify(state)}`,
      );
    });
  const stats = await sceneStats(page);
  const log = await frames(page);
  const first = log.frames.find((f) => f.start >= after && f.instances >= stats.nodes)!;
  return { frameEnd: first.end, stats };
}

async function layoutRunning(page: Page): Promise<boolean> {
  return (await page.locator('[data-testid="layout-button"]').getAttribute('aria-pressed')) === 'true';
}

/** Where the time to a first frame goes: page ready, then the scene's Cypher answered (page time, ms). */
interface NavigationPhases {
  domContentLoaded: number;
  /** The scene's request: sent, answered, and the server's own time for it. */
  cypher: CypherRequestTiming | null;
  /** When sigma's three WebGL layers had their contexts (page time, ms; a lower bound of sigma ready to draw). */
  contextsReady: number | null;
  /** The first frame drawing the scene (page time, ms). */
  firstFrame?: number;
}

/**
 * The server's own time (Server-Timing) for `query`'s answer, asked `count` times in a row from the bench's process
 * with no page loading: what the answer costs the server when the browser's work does not share the machine's cores.
 */
async function serverTimesAlone(baseUrl: string, query: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // The body the app's boot entry sends for a link's query.
      body: cypherBody(query, {}),
    });
    await res.arrayBuffer();
    const dur = new RegExp(`(?:^|,)\\s*${SERVER_TIMING_METRIC};dur=([\\d.]+)`).exec(
      res.headers.get('server-timing') ?? '',
    )?.[1];
    if (res.ok && dur !== undefined) times.push(Number(dur));
  }
  return times;
}

async function navigationPhases(page: Page): Promise<NavigationPhases> {
  const domContentLoaded = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd ?? 0,
  );
  return {
    domContentLoaded,
    cypher: await cypherRequestTiming(page),
    contextsReady: contextsReadyAt(await frames(page)),
  };
}

/** What the main thread does while ForceAtlas2 runs in its worker (sampled until the layout stops or the window ends). */
export interface LayoutSample {
  /** Milliseconds between drawn frames. */
  intervals: number[];
  /** Main-thread time of the requestAnimationFrame callbacks that drew. */
  frameTimes: number[];
  longTasks: number[];
  windowMs: number;
  stoppedEarly: boolean;
}

export async function sampleLayoutFrames(page: Page): Promise<LayoutSample> {
  if (!(await layoutRunning(page))) await page.locator('[data-testid="layout-button"]').click();
  const from = await page.evaluate(() => performance.now());
  const deadline = Date.now() + LAYOUT_SAMPLE_MS;
  let stoppedEarly = false;
  while (Date.now() < deadline) {
    await page.waitForTimeout(250);
    if (!(await layoutRunning(page))) {
      stoppedEarly = true;
      break;
    }
  }
  const to = await page.evaluate(() => performance.now());
  const log = await frames(page);
  const inWindow = <T extends { start: number }>(xs: T[]) =>
    xs.filter((x) => x.start >= from && x.start <= to);
  const drawn = inWindow(log.frames);
  return {
    intervals: drawn.slice(1).map((f, i) => f.start - drawn[i]!.start),
    frameTimes: inWindow(log.rafs)
      .filter((r) => r.drew)
      .map((r) => r.duration),
    longTasks: inWindow(log.longTasks).map((t) => t.duration),
    windowMs: to - from,
    stoppedEarly,
  };
}

export interface ClickResult {
  kind: 'person' | 'organisation';
  id: string;
  /** From the click event's timestamp to the details panel showing the new selection. */
  answeredMs: number;
  /** From the click to the GET /api/nodes/:id request being sent, and to its response being complete, if seen. */
  apiSentMs: number | null;
  apiMs: number | null;
}

interface ProbeWindow {
  __talentGraph?: { visibleNodeIds(): string[]; nodePosition(id: string): { x: number; y: number } | null };
  __benchClick?: { clickAt: number | null; answeredAt: number | null };
}

/** The trace categories that show the main thread's tasks and, sampled, the JavaScript inside them. */
const CLICK_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** Starts a Chromium trace for one click (BENCH_CLICK_TRACE); the wait lets the CPU profiler start sampling. */
async function startClickTrace(page: Page, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.context().browser()!.startTracing(page, { path: file, categories: CLICK_TRACE_CATEGORIES });
  await page.waitForTimeout(1_500);
}

/**
 * Clicks people and organisations (alternately) while the layout runs; each answer is timed from the click event's
 * timestamp (so waiting for a busy main thread counts) to the details panel showing the new selection.
 */
export async function clickDuringLayout(
  page: Page,
  log: (m: string) => void = () => {},
  traceDir = '',
): Promise<{ clicks: ClickResult[]; misses: number; notRunning: number }> {
  const clicks: ClickResult[] = [];
  let misses = 0;
  let notRunning = 0;
  for (let attempt = 0; attempt < CLICKS * 4 && clicks.length < CLICKS; attempt++) {
    if (!(await layoutRunning(page))) {
      await page.locator('[data-testid="layout-button"]').click();
      await page.waitForTimeout(1_000);
    }
    // The running layout keeps growing the scene, and sigma reframes it as it grows; "fit" before each click keeps
    // every click on a framed scene, so successive clicks are comparable.
    if (attempt > 0) {
      await page.locator('.canvas-toolbar button').first().click();
      await page.waitForTimeout(700);
    }
    const kind = attempt % 2 === 0 ? 'person' : 'organisation';
    const target = await page.evaluate(
      ([prefix, skip]) => {
        const tg = (window as unknown as ProbeWindow).__talentGraph;
        const container = document.querySelector('[data-testid="canvas"]');
        if (!tg || !container) return null;
        const rect = container.getBoundingClientRect();
        const inside = tg
          .visibleNodeIds()
          .filter((id) => id.startsWith(prefix))
          .map((id) => ({ id, p: tg.nodePosition(id) }))
          .filter((x): x is { id: string; p: { x: number; y: number } } => {
            if (!x.p || x.p.x < 10 || x.p.y < 10 || x.p.x > rect.width - 10 || x.p.y > rect.height - 10)
              return false;
            // Not under a toolbar, legend or notice drawn over the canvas.
            const el = document.elementFromPoint(rect.left + x.p.x, rect.top + x.p.y);
            return Boolean(el && container.contains(el) && el.tagName === 'CANVAS');
          });
        return inside.length ? { ...inside[skip % inside.length]!, left: rect.left, top: rect.top } : null;
      },
      [kind === 'person' ? 'person:' : 'org:', attempt * 7] as const,
    );
    if (!target) {
      misses += 1;
      log(`click: no ${kind} node inside the visible canvas`);
      continue;
    }
    await page.evaluate(() => {
      const state = { clickAt: null as number | null, answeredAt: null as number | null };
      (window as unknown as ProbeWindow).__benchClick = state;
      const before = document.querySelector('[data-testid="details"]')?.textContent ?? '';
      window.addEventListener('click', (e) => (state.clickAt ??= e.timeStamp), { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (state.clickAt === null) return;
        if ((document.querySelector('[data-testid="details"]')?.textContent ?? '') !== before) {
          state.answeredAt = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const wasRunning = await layoutRunning(page);
    if (traceDir) await startClickTrace(page, path.join(traceDir, `click-${attempt}.json`));
    await page.mouse.click(target.left + target.p.x, target.top + target.p.y);
    try {
      await page.waitForFunction(
        () => (window as unknown as ProbeWindow).__benchClick?.answeredAt != null,
        undefined,
        {
          timeout: CLICK_TIMEOUT_MS,
          polling: 50,
        },
      );
      const r = await page.evaluate(() => {
        const c = (window as unknown as ProbeWindow).__benchClick!;
        const api = performance
          .getEntriesByType('resource')
          .find(
            (e) =>
              e.name.includes('/api/nodes/') && !e.name.includes('/neighbors') && e.startTime >= c.clickAt!,
          );
        return {
          clickAt: c.clickAt!,
          answeredAt: c.answeredAt!,
          apiStart: api ? api.startTime : null,
          apiEnd: api ? (api as PerformanceResourceTiming).responseEnd : null,
        };
      });
      if (!wasRunning) {
        notRunning += 1;
        if (traceDir) await page.context().browser()!.stopTracing();
        continue;
      }
      if (traceDir) log(`click ${attempt}: answered in ${Math.round(r.answeredAt - r.clickAt)} ms (traced)`);
      const selected = new URL(page.url()).searchParams.get('sel') ?? target.id;
      clicks.push({
        kind: selected.startsWith('org:') ? 'organisation' : 'person',
        id: selected,
        answeredMs: r.answeredAt - r.clickAt,
        apiSentMs: r.apiStart === null ? null : r.apiStart - r.clickAt,
        apiMs: r.apiEnd === null ? null : r.apiEnd - r.clickAt,
      });
    } catch {
      misses += 1;
      log(
        `click: ${target.id} at ${Math.round(target.p.x)},${Math.round(target.p.y)}: the details panel did not change within ${CLICK_TIMEOUT_MS / 1000} s`,
      );
    }
    if (traceDir) await page.context().browser()!.stopTracing();
    await page.waitForTimeout(300);
  }
  return { clicks, misses, notRunning };
}

/** Builds the client when it is missing or older than its sources; run before the API starts (it serves what exists then). */
export async function ensureClientBuilt(log: (m: string) => void): Promise<void> {
  if (!clientIsStale()) return;
  log('client: building the client (missing or stale)…');
  await buildClient();
}

export async function benchClient(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const index = path.join(ROOT, 'dist', 'client', 'index.html');
  if (!fs.existsSync(index))
    return {
      method: [],
      tables: [],
      goals: [],
      data: {},
      skipped: 'the client could not be built (dist/client/index.html missing)',
    };
  if (!fs.existsSync(CHROMIUM_PATH))
    return {
      method: [],
      tables: [],
      goals: [],
      data: {},
      skipped: `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
    };

  const s = ctx.settings;
  const scenes = s.clientScenes.filter((n) => n <= ctx.graph!.people.length + ctx.graph!.orgs.length);
  const reps = s.mode === 'full' ? 5 : 3;
  let browser: Browser | undefined;
  const rows: Cell[][] = [];
  const layoutRows: Cell[][] = [];
  const phaseRows: Cell[][] = [];
  const cpuRows: Cell[][] = [];
  const waitRows: Cell[][] = [];
  const cpuPids = { api: ctx.api.pid, ...(ctx.neo4j.embedded ? { neo4j: ctx.neo4j.embedded.pid } : {}) };
  const goals: GoalResult[] = [];
  const data: Record<string, unknown> = {};
  const consoleErrors: string[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const version = browser.version();
    data.chromium = version;
    const newPage = async () => {
      const context = await browser!.newContext({ viewport: VIEWPORT });
      await context.addInitScript(FRAME_PROBE);
      const page = await context.newPage();
      page.setDefaultTimeout(PAGE_TIMEOUT_MS);
      page.on(
        'console',
        (m) => m.type() === 'error' && consoleErrors.length < 10 && consoleErrors.push(m.text()),
      );
      page.on('pageerror', (e) => consoleErrors.length < 10 && consoleErrors.push(e.message));
      return { page, close: () => context.close() };
    };

    for (const n of scenes) {
      const shape = sceneShape(n);
      const query = sceneQuery(shape.people, shape.stints);
      const timings: number[] = [];
      let stats: SceneStats = { nodes: 0, edges: 0 };
      let how: string;
      let click: Awaited<ReturnType<typeof clickDuringLayout>> | undefined;
      let layout: Awaited<ReturnType<typeof sampleLayoutFrames>> | undefined;
      const phases: NavigationPhases[] = [];
      /** The same answer drawn by bare sigma: its first frames, ms from its request. */
      const bare: number[] = [];
      /** At 1k: bare sigma timed as the app is, from navigation (page load and request at once) to its frame. */
      const bareNav: number[] = [];
      /** Bare sigma from navigation: its request for the answer, page time (ms). */
      const bareNavQuery: CypherRequestTiming[] = [];
      /** Bare sigma from navigation, each run: its milestones (it makes sigma only once its answer is in). */
      const bareWaits: NavigationWait[] = [];
      /** At 1k: the CPU each side spent per navigation, the app's and bare sigma's (cpu-meter.ts). */
      const appCpu: CpuSpent[] = [];
      const bareCpu: CpuSpent[] = [];
      /** At 1k: the fewest instances a frame showing the scene draws (the navigation cuts it to 1,000 nodes: cap). */
      const minDrawn = Math.min(n, 900) * 0.9;
      /** At 1k: the server's time for the same answer asked with no page loading beside it (ms). */
      let alone: number[] = [];
      if (n <= 1_000) {
        // The URL opens the scene cut to 1,000 nodes (its cap), so navigation is measured here.
        how = 'navigation (URL ?q=) → first frame drawing the scene';
        for (let rep = 0; rep <= reps; rep++) {
          const { page, close } = await newPage();
          try {
            const cpu = rep > 0 ? await cpuToFirstFrame(page, minDrawn, cpuPids) : undefined;
            cpu?.start();
            // Cut to 1,000 nodes (cap): a URL's query otherwise opens as large as a scene may be (20,000).
            await page.goto(`${ctx.api.baseUrl}/?q=${encodeURIComponent(query)}&cap=${n}`, {
              waitUntil: 'commit',
            });
            const r = await waitForDrawnScene(page, minDrawn);
            const spent = await cpu?.spent;
            if (spent) appCpu.push(spent);
            stats = r.stats;
            if (rep > 0) {
              timings.push(r.frameEnd);
              phases.push({ ...(await navigationPhases(page)), firstFrame: r.frameEnd });
            }
            if (rep === reps) layout = await sampleLayoutFrames(page);
          } finally {
            await close();
          }
        }
        alone = await serverTimesAlone(ctx.api.baseUrl, query, reps);
      } else {
        // The URL opens at most 1,000 nodes and a Cypher result replacing the scene at most 20,000 (the client's
        // caps); a result added to the scene is not capped, so 50k goes in that way.
        const add = n > 20_000;
        how = add
          ? 'Cypher run, added to a 1-node scene (uncapped) → first frame drawing it'
          : 'Cypher run replacing the scene → first frame drawing it';
        for (let rep = 0; rep < Math.max(1, n >= 50_000 ? 1 : reps - 1); rep++) {
          const { page, close } = await newPage();
          try {
            // Start from a scene sharing no node with the big one (a Source), so the big one counts as a new scene
            // and is laid out afresh, as after any new query.
            await page.goto(
              `${ctx.api.baseUrl}/?q=${encodeURIComponent('MATCH (n:Source) RETURN n LIMIT 1')}`,
            );
            await waitForDrawnScene(page, 1);
            // A first visit shows the Cypher panel folded to its bar: unfold it to type in the editor.
            const fold = page.locator('[data-testid="cypher-panel"] .cypher-bar > button[aria-expanded]');
            if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
            if (add) {
              // The replace/add choice appears with a first result.
              await page.locator('[data-testid="cypher-run"]').click();
              await page.locator('[data-testid="target-add"]').check();
            }
            await page.locator('[data-testid="cypher-editor"] .cm-content').click();
            await page.keyboard.press('Control+A');
            await page.keyboard.press('Delete');
            await page.keyboard.insertText(query);
            const t0 = await page.evaluate(() => performance.now());
            await page.locator('[data-testid="cypher-run"]').click();
            const r = await waitForDrawnScene(page, n * 0.9, t0);
            stats = r.stats;
            timings.push(r.frameEnd - t0);
            if (rep === 0) {
              layout = await sampleLayoutFrames(page);
              if (n === 10_000)
                click = await clickDuringLayout(page, ctx.log, readBenchConfig().clickTraceDir);
            }
          } finally {
            await close();
          }
        }
      }
      // The engine's own limit on this graph, in the same browser: as many runs as the app had. At 1k it is set
      // beside the app's time from its request (the navigation figure also holds the page load).
      for (let rep = 0; rep < timings.length; rep++) {
        const b = await bareSigmaFirstFrame(browser, ctx.api.baseUrl, query, VIEWPORT);
        bare.push(b.firstFrameMs);
        if (rep === 0) ctx.log(`client: ${n} nodes: bare sigma drew ${b.nodes} nodes, ${b.edges} edges`);
        if (n <= 1_000) {
          const nav = await bareSigmaFirstFrame(browser, ctx.api.baseUrl, query, VIEWPORT, {
            fromNavigation: true,
            cpu: (page) => cpuToFirstFrame(page, minDrawn, cpuPids),
          });
          bareNav.push(nav.firstFrameMs);
          bareWaits.push(
            navigationWait({
              answered: nav.query?.answered ?? null,
              contextsReady: nav.contextsReady,
              firstFrame: nav.firstFrameMs,
              sigmaAfterAnswer: true,
            }),
          );
          if (nav.cpu) bareCpu.push(nav.cpu);
          if (nav.query) bareNavQuery.push(nav.query);
        }
      }
      const bareNavP50 = bareNav.length ? median(bareNav) : null;
      const t = summarize(timings);
      const bareP50 = bare.length ? median(bare) : null;
      const vsBare = bareP50 && n > 1_000 ? t.p50 / bareP50 : null;
      rows.push([
        `${n.toLocaleString('en-US')}`,
        stats.nodes,
        stats.edges,
        how,
        t.n,
        t.p50,
        t.min,
        t.max,
        bareP50,
        vsBare === null ? null : Math.round(vsBare * 100) / 100,
      ]);
      if (vsBare !== null && (n === 10_000 || n === 50_000))
        goals.push(
          evaluateGoal(
            goalDef(`client.first-frame-${n / 1_000}k-vs-bare`),
            vsBare,
            `app median ${Math.round(t.p50)} ms, bare sigma median ${Math.round(bareP50!)} ms (${bare.length} runs each)`,
          ),
        );
      if (layout) {
        const iv = layout.intervals.length ? summarize(layout.intervals) : null;
        const ft = layout.frameTimes.length ? summarize(layout.frameTimes) : null;
        layoutRows.push([
          stats.nodes,
          stats.edges,
          Math.round(layout.windowMs / 100) / 10 + (layout.stoppedEarly ? ' (layout finished)' : ''),
          layout.intervals.length + 1,
          iv?.p50 ?? null,
          iv?.p95 ?? null,
          ft?.p50 ?? null,
          ft?.p95 ?? null,
          layout.longTasks.length,
          layout.longTasks.reduce((a, b) => a + b, 0) / (layout.windowMs / 1000),
        ]);
      }
      /** At 1k: each navigation's milestones, the app's and bare sigma's. */
      const waits = phases.length
        ? {
            app: phases.map((p) =>
              navigationWait({
                answered: p.cypher?.answered ?? null,
                contextsReady: p.contextsReady,
                firstFrame: p.firstFrame,
                domContentLoaded: p.domContentLoaded,
              }),
            ),
            bare: bareWaits,
          }
        : undefined;
      data[`scene-${n}`] = {
        stats,
        timings,
        how,
        layout,
        click,
        phases,
        bare,
        bareNav,
        bareNavQuery,
        alone,
        ...(waits ? { waits } : {}),
        ...(appCpu.length ? { appCpu, bareCpu } : {}),
      };
      if (appCpu.length)
        cpuRows.push(cpuRow('Talent Graph', appCpu, timings), cpuRow('Bare sigma', bareCpu, bareNav));
      if (phases.length) {
        const med = (f: (p: NavigationPhases) => number | null) =>
          medianOrNull(phases.map(f).filter((x): x is number => x !== null));
        phaseRows.push([
          stats.nodes,
          med((p) => p.domContentLoaded),
          med((p) => p.cypher?.sent ?? null),
          med((p) => p.cypher?.answered ?? null),
          med((p) => p.cypher?.serverMs ?? null),
          t.p50,
          med((p) => (p.cypher && p.firstFrame !== undefined ? p.firstFrame - p.cypher.sent : null)),
          bareP50,
          bareNavP50,
          medianOrNull(bareNavQuery.map((q) => q.sent)),
          medianOrNull(bareNavQuery.map((q) => q.answered)),
          medianOrNull(bareNavQuery.flatMap((q) => (q.serverMs === null ? [] : [q.serverMs]))),
          medianOrNull(alone),
        ]);
      }
      if (waits) {
        const rowsOf = (page: string, list: NavigationWait[]) =>
          list.map((w, i): Cell[] => [
            page,
            i + 1,
            w.domContentLoaded,
            w.answered,
            w.contextsReady,
            w.firstFrame,
            w.waitedFor,
            w.drawnAfterBoth,
            w.drawnAfterAnswer,
          ]);
        waitRows.push(...rowsOf('Talent Graph', waits.app), ...rowsOf('Bare sigma', waits.bare));
      }
      if (n === 1_000)
        goals.push(
          evaluateGoal(
            goalDef('client.first-frame-1k'),
            t.p50,
            `median of ${t.n} (min ${Math.round(t.min)}, max ${Math.round(t.max)}) at ${stats.nodes} nodes` +
              (bareNavP50 === null
                ? ''
                : `; bare sigma on the same answer, from navigation: median ${Math.round(bareNavP50)} ms`),
          ),
        );
      if (click) {
        const answers = click.clicks.map((c) => c.answeredMs);
        const note = answers.length
          ? `median of ${answers.length} clicks (${answers.map((a) => Math.round(a)).join(', ')} ms)` +
            (click.misses ? `; ${click.misses} clicks selected nothing` : '') +
            (click.notRunning ? `; ${click.notRunning} landed after the layout stopped (not counted)` : '')
          : `no click was answered while the layout ran (${click.misses} selected nothing, ${click.notRunning} after the layout stopped)`;
        goals.push(evaluateGoal(goalDef('client.click-10k'), answers.length ? median(answers) : null, note));
      }
      ctx.log(
        `client: ${n} nodes: first frame p50 ${Math.round(t.p50)} ms; layout frame interval p50 ${layoutRows.at(-1)?.[4] ?? '—'} ms`,
      );
    }
  } finally {
    await browser?.close();
  }
  const clickData = data['scene-10000'] as { click?: { clicks: ClickResult[] } } | undefined;
  return {
    method: [
      `Headless Chromium ${String(data.chromium ?? '')} (Debian, playwright-core ${packageVersion('playwright-core') ?? '?'}) with **software WebGL** (SwiftShader, \`--use-angle=swiftshader\`), viewport ${VIEWPORT.width}×${VIEWPORT.height}, sigma ${packageVersion('sigma') ?? '?'}; the built client served by the API process.`,
      'Frames are timed by wrapping the WebGL draw calls in an init script (bench/sections/frame-probe.ts): a frame is one task that issued draw calls; "first frame" is the first one drawing at least as many instances as the scene has nodes, in page time from navigation start (or from the Run click).',
      `Scenes: people in id order with their latest stints and their organisations (one Cypher row). ${reps} runs per scene after a warm-up for 1k; ${Math.max(1, reps - 1)} for 10k; 1 for 50k. A scene opened from a URL (a shared link's query) and a Cypher result that replaces the scene are capped at 20,000 nodes, an added result not at all; the 1k navigation asks its scene cut to 1,000 nodes (the link's cap, as a link of a view the sender saw cut does).`,
      'Bare sigma (every scene): the same Cypher answer fetched from the same API by a minimal page (bench/pages/bare-sigma.ts: a plain graphology graph built with `import`, positions on a spiral, sigma with its defaults) in the same browser, timed from its request to its first frame drawing every node — the engine’s own limit, so "× bare" is what the app adds. At 1k the app is timed from navigation, so its time from sending the scene query is set beside bare sigma’s in the table of where the time goes, and bare sigma is timed from navigation too: the same minimal page, its script inline, asking for the answer as the page is parsed (as the app’s boot entry does), from the navigation’s start to its first full frame — what this browser and server need to show the answer at all.',
      'What each 1k navigation waited for: a first frame needs both the scene’s answer (its resource timing) and sigma started, that is the WebGL contexts of its three layers made (each one a synchronous call to the GPU process, timed by the frame probe with its canvas’s class). Sigma still sizes its layers and compiles its programs after that, so “contexts made” is a lower bound of sigma ready to draw. The later of the two is what the frame waited for last: “the answer” (it came after sigma started) or “the page” (it was there first; the page’s own start-up was the longer path). Bare sigma’s page makes sigma only once its answer is in, so for it that column says so, and the time from the answer to the frame is the span both pages share (for the app it includes the rest of its start-up when the page was the longer path).',
      'CPU per 1k navigation (bench/cpu-meter.ts): the user + system CPU time, read from /proc, of every Chromium process (by its kind), the API process and Neo4j, from just before the navigation until the page’s first frame showing the scene ends (the frame probe calls the bench back), not counting what the page does after it (the app’s layout); the same for bare sigma from navigation. The browser, the API and Neo4j share the machine’s cores, so on 2 cores the first frame cannot come sooner than about half the total; a process that ended meanwhile (an earlier page’s renderer) is left out.',
      `Layout: ${LAYOUT_SAMPLE_MS / 1000} s of frames while ForceAtlas2 runs in its worker — interval between drawn frames (what the eye sees; the client copies positions from the worker every 80–600 ms by design), main-thread time of the requestAnimationFrame callback that drew, and tasks over 50 ms (PerformanceObserver longtask).`,
      `Click: at 10k nodes with the layout running, a click on an organisation node (position from \`window.__talentGraph.nodePosition\`), timed from the click event’s timestamp (so waiting for a busy main thread counts) to the details panel showing the new selection (includes GET /api/nodes/:id); clicks that landed after the layout stopped are not counted.`,
    ],
    tables: [
      {
        title: 'First drawn frame (ms)',
        headers: [
          'Scene',
          'Nodes',
          'Edges',
          'Measured',
          'Runs',
          'Median',
          'Min',
          'Max',
          'Bare sigma',
          '× bare',
        ],
        rows,
      },
      {
        title: 'Where the first frame’s time goes (navigation, page time in ms, medians)',
        headers: [
          'Nodes',
          'DOMContentLoaded',
          'Scene query sent',
          'Scene query answered',
          'Server time of the query',
          'First frame',
          'Query sent → first frame',
          'Bare sigma: request → first frame',
          'Bare sigma: navigation → first frame',
          'Bare sigma from navigation: query sent',
          'Its query answered',
          'Its server time',
          'Server time of the same answer, no page loading',
        ],
        rows: phaseRows,
      },
      {
        title:
          'What each 1k navigation’s first frame waited for last (page time, ms; contexts made: a lower bound of sigma ready)',
        headers: [
          'Page',
          'Run',
          'DOMContentLoaded',
          'Scene query answered',
          'WebGL contexts made',
          'First frame',
          'Waited last for',
          'First frame after both',
          'First frame after the answer',
        ],
        rows: waitRows,
      },
      {
        title: 'CPU spent per 1k navigation, from its start to its first frame (ms, medians)',
        headers: CPU_TABLE_HEADERS,
        rows: cpuRows,
      },
      {
        title: 'While ForceAtlas2 runs (ms)',
        headers: [
          'Nodes',
          'Edges',
          'Sampled s',
          'Frames',
          'Interval p50',
          'Interval p95',
          'Frame (rAF) p50',
          'Frame (rAF) p95',
          'Long tasks',
          'Long-task ms per s',
        ],
        rows: layoutRows,
      },
      ...(clickData?.click
        ? [
            {
              title: 'Click answered during layout, 10k nodes (ms)',
              headers: [
                'Click',
                'Selected',
                'Answered (ms)',
                'GET /api/nodes/:id sent (ms after click)',
                '… response done',
              ],
              rows: clickData.click.clicks.map(
                (c, i) => [String(i + 1), `${c.kind} ${c.id}`, c.answeredMs, c.apiSentMs, c.apiMs] as Cell[],
              ),
            },
          ]
        : []),
    ],
    notes: consoleErrors.length
      ? [`Console errors in the page: ${consoleErrors.slice(0, 3).join(' · ')}`]
      : [],
    goals,
    data: { ...data, consoleErrors },
  };
}
