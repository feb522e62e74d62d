// The Cypher panel's result frames and saved-query folders in real Chromium: every run stacks a frame on top with its
// own row count and view; pin, close and re-run; saved queries go into folders, out to a JSON file and back in.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  openCypherPanel,
  runCypher,
  saveScreenshot,
  typeCypher,
  useBrowserEnv,
  visibleNodeIds,
  waitForScene,
} from '../support/browser.js';

const FRAME = '[data-testid="result-frame"]';
const THREE = 'UNWIND range(1, 3) AS n RETURN n';
const TWO = "UNWIND ['a', 'b'] AS letter\nRETURN letter";

/** Waits until the stack holds `n` frames. */
async function waitForFrames(page: Page, n: number): Promise<void> {
  await expect.poll(() => page.locator(FRAME).count(), { timeout: 30_000 }).toBe(n);
}

/** The frames' first query lines, top to bottom. */
const frameQueries = (page: Page) => page.locator(`${FRAME} [data-testid="frame-query"]`).allTextContents();

/** Opens the saved-queries menu (a click on its button toggles it, so only when it is closed). */
async function openSavedMenu(page: Page): Promise<void> {
  const button = page.locator('[data-testid="saved-menu"]');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('[role="menu"]').waitFor({ timeout: 10_000 });
}

