// The Cypher panel in real Chromium: a query's result becomes the scene and a table; errors are shown at their
// position in the editor; writes are refused; ready questions open as editable Cypher; history is kept.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  openCypherPanel,
  runCypher,
  typeCypher,
  saveScreenshot,
  useBrowserEnv,
  visibleNodeIds,
  waitForScene,
} from '../support/browser.js';
import { readRows } from '../support/neo4j.js';

/**
 * The newest entry of the Cypher history as the page stored it ("outcome: first line of the query"), or '' for none:
 * a run is there only once it has ended, which the timing line, left on screen by an earlier run, cannot tell.
 */
function newestRun(page: Page): Promise<string> {
  return page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('talent-graph.cypher.history') ?? '[]') as {
      query: string;
      outcome?: string;
    }[];
    return list[0] ? `${list[0].outcome}: ${list[0].query.split('\n')[0]}` : '';
  });
}

/** Types into the Cypher editor (the real one, once it has loaded) over whatever it held. */
async function typeInEditor(page: Page, text: string): Promise<void> {
  await page.click('[data-testid="cypher-editor"] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** The text of the editor's open completion list, or '' while none is open. */
function completionText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.cm-tooltip-autocomplete')?.textContent ?? '');
}

/** Once the run has answered: the result table's first row, each cell's Cypher type (data-type) and text. */
async function firstRowCells(page: Page) {
  await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 20_000 });
  await page.click('[data-testid="result-tab-table"]');
  const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator('td');
  await cells.first().waitFor({ timeout: 20_000 });
  const seen = await cells.evaluateAll((tds) =>
    tds.map((td) => ({ type: td.getAttribute('data-type'), text: (td.textContent ?? '').trim() })),
  );
  return { cells, seen };
}

