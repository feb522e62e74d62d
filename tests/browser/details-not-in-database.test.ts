// The details of a node or relationship a Cypher query built (maps shaped as a graph, no element of the database)
// show it as the query returned it and say it is not in the database, in English and Arabic, rather than an error.
// Made-up data: the maps of the query below.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickNode,
  clickOnlyEdge,
  runCypher,
  saveScreenshot,
  stopLayout,
  useBrowserEnv,
  waitForScene,
} from '../support/browser.js';

const BUILT = `RETURN [{id: 'virtual:a', labels: ['Idea'], properties: {name: 'Built by the query', weight: 1.0}},
        {id: 'virtual:b', labels: ['Idea'], properties: {name: 'Another idea'}}] AS nodes,
       [{id: 'virtual:r', type: 'LINKS', source: 'virtual:a', target: 'virtual:b', properties: {}}] AS edges`;

/** The app's own asks for the built elements answer 404, which the browser logs: those are expected here. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 404 \(Not Found\)/.test(e));

async function openBuilt(page: Page): Promise<void> {
  await waitForScene(page, 5);
  await runCypher(page, BUILT);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === '1',
    null,
    { timeout: 60_000 },
  );
  await stopLayout(page);
}

describe('details of what a query built', () => {
  const env = useBrowserEnv();

  for (const lang of ['en', 'ar'] as const) {
    it(`shows a built node and relationship as returned and says they are not in the database (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: `/?lang=${lang}` });
      await openBuilt(page);
      const note = page.locator('[data-testid="details-not-in-database"]');
      await clickNode(
        page,
        'virtual:a',
        page.locator('[data-testid="details"][data-id="virtual:a"] [data-testid="node-details"]'),
      );
      await note.waitFor({ timeout: 20_000 });
      expect(await note.textContent()).toContain(
        lang === 'en' ? 'Not in the database' : 'ليست في قاعدة البيانات',
      );
      expect(await page.locator('[data-testid="node-details"]').textContent()).toContain(
        'Built by the query',
      );
      expect(await page.locator('[data-testid="details"] [role="alert"]').count()).toBe(0);
      await saveScreenshot(page, `details-not-in-database-node-${lang}`);

      await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
      await expect
        .poll(() => note.textContent(), { timeout: 20_000 })
        .toContain(lang === 'en' ? 'this relationship, or an end of it' : 'هذه العلاقة، أو أحد طرفيها');
      expect(await page.locator('[data-testid="details"] [role="alert"]').count()).toBe(0);
      await saveScreenshot(page, `details-not-in-database-edge-${lang}`);
      expect(realErrors(errors)).toEqual([]);
    });
  }
});