/** Gives the Cypher panel room, as a user would with the split handle's arrow keys, and shows the stack's top. */
async function showFrames(page: Page, steps = 12): Promise<void> {
  await page.focus('.split-handle');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowUp');
  await page.locator('[data-testid="result-frames"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const TALL = { width: 1400, height: 1200 };

describe('result frames', () => {
  const env = useBrowserEnv();

  it('stacks a frame per run, newest on top with its own row count; pins the older, closes the newer, re-runs one', async () => {
    const { page, errors } = await env.newPage({ viewport: TALL });
    await waitForScene(page, 5);
    await runCypher(page, THREE);
    await waitForFrames(page, 1);
    await runCypher(page, TWO);
    await waitForFrames(page, 2);
    const frames = page.locator(FRAME);
    expect(await frameQueries(page)).toEqual(["UNWIND ['a', 'b'] AS letter", THREE]);
    expect(await frames.nth(0).locator('[data-testid="frame-outcome"]').textContent()).toMatch(/^2 rows · /);
    expect(await frames.nth(1).locator('[data-testid="frame-outcome"]').textContent()).toMatch(/^3 rows · /);
    // The first line only, until expanded.
    await frames.nth(0).locator('[data-testid="frame-expand"]').click();
    expect(await frames.nth(0).locator('pre[data-testid="frame-query"]').textContent()).toBe(TWO);
    await frames.nth(0).locator('[data-testid="frame-expand"]').click();
    await frames.nth(0).locator('code[data-testid="frame-query"]').waitFor({ timeout: 10_000 });

    // Pinned, the older frame goes on top; closing the newer leaves it alone.
    await frames.nth(1).locator('[data-testid="frame-pin"]').click();
    await page.locator(`${FRAME}[data-pinned="true"]`).waitFor({ timeout: 10_000 });
    expect(await frameQueries(page)).toEqual([THREE, "UNWIND ['a', 'b'] AS letter"]);
    await frames.nth(1).locator('[data-testid="frame-close"]').click();
    await waitForFrames(page, 1);
    expect(await frameQueries(page)).toEqual([THREE]);

    // Re-run: the frame's own query (not the editor's) again, as a new frame under the pinned one.
    await frames.nth(0).locator('[data-testid="frame-rerun"]').click();
    await waitForFrames(page, 2);
    expect(await frameQueries(page)).toEqual([THREE, THREE]);
    expect(await frames.nth(0).getAttribute('data-pinned')).toBe('true');
    expect(await frames.nth(1).getAttribute('data-pinned')).toBe('false');
    expect(await frames.nth(1).locator('[data-testid="frame-outcome"]').textContent()).toMatch(/^3 rows · /);
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain('letter');

    // Each frame keeps its own view: one a table, the other JSON.
    await frames.nth(0).locator('[data-testid="result-tab-table"]').click();
    await frames.nth(1).locator('[data-testid="result-tab-json"]').click();
    await frames.nth(1).locator('[data-testid="result-json"]').waitFor({ timeout: 10_000 });
    expect(await frames.nth(0).locator('[data-testid="result-table"] tbody tr').count()).toBe(3);
    expect(await frames.nth(0).locator('[data-testid="result-json"]').count()).toBe(0);
    expect(await frames.nth(1).locator('[data-testid="result-table"]').count()).toBe(0);
    const json = JSON.parse(
      (await frames.nth(1).locator('[data-testid="result-json"]').textContent()) ?? '{}',
    ) as { rows: unknown[] };
    expect(json.rows).toHaveLength(3);
    await showFrames(page);
    await saveScreenshot(page, 'result-frames-en');
    expect(errors).toEqual([]);
  });

  it('re-running an older graph frame draws its graph again, the way a run does (Replace scene)', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const only = (id: string) =>
      page.waitForFunction(
        (want) => {
          const ids = (
            window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
          ).__talentGraph.visibleNodeIds();
          return ids.length === 1 && ids[0] === want;
        },
        id,
        { timeout: 30_000 },
      );
    await runCypher(page, "MATCH (o:Organization {id: 'org:xai'}) RETURN o");
    await only('org:xai');
    await runCypher(page, "MATCH (o:Organization {id: 'org:meta'}) RETURN o");
    await only('org:meta');
    await waitForFrames(page, 2);
    const older = page.locator(FRAME).nth(1);
    // One node, said in the singular.
    expect(await older.locator('[data-testid="result-graph-summary"]').textContent()).toMatch(
      /^1 node · 0 relationships\b/,
    );
    await older.locator('[data-testid="frame-rerun"]').click();
    await only('org:xai');
    await waitForFrames(page, 3);
    expect(await visibleNodeIds(page)).toEqual(['org:xai']);
    // The explicit buttons still put any frame's graph on the canvas.
    await page.locator(FRAME).nth(1).locator('[data-testid="result-add"]').click();
    await page.waitForFunction(() => {
      const ids = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
      ).__talentGraph.visibleNodeIds();
      return ids.includes('org:xai') && ids.includes('org:meta');
    });
    expect(errors).toEqual([]);
  });

  it('shows errors and results side by side in Arabic, right to left, in the dark theme', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar&theme=dark', viewport: TALL });
    await waitForScene(page, 5);
    await runCypher(page, THREE);
    await waitForFrames(page, 1);
    await runCypher(page, 'MATCH (n:Person)\nRETRN n');
    await waitForFrames(page, 2);
    await runCypher(
      page,
      'MATCH (p:Person) RETURN p.name AS name, p.name_ar AS arabic ORDER BY name LIMIT 4',
    );
    await waitForFrames(page, 3);
    const frames = page.locator(FRAME);
    expect(await frames.nth(1).getAttribute('data-outcome')).toBe('error');
    expect(await frames.nth(1).locator('[data-testid="cypher-error"]').textContent()).toContain(
      'CYPHER_ERROR',
    );
    expect(await frames.nth(0).locator('[data-testid="frame-outcome"]').textContent()).toMatch(/^٤ صفوف/);
    await frames.nth(2).locator('[data-testid="frame-pin"]').click();
    await page.locator(`${FRAME}[data-pinned="true"]`).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Right to left: a frame's buttons sit on its left, the query on its right.
    const head = frames.nth(1).locator('.frame-head');
    const close = await head.locator('[data-testid="frame-close"]').boundingBox();
    const query = await head.locator('[data-testid="frame-query"]').boundingBox();
    expect(close!.x).toBeLessThan(query!.x);
    await showFrames(page);
    await saveScreenshot(page, 'result-frames-ar-dark');
    await saveScreenshot(page, 'result-frame-error-ar-dark', `${FRAME}[data-outcome="error"]`);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});

describe('saved queries in folders', () => {
  const env = useBrowserEnv();

  it('saves a query into a folder, exports the list and imports it into a fresh page under that folder', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, 'RETURN 42 AS answer');
    await openSavedMenu(page);
    await page.click('[data-testid="save-query"]');
    await page.fill('[data-testid="save-query-name"]', 'The answer');
    await page.fill('[data-testid="save-query-folder"]', 'Numbers');
    await page.click('[data-testid="save-query-confirm"]');
    await openSavedMenu(page);
    const folder = page.locator('[data-testid="saved-folder"][data-folder="Numbers"]');
    expect(await folder.locator('.saved-folder-name').textContent()).toBe('Numbers');
    expect(await folder.locator('[data-testid="saved-item"]').allTextContents()).toEqual(['The answer']);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.click('[data-testid="saved-export"]'),
    ]);
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'saved-queries-export.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('talent-graph-saved-queries.json');
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: unknown[] };
    expect(exported.queries).toEqual([
      expect.objectContaining({ name: 'The answer', folder: 'Numbers', query: 'RETURN 42 AS answer' }),
    ]);

    // A new page, as on a first visit (the first page still open): nothing saved until the file comes in.
    const fresh = (await env.newPage()).page;
    await waitForScene(fresh, 5);
    expect(await fresh.evaluate(() => localStorage.getItem('talent-graph.cypher.saved'))).toBeNull();
    await fresh.setInputFiles('[data-testid="saved-import-file"]', file);
    const notice = fresh.locator('[data-testid="notice"]');
    await notice.filter({ hasText: 'Imported 1 saved queries' }).waitFor({ timeout: 20_000 });
    await openSavedMenu(fresh);
    const imported = fresh.locator('[data-testid="saved-folder"][data-folder="Numbers"]');
    expect(await imported.locator('[data-testid="saved-item"]').allTextContents()).toEqual(['The answer']);
    await saveScreenshot(fresh, 'saved-folders-en');

    // The same file again doubles nothing.
    await fresh.setInputFiles('[data-testid="saved-import-file"]', file);
    await notice.filter({ hasText: '1 were already saved' }).waitFor({ timeout: 20_000 });
    await openSavedMenu(fresh);
    expect(await fresh.locator('[data-testid="saved-item"]').count()).toBe(1);
    await fresh.click('[data-testid="saved-item"]');
    await openCypherPanel(fresh);
    expect(await fresh.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain(
      'RETURN 42 AS answer',
    );
  });

  it('refuses a malformed file with an error saying what is wrong and where, keeping what is saved', async () => {
    const { page } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await typeCypher(page, 'RETURN 1 AS one');
    await openSavedMenu(page);
    await page.click('[data-testid="save-query"]');
    await page.fill('[data-testid="save-query-name"]', 'واحد');
    await page.click('[data-testid="save-query-confirm"]');
    const broken = JSON.stringify({
      format: 'talent-graph.saved-queries',
      version: 1,
      queries: [{ name: 'fine', query: 'RETURN 2' }, { name: 'no query here' }],
    });
    await page.setInputFiles('[data-testid="saved-import-file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = page.locator('[data-testid="notice"][role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('broken.json');
    expect(text).toContain('queries[1].query');
    expect(text).toContain('expected a string, got nothing');
    expect(text).toContain('لم يتغيّر شيء من المحفوظ');
    await page.setInputFiles('[data-testid="saved-import-file"]', {
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": '),
    });
    await alert.filter({ hasText: 'not-json.json' }).waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('not JSON');
    await saveScreenshot(page, 'saved-import-error-ar');
    await openSavedMenu(page);
    expect(await page.locator('[data-testid="saved-item"]').allTextContents()).toEqual(['واحد']);
  });
});
