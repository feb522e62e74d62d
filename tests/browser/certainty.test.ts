// A fact no source backs is never shown as stated, in real Chromium: a stint drawn from a query's maps (no
// certainty, no source — what a hand-written relationship looks like) is badged "no source" in its details, counted
// in the legend, and hidden, with a chip saying so, when the canvas is narrowed to stated facts; in English and in
// Arabic.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickOnlyEdge, runCypher, saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

/** Errors thrown in the page (a details request timing out on a loaded machine is logged too, and is not one). */
const pageErrors = (errors: string[]) => errors.filter((e) => e.startsWith('pageerror'));

/** The article's Xinlei Chen and Meta, and a stint between them that says nothing of its certainty or source. */
const UNSOURCED_STINT = `MATCH (p:Person {id: 'person:xinlei-chen'}), (o:Organization {id: 'org:meta'})
RETURN [{id: p.id, labels: labels(p), properties: properties(p)},
        {id: o.id, labels: labels(o), properties: properties(o)}] AS nodes,
       [{id: 'hand:1', type: 'WORKED_AT', source: p.id, target: o.id,
         properties: {role: 'adviser', start: '2016-01'}}] AS edges`;

async function edgesDrawn(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === want,
    String(n),
    { timeout: 60_000 },
  );
}

describe('a relationship no source backs', () => {
  const env = useBrowserEnv();

  it('is badged "no source", counted in the legend, and hidden when only stated facts are shown', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await runCypher(page, UNSOURCED_STINT);
    await edgesDrawn(page, 1);
    const note = page.locator('[data-testid="unsourced-note"]');
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toContain('Facts with no source behind them: 1');
    expect(await note.textContent()).toContain('1 drawn');
    await saveScreenshot(page, 'certainty-unsourced-canvas-en');

    await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
    const badge = page.locator('[data-testid="edge-details"] .kind .badge');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('no source');
    expect(await badge.getAttribute('class')).toContain('badge-unsourced');
    expect(await page.locator('[data-testid="edge-details"] .badge-stated').count()).toBe(0);
    await saveScreenshot(page, 'certainty-unsourced-en');

    // Narrowed to stated facts, the canvas drops it: it is not one.
    await page.locator('[data-testid="certainty-implied"]').uncheck();
    await edgesDrawn(page, 0);
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('0 drawn');
    // The toolbar's count says what the filter left of the scene, relationships too: "2 nodes · 0 relationships"
    // would read as a scene without them. Each "x of y" is kept on one line (no-break spaces): a narrow toolbar
    // broke it between a number and its "of".
    const stats = page.locator('[data-testid="scene-stats"]');
    await expect
      .poll(() => stats.textContent(), { timeout: 10_000 })
      .toBe('Nodes shown: 2\u00a0of\u00a02 · relationships: 0\u00a0of\u00a01');
    // Nothing is hidden silently: a chip says so, and removing it shows every certainty again.
    const chip = page.locator('[data-testid="chip-unsourced"]');
    await expect.poll(() => chip.textContent(), { timeout: 10_000 }).toContain('No source: 1 hidden');
    await saveScreenshot(page, 'certainty-unsourced-chip-en');
    await page.setViewportSize({ width: 1024, height: 700 });
    await saveScreenshot(page, 'certainty-unsourced-stats-en-1024', '.canvas-toolbar');
    await chip.locator('button').click();
    await edgesDrawn(page, 1);
    expect(await page.locator('[data-testid="certainty-implied"]').isChecked()).toBe(true);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('says so in Arabic, right to left', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await runCypher(page, UNSOURCED_STINT);
    await edgesDrawn(page, 1);
    const note = page.locator('[data-testid="unsourced-note"]');
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toContain('وقائع بلا مصدر يسندها');
    await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
    const badge = page.locator('[data-testid="edge-details"] .kind .badge');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('بلا مصدر');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Two nodes and one relationship, in the forms Arabic gives those numbers (the dual; one), each count kept whole
    // on one line (no-break spaces inside it).
    const stats = page.locator('[data-testid="scene-stats"]');
    expect((await stats.textContent())?.replace(/\u00a0/g, ' ')).toBe('عقدتان، علاقة واحدة');
    await saveScreenshot(page, 'certainty-unsourced-ar');
    await page.locator('[data-testid="certainty-implied"]').uncheck();
    await edgesDrawn(page, 0);
    await expect
      .poll(() => stats.textContent(), { timeout: 10_000 })
      .toBe('المعروض من العقد: ٢\u00a0من\u00a0٢، ومن العلاقات: ٠\u00a0من\u00a0١');
    await saveScreenshot(page, 'certainty-unsourced-stats-ar');
    // On a 1024 px window the count still reads whole beside the toolbar's buttons.
    await page.setViewportSize({ width: 1024, height: 700 });
    await saveScreenshot(page, 'certainty-unsourced-stats-ar-1024', '.canvas-toolbar');
    expect(pageErrors(errors)).toEqual([]);
  });
});
