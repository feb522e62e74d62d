// The company dashboard offers no control that does nothing to it, in real Chromium over the bundled article: the left
// panel says the network's legend and filters do not apply there (no checkbox for a certainty or a source), the
// canvas toolbar (layout, zoom, table view, the network's Show Cypher) is not over it, and a table view left on in the
// network does not cover it. In English and in Arabic; screenshots go to tests/artifacts.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { pageErrors, waitForDashboard } from '../support/dashboard.js';

describe('the company dashboard’s side panels', () => {
  const env = useBrowserEnv();

  for (const [lang, title, note] of [
    ['en', 'Meta', 'The legend and filters of the network do not apply here'],
    ['ar', 'ميتا', 'مفتاح الشبكة ومرشّحاتها لا تُطبَّق هنا'],
  ] as const)
    it(`says the network’s filters do not apply and offers none of the canvas’s tools (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: `/?mode=dashboard&org=org:meta&lang=${lang}` });
      await waitForDashboard(page, title);
      // The table view is turned on in the network, and the dashboard opened again.
      await page.click('[data-testid="mode-network"]');
      await page.click('[data-testid="table-view-button"]');
      await page.locator('[data-testid="scene-table"]').waitFor({ timeout: 30_000 });
      await page.click('[data-testid="mode-dashboard"]');
      await waitForDashboard(page, title);
      const panel = page.locator('.left-panel');
      expect(await panel.locator('[data-testid="dashboard-panel-note"]').textContent()).toContain(note);
      expect(await panel.locator('input[type="checkbox"]').count()).toBe(0);
      expect(await page.locator('[data-testid="layout-button"]').count()).toBe(0);
      expect(await page.locator('[data-testid="show-cypher"]').count()).toBe(0);
      expect(await page.locator('[data-testid="scene-table"]').count()).toBe(0);
      await saveScreenshot(page, `dashboard-side-panels-${lang}`);
      await saveScreenshot(page, `dashboard-side-panel-note-${lang}`, '[data-testid="dashboard-panel-note"]');
      // Back in the network, its toolbar, filters and table view are there again.
      await page.click('[data-testid="mode-network"]');
      await page.locator('[data-testid="scene-table"]').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="layout-button"]').waitFor({ timeout: 30_000 });
      await panel.locator('[data-testid="certainty-implied"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="dashboard-panel-note"]').count()).toBe(0);
      expect(pageErrors(errors)).toEqual([]);
    });
});
