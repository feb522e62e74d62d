// The canvas's legend in real Chromium says how many of each node label and relationship type are drawn of how many
// the scene holds, once a filter hides some ("0 of 4"), as the toolbar's "Nodes shown: x of y" does — a bare "0" read
// as if the scene had none — and only the number while all are drawn; in English and in Arabic (Arabic digits, "من").
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

/** The legend's entry of a relationship type, by its name in the UI's language. */
const relEntry = (page: Page, name: string) =>
  page.locator('section[aria-labelledby="rel-h"] .legend-item', { hasText: name });

/** A legend entry's count. */
const countOf = (entry: ReturnType<Page['locator']>) => entry.locator('.count').textContent();

describe('the legend counts what the filters leave, of what the scene holds', () => {
  const env = useBrowserEnv();
  const cases = [
    { lang: 'en', workedAt: 'worked at', of: (x: string, y: string) => `${x} of ${y}`, zero: '0' },
    { lang: 'ar', workedAt: 'عمل في', of: (x: string, y: string) => `${x} من ${y}`, zero: '٠' },
  ] as const;

  for (const c of cases)
    it(`says "x of y" of labels and relationship types once people are hidden (${c.lang})`, async () => {
      const { page, errors } = await env.newPage();
      await waitForScene(page, 5);
      if (c.lang === 'ar') {
        await page.click('[data-testid="lang-switch"]');
        await page.locator('[data-testid="lang-switch"]', { hasText: 'EN' }).waitFor({ timeout: 20_000 });
      }
      const worked = relEntry(page, c.workedAt);
      const person = page.locator('[data-testid="legend-Person"]');
      // All drawn: the number alone.
      const workedAll = (await countOf(worked))!;
      const peopleAll = (await countOf(person))!;
      expect(workedAll).toMatch(/^[0-9٠-٩]+$/);
      expect(peopleAll).toMatch(/^[0-9٠-٩]+$/);

      await person.click();
      // No one drawn works anywhere: none of the "worked at" facts is drawn, of all the scene holds.
      await expect.poll(() => countOf(worked), { timeout: 20_000 }).toBe(c.of(c.zero, workedAll));
      await expect.poll(() => countOf(person), { timeout: 20_000 }).toBe(c.of(c.zero, peopleAll));
      await saveScreenshot(page, `legend-counts-${c.lang}`, '.left-panel');
      expect(errors).toEqual([]);
    });
});
