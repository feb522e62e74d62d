// The company dashboard's ranked lists in real Chromium, on what they cannot name: a row's moves that no source dates
// are said in words ("+1 undated", its title saying why), not with a bare "?" (Alpha Labs' people who went to Beta AI,
// fictional fixture); and a "Came from" or "Went to" card with no organisation says why it is empty — moves are known
// but none says where from (Meta's hires in the bundled article, all undated and without an origin), or no source
// reports any move at all (Scale AI) — in English and in Arabic (right to left, Arabic digits).
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { pageErrors, seedDashboard, waitForDashboard } from '../support/dashboard.js';

describe('company dashboard: ranked lists with undated moves, and empty ones', () => {
  const env = useBrowserEnv({ seed: seedDashboard });
  const cases = [
    {
      lang: 'en',
      alpha: 'Alpha Labs',
      betaRow: '2 · +1 undated · reported 5',
      undatedTitle: 'Named moves no source dates: counted here, apart from the bars.',
      meta: 'Meta',
      metaFrom: 'The sources tell of hires at Meta, but none says where any of them came from.',
      scale: 'Scale AI',
      scaleFrom: 'No source here reports anyone joining Scale AI.',
      scaleTo: 'No source here reports anyone leaving Scale AI.',
    },
    {
      lang: 'ar',
      alpha: 'مختبرات ألفا',
      betaRow: '٢، +١ بلا تاريخ، مُبلَّغ عنه ٥',
      undatedTitle: 'انتقالات بالأسماء لا يذكر أي مصدر تاريخها: محسوبة هنا، على حدة عن الأعمدة.',
      meta: 'ميتا',
      metaFrom: 'تذكر المصادر تعيينات في ميتا، لكن لا يذكر أيٌّ منها من أين قدم أصحابها.',
      scale: 'Scale AI',
      scaleFrom: 'لا يذكر أي مصدر هنا أحدًا انضم إلى Scale AI.',
      scaleTo: 'لا يذكر أي مصدر هنا أحدًا غادر Scale AI.',
    },
  ] as const;

  for (const c of cases) {
    it(`says an undated move in words, not "?" (${c.lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=org:alpha-labs`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(page, c.alpha);
      const count = page.locator(
        '[data-testid="talent-destinations"] [data-org="org:beta-ai"] .talent-row-count',
      );
      await expect.poll(() => count.textContent(), { timeout: 60_000 }).toBe(c.betaRow);
      const undated = count.locator('[data-testid="talent-row-undated"]');
      expect(await undated.getAttribute('title')).toBe(c.undatedTitle);
      await saveScreenshot(page, `dashboard-ranked-undated-${c.lang}`, '.talent-grid');
      expect(pageErrors(errors)).toEqual([]);
    });

    it(`says why a "Came from" or "Went to" card lists no organisation (${c.lang})`, async () => {
      const meta = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=org:meta`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(meta.page, c.meta);
      const metaNone = meta.page.locator('[data-testid="talent-sources-none"]');
      await expect.poll(() => metaNone.textContent(), { timeout: 60_000 }).toBe(c.metaFrom);
      // Meta's departures have destinations: that card lists them and says nothing of an empty list.
      expect(await meta.page.locator('[data-testid="talent-destinations-none"]').count()).toBe(0);
      await saveScreenshot(meta.page, `dashboard-came-from-unknown-${c.lang}`, '.talent-grid');

      const scale = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=org:scale-ai`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(scale.page, c.scale);
      const from = scale.page.locator('[data-testid="talent-sources-none"]');
      await expect.poll(() => from.textContent(), { timeout: 60_000 }).toBe(c.scaleFrom);
      expect(await scale.page.locator('[data-testid="talent-destinations-none"]').textContent()).toBe(
        c.scaleTo,
      );
      await saveScreenshot(scale.page, `dashboard-came-from-none-${c.lang}`, '.talent-grid');
      expect(pageErrors(meta.errors)).toEqual([]);
      expect(pageErrors(scale.errors)).toEqual([]);
    });
  }
});
