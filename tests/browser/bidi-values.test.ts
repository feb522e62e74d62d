// A bidi control left open inside one string (RLO U+202E, RLI U+2067) in real Chromium: the result table's list and
// map cells, the JSON tab and a foreign node's list in the details panel keep their brackets, quotes and other
// elements in order, the control written \u202E; a string shown alone keeps its text. English and Arabic. The values
// are made up.
import type { Locator } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { runCypher, saveScreenshot, searchAndOpen, useBrowserEnv } from '../support/browser.js';
import { loadLibrary, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

const RLO = '\u202E';

/** The library graph, and a made-up Doc whose list holds a string with an open RLO. */
async function seed(driver: Driver): Promise<void> {
  await loadLibrary(driver);
  await driver.executeQuery(
    'CREATE (:Doc {name: $name, tags: $tags})',
    { name: 'Bidi probe', tags: [`x${RLO}abc`, 'def'] },
    { database: testNeo4j().database },
  );
}

/**
 * The element's visible characters in the order they are drawn (line by line, left to right) and in the order of
 * its text: the same when nothing reorders them, as in a left-to-right literal.
 */
function drawnOrder(el: Locator): Promise<{ drawn: string; logical: string }> {
  return el.evaluate((root) => {
    const glyphs: { c: string; top: number; left: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        const c = text.data[i]!;
        if (r.width > 0 && c.trim() !== '') glyphs.push({ c, top: Math.round(r.top), left: r.left });
      }
    }
    const logical = glyphs.map((g) => g.c).join('');
    const drawn = [...glyphs]
      .sort((a, b) => (Math.abs(a.top - b.top) > 4 ? a.top - b.top : a.left - b.left))
      .map((g) => g.c)
      .join('');
    return { drawn, logical };
  });
}

describe('bidi controls inside values', () => {
  const env = useBrowserEnv({ seed });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`keeps a list's and a map's text in order in the table and the JSON tab (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await runCypher(
        page,
        'RETURN ["x\\u202Eabc", "def", 1] AS l, {k: "m\\u202En", z: 2} AS m, ["a\\u2067b", 2] AS iso, "x\\u202Eabc" AS s',
      );
      await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 30_000 });
      await page.click('[data-testid="result-tab-table"]');
      const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator('td');
      await cells.first().waitFor({ timeout: 30_000 });
      // Drawn as written: nothing after the control is reordered.
      for (let i = 0; i < 3; i++) {
        const { drawn, logical } = await drawnOrder(cells.nth(i).locator('.json-cell'));
        expect(drawn, `cell ${i}`).toBe(logical);
      }
      const texts = (await cells.allTextContents()).map((t) => t.trim());
      // A map's keys in Neo4j's order, which need not be the query's.
      const map = texts[1]!
        .replace(/^\{(.*)\}$/, '$1')
        .split(', ')
        .sort();
      expect([texts[0], map, texts[2], texts[3]]).toEqual([
        '["x\\u202Eabc", "def", 1]',
        ['k: "m\\u202En"', 'z: 2'],
        '["a\\u2067b", 2]',
        // A string shown alone keeps its characters (its cell isolates it).
        `x${RLO}abc`,
      ]);
      await saveScreenshot(page, `bidi-values-table-${lang}`, '[data-testid="result-table"]');
      await page.click('[data-testid="result-tab-json"]');
      const pre = page.locator('[data-testid="result-json"]');
      const json = (await pre.textContent()) ?? '';
      expect(json).toContain('"x\\u202Eabc"');
      expect(json).not.toContain(RLO);
      // Still JSON, and the same strings.
      const parsed = JSON.parse(json) as { rows: Record<string, unknown>[] };
      expect(parsed.rows[0]).toMatchObject({ l: [`x${RLO}abc`, 'def', 1], s: `x${RLO}abc` });
      const order = await drawnOrder(pre);
      expect(order.drawn).toBe(order.logical);
      expect(errors).toEqual([]);
    });

    it(`keeps an Arabic or mixed list's elements in order, each isolated, in the table (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await runCypher(
        page,
        'RETURN ["أ", "ب", "ج"] AS ar, ["a", "ب", "ج", 1] AS mixed, {k: "ب", z: "ج"} AS m',
      );
      await page.locator('[data-testid="cypher-timing"]').waitFor({ timeout: 30_000 });
      await page.click('[data-testid="result-tab-table"]');
      const cells = page.locator('[data-testid="result-table"] tbody tr').first().locator('td');
      await cells.first().waitFor({ timeout: 30_000 });
      // The elements (one letter or digit each) drawn left to right in the list's order: neighbouring Arabic
      // elements made one right-to-left run with the quotes and commas between them, ["ج" ,"ب" ,"أ"].
      const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
      for (let i = 0; i < 3; i++) {
        const { drawn, logical } = await drawnOrder(cells.nth(i).locator('.json-cell'));
        expect(letters(drawn), `cell ${i}`).toBe(letters(logical));
      }
      // The text itself is the literal, no marks added (a copy of it reads as Cypher).
      const texts = (await cells.allTextContents()).map((t) => t.trim());
      expect(texts.slice(0, 2)).toEqual(['["أ", "ب", "ج"]', '["a", "ب", "ج", 1]']);
      await saveScreenshot(page, `bidi-values-arabic-list-${lang}`, '[data-testid="result-table"]');
      expect(errors).toEqual([]);
    });

    it(`keeps a foreign node's list in order in the details panel (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await searchAndOpen(page, 'bidi probe', 'Bidi probe');
      const list = page.locator('[data-testid="node-details"] dl.props:not(.rel-props) [data-type="List"]');
      await list.first().waitFor({ timeout: 30_000 });
      const { drawn, logical } = await drawnOrder(list.first());
      expect(drawn).toBe(logical);
      expect(((await list.first().textContent()) ?? '').trim()).toBe('["x\\u202Eabc", "def"]');
      await saveScreenshot(page, `bidi-values-details-${lang}`, '[data-testid="node-details"]');
      expect(errors).toEqual([]);
    });
  }
});