describe('the Cypher panel', () => {
  const env = useBrowserEnv();

  it('runs a query with Ctrl+Enter: the graph replaces the scene, and the rows show as a table and JSON', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(
      page,
      "MATCH (p:Person)-[r:WORKED_AT]->(o:Organization {id: 'org:xai'}) RETURN p.name AS name, p, r, o ORDER BY name",
    );
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/api/cypher') && r.request().method() === 'POST',
    );
    await page.keyboard.press('Control+Enter');
    // The client asks for rows that refer to the graph (format 2) and resolves them for the table and JSON.
    const response = await answered;
    expect((response.request().postDataJSON() as { rows?: string }).rows).toBe('refs');
    const wire = (await response.json()) as { format?: number; rows: Record<string, unknown>[] };
    expect(wire.format).toBe(2);
    expect(Object.keys(wire.rows[0]!.p as object)).toEqual(['$node']);
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
    // Relationships show their properties, not only their type; nodes too (beyond the name).
    const rel = table.locator('tbody tr').first().locator('td').nth(2);
    expect(await rel.locator('button').textContent()).toBe('[:WORKED_AT]');
    expect(await rel.locator('.cell-properties .cell-property').count()).toBeGreaterThan(0);
    // Each string of the tooltip is isolated (FSI…PDI), so an Arabic value cannot reorder its neighbours.
    expect(await rel.locator('.cell-properties').getAttribute('title')).toMatch(
      /certainty: "\u2068(stated|implied)\u2069"/,
    );
    expect(
      await table.locator('tbody tr').first().locator('td').nth(3).locator('.cell-properties').count(),
    ).toBe(1);
    await saveScreenshot(page, 'cypher-table');
    await saveScreenshot(page, 'cypher-table-cells', '[data-testid="result-table"]');
    await page.click('[data-testid="result-tab-json"]');
    const json = JSON.parse((await page.locator('[data-testid="result-json"]').textContent()) ?? '{}') as {
      columns: string[];
      rows: { p: { labels: string[] }; r: { type: string; source: string } }[];
      types: Record<string, string>[];
    };
    expect(json.columns).toEqual(['name', 'p', 'r', 'o']);
    // The JSON shows the rows resolved, as Neo4j Browser does: whole nodes and relationships, typed as such.
    expect(json.rows[0]!.p.labels).toEqual(['Person']);
    expect(json.rows[0]!.r.type).toBe('WORKED_AT');
    expect(json.types[0]).toMatchObject({ '/p': 'Node', '/r': 'Relationship', '/o': 'Node' });
    await saveScreenshot(page, 'cypher-json-resolved', '[data-testid="result-json"]');
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
    await typeCypher(
      page,
      "RETURN 3 AS i, 3.0 AS f, date('2025-08-29') AS d, '2025-08-29' AS s, 9223372036854775807 AS big, 0.0 / 0.0 AS nan, 'NaN' AS text, duration({days: 14, hours: 16, minutes: 12}) AS span, [1, 2.0, date('2025-01-01')] AS l",
    );
    await page.keyboard.press('Control+Enter');
    const { cells, seen } = await firstRowCells(page);
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

  it('sends a parameter written as a whole float (1.0, -0.0, 2e3) as a Float, not an Integer', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, 'RETURN $w AS w, valueType($w) AS t, [x IN $xs | valueType(x)] AS ts, $s AS s');
    await page.fill('[data-testid="cypher-params"]', '{"w": 1.0, "xs": [-0.0, 2e3, 2.5, 7], "s": "1.0"}');
    await page.click('[data-testid="cypher-run"]');
    const { seen } = await firstRowCells(page);
    expect(seen).toEqual([
      { type: 'Float', text: '1.0' },
      { type: 'String', text: 'FLOAT NOT NULL' },
      { type: 'List', text: '["FLOAT NOT NULL", "FLOAT NOT NULL", "FLOAT NOT NULL", "INTEGER NOT NULL"]' },
      { type: 'String', text: '1.0' },
    ]);
    expect(errors).toEqual([]);
  });

  it('suggests labels from /api/schema as you type', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await openCypherPanel(page);
    await typeInEditor(page, 'MATCH (n:Organiz');
    // The schema is asked for after the first picture: whether it is in before or after the typing, the list has it.
    await expect.poll(() => completionText(page), { timeout: 60_000 }).toContain('Organization');
  });

  it('fills a list opened before the schema arrived once it does', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await env.newPage({
      beforeGoto: async (p) => {
        await p.route('**/api/schema', async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await waitForScene(page, 5);
    await openCypherPanel(page);
    await typeInEditor(page, 'MATCH (n:Organiz');
    // Without the schema no label can be offered (an open list may hold only the query's own names).
    expect(await completionText(page)).not.toContain('Organization');
    release();
    await expect.poll(() => completionText(page), { timeout: 60_000 }).toContain('Organization');
    await saveScreenshot(page, 'cypher-autocomplete', '[data-testid="cypher-editor"]');
  });

  it('shows a syntax error and marks it at its position in the editor', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await typeCypher(page, 'MATCH (n:Person)\nRETRN n');
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
    await typeCypher(page, "CREATE (n:Person {id: 'person:intruder', name: 'Intruder'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    const error = page.locator('[data-testid="cypher-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(/READ_ONLY|FORBIDDEN/);
    expect((await visibleNodeIds(page)).sort()).toEqual(before.sort());
  });

  it('opens a ready question as editable Cypher without running it, and draws its answer on Run', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    const before = (await visibleNodeIds(page)).sort();
    await page.click('[data-testid="gallery-menu"]');
    await page.click('[data-testid="gallery-flows-into-xai"]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="cypher-editor"] .cm-content')
        ?.textContent?.includes('TALENT_FLOW'),
    );
    // Opened, not run: the scene is the one before, and nothing is running.
    expect(await page.locator('[data-testid="cypher-run"]').isEnabled()).toBe(true);
    expect((await visibleNodeIds(page)).sort()).toEqual(before);
    await page.click('[data-testid="cypher-run"]');
    await page.waitForFunction(() => {
      const ids = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
      ).__talentGraph.visibleNodeIds();
      return (
        ids.includes('org:meta') && ids.includes('org:xai') && !ids.some((id) => id.startsWith('person:'))
      );
    });
    // Run unchanged, the scene keeps the ready question's identity: its own Cypher is one click away.
    await page.click('[data-testid="show-cypher"]');
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain(
      'Talent flows into xAI',
    );
    // The ready question's own Run button runs it at once, and the run is in the history.
    const lastRun = () => newestRun(page);
    await runCypher(page, 'RETURN 1 AS one');
    // Finished before the next run starts (a new run supersedes one in flight, which then leaves no history); the
    // timing line cannot tell, it still shows the ready question's run until this one ends.
    await expect.poll(lastRun, { timeout: 30_000 }).toBe('ok: RETURN 1 AS one');
    await page.click('[data-testid="gallery-menu"]');
    await page.click('[data-testid="gallery-run-bid-97-4b"]');
    await expect
      .poll(lastRun, { timeout: 30_000 })
      .toBe('ok: // Everything about the $97.4B bid: who took part, in what role, and who reported it');
    await page.click('[data-testid="history-menu"]');
    const items = page.locator('[data-testid="history-item"]');
    // Every run, newest first: the ready question's own Run, the typed query, the opened ready question's Run.
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain('97.4B');
    expect(await items.nth(1).textContent()).toContain('RETURN 1 AS one');
    expect(await items.nth(2).textContent()).toContain('Talent flows into xAI');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')))).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    await saveScreenshot(page, 'cypher-history-en');
  });

  it('cancels a running query: the database stops it, and the history says it was cancelled', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const marker = `browser-cancel-${Date.now()}`;
    await runCypher(
      page,
      `UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a WHERE a = -b RETURN count(a) AS n, '${marker}' AS marker`,
    );
    const running = async () =>
      (await readRows(env.driver, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery')).filter(
        (r) => String(r.currentQuery).includes(marker) && !/SHOW TRANSACTIONS/.test(String(r.currentQuery)),
      ).length;
    await expect.poll(running, { timeout: 60_000, interval: 250 }).toBeGreaterThan(0);
    await page.click('[data-testid="cypher-cancel"]');
    await page.locator('[data-testid="cypher-cancelled"]').waitFor({ timeout: 20_000 });
    // Gone from the database long before the query's own timeout (QUERY_TIMEOUT_MS).
    await expect.poll(running, { timeout: 60_000, interval: 250 }).toBe(0);
    expect(await page.locator('[data-testid="cypher-run"]').isEnabled()).toBe(true);
    await page.click('[data-testid="history-menu"]');
    const first = page.locator('[data-testid="history-item"]').first();
    expect(await first.getAttribute('data-outcome')).toBe('cancelled');
    expect(await first.textContent()).toContain('UNWIND range(1, 100000) AS a');
    expect(await first.getAttribute('title')).toContain(marker);
    await saveScreenshot(page, 'cypher-cancelled-history');
    expect(errors).toEqual([]);
  });

  it('keeps failed runs in a filterable history and saves a query under a name typed in the page', async () => {
    const { page } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await runCypher(page, 'MATCH (n:Person)\nRETRN n');
    await page.locator('[data-testid="cypher-error"]').waitFor({ timeout: 20_000 });
    await runCypher(page, "RETURN 'two' AS second");
    // Wait for the run itself to end, not for a timing line an earlier run may have left.
    await expect.poll(() => newestRun(page), { timeout: 30_000 }).toBe("ok: RETURN 'two' AS second");
    await page.click('[data-testid="history-menu"]');
    const items = page.locator('[data-testid="history-item"]');
    expect(await items.count()).toBe(2);
    expect(await items.nth(1).getAttribute('data-outcome')).toBe('error');
    expect(await items.nth(1).textContent()).toContain('CYPHER_ERROR');
    await page.fill('[data-testid="history-filter"]', 'RETRN');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(1);
    await saveScreenshot(page, 'cypher-history-ar');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="saved-menu"]');
    await page.click('[data-testid="save-query"]');
    await page.fill('[data-testid="save-query-name"]', 'السؤال الثاني');
    await page.click('[data-testid="save-query-confirm"]');
    await page.click('[data-testid="saved-menu"]');
    expect(await page.locator('[role="menu"]').textContent()).toContain('السؤال الثاني');
  });

  it('draws an EXPLAIN plan as a tree of operators, from the result down to the scans', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await runCypher(page, 'EXPLAIN MATCH (p:Person)-[:WORKED_AT]->(o:Organization) RETURN p.name, o.name');
    const tree = page.locator('[data-testid="plan-tree"]');
    await tree.waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('[data-testid="result-tab-plan"]', 'aria-selected')).toBe('true');
    const operators = await tree.locator('[data-testid="plan-operator"] strong').allTextContents();
    expect(operators[0]).toBe('ProduceResults');
    expect(operators.some((o) => /Scan|Seek/.test(o))).toBe(true);
    // Nested: the scan sits below the result, not beside it.
    expect(await tree.locator('li li [data-testid="plan-operator"]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'cypher-plan-ar');
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('draws a PROFILE plan with the db hits and rows of every operator (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    await runCypher(page, 'PROFILE MATCH (p:Person)-[:WORKED_AT]->(o:Organization) RETURN p.name, o.name');
    // A profiled read has rows: the table opens first, the Plan tab holds the profile.
    const planTab = page.locator('[data-testid="result-tab-plan"]');
    await planTab.waitFor({ timeout: 20_000 });
    await planTab.click();
    const tree = page.locator('[data-testid="plan-tree"]');
    await tree.waitFor({ timeout: 20_000 });
    const operators = await tree.locator('[data-testid="plan-operator"] strong').allTextContents();
    expect(operators[0]).toBe('ProduceResults');
    const hits = await tree.locator('[data-testid="plan-db-hits"]').allTextContents();
    expect(hits.length).toBe(operators.length);
    // Arabic writes Arabic-Indic digits: read them as numbers too.
    const digits = (h: string) => h.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    const counts = hits.map((h) => Number(digits(h).replace(/[^0-9]/g, '')));
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(await tree.locator('[data-testid="plan-total"]').textContent()).toMatch(
      lang === 'ar' ? /وصول/ : /db hits/,
    );
    await tree.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `cypher-profile-${lang}`, '[data-testid="plan-tree"]');
    expect(errors).toEqual([]);
  });

  it('lets the keyboard leave the editor: Esc, then Tab', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await openCypherPanel(page);
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() =>
      Boolean(document.activeElement?.closest('[data-testid="cypher-editor"]')),
    );
    expect(inEditor).toBe(false);
    expect(await page.locator('.editor-hint').textContent()).toContain('Esc');
  });
});
