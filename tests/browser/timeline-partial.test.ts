// A timeline the server cut at its limit says so above the strip and offers to read on until every item is shown, in
// English and Arabic, in real Chromium over the bundled article: the page's own requests for /api/timeline are sent
// with a limit of 2 (the default, 2,000, is more than the article holds), so the real server cuts the real data — and
// the article's year 2025 holds three rows, more than a part: reading on must go past a date, not ask for it again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { formatDate } from '../../client/i18n/dates.js';

const LIMIT = 2;

/** Sends the page's timeline requests with a small limit, as a large graph would be cut at the default one. */
async function smallLimit(page: Page): Promise<void> {
  await page.route('**/api/timeline*', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', String(LIMIT));
    return route.continue({ url: url.toString() });
  });
}

/** How many items the server's parts of LIMIT rows hold together, read on from each part's cursor. */
async function itemsInParts(baseUrl: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  // A ceiling, never reached when each part reads on: the article has fewer than 50 dated rows.
  for (let part = 0; part < 50; part++) {
    const url: string = `${baseUrl}/api/timeline?limit=${LIMIT}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const answer = (await (await fetch(url)).json()) as { items: unknown[]; nextAfter: string | null };
    count += answer.items.length;
    after = answer.nextAfter;
    if (!after) return count;
  }
  throw new Error('the timeline never ended');
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
      expect(first).toBeLessThanOrEqual(LIMIT);
      const lastDate = await items
        .nth(first - 1)
        .locator('time')
        .getAttribute('datetime');
      // The date in the UI's digits (٢٠٢٥ in Arabic).
      expect(await note.textContent()).toContain(`${words} ${formatDate(lastDate!, lang)}`);
      await saveScreenshot(page, `timeline-partial-${lang}`);
      // The note and the strip up close: clipping, overlap and the right-to-left order are read from it.
      const top = (await note.boundingBox())!;
      const strip = (await page.locator('.timeline-strip').boundingBox())!;
      await page.screenshot({
        path: `tests/artifacts/timeline-partial-strip-${lang}.png`,
        clip: { x: 0, y: top.y - 40, width: 1400, height: strip.y + strip.height - top.y + 40 },
      });
      // Read on, part after part, until the note is gone: every item the server's parts hold is then listed once.
      const button = note.getByRole('button', { name: readOn });
      // A ceiling, never reached when each part reads on: the article has fewer than 20 dated rows.
      for (let part = 0; part < 20 && (await note.count()) > 0; part++) {
        expect(await button.count(), 'the strip stopped reading on before its end').toBe(1);
        const shown = await items.count();
        await button.click();
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll('.timeline-strip li').length > n ||
            !document.querySelector('[data-testid="timeline-partial"]'),
          shown,
          { timeout: 30_000 },
        );
      }
      expect(await note.count()).toBe(0);
      const total = await itemsInParts(env.baseUrl);
      expect(total).toBeGreaterThan(2 * LIMIT);
      expect(await items.count()).toBe(total);
      const keys = await items.evaluateAll((lis) => lis.map((li) => li.textContent));
      expect(new Set(keys).size).toBe(keys.length);
      expect(errors).toEqual([]);
    });
});
