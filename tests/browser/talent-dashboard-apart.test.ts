// The company dashboard in real Chromium, on what the bars cannot place: the line under them about the named moves
// no source dates says how many of them a source only implies (Alpha Labs, fictional fixture: Sara Kim's hire and
// departure stated, Mona Saleh's implied), and an organisation with no dated named move (Meta in the bundled article:
// its people left undated) still has its name drawn whole inside its Sankey — in English and in Arabic (right to
// left, Arabic digits); the people a click opens below the fold are brought into view. Screenshots go to
// tests/artifacts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { chartLabelBox, pageErrors, seedDashboard, waitForDashboard } from '../support/dashboard.js';

/** Whether the Sankey draws this text whole inside its own box (false while it is not drawn). */
async function sankeyLabelInside(page: Page, text: string): Promise<boolean> {
  const at = await chartLabelBox(page, 'talent-sankey', text);
  if (!at) return false;
  const { label, chart } = at;
  return (
    label.right > label.left &&
    label.left >= chart.left &&
    label.right <= chart.right &&
    label.top >= chart.top &&
    label.bottom <= chart.bottom
  );
}

describe('company dashboard: undated moves and an organisation without dated ones', () => {
  const env = useBrowserEnv({ seed: seedDashboard });
  const cases = [
    {
      lang: 'en',
      alpha: 'Alpha Labs',
      meta: 'Meta',
      line: 'Undated, named: 2 hires (1 implied), 2 departures (1 implied) — no source dates them.',
    },
    {
      lang: 'ar',
      alpha: 'مختبرات ألفا',
      meta: 'ميتا',
      line: 'بلا تاريخ، بالأسماء: تعيينان (١ ضمني)، مغادرتان (١ ضمني) — لا يذكر أي مصدر تاريخها.',
    },
  ] as const;

  for (const c of cases)
    it(`says how many undated moves are implied, and draws Meta's name whole in its Sankey (${c.lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=org:alpha-labs`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(page, c.alpha);
      const undated = page.locator('[data-testid="talent-undated"]');
      await expect.poll(() => undated.textContent(), { timeout: 60_000 }).toBe(c.line);
      await saveScreenshot(page, `dashboard-undated-implied-${c.lang}`, '.talent-apart');
      // The people behind the line are titled by the same words.
      await undated.click();
      await expect
        .poll(() => page.locator('[data-testid="talent-people"] h4').textContent(), { timeout: 60_000 })
        .toContain(c.line);

      const meta = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=org:meta`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(meta.page, c.meta);
      await expect.poll(() => sankeyLabelInside(meta.page, c.meta), { timeout: 60_000 }).toBe(true);
      // Under it, why nothing flows.
      await meta.page.locator('[data-testid="talent-sankey-none"]').waitFor({ timeout: 60_000 });
      await meta.page.locator('[data-testid="talent-sankey"]').scrollIntoViewIfNeeded();
      await saveScreenshot(meta.page, `dashboard-sankey-undated-${c.lang}`, '[data-testid="talent-sankey"]');
      await saveScreenshot(meta.page, `dashboard-meta-${c.lang}`, '[data-testid="talent-dashboard"]');
      expect(pageErrors(errors)).toEqual([]);
      expect(pageErrors(meta.errors)).toEqual([]);
    });

  it('brings the people list opened below the fold into view, its heading focused', async () => {
    // 900 px high: the list opens under the Sankey, far below the line clicked.
    const { page, errors } = await env.newPage({
      path: '/?v=2&lang=en&mode=dashboard&org=org:alpha-labs',
      viewport: { width: 1400, height: 900 },
    });
    await waitForDashboard(page, 'Alpha Labs');
    await page.click('[data-testid="talent-undated"]');
    const people = page.locator('[data-testid="talent-people"]');
    await people.waitFor({ timeout: 60_000 });
    const seen = () =>
      people.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight - 40;
      });
    await expect.poll(seen, { timeout: 30_000 }).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.matches('[data-testid="talent-people"] h4')),
    ).toBe(true);
    expect(pageErrors(errors)).toEqual([]);
  });
});
