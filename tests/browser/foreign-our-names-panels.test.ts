// The panels in real Chromium on a foreign graph named like ours (tests/fixtures/foreign/our-names.cypher: Persons who
// WORKED_AT a Company, a Doc REPORTED_BY a Paper, nothing sourced): the search, node and edge details, the scene table,
// the context menu and the path panel name its Person and WORKED_AT as the database does, as the legend does — not
// as our "شخص" or "worked at" / "عمل في", words for facts of ours this database does not hold.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, stopLayout, useBrowserEnv, waitForScene } from '../support/browser.js';
import { rightClickNode } from '../support/canvas-gestures.js';
import { apiIdOf, loadOurNames, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

/** Every node of the graph: 3 Persons, a Company, a Doc and a Paper. */
const NODES = 6;
/** Our words for the graph's relationship types, in both languages (client/graph/vocabulary.ts REL_NAMES). */
const OUR_WORDS = /worked at|عمل في|reported by|ورد في/;

const WORDS = {
  en: { from: 'Path from here', to: 'Path to here' },
  ar: { from: 'مسار من هنا', to: 'مسار إلى هنا' },
} as const;

/** Our words for what a node of ours has: a career, facts, and our names of its property keys (PROPERTY_NAMES). */
const OUR_NODE_WORDS =
  /Career|المسيرة المهنية|Facts|الوقائع|also known as|أسماء أخرى|الوصف|description \(Arabic\)/;

/** Types a search and opens the first match whose text holds `name`, returning the match's label as listed. */
async function searchAndOpen(page: Page, text: string, name: string): Promise<string> {
  await page.fill('#search-input', text);
  const option = page.locator('[role="option"]', { hasText: name }).first();
  await option.waitFor({ timeout: 60_000 });
  const label = (await option.locator('.result-label').textContent()) ?? '';
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: name }).waitFor({ timeout: 60_000 });
  return label;
}

