// Real-browser test support: builds the client if stale, serves it with the real API (createApp) over the run's
// Neo4j seeded from the article, and drives Debian's Chromium through playwright-core with software WebGL.
// Collects console errors per page and saves screenshots to tests/artifacts/ (git-ignored).
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { buildClient, clientIsStale } from '../../scripts/build.mjs';
import { canvasAtRest } from '../../scripts/canvas-at-rest.js';
import { GENEROUS_TIMEOUT_MS } from './api.js';
import { readConfig, type ServerConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from './neo4j.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLIENT_DIR = path.join(ROOT, 'dist', 'client');
export const ARTIFACTS_DIR = path.join(ROOT, 'tests', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Software WebGL (SwiftShader); never --disable-software-rasterizer, or WebGL disappears. The page is composited in
 * software (--disable-gpu-compositing, as Chrome does where a GPU is blocklisted): compositing every frame through
 * emulated GL cost the GPU process ~5x the CPU (41 s against 8 s of a 7-test file), while the canvas's WebGL, which
 * the tests check, is drawn by SwiftShader as before.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-compositing',
];
export const DEFAULT_VIEWPORT = { width: 1400, height: 900 };
const BUSY_DATABASE = /^Failed to load resource: the server responded with a status of 503/;

export interface TestPage {
  page: Page;
  /** console.error messages and uncaught page errors, in order. */
  errors: string[];
}

export interface BrowserEnv {
  baseUrl: string;
  browser: Browser;
  driver: Driver;
  /**
   * Opens the app in a new page, as on a first visit: nothing the app saves (localStorage, cookies, IndexedDB) is
   * left from earlier pages. Pages share one browser context (which accepts downloads) and are closed after each
   * test, so a file's pages do not each pay for a new context and idle pages do not pile up (the run is CPU-bound;
   * in interleaved runs this used no more CPU than a context per page, and up to ~80 CPU-s less per three files).
   * The HTTP cache is shared within the file: a test that changes what a cached answer holds (the schema's is
   * cached) must not expect a later page of the same file to fetch it anew.
   */
  newPage(options?: {
    viewport?: { width: number; height: number };
    path?: string;
    /** Runs on the new page before it navigates (e.g. page.route to inject network faults). */
    beforeGoto?: (page: Page) => Promise<void>;
  }): Promise<TestPage>;
  /** Closes the pages opened so far (useBrowserEnv does it after each test). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

let buildOnce: Promise<void> | null = null;

/** Builds the client once per process when dist/client is missing or older than its sources. */
export function ensureClientBuilt(): Promise<void> {
  buildOnce ??= clientIsStale() ? buildClient() : Promise.resolve();
  return buildOnce;
}

/** Seeds the run's Neo4j from the bundled article (reset first), so each browser file starts from the same graph. */
export { seedArticleAnew as seedArticle };

/**
 * One browser env for the enclosing `describe`: started in its beforeAll, closed in its afterAll. The object it
 * returns forwards to that env, so tests call `env.newPage()` as if they held it.
 */
export function useBrowserEnv(options: Parameters<typeof startBrowserEnv>[0] = {}): BrowserEnv {
  let env: BrowserEnv | undefined;
  beforeAll(async () => {
    env = await startBrowserEnv(options);
  });
  afterEach(async () => {
    await env?.closePages();
  });
  afterAll(async () => {
    await env?.close();
  });
  const current = (): BrowserEnv => {
    if (!env) throw new Error('The browser env is used outside its describe block, or it failed to start.');
    return env;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get browser() {
      return current().browser;
    },
    get driver() {
      return current().driver;
    },
    newPage: (pageOptions) => current().newPage(pageOptions),
    closePages: () => current().closePages(),
    close: () => current().close(),
  };
}

/** The app as `npm start` serves it: the API and the built client (dist/client), logging nothing. */
export function createClientApp(driver: Driver, config: ServerConfig): Express {
  return createApp({
    config,
    driver,
    neo4jUri: testNeo4j().uri,
    logger: createLogger('silent'),
    clientDir: CLIENT_DIR,
  }).app;
}

export async function startBrowserEnv(
  options: { seed?: (driver: Driver) => Promise<void> } = {},
): Promise<BrowserEnv> {
  await ensureClientBuilt();
  const driver = createTestDriver();
  await (options.seed ?? seedArticleAnew)(driver);
  const neo = testNeo4j();
  const config = readConfig({
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database,
    PORT: '0',
    // Tests click fast; the production limits are not what is under test here.
    API_RATE_PER_MINUTE: '100000',
    CYPHER_RATE_PER_MINUTE: '100000',
    // The test machine is shared and busy; a slow answer is not what these tests check.
    DB_TIMEOUT_MS: String(GENEROUS_TIMEOUT_MS),
    QUERY_TIMEOUT_MS: String(GENEROUS_TIMEOUT_MS),
  });
  const app = createClientApp(driver, config);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, acceptDownloads: true });
  const pages: Page[] = [];

  return {
    baseUrl,
    browser,
    driver,
    async newPage(opts = {}) {
      // What a first visit has saved: nothing (the HTTP cache is kept, as a returning browser keeps it).
      await context.setStorageState({ cookies: [], origins: [] });
      const page = await context.newPage();
      pages.push(page);
      if (opts.viewport) await page.setViewportSize(opts.viewport);
      const errors: string[] = [];
      page.on('console', (msg) => {
        // A 503 is the database being slow on this busy shared machine; the client retries it by design (up to three
        // times, backing off: DEFAULT_RETRY_DELAYS_MS in client/api/transport.ts).
        if (msg.type() === 'error' && !BUSY_DATABASE.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await opts.beforeGoto?.(page);
      await page.goto(`${baseUrl}${opts.path ?? '/'}`);
      return { page, errors };
    },
    async closePages() {
      for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    },
    async close() {
      await context.close().catch(() => undefined);
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** Saves a screenshot of the page (or of one element) under tests/artifacts/. */
export async function saveScreenshot(page: Page, name: string, selector?: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

export interface PixelStats {
  width: number;
  height: number;
  /** Pixels that differ clearly from the background colour. */
  drawn: number;
  /** Pixels with a saturated colour (nodes and coloured edges, not grey text). */
  coloured: number;
}

/** Decodes a PNG and counts what was drawn against the colour of its top-left pixel. */
export function pixelStats(png: Buffer): PixelStats {
  const img = PNG.sync.read(png);
  const { width, height, data } = img;
  const bg = [data[0]!, data[1]!, data[2]!];
  let drawn = 0;
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    if (Math.abs(r - bg[0]!) + Math.abs(g - bg[1]!) + Math.abs(b - bg[2]!) > 60) drawn++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 70) coloured++;
  }
  return { width, height, drawn, coloured };
}

/** Screenshot of the sigma canvas area, decoded. */
export async function canvasPixels(page: Page): Promise<PixelStats & { png: Buffer }> {
  const png = await page.locator('[data-testid="canvas"]').screenshot();
  return { ...pixelStats(png), png };
}

/** Waits until the canvas shows a scene: the stats line reports nodes. */
export async function waitForScene(page: Page, minNodes = 1, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    (min) => {
      const n = Number(
        document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') ?? 0,
      );
      return n >= min && !document.querySelector('.notice-busy');
    },
    minNodes,
    { timeout },
  );
}

/**
 * Waits until the canvas shows what the app holds: its camera has stopped moving (a fit, a zoom, a focus) and every
 * render asked for so far has been drawn (sigma renders on the next animation frame; two frames have passed). Use it
 * before reading pixels, positions or screenshots after a change: a condition with a generous ceiling, never a
 * fixed wait, so a loaded machine only takes longer.
 */
export async function waitForCanvasSettled(page: Page, timeout = 60_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(canvasAtRest), {
      timeout,
      message: 'the canvas did not settle (its camera kept moving)',
    })
    .toBe(true);
}

/** Every drawn node's disc (centre and radius), in pixels from the canvas's top left corner. */
export function nodeDiscs(page: Page): Promise<{ id: string; x: number; y: number; r: number }[]> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        __talentGraph: {
          visibleNodeIds(): string[];
          nodeDisc(id: string): { x: number; y: number; r: number } | null;
        };
      }
    ).__talentGraph;
    return probe.visibleNodeIds().flatMap((id) => {
      const d = probe.nodeDisc(id);
      return d ? [{ id, ...d }] : [];
    });
  });
}

