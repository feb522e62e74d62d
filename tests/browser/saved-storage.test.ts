// Saved queries against the real browser's storage in Chromium: when localStorage is full a save says nothing was
// saved (and lists nothing), the history gives its space up to a saved query first, a query is not saved without the
// parameters in the box, and saved queries this version cannot read are announced as kept aside on loading, once,
// and counted in the saved menu afterwards. With site data blocked the page opens all the same, and says saved queries
// last only while it is open.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, typeCypher, useBrowserEnv, waitForScene } from '../support/browser.js';
import { openSavedMenu, saveAs } from '../support/saved-menu.js';

const SAVED_KEY = 'talent-graph.cypher.saved';
const HISTORY_KEY = 'talent-graph.cypher.history';

/**
 * Fills the page's localStorage up to Chromium's own quota under `key` (the browser's QuotaExceededError, not a
 * stand-in), as runs with large parameters fill it. With `entries`, the value is a history list of such runs.
 */
function fillStorage(page: Page, key: string, entries: boolean): Promise<number> {
  return page.evaluate(
    ([key, entries]) => {
      const value = (n: number) =>
        entries
          ? JSON.stringify(
              Array.from({ length: 50 }, (_, i) => ({
                query: `RETURN ${i}`,
                params: { ids: 'x'.repeat(Math.floor(n / 50)) },
                at: '2026-01-01T00:00:00.000Z',
              })),
            )
          : 'x'.repeat(n);
      let size = 0;
      for (let step = 1 << 22; step >= 1; step >>= 1) {
        try {
          localStorage.setItem(key!, value(size + step));
          size += step;
        } catch {
          // Past the quota: try a smaller step.
        }
      }
      localStorage.setItem(key!, value(size));
      return size;
    },
    [key, entries] as const,
  );
}

const savedItems = (page: Page) => page.locator('[data-testid="saved-item"]').allTextContents();