describe('the panels on a foreign graph named like ours', () => {
  const env = useBrowserEnv({ seed: loadOurNames });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`names its Person and WORKED_AT as the database does in every panel (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      // Soft: each panel that uses our words is reported, not only the first.
      await waitForScene(page, NODES, 60_000);
      // The schema has come (the overview reads it): the panels know the database is not ours.
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });
      const ann = await apiIdOf(env.driver, "MATCH (n:Person {name: 'Ann'})");

      // Search: the match's label as the database names it.
      expect.soft(await searchAndOpen(page, 'ann', 'Ann')).toBe('Person');

      // Node details: its label, and its WORKED_AT and KNOWS by their own names.
      const details = page.locator('[data-testid="node-details"]');
      // After its glyph.
      expect.soft(await details.locator('.kind').textContent()).toMatch(/\sPerson$/);
      const worked = details.locator('[data-testid="relationship"][data-type="WORKED_AT"] .rel');
      await worked.waitFor({ timeout: 30_000 });
      expect.soft(await worked.textContent()).toContain('WORKED_AT');
      expect.soft(await details.textContent()).not.toMatch(OUR_WORDS);
      await saveScreenshot(page, `foreign-our-names-details-${lang}`, '[data-testid="node-details"]');

      // The path panel: Ann to Acme over her WORKED_AT, the step and the type choices named as stored.
      await page.getByRole('button', { name: WORDS[lang].from }).click();
      await searchAndOpen(page, 'acme', 'Acme');
      await page.getByRole('button', { name: WORDS[lang].to }).click();
      const step = page.locator('[data-testid="path-step"]');
      await step.first().waitFor({ timeout: 60_000 });
      expect.soft(await step.first().locator('.rel').textContent()).toContain('WORKED_AT');
      const choice = page.locator('.path-type', { has: page.locator('[data-testid="path-type-WORKED_AT"]') });
      expect.soft((await choice.textContent())?.trim()).toBe('WORKED_AT');
      const panel = page.locator('[data-testid="path-panel"]');
      expect.soft(await panel.textContent()).not.toMatch(OUR_WORDS);
      // Its relationship is no fact of ours: no certainty ("no source") nor missing quote, its own properties instead.
      expect.soft(await panel.locator('.badge').count()).toBe(0);
      expect.soft(await step.first().textContent()).not.toMatch(/No quote recorded|لا يوجد اقتباس/);
      expect
        .soft(await step.first().locator('[data-testid="relationship-properties"]').textContent())
        .toMatch(/start\s*(2019|٢٠١٩)/);
      await panel.locator('.path-types summary').click();
      await saveScreenshot(page, `foreign-our-names-path-${lang}`, '[data-testid="path-panel"]');
      await page.click('[data-testid="path-close"]');

      // The scene table: labels and types as stored; its WORKED_AT opens the edge's details, named so too.
      await page.click('[data-testid="table-view-button"]');
      const table = page.locator('[data-testid="scene-table"]');
      await table.waitFor({ timeout: 30_000 });
      expect.soft(await table.textContent()).not.toMatch(OUR_WORDS);
      const annRow = table.locator('tr', { hasText: 'Ann' }).first();
      expect.soft((await annRow.locator('td').first().textContent())?.trim()).toBe('Person');
      await table.locator('tr', { hasText: 'Ann' }).filter({ hasText: 'Acme' }).locator('button').click();
      const edge = page.locator('[data-testid="edge-details"]');
      await edge.waitFor({ timeout: 30_000 });
      expect.soft((await edge.locator('.kind').textContent())?.trim()).toBe('WORKED_AT');
      await saveScreenshot(page, `foreign-our-names-edge-${lang}`, '[data-testid="edge-details"]');
      await page.click('[data-testid="table-view-button"]');

      // The context menu: expanding Ann by her WORKED_AT, named as stored.
      await stopLayout(page);
      await rightClickNode(page, ann);
      const expand = page.locator('[data-testid="ctx-expand-out-WORKED_AT"]');
      await expand.waitFor({ timeout: 30_000 });
      expect.soft(await expand.textContent()).toContain('WORKED_AT');
      expect.soft(await page.locator('[data-testid="context-menu"]').textContent()).not.toMatch(OUR_WORDS);
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
    });
  }

  it('keeps our words from a Person with an id of its own: no node of a database without our facts is ours', async () => {
    // Made up for this test: a Person and a WORKED_AT with ids written as ours are (person:…, fact:…) and properties
    // our data model also names.
    const database = testNeo4j().database;
    await env.driver.executeQuery(
      `MATCH (acme:Company {name: 'Acme'})
       CREATE (:Person {id: 'person:eve', name: 'Eve', aliases: ['E.'], descriptionAr: 'وصف'})
              -[:WORKED_AT {id: 'fact:eve-acme', role: 'founder'}]->(acme)`,
      {},
      { database },
    );
    try {
      for (const lang of ['en', 'ar'] as const) {
        const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
        await waitForScene(page, NODES, 60_000);
        await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });
        await searchAndOpen(page, 'eve', 'Eve');
        const details = page.locator('[data-testid="node-details"]');
        // Listed as the graph's relationship (its properties as stored), not as a fact of ours with no source.
        const rel = details.locator('[data-testid="relationship"][data-type="WORKED_AT"]');
        await rel.waitFor({ timeout: 30_000 });
        expect.soft(await rel.locator('.rel').textContent()).toContain('WORKED_AT');
        expect.soft(await rel.textContent()).toContain('founder');
        expect.soft(await details.locator('[data-testid="fact"]').count()).toBe(0);
        // Its keys as stored, no career, no "Facts".
        const text = (await details.textContent()) ?? '';
        expect.soft(text).not.toMatch(OUR_NODE_WORDS);
        expect.soft(text).toContain('aliases');
        expect.soft(text).toContain('descriptionAr');
        expect(errors).toEqual([]);
        await env.closePages();
      }
    } finally {
      await env.driver.executeQuery("MATCH (n:Person {id: 'person:eve'}) DETACH DELETE n", {}, { database });
    }
  });
});
