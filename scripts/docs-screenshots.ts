// Retakes the README's screenshots (docs/screenshots/{network,details,flows}-{en,ar}-{light,dark}.png) from a running
// explorer seeded with the article: `npm start`, then `npm run docs:screenshots` (BASE_URL for another address).
// Real Chromium (CHROMIUM_PATH, else Debian's), 1400×900, software WebGL as in the browser tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs', 'screenshots');
const DEFAULT_BASE_URL = 'http://localhost:3000';
const VIEWPORT = { width: 1400, height: 900 };
/** Every wait's ceiling: a condition, not a time budget, so a busy machine only takes longer. */
const CEILING_MS = 120_000;

interface Screen {
  name: string;
  /** The view's address, without the language and theme. */
  query: Record<string, string>;
  ready: (page: Page) => Promise<void>;
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
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              !(
                window as unknown as { __talentGraph?: { cameraMoving(): boolean } }
              ).__talentGraph?.cameraMoving(),
            ),
          ),
        ),
      ),
    undefined,
    { timeout: CEILING_MS, polling: 250 },
  );
}

const SCREENS: Screen[] = [
  { name: 'network', query: {}, ready: (page) => sceneDrawn(page, 5) },
  {
    name: 'details',
    query: { sel: 'person:xinlei-chen' },
    ready: async (page) => {
      await sceneDrawn(page, 5);
      await page.locator('[data-testid="career"]').waitFor({ timeout: CEILING_MS });
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

async function main(): Promise<void> {
  const baseUrl = (process.env.BASE_URL ?? DEFAULT_BASE_URL).replace(/\/$/, '');
  const health = await fetch(`${baseUrl}/api/health`).catch((err: unknown) => {
    throw new Error(`No explorer answers at ${baseUrl} (${String(err)}); start it with \`npm start\` first.`);
  });
  if (!health.ok)
    throw new Error(`The explorer at ${baseUrl} is not ready: /api/health answered ${health.status}.`);
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
          const query = new URLSearchParams({ ...screen.query, lang, theme });
          await page.goto(`${baseUrl}/?${query}`);
          await screen.ready(page);
          // The focus ring of whatever was last clicked is not part of the picture.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          const file = path.join(OUT_DIR, `${screen.name}-${lang}-${theme}.png`);
          await page.screenshot({ path: file });
          process.stdout.write(`${path.relative(ROOT, file)}\n`);
          await context.close();
        }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
