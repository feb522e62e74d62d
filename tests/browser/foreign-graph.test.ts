// The explorer in real Chromium on a database that is not ours: the library graph of
// tests/fixtures/foreign/library.cypher, loaded by the seed's script loader into a database without Talent Graph's
// schema. The first screen is the schema overview with a drawn sample (not the story's empty question), foreign
// labels get distinct colours in the legend, and search finds a Book by title and opens its relationships.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import {
  canvasPixels,
  clickOnlyEdge,
  runCypher,
  saveScreenshot,
  searchAndOpen,
  useBrowserEnv,
  waitForScene,
} from '../support/browser.js';
import { loadLibrary, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

const FOREIGN_LABELS = ['Author', 'Book', 'Publisher', 'Reader'];

describe('a foreign Neo4j graph in the browser', () => {
  const env = useBrowserEnv({ seed: (driver: Driver) => loadLibrary(driver) });
  afterAll(async () => {
    // The files after this one find the database as every other file leaves it.
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`opens on the schema overview with a drawn sample (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      // The sample: every one of the 10 nodes (at most 5 per label are asked for, and no label has more).
      await waitForScene(page, 10, 60_000);
      const overview = page.locator('[data-testid="schema-overview"]');
      await overview.waitFor({ timeout: 30_000 });
      for (const l of FOREIGN_LABELS)
        expect(
          await page.locator(`[data-testid="overview-labels"] [data-label="${l}"]`).textContent(),
        ).toMatch(lang === 'ar' ? /[٠-٩]/ : /\d/);
      expect(await page.locator('[data-testid="overview-types"] [data-type="WROTE"]').textContent()).toMatch(
        /Author.*Book/,
      );
      // Not the story's question about Meta, and not a blank canvas.
      expect(await page.locator('body').textContent()).not.toMatch(
        /returned no nodes to draw|لم يُرجع الاستعلام عقدًا/,
      );
      await page.waitForFunction(
        () =>
          (
            window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }
          ).__talentGraph?.visibleNodeIds().length === 10,
        undefined,
        { timeout: 30_000 },
      );
      const pixels = await canvasPixels(page);
      expect(pixels.coloured).toBeGreaterThan(300);
      if (lang === 'ar') expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await saveScreenshot(page, `foreign-first-screen-${lang}`);
      expect(errors).toEqual([]);
    });
  }

  it('gives each foreign label its own colour in the legend', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 10, 60_000);
    const colours: string[] = [];
    for (const l of FOREIGN_LABELS) {
      const glyph = page.locator(`[data-testid="legend-${l}"] .glyph`);
      await glyph.waitFor({ timeout: 30_000 });
      colours.push(await glyph.evaluate((el) => getComputedStyle(el).color));
    }
    expect(new Set(colours).size).toBe(FOREIGN_LABELS.length);
    // None of them is the grey of an unknown label.
    expect(colours).not.toContain('rgb(148, 163, 184)');
    await saveScreenshot(page, 'foreign-legend', '[data-testid="legend"]');
    // The legend's filter works for a foreign label: hiding Book takes its 4 nodes off the canvas.
    await page.locator('[data-testid="legend-Book"]').click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
        ).__talentGraph.visibleNodeIds().length === 6,
      undefined,
      { timeout: 30_000 },
    );
    expect(errors).toEqual([]);
  });

  it('draws a linked query’s nodes in the colours the legend gives their labels, once the schema is in', async () => {
    // A shared link draws its answer before the schema is asked for (client/state/link-actions.ts); the labels'
    // palette slots come with the schema, and the canvas takes them when it arrives.
    const { page, errors } = await env.newPage({ path: `/?q=${encodeURIComponent('MATCH (n) RETURN n')}` });
    await waitForScene(page, 10, 60_000);
    const legend: string[] = [];
    for (const l of FOREIGN_LABELS) {
      const glyph = page.locator(`[data-testid="legend-${l}"] .glyph`);
      await glyph.waitFor({ timeout: 30_000 });
      const rgb = (await glyph.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
      legend.push('#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join(''));
    }
    expect(new Set(legend).size).toBe(FOREIGN_LABELS.length);
    await page.waitForFunction(
      (expected) => {
        const probe = (
          window as unknown as {
            __talentGraph?: { visibleNodeIds(): string[]; nodeStyle(id: string): { color: string } | null };
          }
        ).__talentGraph;
        const ids = probe?.visibleNodeIds() ?? [];
        const drawn = new Set(ids.map((id) => probe!.nodeStyle(id)?.color.toLowerCase()));
        return ids.length === 10 && drawn.size === expected.length && expected.every((c) => drawn.has(c));
      },
      legend,
      { timeout: 30_000 },
    );
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`finds a Book by its title and lists its relationships (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, 10, 60_000);
      await page.fill('#search-input', 'salt ledg');
      await page
        .locator('[role="option"]', { hasText: 'The Salt Ledger' })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.locator('#search-input').press('Enter');
      await page
        .locator('[data-testid="details-title"]', { hasText: 'The Salt Ledger' })
        .waitFor({ timeout: 30_000 });
      const rels = page.locator('[data-testid="node-details"] [data-testid="relationship"]');
      await rels.first().waitFor({ timeout: 30_000 });
      const types = (await rels.evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).sort();
      expect(types).toEqual(['PUBLISHED_BY', 'READ', 'WROTE']);
      const text = await page.locator('[data-testid="node-details"]').textContent();
      // The other ends by their display names, a relationship's properties, the Book's own id property.
      expect(text).toContain('Inès Varga');
      expect(text).toContain('North Quay Press');
      expect(text).toContain('lamplighter');
      expect(text).toContain('2024-03-02');
      expect(text).toContain('bk-2');
      await saveScreenshot(page, `foreign-book-details-${lang}`);
      expect(errors).toEqual([]);
    });
  }

  it("finds a path over the database's own relationship types, listing them as choices", async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 10, 60_000);
    await searchAndOpen(page, 'tomás', 'Tomás Quill');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await searchAndOpen(page, 'lamplighter', 'lamplighter');
    await page.getByRole('button', { name: 'Path to here' }).click();
    const steps = page.locator('[data-testid="path-step"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="path-step"]').length === 3,
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await steps.count()).toBe(3);
    // The choices are this database's types, all ticked: none of Talent Graph's own.
    const choices = await page
      .locator('[data-testid^="path-type-"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid'), (e as HTMLInputElement).checked]));
    expect(Object.fromEntries(choices)).toMatchObject({
      'path-type-WROTE': true,
      'path-type-READ': true,
      'path-type-FOLLOWS': true,
      'path-type-INFLUENCED_BY': true,
    });
    expect(choices.map(([id]) => id)).not.toContain('path-type-WORKED_AT');
    await saveScreenshot(page, 'foreign-path', '[data-testid="path-panel"]');
    expect(errors).toEqual([]);
  });

  it('treats a foreign Person as the database’s own: its relationships listed as they are, no career', async () => {
    // The Movies graph's shape beside the library: a Person with no `id` of its own, who acted in a film. A label's
    // name is all it shares with Talent Graph's data.
    const driver = createTestDriver();
    const database = testNeo4j().database;
    try {
      await driver.executeQuery(
        `CREATE (:Person {name: 'Keanu Reeves', born: 1964})-[:ACTED_IN {roles: ['Neo']}]->(:Movie {title: 'The Matrix'})`,
        {},
        { database },
      );
      const { page, errors } = await env.newPage();
      // Still the schema overview first, not the story's empty question.
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 60_000 });
      await waitForScene(page, 1, 60_000);
      await searchAndOpen(page, 'keanu', 'Keanu Reeves');
      const details = page.locator('[data-testid="node-details"]');
      const rel = details.locator('[data-testid="relationship"][data-type="ACTED_IN"]');
      await rel.waitFor({ timeout: 30_000 });
      // The relationship's own property, and no certainty badge or "no evidence" of a sourced fact.
      expect(await rel.textContent()).toContain('Neo');
      expect(await details.locator('.badge').count()).toBe(0);
      expect(await details.locator('h4').allTextContents()).not.toContain('Career');
      expect(await details.textContent()).toContain('1964');
      await saveScreenshot(page, 'foreign-person-details-en');
      await page.click('[data-testid="lang-switch"]');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 20_000 });
      expect(await details.locator('h4').allTextContents()).not.toContain('المسيرة المهنية');
      expect(await rel.textContent()).toContain('Neo');
      await saveScreenshot(page, 'foreign-person-details-ar');
      expect(errors).toEqual([]);
    } finally {
      await driver.executeQuery(
        `MATCH (n) WHERE n:Movie OR (n:Person AND n.name = 'Keanu Reeves') DETACH DELETE n`,
        {},
        { database },
      );
      await driver.close();
    }
  });

  it('keeps each property’s Cypher type in the result table: 4.0 a Float, a date a Date, in lists too', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 10, 60_000);
    await runCypher(
      page,
      "MATCH (r:Reader {id: 'shared-7'})-[x:READ]->(b:Book) MATCH (b1:Book {id: 'bk-1'}) RETURN x, b1, [b1, x] AS l",
    );
    await page.click('[data-testid="result-tab-table"]');
    const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator('td');
    await cells.first().waitFor({ timeout: 20_000 });
    // The relationship's date is a Date, not the string of one; the Book's rating 4.0 stays a Float.
    expect(await cells.nth(0).locator('.cell-properties').getAttribute('title')).toContain(
      "on: date('2024-03-02')",
    );
    const book = (await cells.nth(1).locator('.cell-properties').getAttribute('title')) ?? '';
    expect(book).toContain('rating: 4.0');
    expect(book).toContain('year: 1999');
    // Nested in a list: the Book's own properties, typed, and no id it does not have beside its own.
    const list = (await cells.nth(2).textContent()) ?? '';
    expect(list).toContain('(:Book {');
    expect(list).toContain('rating: 4.0');
    expect(list).toContain("[:READ {stars: 5, on: date('2024-03-02')}]");
    expect(list).not.toContain('neo4j:');
    await saveScreenshot(page, 'foreign-table-types-en', '[data-testid="result-table"]');
    expect(errors).toEqual([]);
  });

  it('shows a foreign relationship with its properties and no certainty or evidence', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 10, 60_000);
    await runCypher(page, "MATCH (r:Reader {id: 'shared-7'})-[x:READ]->(b:Book) RETURN r, x, b");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') === '2' &&
        document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === '1',
      null,
      { timeout: 30_000 },
    );
    await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
    const props = page.locator('[data-testid="edge-details"] [data-testid="relationship-properties"]');
    await props.waitFor({ timeout: 20_000 });
    expect(await props.textContent()).toMatch(/stars\s*5/);
    expect(await props.textContent()).toContain('2024-03-02');
    expect(await page.locator('[data-testid="edge-details"] .badge').count()).toBe(0);
    await saveScreenshot(page, 'foreign-edge-details-en');
    expect(errors).toEqual([]);
  });

  it('exports foreign labels: the PNG legend counts each one, the GEXF gives each its own colour and no certainty', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 10, 60_000);
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 60_000 });
    await page.click('[data-testid="export-button"]');
    const [png] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="export-exportPng"]'),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const info = await page.evaluate(() =>
      (
        window as unknown as { __talentGraph: { lastExport(): { legend: string[] } | null } }
      ).__talentGraph.lastExport(),
    );
    for (const l of ['Author (3)', 'Book (4)', 'Publisher (1)', 'Reader (2)'])
      expect(info!.legend.join(' ')).toContain(l);
    await page.click('[data-testid="export-button"]');
    const [gexf] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="export-exportGexf"]'),
    ]);
    const text = await new Promise<string>((resolve, reject) => {
      void gexf.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (d: Buffer) => (out += d.toString('utf8')));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      }, reject);
    });
    // One colour per label: the four labels' nodes carry four different viz colours.
    const colours = new Set(
      [...text.matchAll(/<viz:color r="(\d+)" g="(\d+)" b="(\d+)"/g)].map((m) => m.slice(1).join(',')),
    );
    expect(colours.size).toBe(4);
    // The library's relationships claim no certainty: none is called unsourced (as the panels call none so).
    expect(text).not.toContain('unsourced');
    expect(errors).toEqual([]);
  });
});
