// Dates on screen in real Chromium, in English and Arabic at 1024 and 1280 px: the timeline's cards and the time slider write
// their dates in the UI's digits (Arabic-Indic in Arabic, as the dashboard's axis does) at their own precision, the
// machine's date kept in the <time> element's attribute; the slider's window reads from its start to its end in the
// reading direction (start on the right in Arabic); and the canvas toolbar's node count stays on the toolbar's row.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

const LATIN_DIGIT = /[0-9]/;
const ARABIC_DIGIT = /[٠-٩]/;

describe('dates and the toolbar at 1024 and 1280 px', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', 1024],
    ['ar', 1024],
    ['en', 1280],
    ['ar', 1280],
  ] as const)('write dates in the UI’s digits, a window start to end (%s, %i px)', async (lang, width) => {
    const { page, errors } = await env.newPage({
      path: `/?mode=timeline&lang=${lang}`,
      viewport: { width, height: 760 },
    });
    await waitForScene(page, 5);
    const times = page.locator('.timeline-strip li time');
    await times.first().waitFor({ timeout: 60_000 });
    const cards = await times.evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', iso: el.getAttribute('datetime') ?? '' })),
    );
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards) {
      // The attribute is the machine's: ISO, as stored, at the date's own precision.
      expect(card.iso).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      if (lang === 'ar') {
        expect(card.text).not.toMatch(LATIN_DIGIT);
        expect(card.text).toMatch(ARABIC_DIGIT);
      } else expect(card.text).toContain(card.iso);
    }
    // A year-only date stays a year: as many digits as the stored date has.
    const digits = (s: string) => (s.match(/[0-9٠-٩]/g) ?? []).length;
    for (const card of cards.filter((c) => !/–/.test(c.text)))
      expect(digits(card.text)).toBe(digits(card.iso));

    // The slider's window: its two dates, start first as read.
    const slider = page.locator('[data-testid="time-slider"]');
    await slider.locator('select').selectOption('window');
    await expect.poll(() => slider.locator('.range').count(), { timeout: 30_000 }).toBe(2);
    const value = slider.locator('[data-testid="time-value"]');
    const ends = value.locator('bdi');
    await expect.poll(() => ends.count(), { timeout: 30_000 }).toBe(2);
    const [start, end] = [(await ends.nth(0).boundingBox())!, (await ends.nth(1).boundingBox())!];
    if (lang === 'ar') {
      expect(start.x).toBeGreaterThan(end.x + end.width - 1);
      expect(await value.textContent()).not.toMatch(LATIN_DIGIT);
    } else expect(end.x).toBeGreaterThan(start.x + start.width - 1);
    const [from, to] = await ends.evaluateAll((els) => els.map((el) => el.getAttribute('data-date')));
    expect(from! <= to!).toBe(true);

    await saveScreenshot(page, `arabic-dates-timeline-${lang}-${width}`);
    // The toolbar's count on the toolbar's row, not under it, and whole.
    const stats = page.locator('[data-testid="scene-stats"]');
    const fit = (await page.locator('[data-testid="fit-button"]').boundingBox())!;
    const box = (await stats.boundingBox())!;
    expect(Math.abs(box.y + box.height / 2 - (fit.y + fit.height / 2))).toBeLessThan(8);
    expect(await stats.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const toolbar = (await page.locator('.canvas-toolbar').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(toolbar.x);
    expect(box.x + box.width).toBeLessThanOrEqual(toolbar.x + toolbar.width + 1);
    expect(errors).toEqual([]);
  });
});
