// The explorer opens on the story in real Chromium: no console errors, the canvas really draws, the legend counts
// what is drawn, the Arabic interface is right-to-left, and the server accepts the page's own requests.
import { describe, expect, it } from 'vitest';
import {
  canvasPixels,
  saveScreenshot,
  searchAndOpen,
  useBrowserEnv,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

describe('the explorer opens', () => {
  const env = useBrowserEnv();

  it('opens on who left Meta and where they went, drawn on the canvas, with no console errors', async () => {
    // The story is asked for once, by the boot script before the app's bundle runs, not after the schema.
    const asked: string[] = [];
    const { page, errors } = await env.newPage({
      beforeGoto: async (p) => {
        p.on('request', (r) => {
          const path = new URL(r.url()).pathname;
          if (path.startsWith('/api/')) asked.push(`${r.method()} ${path}`);
        });
      },
    });
    await waitForScene(page, 5);
    expect(asked.filter((r) => r === 'POST /api/views/story')).toHaveLength(1);
    expect(asked[0]).toBe('POST /api/views/story');
    expect(asked).toContain('GET /api/schema');
    const ids = await visibleNodeIds(page);
    expect(ids).toEqual(
      expect.arrayContaining([
        'org:meta',
        'org:xai',
        'person:xinlei-chen',
        'person:ching-yao-chuang',
        'person:alan-rice',
        'person:sheng-shen',
      ]),
    );
    expect(ids.length).toBeLessThanOrEqual(1_000);
    await waitForCanvasSettled(page);
    const pixels = await canvasPixels(page);
    // Nodes and edges in colour over a white background: thousands of pixels, not an empty canvas.
    expect(pixels.coloured).toBeGreaterThan(2_000);
    expect(pixels.drawn).toBeGreaterThan(4_000);
    await saveScreenshot(page, 'opens-story');
    expect(await page.locator('[data-testid="legend-Person"]').textContent()).toMatch(/Person\s*4/);
    expect(await page.locator('[data-testid="legend-Organization"]').textContent()).toMatch(
      /Organisation\s*\d/,
    );
    expect(errors).toEqual([]);
  });

  it('hides a label from the canvas when its legend entry is switched off', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="legend-Person"]');
    await page.waitForFunction(
      () =>
        !(window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }).__talentGraph
          .visibleNodeIds()
          .some((id) => id.startsWith('person:')),
    );
    expect(await page.getAttribute('[data-testid="legend-Person"]', 'aria-pressed')).toBe('false');
    expect((await visibleNodeIds(page)).some((id) => id.startsWith('org:'))).toBe(true);
  });

  it('mirrors the whole interface right-to-left in Arabic, with Arabic names on the canvas', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      'ar',
    ]);
    // The legend panel sits on the right of the canvas; the details panel, once something is selected, on its left.
    const left = await page.locator('.panel-left').boundingBox();
    const canvas = await page.locator('[data-testid="canvas"]').boundingBox();
    expect(left!.x).toBeGreaterThan(canvas!.x);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    const right = await page.locator('.panel-right').boundingBox();
    expect(left!.x).toBeGreaterThan(right!.x);
    expect(right!.x).toBeLessThan((await page.locator('[data-testid="canvas"]').boundingBox())!.x);
    expect(await page.locator('[data-testid="mode-network"]').textContent()).toBe('الشبكة');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'opens-arabic');
    expect(errors).toEqual([]);
  });

  it('switches to the dark theme and to a table of the scene', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[aria-label="Dark theme"]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const pixels = await canvasPixels(page);
    expect(pixels.png.readUInt32BE(16)).toBeGreaterThan(0);
    await page.click('[data-testid="table-view-button"]');
    const rows = await page.locator('[data-testid="scene-table"] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    await saveScreenshot(page, 'opens-dark-table');
  });

  it("accepts the page's own same-origin requests: the stylesheet and POST /api/cypher", async () => {
    const { page } = await env.newPage();
    const status = await page.evaluate(async () => {
      const css = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
      const cssRes = css ? (await fetch(css, { mode: 'cors' })).status : 0;
      const post = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
      });
      return { css: cssRes, post: post.status };
    });
    expect(status).toEqual({ css: 200, post: 200 });
  });
});