/** The label the canvas gives an edge now (null while it is not drawn). */
export function edgeLabel(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (edgeId) =>
      (
        window as unknown as { __talentGraph?: { edgeLabel(id: string): string | null } }
      ).__talentGraph?.edgeLabel(edgeId) ?? null,
    id,
  );
}

/** Page coordinates of a node on the canvas (through the canvas probe), or null when it is not drawn. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  const p = await page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __talentGraph?: { nodePosition(id: string): { x: number; y: number } | null } }
      ).__talentGraph?.nodePosition(nodeId) ?? null,
    id,
  );
  return box && p ? { x: box.x + p.x, y: box.y + p.y } : null;
}

/**
 * Clicks a node where it is drawn and waits until `answered` appears; if it does not within `attemptMs`, finds the
 * node again and clicks again (as a user would): a canvas that resized or moved between locating and clicking
 * (a panel finishing loading on a loaded CI machine) must not fail the test, while a click that never selects does.
 * Each aim waits for the canvas to be still (a camera still easing moves the node from under the point). `answered`
 * should name the very node (e.g. the details panel's data-id): a click that lands on a neighbour must not pass.
 */
export async function clickNode(
  page: Page,
  id: string,
  answered: Locator,
  { attempts = 3, attemptMs = 8_000 } = {},
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await waitForCanvasSettled(page);
    const point = await nodePoint(page, id);
    if (!point) throw new Error(`Node ${id} is not drawn on the canvas.`);
    await page.mouse.click(point.x, point.y);
    try {
      await answered.waitFor({ timeout: attemptMs });
      return;
    } catch (err) {
      if (attempt >= attempts) throw err;
    }
  }
}

