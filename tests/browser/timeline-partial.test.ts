// A timeline the server cut at its limit says so above the strip and offers to read on, in English and Arabic, in
// real Chromium over the bundled article: the page's own requests for /api/timeline are sent with a limit of 4 (the
// default, 2,000, is more than the article holds), so the real server cuts the real data.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';

/** Sends the page's timeline requests with a small limit, as a large graph would be cut at the default one. */
async function smallLimit(page: Page): Promise<void> {
  await page.route('**/api/timeline*', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', '4');
    return route.continue({ url: url.toString() });
  });
}

describe('a cut timeline', () => {
  const env = useBrowserEnv();

  for (const [lang, words, readOn] of [
    ['en', 'Only part of the timeline is shown, up to', 'Show later items'],
    ['ar', 'يُعرض جزء من الخط الزمني فقط، حتى', 'عرض العناصر اللاحقة'],
  ] as const)
    it(`says it shows only part, up to its last date, and shows later items on asking (${lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?mode=timeline&lang=${lang}`,
        beforeGoto: smallLimit,
      });
      const note = page.locator('[data-testid="timeline-partial"]');
      await note.waitFor({ timeout: 60_000 });
      const items = page.locator('.timeline-strip li');
      const first = await items.count();
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(4);
      const lastDate = await items
        .nth(first - 1)
        .locator('time')
        .getAttribute('datetime');
      expect(await note.textContent()).toContain(`${words} ${lastDate}`);
      await saveScreenshot(page, `timeline-partial-${lang}`);
      // The note and the strip up close: clipping, overlap and the right-to-left order are read from it.
      const top = (await note.boundingBox())!;
      const strip = (await page.locator('.timeline-strip').boundingBox())!;
      await page.screenshot({
        path: `tests/artifacts/timeline-partial-strip-${lang}.png`,
        clip: { x: 0, y: top.y - 40, width: 1400, height: strip.y + strip.height - top.y + 40 },
      });
      await note.getByRole('button', { name: readOn }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.timeline-strip li').length > n, first, {
        timeout: 30_000,
      });
      // Each item once: what was read on is what the first part left out.
      const keys = await items.evaluateAll((lis) => lis.map((li) => li.textContent));
      expect(new Set(keys).size).toBe(keys.length);
      expect(errors).toEqual([]);
    });
});
