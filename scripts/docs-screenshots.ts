// Retakes the README's screenshots (docs/screenshots/{network,details,flows}-{en,ar}-{light,dark}.png) from a running
// explorer seeded with the article: `npm start`, then `npm run docs:screenshots` (BASE_URL for another address).
// Real Chromium (CHROMIUM_PATH, else Debian's), 1400×900, software WebGL as in the browser tests. All twelve are taken
// into a temporary folder first and replace the old ones only when every one succeeded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { canvasAtRest } from './canvas-at-rest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs', 'screenshots');
const DEFAULT_BASE_URL = 'http://localhost:3000';
const VIEWPORT = { width: 1400, height: 900 };
/** Every wait's ceiling: a condition, not a time budget, so a busy machine only takes longer. */
const CEILING_MS = 120_000;
/** A node of the article the screenshots show: without it the explorer is not on the seeded article. */
const ARTICLE_PERSON = 'person:xinlei-chen';

interface Screen {
  name: string;
  /** The view's address, without the language and theme. */
  query: Record<string, string>;
  ready: (page: Page) => Promise<void>;
}

/** Polls the page until the canvas's camera is at rest (canvasAtRest resolves true), within the ceiling. */
async function cameraAtRest(page: Page): Promise<void> {
  const deadline = Date.now() + CEILING_MS;
  while (!(await page.evaluate(canvasAtRest))) {
    if (Date.now() > deadline) throw new Error(`the canvas at ${page.url()} did not come to rest`);
    await page.waitForTimeout(100);
  }
}

/** The scene is drawn (its stats count nodes, nothing is loading) and the camera has come to rest. */
async function sceneDrawn(page: Page, minNodes: number): Promise<void> {
  await page.waitForFunction(
    (min) =>
      Number(document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') ?? 0) >= min &&
      !document.querySelector('.notice-busy'),
    minNodes,
    { timeout: CEILING_MS },
  );
  await cameraAtRest(page);
}

const SCREENS: Screen[] = [
  { name: 'network', query: {}, ready: (page) => sceneDrawn(page, 5) },
  {
    name: 'details',
    query: { sel: ARTICLE_PERSON },
    ready: async (page) => {
      await sceneDrawn(page, 5);
      await page.locator('[data-testid="career"]').waitFor({ timeout: CEILING_MS });
      await cameraAtRest(page);
    },
  },
  {
    name: 'flows',
    query: { mode: 'flows' },
    ready: async (page) => {
      await page.waitForFunction(
        () =>
          ((window as unknown as { __talentGraph?: { visibleEdgeIds(): string[] } }).__talentGraph
            ?.visibleEdgeIds()
            .filter((id) => id.startsWith('flow:')).length ?? 0) > 0,
        undefined,
        { timeout: CEILING_MS, polling: 250 },
      );
      await sceneDrawn(page, 2);
    },
  },
];

/** Refuses an explorer that is not ready or not on the seeded article, saying which. */
async function checkExplorer(baseUrl: string): Promise<void> {
  const get = (p: string) =>
    fetch(`${baseUrl}${p}`, { signal: AbortSignal.timeout(30_000) }).catch((err: unknown) => {
      throw new Error(
        `No explorer answers at ${baseUrl} (${String(err)}); start it with \`npm start\` first.`,
      );
    });
  const health = await get('/api/health');
  const status = ((await health.json().catch(() => ({}))) as { status?: string }).status;
  if (!health.ok || status !== 'ok')
    throw new Error(
      `The explorer at ${baseUrl} is not ready: /api/health answered ${health.status} (${status}).`,
    );
  const person = await get(`/api/nodes/${encodeURIComponent(ARTICLE_PERSON)}`);
  if (!person.ok)
    throw new Error(
      `The explorer at ${baseUrl} does not hold the seeded article (${ARTICLE_PERSON}: ${person.status}); the README's screenshots show it.`,
    );
}

async function main(): Promise<void> {
  const baseUrl = (process.env.BASE_URL ?? DEFAULT_BASE_URL).replace(/\/$/, '');
  await checkExplorer(baseUrl);
  const taken = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-screenshots-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-compositing'],
  });
  try {
    for (const screen of SCREENS)
      for (const lang of ['en', 'ar'])
        for (const theme of ['light', 'dark']) {
          // A new context each time: a first visit, nothing saved from the screenshot before.
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (err) => errors.push(err.message));
          const query = new URLSearchParams({ ...screen.query, lang, theme });
          await page.goto(`${baseUrl}/?${query}`);
          await screen.ready(page);
          // The focus ring of whatever was last clicked is not part of the picture.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          const name = `${screen.name}-${lang}-${theme}.png`;
          await page.screenshot({ path: path.join(taken, name) });
          if (errors.length) throw new Error(`${name}: the page failed: ${errors.join('; ')}`);
          process.stdout.write(`${name}\n`);
          await context.close();
        }
    for (const name of fs.readdirSync(taken))
      fs.copyFileSync(path.join(taken, name), path.join(OUT_DIR, name));
    process.stdout.write(
      `Replaced ${fs.readdirSync(taken).length} screenshots in ${path.relative(ROOT, OUT_DIR)}.\n`,
    );
  } finally {
    await browser.close();
    fs.rmSync(taken, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
