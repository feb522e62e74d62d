// A foreign graph's own TALENT_FLOW in real Chromium (made up for this test: teams, one TALENT_FLOW with a count and
// a note of its own, nothing sourced): the path panel offers the type, ticked as the graph's others, and follows it —
// a plain step with its properties, not one of our derived flows — and its edge details show it as the relationship
// it is, its properties as stored, not as one of our talent flows (people, moves, sources). English and Arabic.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resetGraph } from '../../seed/index.js';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { dropSchema, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

/** Three teams: Redwood's TALENT_FLOW to Bluefin (the graph's own, with a count like ours), Bluefin MENTORS Greenway. */
async function loadTeams(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetGraph(driver, { database });
  await dropSchema(driver);
  await driver.executeQuery(
    `CREATE (r:Team {name: 'Redwood'})-[:TALENT_FLOW {count: 2, note: 'loan spell'}]->(b:Team {name: 'Bluefin'}),
            (b)-[:MENTORS]->(:Team {name: 'Greenway'})`,
    {},
    { database },
  );
}

const NODES = 3;
const WORDS = {
  en: { from: 'Path from here', to: 'Path to here' },
  ar: { from: 'مسار من هنا', to: 'مسار إلى هنا' },
} as const;
/** Our words for our talent flows and their certainty, in both languages (client/i18n, client/graph/vocabulary.ts). */
const OUR_FLOW_WORDS = /talent flow|انتقال الكفاءات|derived|مشتق|stated|مذكور/i;

/** Types a search and opens the first match whose text holds `name`. */
async function searchAndOpen(page: Page, text: string, name: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.locator('[role="option"]', { hasText: name }).first().waitFor({ timeout: 60_000 });
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: name }).waitFor({ timeout: 60_000 });
}

describe('a foreign graph’s own TALENT_FLOW', () => {
  const env = useBrowserEnv({ seed: loadTeams });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`is offered and followed by the path search, and opens as a plain relationship (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, NODES, 60_000);
      // The schema has come: the panels know the database is not ours.
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });

      // The path panel: Redwood to Bluefin, over the graph's TALENT_FLOW.
      await searchAndOpen(page, 'redwood', 'Redwood');
      await page.getByRole('button', { name: WORDS[lang].from }).click();
      await searchAndOpen(page, 'bluefin', 'Bluefin');
      await page.getByRole('button', { name: WORDS[lang].to }).click();
      const panel = page.locator('[data-testid="path-panel"]');
      const step = page.locator('[data-testid="path-step"]');
      await step.first().waitFor({ timeout: 60_000 });
      expect(await step.count()).toBe(1);
      expect.soft(await step.first().locator('.rel').textContent()).toContain('TALENT_FLOW');
      // A plain step: no derived note or badge, no certainty; its own properties as stored.
      expect.soft(await panel.locator('.path-derived-note').count()).toBe(0);
      expect.soft(await panel.locator('[data-testid="path-derived-badge"]').count()).toBe(0);
      expect.soft(await step.first().getAttribute('class')).not.toContain('certainty-stated');
      expect
        .soft(await step.first().locator('[data-testid="relationship-properties"]').textContent())
        .toMatch(/loan spell/);
      // The type is offered, ticked as the graph's other types; our derived flows are not offered.
      await panel.locator('.path-types summary').click();
      const flowChoice = page.locator('[data-testid="path-type-TALENT_FLOW"]');
      await flowChoice.waitFor({ timeout: 30_000 });
      expect.soft(await flowChoice.isChecked()).toBe(true);
      expect.soft(await page.locator('[data-testid="path-type-MENTORS"]').isChecked()).toBe(true);
      expect.soft(await page.locator('[data-testid="path-derived"]').count()).toBe(0);
      expect.soft(await panel.textContent()).not.toMatch(OUR_FLOW_WORDS);
      await saveScreenshot(page, `foreign-talent-flow-path-${lang}`, '[data-testid="path-panel"]');

      // Unticked, it is no longer followed: no path joins the two teams by the graph's other type.
      await flowChoice.uncheck();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="path-step"]').length === 0,
        null,
        {
          timeout: 60_000,
        },
      );
      await flowChoice.check();
      await step.first().waitFor({ timeout: 60_000 });
      await page.click('[data-testid="path-close"]');

      // The edge details, opened from the scene table: the relationship as it is, with its properties.
      await page.click('[data-testid="table-view-button"]');
      const table = page.locator('[data-testid="scene-table"]');
      await table.waitFor({ timeout: 30_000 });
      // Each team by its own label, as stored.
      expect
        .soft(
          (
            await table.locator('tr', { hasText: 'Redwood' }).first().locator('td').first().textContent()
          )?.trim(),
        )
        .toBe('Team');
      await saveScreenshot(page, `foreign-talent-flow-table-${lang}`, '[data-testid="scene-table"]');
      await table.locator('tr', { hasText: 'TALENT_FLOW' }).locator('button').first().click();
      const edge = page.locator('[data-testid="edge-details"]');
      await edge.waitFor({ timeout: 30_000 });
      expect.soft(await page.locator('[data-testid="flow-details"]').count()).toBe(0);
      expect.soft((await edge.locator('.kind').textContent())?.trim()).toBe('TALENT_FLOW');
      expect.soft(await edge.locator('.badge').count()).toBe(0);
      const props = edge.locator('[data-testid="relationship-properties"]');
      expect.soft(await props.textContent()).toMatch(/loan spell/);
      expect.soft(await props.textContent()).toMatch(/count\s*(2|٢)/);
      expect.soft(await edge.textContent()).not.toMatch(OUR_FLOW_WORDS);
      expect.soft(await edge.getAttribute('class')).not.toContain('certainty-stated');
      await saveScreenshot(page, `foreign-talent-flow-edge-${lang}`, '[data-testid="edge-details"]');
      expect(errors).toEqual([]);
    });
  }
});
