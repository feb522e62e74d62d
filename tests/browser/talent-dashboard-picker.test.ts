// The company dashboard's own organisation picker in real Chromium: the Talent tab opened without an organisation
// offers a search of organisations only (as you type, through /api/search), chosen with the keyboard alone; the choice
// is the dashboard's organisation in its link, so the link reopens it, and the picker changes it again from a
// dashboard already open — in English and in Arabic (an Arabic name typed, right to left).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { pageErrors, seedDashboard, waitForDashboard } from '../support/dashboard.js';

/** The link's organisation (its `org` parameter). */
const linkOrg = (page: Page) => new URL(page.url()).searchParams.get('org');

describe('company dashboard: choosing the organisation on the dashboard', () => {
  const env = useBrowserEnv({ seed: seedDashboard });
  const cases = [
    {
      lang: 'en',
      alpha: 'Alpha',
      alphaTitle: 'Alpha Labs',
      beta: 'Beta',
      betaTitle: 'Beta AI',
      person: 'Sara',
    },
    {
      lang: 'ar',
      alpha: 'ألفا',
      alphaTitle: 'مختبرات ألفا',
      beta: 'بيتا',
      betaTitle: 'بيتا للذكاء الاصطناعي',
      person: 'سارة',
    },
  ] as const;

  for (const c of cases)
    it(`searches organisations only, chosen by keyboard, and the link keeps the choice (${c.lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard`,
        viewport: { width: 1400, height: 900 },
      });
      const picker = page.locator('[data-testid="talent-org-picker"]');
      await picker.waitFor({ timeout: 60_000 });
      const options = page.locator('[data-testid="talent-org-options"] [role="option"]');

      // A person's name finds no organisation: the list says so, and offers no person.
      await picker.fill(c.person);
      await page.locator('[data-testid="talent-org-options"]').waitFor({ timeout: 30_000 });
      await expect.poll(() => options.count(), { timeout: 30_000 }).toBe(0);

      await picker.fill(c.alpha);
      await expect.poll(() => options.first().textContent(), { timeout: 30_000 }).toContain(c.alphaTitle);
      expect(await picker.getAttribute('aria-expanded')).toBe('true');
      await saveScreenshot(page, `dashboard-picker-open-${c.lang}`);
      await picker.press('ArrowDown');
      await picker.press('ArrowUp');
      await picker.press('Enter');
      await waitForDashboard(page, c.alphaTitle);
      await expect.poll(() => linkOrg(page), { timeout: 20_000 }).toBe('org:alpha-labs');

      // From a dashboard already open, the picker moves it to another organisation.
      await picker.fill(c.beta);
      await expect.poll(() => options.first().textContent(), { timeout: 30_000 }).toContain(c.betaTitle);
      await picker.press('Enter');
      await waitForDashboard(page, c.betaTitle);
      await expect.poll(() => linkOrg(page), { timeout: 20_000 }).toBe('org:beta-ai');
      await saveScreenshot(page, `dashboard-picker-chosen-${c.lang}`);

      // The link reopens the organisation chosen.
      const again = await env.newPage({ path: new URL(page.url()).pathname + new URL(page.url()).search });
      await waitForDashboard(again.page, c.betaTitle);
      expect(pageErrors(errors)).toEqual([]);
      expect(pageErrors(again.errors)).toEqual([]);
    });
});
