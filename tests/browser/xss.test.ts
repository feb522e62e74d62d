// Names, quotes and links holding HTML or script render as text in every panel: search suggestions, details,
// evidence, the scene table, Cypher results and exports. The fixture adds one hostile person (written here, not in
// any facts file) to the article's graph.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { runCypher, saveScreenshot, seedArticle, useBrowserEnv, waitForScene } from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

const HOSTILE_NAME = 'Eve <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const HOSTILE_EVIDENCE =
  '<b onmouseover="window.__xss=3">قالت</b> <iframe src="javascript:window.__xss=4"></iframe>';

async function seedWithHostileNode(driver: Driver): Promise<void> {
  await seedArticle(driver);
  await driver.executeQuery(
    `MATCH (meta:Organization {id: 'org:meta'})
     CREATE (p:Person {id: 'person:hostile', name: $name, nameAr: $name, aliases: [$name], aliasesText: $name, searchText: 'eve img src x onerror'})
     CREATE (s:Source {id: 'source:hostile', name: $name, publisher: $name, published: '2025-08-29', url: 'javascript:window.__xss=5', language: 'ar'})
     CREATE (p)-[:WORKED_AT {id: 'fact:hostile-meta', role: $name, evidence: $evidence, evidenceEn: $name, certainty: 'stated', sources: ['source:hostile']}]->(meta)`,
    { name: HOSTILE_NAME, evidence: HOSTILE_EVIDENCE },
    { database: testNeo4j().database },
  );
}

describe('hostile text renders as text', () => {
  const env = useBrowserEnv({ seed: seedWithHostileNode });

  it('in search suggestions, details, evidence, source links and the scene table; no script runs', async () => {
    const { page } = await env.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForScene(page, 5);
    await page.fill('#search-input', 'Eve');
    const option = page.locator('[role="option"]', { hasText: 'Eve <img' }).first();
    await option.waitFor({ timeout: 20_000 });
    expect(
      await page.locator('[data-testid="search-results"] img, [data-testid="search-results"] script').count(),
    ).toBe(0);
    await page.locator('#search-input').press('Enter');
    const title = page.locator('[data-testid="details-title"]');
    await title.waitFor({ timeout: 20_000 });
    expect(await title.textContent()).toBe(HOSTILE_NAME);
    const details = page.locator('[data-testid="details"]');
    await details.locator('[data-testid="evidence"]').first().waitFor();
    expect(await details.locator('img, script, iframe, b').count()).toBe(0);
    expect(await details.locator('[data-testid="evidence"]').first().textContent()).toBe(HOSTILE_EVIDENCE);
    // The javascript: link is shown as nothing clickable.
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.click('[data-testid="table-view-button"]');
    expect(await page.locator('[data-testid="scene-table"]').textContent()).toContain(HOSTILE_NAME);
    expect(
      await page.locator('[data-testid="scene-table"] img, [data-testid="scene-table"] script').count(),
    ).toBe(0);
    await saveScreenshot(page, 'xss-as-text');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('in Cypher results (table and JSON)', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await runCypher(
      page,
      "MATCH (p:Person {id: 'person:hostile'})-[r]->(o) RETURN p.name AS name, r.evidence AS evidence, p",
    );
    await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 20_000 });
    await page.click('[data-testid="result-tab-table"]');
    const table = page.locator('[data-testid="result-table"]');
    expect(await table.textContent()).toContain(HOSTILE_EVIDENCE);
    expect(await table.locator('img, script, iframe, b').count()).toBe(0);
    await page.click('[data-testid="result-tab-json"]');
    expect(await page.locator('[data-testid="result-json"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
