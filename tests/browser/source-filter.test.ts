// The source filter in real Chromium, on the article's seed (one source): unticking a source hides what it states,
// says so in a chip, and a copied link reopens the same view — carried as the sources hidden, so a source that joins
// later shows; a link from before (a list of the sources shown) reopens as it was sent. The network's talent flows
// resting on a hidden source are hidden too, and the PNG lists no source of them; the Talent flows tab, whose flows
// count every source's moves, says the filter does not apply there.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import {
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

/** The article's source (shared/sources), the only one the seed holds. */
const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';

const sortedEdges = async (page: Page) => (await visibleEdgeIds(page)).sort();
const drawnFlows = async (page: Page) => (await visibleEdgeIds(page)).filter((id) => id.startsWith('flow:'));
const FLOWS_QUERY = 'MATCH p = ()-[:TALENT_FLOW]->() RETURN p';

/** What the last PNG export drew and listed (the canvas probe's record of it). */
function lastExport(page: Page): Promise<{ subtitle: string; sources: string[]; edges: string[] } | null> {
  return page.evaluate(() =>
    (
      window as unknown as {
        __talentGraph: { lastExport(): { subtitle: string; sources: string[]; edges: string[] } | null };
      }
    ).__talentGraph.lastExport(),
  );
}

/** Exports a PNG as a user does, and waits until the probe records it. */
async function exportPng(page: Page) {
  await page.click('[data-testid="export-button"]');
  await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid="export-exportPng"]'),
  ]);
  return (await lastExport(page))!;
}
const sourceBox = (page: Page) => page.locator('.source-check input[type="checkbox"]').first();

describe('the source filter', () => {
  const env = useBrowserEnv();

  it('hides a source’s facts with a chip saying so, and a copied link reopens that view', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const all = await sortedEdges(page);
    await sourceBox(page).uncheck();
    await expect
      .poll(async () => (await visibleEdgeIds(page)).length, { timeout: 60_000 })
      .toBeLessThan(all.length);
    const shown = await sortedEdges(page);
    expect(await page.locator('[data-testid="chip-sources"]').textContent()).toContain('Sources: 0 of 1');
    // The link names the source hidden, not a list of those shown.
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has('hs'), undefined, {
      timeout: 60_000,
    });
    const params = new URL(page.url()).searchParams;
    expect(params.get('hs')).toBe(ARTICLE);
    expect(params.has('src')).toBe(false);
    await saveScreenshot(page, 'source-filter-en');

    const { page: reopened } = await env.newPage({ path: `${page.url().slice(env.baseUrl.length)}&lang=ar` });
    await waitForScene(reopened, 1);
    await expect.poll(() => sortedEdges(reopened), { timeout: 60_000 }).toEqual(shown);
    expect(await sourceBox(reopened).isChecked()).toBe(false);
    expect(await reopened.locator('[data-testid="chip-sources"]').textContent()).toContain('المصادر: ٠ من ١');
    await saveScreenshot(reopened, 'source-filter-ar');
    // Ticking it again brings every fact back and drops the chip.
    await sourceBox(reopened).check();
    await expect.poll(() => sortedEdges(reopened), { timeout: 60_000 }).toEqual(all);
    expect(await reopened.locator('[data-testid="chip-sources"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('hides the network’s talent flows resting on a hidden source, and the PNG lists none of it; not in the Talent flows tab, which says so (en, ar)', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}`,
    });
    await waitForScene(page, 4);
    await expect.poll(async () => (await drawnFlows(page)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    await sourceBox(page).uncheck();
    // Every flow drawn rests on the one source: none is drawn, as none of its facts would be.
    await expect.poll(() => drawnFlows(page), { timeout: 60_000 }).toEqual([]);
    expect(await page.locator('[data-testid="chip-sources"]').textContent()).toContain('Sources: 0 of 1');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'source-filter-flows-en');
    // The image says the source is hidden and lists no source: it draws nothing that rests on one.
    const png = await exportPng(page);
    expect(png.edges).toEqual([]);
    expect(png.subtitle).toContain('Sources: 0 of 1');
    expect(png.sources).toEqual([]);

    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => page.locator('[data-testid="chip-sources"]').textContent(), { timeout: 30_000 })
      .toContain('المصادر: ٠ من ١');
    await saveScreenshot(page, 'source-filter-flows-ar');

    // The Talent flows tab counts every source's moves: its flows stay drawn, and the sources list says why.
    await page.click('[data-testid="mode-flows"]');
    await expect.poll(async () => (await drawnFlows(page)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    const note = page.locator('[data-testid="flows-source-note"]');
    expect(await note.textContent()).toBe(
      'في هذا التبويب يعدّ كل تدفّق انتقالات كل المصادر: مرشّح المصادر يُطبَّق على الشبكة فقط.',
    );
    expect(await sourceBox(page).isChecked()).toBe(false);
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'source-filter-flows-tab-ar');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => note.textContent(), { timeout: 30_000 })
      .toBe(
        'In this tab each flow counts the moves of every source: the source filter applies to the network only.',
      );
    await saveScreenshot(page, 'source-filter-flows-tab-en');
    // Back in the network, the flows are hidden again.
    await page.click('[data-testid="mode-network"]');
    await expect.poll(() => drawnFlows(page), { timeout: 60_000 }).toEqual([]);
    expect(await note.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens a link from before hidden sources as it was sent: its listed sources shown, none listed none shown', async () => {
    const { page: story } = await env.newPage();
    await waitForScene(story, 5);
    const all = await sortedEdges(story);
    const hiddenAll = (await env.newPage()).page;
    await waitForScene(hiddenAll, 5);
    await sourceBox(hiddenAll).uncheck();
    await expect
      .poll(async () => (await visibleEdgeIds(hiddenAll)).length, { timeout: 60_000 })
      .toBeLessThan(all.length);
    const none = await sortedEdges(hiddenAll);

    // `src` listed the sources shown: the article's, or none ('-').
    const { page: kept } = await env.newPage({ path: `/?v=2&src=${encodeURIComponent(ARTICLE)}` });
    await waitForScene(kept, 5);
    await expect.poll(() => sortedEdges(kept), { timeout: 60_000 }).toEqual(all);
    expect(await sourceBox(kept).isChecked()).toBe(true);
    const { page: empty } = await env.newPage({ path: '/?v=2&src=-' });
    await waitForScene(empty, 1);
    await expect.poll(() => sortedEdges(empty), { timeout: 60_000 }).toEqual(none);
    expect(await sourceBox(empty).isChecked()).toBe(false);
    // Reopened, the view carries the new form of the same filter.
    await empty.waitForFunction(
      () => new URLSearchParams(window.location.search).get('hs') !== null,
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(new URL(empty.url()).searchParams.get('hs')).toBe(ARTICLE);
  });
});
