// Our concepts kept off a foreign graph named like ours (tests/fixtures/foreign/our-names.cypher, nothing sourced), in
// real Chromium: the path panel offers no derived talent flows (ours alone), a WORKED_AT's `start` is one of its
// properties, not our stint's dates, and a search result is labelled with the node's labels as stored.
import { afterAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { loadOurNames, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

/** Every node of the fixture (3 Persons, a Company, a Doc and a Paper) and the firm added here. */
const NODES = 7;

const WORDS = {
  en: { from: 'Path from here', to: 'Path to here' },
  ar: { from: 'مسار من هنا', to: 'مسار إلى هنا' },
} as const;

/** The fixture, and a node of its own (made up for this test) that also carries a label named like ours. */
async function seed(driver: Driver): Promise<void> {
  await loadOurNames(driver);
  await driver.executeQuery(
    "CREATE (:Company:Organization {name: 'Zeta Works'})",
    {},
    { database: testNeo4j().database },
  );
}

/** Types a search and opens the first match whose text holds `name`. */
async function searchAndOpen(page: Page, text: string, name: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.locator('[role="option"]', { hasText: name }).first().waitFor({ timeout: 60_000 });
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: name }).waitFor({ timeout: 60_000 });
}

describe('our concepts on a foreign graph named like ours', () => {
  const env = useBrowserEnv({ seed });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`offers no derived flows, reads no stint dates and labels results as stored (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, NODES, 60_000);
      // The schema has come (the overview reads it): the panels know the database is not ours.
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });

      // Search: the firm's labels as the database stores them, first one shown (as the overview counts it).
      const stored = await env.driver.executeQuery(
        "MATCH (n {name: 'Zeta Works'}) RETURN labels(n) AS labels",
        {},
        { database: testNeo4j().database },
      );
      const labels = stored.records[0]?.get('labels') as string[];
      await page.fill('#search-input', 'zeta');
      const option = page.locator('[role="option"]', { hasText: 'Zeta Works' }).first();
      await option.waitFor({ timeout: 60_000 });
      expect.soft((await option.locator('.result-label').textContent())?.trim()).toBe(labels[0]);
      // Its one name, once: it has no Arabic name to give beside it (the Arabic list repeated "Zeta Works").
      expect.soft(await option.locator('.result-other').count()).toBe(0);
      await saveScreenshot(page, `foreign-concepts-search-${lang}`, '[data-testid="search-results"]');
      await page.fill('#search-input', '');

      // The path panel, Ann to Acme: no "Also through derived talent flows", a concept of ours.
      await searchAndOpen(page, 'ann', 'Ann');
      await page.getByRole('button', { name: WORDS[lang].from }).click();
      await searchAndOpen(page, 'acme', 'Acme');
      await page.getByRole('button', { name: WORDS[lang].to }).click();
      const panel = page.locator('[data-testid="path-panel"]');
      await panel.locator('[data-testid="path-step"]').first().waitFor({ timeout: 60_000 });
      expect.soft(await panel.locator('[data-testid="path-derived"]').count()).toBe(0);
      expect.soft(await panel.textContent()).not.toMatch(/derived talent flows|تدفّقات الكفاءات المشتقّة/);
      await saveScreenshot(page, `foreign-concepts-path-${lang}`, '[data-testid="path-panel"]');
      await page.click('[data-testid="path-close"]');

      // Edge details of Ann's WORKED_AT {start: '2019'}: its properties as stored, no date range of ours.
      await page.click('[data-testid="table-view-button"]');
      const table = page.locator('[data-testid="scene-table"]');
      await table.waitFor({ timeout: 30_000 });
      await table.locator('tr', { hasText: 'Ann' }).filter({ hasText: 'Acme' }).locator('button').click();
      const edge = page.locator('[data-testid="edge-details"]');
      await edge.waitFor({ timeout: 30_000 });
      expect.soft(await edge.locator('.dates').count()).toBe(0);
      expect
        .soft(await edge.locator('[data-testid="relationship-properties"]').textContent())
        .toMatch(/start\s*(2019|٢٠١٩)/);
      // The value beside its key, at the start of its cell in the page's direction ("2019" sat at the far left of an
      // Arabic page's cell, away from its key on the right).
      const gap = await edge
        .locator('[data-testid="relationship-properties"] div')
        .first()
        .evaluate((row) => {
          const [key, value] = [row.querySelector('dt'), row.querySelector('dd')];
          if (!key || !value) return Infinity;
          const range = document.createRange();
          range.selectNodeContents(value);
          const text = range.getBoundingClientRect();
          const k = key.getBoundingClientRect();
          return document.documentElement.dir === 'rtl' ? k.left - text.right : text.left - k.right;
        });
      expect.soft(gap).toBeLessThan(12);
      await saveScreenshot(page, `foreign-concepts-edge-${lang}`, '[data-testid="edge-details"]');
      await page.click('[data-testid="table-view-button"]');
      expect(errors).toEqual([]);
    });
  }
});