describe('saved queries and the browser storage', () => {
  const env = useBrowserEnv();

  it('says nothing was saved when storage is full, in English and Arabic, and lists nothing', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page } = await env.newPage({ path: `/?lang=${lang}` });
      await waitForScene(page, 5);
      await typeCypher(page, 'RETURN 42 AS answer');
      expect(await fillStorage(page, 'filler', false)).toBeGreaterThan(1_000_000);
      await saveAs(page, 'The answer');
      const alert = page.locator('[data-testid="notice"][role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toContain(
        lang === 'en' ? "this browser's storage is full or unavailable" : 'مساحة تخزين هذا المتصفح ممتلئة',
      );
      await saveScreenshot(page, `saved-storage-full-${lang}`);
      await openSavedMenu(page);
      expect(await savedItems(page)).toEqual([]);
      expect(await page.evaluate((k) => localStorage.getItem(k), SAVED_KEY)).toBeNull();
    }
  });

  it('gives the history space up to a saved query when storage is full', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, 'RETURN 42 AS answer');
    await fillStorage(page, HISTORY_KEY, true);
    await saveAs(page, 'The answer');
    await openSavedMenu(page);
    expect(await savedItems(page)).toEqual(['The answer']);
    const left = await page.evaluate(
      (k) => (JSON.parse(localStorage.getItem(k)!) as unknown[]).length,
      HISTORY_KEY,
    );
    expect(left).toBeLessThan(50);
    expect(await page.locator('[data-testid="notice"][role="alert"]').count()).toBe(0);
  });

  it('refuses to save a query without the parameters in the box, showing their error', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, 'MATCH (o {id: $org}) RETURN o');
    await page.fill('[data-testid="cypher-params"]', '{"org": ');
    await saveAs(page, 'By org');
    const error = page.locator('[data-testid="cypher-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Parameters must be a JSON object');
    await saveScreenshot(page, 'saved-params-error-en');
    await openSavedMenu(page);
    expect(await savedItems(page)).toEqual([]);
    // The name typed is still there once the parameters are right.
    await page.click('[data-testid="saved-menu"]');
    await page.fill('[data-testid="cypher-params"]', '{"org": "org:meta"}');
    await openSavedMenu(page);
    expect(await page.inputValue('[data-testid="save-query-name"]')).toBe('By org');
    await page.click('[data-testid="save-query-confirm"]');
    await openSavedMenu(page);
    expect(await savedItems(page)).toEqual(['By org']);
  });

  it('opens with site data blocked, saves for the page only and says so, instead of a blank page', async () => {
    const { page, errors } = await env.newPage({
      // As Chromium with site data blocked, or a sandboxed frame: merely reading localStorage throws.
      beforeGoto: async (p) => {
        await p.addInitScript(() =>
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          }),
        );
      },
    });
    await waitForScene(page, 5);
    const note = page.locator('[data-testid="notice"]').filter({ hasText: 'only until this page is closed' });
    await note.waitFor({ timeout: 20_000 });
    await typeCypher(page, 'RETURN 1 AS one');
    await saveAs(page, 'One');
    await note.waitFor({ timeout: 20_000 });
    await openSavedMenu(page);
    expect(await savedItems(page)).toEqual(['One']);
    expect(errors).toEqual([]);
  });

  it('says on loading that saved queries it cannot read were kept aside, and keeps them', async () => {
    const { page } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    const unreadable = '{"version": 9, "queries": [{"title": "from a newer page"}]}';
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [SAVED_KEY, unreadable] as const);
    await page.reload();
    await waitForScene(page, 5);
    const notice = page.locator('[data-testid="notice"]').filter({ hasText: 'حُفظت جانبًا' });
    await notice.waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'saved-set-aside-ar');
    await page.click('[data-testid="lang-switch"]');
    await page
      .locator('[data-testid="notice"]')
      .filter({ hasText: 'kept aside, untouched' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'saved-set-aside-en');
    await typeCypher(page, 'RETURN 1 AS one');
    await saveAs(page, 'واحد');
    await openSavedMenu(page);
    expect(await savedItems(page)).toEqual(['واحد']);
    const kept = await page.evaluate(
      (k) =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith(`${k}.unreadable-`))
          .map((key) => localStorage.getItem(key)),
      SAVED_KEY,
    );
    expect(kept).toEqual([unreadable]);
  });

  it('says it once: a later load is quiet, and the saved menu counts what is kept aside, in Arabic and English', async () => {
    const { page } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    const stored = [
      { name: 'واحد', query: 'RETURN 1', at: '2026-01-01T00:00:00.000Z' },
      { title: 'from a newer page', cypher: { text: 'RETURN 9' } },
      { title: 'another', cypher: { text: 'RETURN 10' } },
    ];
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [
      SAVED_KEY,
      JSON.stringify(stored),
    ] as const);
    await page.reload();
    await waitForScene(page, 5);
    await page
      .locator('[data-testid="notice"]')
      .filter({ hasText: 'حُفظت جانبًا' })
      .waitFor({ timeout: 20_000 });

    // The next load over the same storage: the same entries, already told of. The menu still counts them.
    await page.reload();
    await waitForScene(page, 5);
    await openSavedMenu(page);
    const count = page.locator('[data-testid="saved-set-aside"]');
    await count.waitFor({ timeout: 20_000 });
    expect(await count.allTextContents()).toEqual([
      'استعلامات محفوظة لا تستطيع هذه النسخة قراءتها، أُبقيت جانبًا كما هي: ٢',
    ]);
    expect(await savedItems(page)).toEqual(['واحد']);
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    await saveScreenshot(page, 'saved-kept-aside-menu-ar');
    await page.click('[data-testid="saved-menu"]');
    await page.click('[data-testid="lang-switch"]');
    await openSavedMenu(page);
    await count.filter({ hasText: 'kept aside untouched: 2' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    await saveScreenshot(page, 'saved-kept-aside-menu-en');
  });
});