/** Ids of the nodes drawn on the canvas now. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }
      ).__talentGraph?.visibleNodeIds() ?? [],
  );
}

/** Ids of the edges drawn on the canvas now (both ends drawn, after filters). */
export function visibleEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      (
        window as unknown as { __talentGraph?: { visibleEdgeIds(): string[] } }
      ).__talentGraph?.visibleEdgeIds() ?? [],
  );
}

/** Types a search, waits for `expected` among the suggestions, and opens it with Enter (its details shown). */
export async function searchAndOpen(page: Page, text: string, expected: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.locator('[role="option"]', { hasText: expected }).first().waitFor({ timeout: 60_000 });
  // The match is highlighted first: Enter adds it.
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: expected }).waitFor({ timeout: 60_000 });
}

/** Unfolds the Cypher panel (folded on a first visit) and waits for its editor. */
export async function openCypherPanel(page: Page): Promise<void> {
  const toggle = page.locator('[data-testid="cypher-panel"] .cypher-bar > button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor({ timeout: 60_000 });
}

/** Replaces the Cypher editor's text with `query` (unfolding the panel first), without running it. */
export async function typeCypher(page: Page, query: string): Promise<void> {
  await openCypherPanel(page);
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText: no key events, so autocomplete and bracket closing do not rewrite what is typed.
  await page.keyboard.insertText(query);
}

/** Replaces the Cypher editor's text with `query` and runs it (Ctrl+Enter). */
export async function runCypher(page: Page, query: string): Promise<void> {
  await typeCypher(page, query);
  await page.keyboard.press('Control+Enter');
}

/**
 * Stops a layout still running (it moves nodes under the pointer) and waits until the scene is drawn still: between a
 * position update from the worker and the next frame, sigma's display data are not yet framed. The button is read and
 * pressed in one task of the page: a layout whose budget ran out between a read and a separate click would be started
 * again by it (on a slow machine a 10k scene's layout then ran its whole budget a second time).
 */
export async function stopLayout(page: Page): Promise<void> {
  await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="layout-button"]');
    if (button?.getAttribute('aria-pressed') === 'true') button.click();
  });
  await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 60_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Clicks the middle of the one edge between the two drawn nodes until `answered` appears, as a user aims at an edge:
 * a layout still running is stopped first (it moves the nodes under the pointer), the scene is fitted to the canvas
 * and the camera waited for (the same positions twice), then the edge's middle is clicked — again, found anew, while
 * nothing answers. Conditions with generous ceilings, no fixed budget.
 */
export async function clickOnlyEdge(page: Page, answered: Locator): Promise<void> {
  await stopLayout(page);
  const [a, b] = await visibleNodeIds(page);
  const settled = async () => {
    for (let i = 0; i < 50; i++) {
      const before = [await nodePoint(page, a!), await nodePoint(page, b!)];
      await page.waitForTimeout(200);
      const after = [await nodePoint(page, a!), await nodePoint(page, b!)];
      if (JSON.stringify(before) === JSON.stringify(after)) return after;
    }
    return [await nodePoint(page, a!), await nodePoint(page, b!)];
  };
  const tried: string[] = [];
  for (let attempt = 0; attempt < 10 && !(await answered.isVisible()); attempt++) {
    await page.locator('[data-testid="fit-button"], button[aria-label="Fit to screen"]').first().click();
    const [pa, pb] = await settled();
    if (!pa || !pb) throw new Error('the edge’s nodes are not drawn');
    const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
    await page.mouse.click(mid.x, mid.y);
    await answered.waitFor({ timeout: 5_000 }).catch(() => undefined);
    const shown = await page
      .locator('[data-testid="details-title"]')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    tried.push(`${JSON.stringify({ a: pa, b: pb, mid })} → details: ${shown ?? 'none'}`);
  }
  if (await answered.isVisible()) return;
  await answered.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
    // Say what was aimed at and what answered instead, with a picture, so a failure can be understood from CI.
    const shot = await saveScreenshot(page, 'click-only-edge-failure').catch(() => 'no screenshot');
    const edges = await visibleEdgeIds(page);
    throw new Error(
      `No answer to clicking the edge between ${a} and ${b} (edges drawn: ${edges.join(', ')}). ` +
        `Attempts:\n${tried.join('\n')}\nScreenshot: ${shot}\n${String(error)}`,
    );
  });
}

/** Replaces the story with one person, one stint and one organisation (a single edge to aim at) and waits for it. */
export async function openOneStintScene(page: Page): Promise<void> {
  await waitForScene(page, 5);
  await runCypher(
    page,
    'MATCH (p:Person)-[r:WORKED_AT]->(o:Organization) RETURN p, r, o ORDER BY r.id LIMIT 1',
  );
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') === '2' &&
      document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === '1',
    null,
    { timeout: 90_000 },
  );
}
