// The Timeline tab's dates stay on one line, in real Chromium, in English and Arabic: the strip's items shrink to
// share its width, and a date ("since 2025-01", a period "2024-06 – 2025-01") once broke onto two lines there.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';

describe('the Timeline tab’s dates', () => {
  const env = useBrowserEnv();

  it.each(['en', 'ar'])('each fit on one line (%s)', async (lang) => {
    // A tablet's width: the strip's items shrink to share it.
    const { page, errors } = await env.newPage({
      path: `/?mode=timeline&lang=${lang}`,
      viewport: { width: 760, height: 800 },
    });
    await page.locator('.timeline-strip li time').first().waitFor({ timeout: 60_000 });
    const dates = await page.locator('.timeline-strip li time').evaluateAll((els) =>
      els.map((el) => {
        const fontSize = parseFloat(getComputedStyle(el).fontSize);
        // One line of text is ~1.2 font sizes high; two are ~2.4.
        return { text: el.textContent, lines: el.getBoundingClientRect().height > 1.8 * fontSize ? 2 : 1 };
      }),
    );
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.filter((d) => d.lines > 1)).toEqual([]);
    await saveScreenshot(page, `timeline-dates-${lang}`);
    expect(errors).toEqual([]);
  });
});
