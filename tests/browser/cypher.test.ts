// The Cypher panel in real Chromium: a query's result becomes the scene and a table; errors are shown at their
// position in the editor; writes are refused; ready questions open as editable Cypher; history is kept.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, visibleNodeIds, waitForScene } from '../support/browser.js';

async function typeQuery(page: Page, query: string) {
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText: no key events, so autocomplete and bracket closing do not rewrite what is typed.
  await page.keyboard.insertText(query);
}

describe('the Cypher panel', () => {
  const env = useBrowserEnv();

  it('runs a query with Ctrl+Enter: the graph replaces the scene, and the rows show as a table and JSON', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await typeQuery(
      page,
      "MATCH (p:Person)-[r:WORKED_AT]->(o:Organization {id: 'org:xai'}) RETURN p.name AS name, p, r, o ORDER BY name",
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="cypher-timing"]').textContent()).toMatch(
      /^\d+ rows · [\d,]+ ms/,
    );
    await page.waitForFunction(() => {
      const ids = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
      ).__talentGraph.visibleNodeIds();
      return ids.includes('org:xai') && !ids.includes('event:meta-to-xai-departures-2025');
    });
    const ids = await visibleNodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['org:xai', 'person:xinlei-chen', 'person:elon-musk']));
    expect(ids.every((id) => id === 'org:xai' || id.startsWith('person:'))).toBe(true);
    await page.click('[data-testid="result-tab-table"]');
    const table = page.locator('[data-testid="result-table"]');
    expect(await table.locator('thead th').allTextContents()).toEqual(['name', 'p', 'r', 'o']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await table.textContent()).toContain('Xinlei Chen');
    await saveScreenshot(page, 'cypher-table');
    await page.click('[data-testid="result-tab-json"]');
    const json = JSON.parse((await page.locator('[data-testid="result-json"]').textContent()) ?? '{}') as {
      columns: string[];
    };
    expect(json.columns).toEqual(['name', 'p', 'r', 'o']);
    await page.click('[data-testid="history-menu"]');
    expect(await page.locator('[role="menu"]').textContent()).toContain('MATCH (p:Person)-[r:WORKED_AT]');
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('tells 3 from 3.0, a date from a string and NaN from "NaN" in the table (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    await typeQuery(
      page,
      "RETURN 3 AS i, 3.0 AS f, date('2025-08-29') AS d, '2025-08-29' AS s, 9223372036854775807 AS big, 0.0 / 0.0 AS nan, 'NaN' AS text, duration({days: 14, hours: 16, minutes: 12}) AS span, [1, 2.0, date('2025-01-01')] AS l",
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 20_000 });
    await page.click('[data-testid="result-tab-table"]');
    const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator('td');
    await cells.first().waitFor({ timeout: 20_000 });
    const seen = await cells.evaluateAll((tds) =>
      tds.map((td) => ({ type: td.getAttribute('data-type'), text: (td.textContent ?? '').trim() })),
    );
    expect(seen).toEqual([
      { type: 'Integer', text: '3' },
      { type: 'Float', text: '3.0' },
      { type: 'Date', text: '2025-08-29 Date' },
      { type: 'String', text: '2025-08-29' },
      { type: 'Integer', text: '9223372036854775807' },
      { type: 'Float', text: 'NaN Float' },
      { type: 'String', text: 'NaN' },
      { type: 'Duration', text: 'P14DT16H12M Duration' },
      { type: 'List', text: "[1, 2.0, date('2025-01-01')]" },
    ]);
    const title = await cells.nth(1).getAttribute('title');
    expect(title).toBe(lang === 'ar' ? 'نوع Cypher: Float' : 'Cypher type: Float');
    await saveScreenshot(page, `cypher-table-types-${lang}`);
    await page.click('[data-testid="result-tab-json"]');
    const json = JSON.parse((await page.locator('[data-testid="result-json"]').textContent()) ?? '{}') as {
      types: Record<string, string>[];
    };
    expect(json.types[0]).toMatchObject({ '/f': 'Float', '/d': 'Date', '/nan': 'Float', '/big': 'Integer' });
    expect(json.types[0]!['/s']).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('suggests labels from /api/schema as you type', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    // The schema arrives after the first scene.
    await page
      .waitForResponse((r) => r.url().endsWith('/api/schema') && r.ok(), { timeout: 30_000 })
      .catch(() => undefined);
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n:Organiz');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.waitFor({ timeout: 10_000 });
    expect(await popup.textContent()).toContain('Organization');
  });

  it('shows a syntax error and marks it at its position in the editor', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeQuery(page, 'MATCH (n:Person)\nRETRN n');
    await page.click('[data-testid="cypher-run"]');
    const error = page.locator('[data-testid="cypher-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('CYPHER_ERROR');
    expect(await error.textContent()).toContain('line 2, column 1');
    const mark = page.locator('[data-testid="cypher-error-mark"]');
    await mark.waitFor({ timeout: 5_000 });
    expect(await mark.textContent()).toBe('RETRN');
    await saveScreenshot(page, 'cypher-error');
  });

  it('refuses a write with a clear error and leaves the scene alone', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    const before = await visibleNodeIds(page);
    await typeQuery(page, "CREATE (n:Person {id: 'person:intruder', name: 'Intruder'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    const error = page.locator('[data-testid="cypher-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(/READ_ONLY|FORBIDDEN/);
    expect((await visibleNodeIds(page)).sort()).toEqual(before.sort());
  });

  it('opens a ready question as editable Cypher and draws its answer', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="gallery-menu"]');
    await page.click('[data-testid="gallery-flows-into-xai"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="cypher-editor"] .cm-content')
        ?.textContent?.includes('TALENT_FLOW'),
    );
    await page.waitForFunction(() => {
      const ids = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
      ).__talentGraph.visibleNodeIds();
      return (
        ids.includes('org:meta') && ids.includes('org:xai') && !ids.some((id) => id.startsWith('person:'))
      );
    });
    // The view's own Cypher is one click away.
    await page.click('[data-testid="show-cypher"]');
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain(
      'Talent flows into xAI',
    );
  });
});
