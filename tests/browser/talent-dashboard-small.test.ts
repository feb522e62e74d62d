// The company dashboard of an organisation with few moves, in real Chromium at 1280 and 1024 px, English and Arabic:
// xAI's people came from one organisation (Meta) in one year, and its charts are sized to that — a bar chart as
// narrow as its bars need and a Sankey as low as one link needs, not one bar or block amid a dashboard-wide and
// 260 px high empty chart; the chart's axis and names drawn whole inside it.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { pageErrors, waitForDashboard } from '../support/dashboard.js';

describe('a dashboard with one counterpart and few periods', () => {
  const env = useBrowserEnv();

  for (const width of [1280, 1024])
    it.each(['en', 'ar'] as const)(`sizes its charts to their content (%s, ${width} px)`, async (lang) => {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${lang}&mode=dashboard&org=org:xai`,
        viewport: { width, height: 900 },
      });
      await waitForDashboard(page, 'xAI');
      const bars = page.locator('[data-testid="talent-bars"]');
      const sankey = page.locator('[data-testid="talent-sankey"]');
      await bars.locator('svg').waitFor({ timeout: 60_000 });
      await sankey.locator('svg').waitFor({ timeout: 60_000 });
      const periods = await page.locator('[data-testid="talent-bars"] svg text').count();
      const card = (await page.locator('.talent-card').first().boundingBox())!;
      const barsBox = (await bars.boundingBox())!;
      const sankeyBox = (await sankey.boundingBox())!;
      await saveScreenshot(page, `dashboard-small-${lang}-${width}`);
      await saveScreenshot(
        page,
        `dashboard-small-${lang}-${width}-whole`,
        '[data-testid="talent-dashboard"]',
      );
      expect(periods).toBeGreaterThan(0);
      // Few periods: a chart narrower than half the card; one counterpart a side: a Sankey lower than 200 px.
      expect(barsBox.width).toBeLessThan(card.width / 2);
      expect(sankeyBox.height).toBeLessThan(200);
      // Its labels inside the chart, none cut at its edge.
      const outside = await page.evaluate(() =>
        ['talent-bars', 'talent-sankey'].flatMap((id) => {
          const chart = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
          return [...document.querySelectorAll(`[data-testid="${id}"] svg text`)]
            .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
            .filter(
              ({ box }) =>
                box.width > 0 &&
                (box.left < chart.left - 1 ||
                  box.right > chart.right + 1 ||
                  box.top < chart.top - 1 ||
                  box.bottom > chart.bottom + 1),
            )
            .map(({ text }) => `${id}: ${text}`);
        }),
      );
      expect(outside).toEqual([]);
      expect(pageErrors(errors)).toEqual([]);
    });
});
