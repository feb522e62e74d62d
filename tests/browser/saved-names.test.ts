// Saving a query under a name another query already holds, in real Chromium: the form suggests a name no other query
// holds, a save under a taken name replaces nothing and says so in the form (English and Arabic), and "Replace it" is
// the one, deliberate way to write over the saved query.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, typeCypher, useBrowserEnv, waitForScene } from '../support/browser.js';
import { openSavedMenu, saveAs } from '../support/saved-menu.js';

const SAVED_KEY = 'talent-graph.cypher.saved';
const people = 'MATCH (p:Person)\nRETURN p.name';
const count = 'MATCH (p:Person)\nRETURN count(p)';

const stored = (page: Page) =>
  page.evaluate(
    (k) => JSON.parse(localStorage.getItem(k) ?? '[]') as { name: string; query: string }[],
    SAVED_KEY,
  );

describe('saving under a name already taken', () => {
  const env = useBrowserEnv();

  it('suggests a name no other query holds', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, people);
    await openSavedMenu(page);
    await page.click('[data-testid="save-query"]');
    expect(await page.inputValue('[data-testid="save-query-name"]')).toBe('MATCH (p:Person)');
    await page.click('[data-testid="save-query-confirm"]');
    await typeCypher(page, count);
    await openSavedMenu(page);
    await page.click('[data-testid="save-query"]');
    expect(await page.inputValue('[data-testid="save-query-name"]')).toBe('MATCH (p:Person) (2)');
    await page.click('[data-testid="save-query-confirm"]');
    expect((await stored(page)).map((s) => [s.name, s.query])).toEqual([
      ['MATCH (p:Person) (2)', count],
      ['MATCH (p:Person)', people],
    ]);
  });

  it('keeps the saved query and asks in the form, replacing it only on "Replace it", in English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page } = await env.newPage({ path: `/?lang=${lang}` });
      await waitForScene(page, 5);
      await typeCypher(page, people);
      await saveAs(page, 'people');
      await typeCypher(page, count);
      await saveAs(page, 'people');
      const taken = page.locator('[data-testid="save-query-taken"]');
      await taken.waitFor({ timeout: 10_000 });
      expect(await taken.textContent()).toContain(
        lang === 'en' ? 'Another query is saved as' : 'يوجد استعلام آخر',
      );
      expect((await stored(page)).map((s) => s.query)).toEqual([people]);
      await saveScreenshot(page, `saved-name-taken-${lang}`);
      // The message and the button sit inside the menu, none cut off.
      const menu = await page.locator('[role="menu"]').boundingBox();
      for (const sel of ['[data-testid="save-query-taken"]', '[data-testid="save-query-replace"]']) {
        const box = (await page.locator(sel).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(menu!.x - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(menu!.x + menu!.width + 1);
      }
      await page.click('[data-testid="save-query-replace"]');
      await expect.poll(async () => (await stored(page)).map((s) => s.query)).toEqual([count]);
      await openSavedMenu(page);
      expect(await page.locator('[data-testid="saved-item"]').allTextContents()).toEqual(['people']);
    }
  });
});
