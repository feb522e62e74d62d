// A foreign graph's relationship in real Chromium, in English and Arabic: its canvas label and its scene-table dates
// show its own role and `since` as stored and typed, as its details do — not our translation of the role ("مؤسّس"),
// our date reading ("٢٠١٩ –") in Arabic digits, a Duration read as a date, or an Integer year left out. Test data
// (tests/fixtures/foreign/our-names.cypher and three made-up people here), no fact of any source.
import { afterAll, describe, expect, it } from 'vitest';
import type { Driver as Neo4jDriver } from 'neo4j-driver';
import {
  edgeLabel,
  saveScreenshot,
  useBrowserEnv,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { loadOurNames, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, readRows, testNeo4j } from '../support/neo4j.js';
import { URL_VERSION } from '../../client/state/url.js';

/**
 * Acme and everyone related to it, opened by a link's query: the first screen's overview samples 5 nodes a label, so
 * which of the graph's 6 people it draws depends on the store's order.
 */
const SCENE = "MATCH (p:Person)-[r]->(c:Company {name: 'Acme'}) RETURN p, r, c";
/** Acme, the fixture's people related to it and the three added here. */
const NODES = 4;

/**
 * The our-names graph, with WORKED_AT relationships whose `since` is a String, an Integer and a Duration; Cy's beside
 * another relationship to Acme, so its label is drawn along a curve too.
 */
async function seed(driver: Neo4jDriver): Promise<void> {
  await loadOurNames(driver);
  await driver.executeQuery(
    `MATCH (acme:Company {name: 'Acme'})
     CREATE (cy:Person {name: 'Cy'})-[:WORKED_AT {role: 'founder', since: '2019'}]->(acme),
            (cy)-[:INVESTED_IN {since: '2020'}]->(acme),
            (:Person {name: 'Di'})-[:WORKED_AT {since: 2019}]->(acme),
            (:Person {name: 'Flo'})-[:WORKED_AT {since: duration('P1Y2M')}]->(acme)`,
    {},
    { database: testNeo4j().database },
  );
}

describe("a foreign graph's relationship on the canvas and in the scene table", () => {
  const env = useBrowserEnv({ seed });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`shows its role and dates as stored (${lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=${URL_VERSION}&lang=${lang}&q=${encodeURIComponent(SCENE)}`,
      });
      await waitForScene(page, NODES, 60_000);
      const [row] = await readRows(
        env.driver,
        "MATCH (:Person {name: 'Cy'})-[r:WORKED_AT]->() RETURN elementId(r) AS eid",
      );
      const cy = `neo4j:${String(row!.eid)}`;

      // The scene table's dates: each `since` as stored, with its type where its text could pass for a string.
      await page.click('[data-testid="table-view-button"]');
      const table = page.locator('[data-testid="scene-table"]');
      await table.waitFor({ timeout: 30_000 });
      const worked = (name: string) =>
        table.locator('tr', { hasText: name }).filter({ hasText: 'Acme' }).filter({ hasText: 'WORKED_AT' });
      const dates = async (name: string) => (await worked(name).locator('td').nth(3).textContent())?.trim();
      // Once the schema has come, the app knows the database is not ours.
      await expect.poll(() => dates('Cy'), { timeout: 60_000 }).toBe('since: 2019');
      expect.soft(await dates('Di')).toBe('since: 2019');
      expect.soft(await dates('Flo')).toBe('since: P1Y2M Duration');
      expect.soft(await table.textContent()).not.toMatch(/٢٠١٩|مؤسّس/);
      await saveScreenshot(page, `foreign-edge-label-table-${lang}`, '[data-testid="scene-table"]');

      // Cy's WORKED_AT selected: its label, drawn on the canvas, is its own role and date.
      await worked('Cy').locator('button').click();
      await page.locator('[data-testid="edge-details"]').waitFor({ timeout: 30_000 });
      await page.click('[data-testid="table-view-button"]');
      await expect
        .poll(() => edgeLabel(page, cy), { timeout: 30_000 })
        .toBe('WORKED_AT · role: \u2068founder\u2069 · since: \u20682019\u2069');
      await waitForCanvasSettled(page);
      await saveScreenshot(page, `foreign-edge-label-canvas-${lang}`);
      expect(errors).toEqual([]);
    });
  }
});
