// The PNG export's legend counts each label in the UI's digits, in real Chromium: Arabic-Indic in the Arabic UI, as
// the legend beside the canvas counts them (a legend line once read "شخص (4)" in an image of an Arabic view).
import { describe, expect, it } from 'vitest';
import { useBrowserEnv, waitForScene } from '../support/browser.js';

const WAIT = { timeout: 60_000 };

describe('the PNG legend’s counts', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', /^Person \(\d+\)$/, /[٠-٩]/],
    ['ar', /^شخص \([٠-٩]+\)$/, /[0-9]/],
  ])('are written in the UI’s digits (%s)', async (lang, person, foreign) => {
    const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
    await waitForScene(page, 5);
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor(WAIT);
    await page.click('[data-testid="export-button"]');
    await Promise.all([page.waitForEvent('download', WAIT), page.click('[data-testid="export-exportPng"]')]);
    const legend = await page.evaluate(
      () =>
        (
          window as unknown as { __talentGraph: { lastExport(): { legend: string[] } | null } }
        ).__talentGraph.lastExport()?.legend ?? [],
    );
    expect(legend).toContainEqual(expect.stringMatching(person));
    for (const line of legend) expect(line).not.toMatch(foreign);
    expect(errors).toEqual([]);
  });
});
