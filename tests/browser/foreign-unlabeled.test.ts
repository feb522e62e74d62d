// The explorer in real Chromium on a foreign graph whose nodes have no label (tests/fixtures/foreign/unlabeled.cypher,
// the audit's repro): the first screen is the schema overview with its three nodes drawn and "(no label)" listed with
// their count and as both ends of LINK, and in the legend (whose toggle hides them), in English and Arabic. It was an empty canvas saying "The query returned no
// nodes to draw", and LINK was not listed: both the decision and the overview started from the database's labels.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { canvasPixels, saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { loadLibrary, restoreOurs, UNLABELED_SCRIPT } from '../support/foreign-graph.js';
import { createTestDriver } from '../support/neo4j.js';

const NO_LABEL = { en: '(no label)', ar: '(بلا تسمية)' };

describe('a graph whose nodes have no label, in the browser', () => {
  const env = useBrowserEnv({ seed: (driver: Driver) => loadLibrary(driver, UNLABELED_SCRIPT) });
  afterAll(async () => {
    // The files after this one find the database as every other file leaves it.
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`opens on the schema overview with its nodes drawn and listed as "(no label)" (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, 3, 60_000);
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });
      const entry = page.locator('[data-testid="overview-labels"] [data-no-label]');
      expect(await entry.textContent()).toContain(NO_LABEL[lang]);
      expect(await entry.textContent()).toMatch(lang === 'ar' ? /٣/ : /3/);
      const link = await page.locator('[data-testid="overview-types"] [data-type="LINK"]').textContent();
      expect(link).toContain(`${NO_LABEL[lang]} — LINK → ${NO_LABEL[lang]}`);
      // The legend files them under the same name, and its toggle hides them.
      const legend = page.locator('[data-testid="legend-"]');
      expect(await legend.textContent()).toContain(NO_LABEL[lang]);
      expect(await page.locator('body').textContent()).not.toMatch(
        /returned no nodes to draw|لم يُرجع الاستعلام عقدًا/,
      );
      expect((await canvasPixels(page)).drawn).toBeGreaterThan(100);
      await saveScreenshot(page, `foreign-unlabeled-first-screen-${lang}`);
      await legend.click();
      await page.waitForFunction(
        () =>
          (
            window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }
          ).__talentGraph?.visibleNodeIds().length === 0,
        undefined,
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
    });
  }
});
