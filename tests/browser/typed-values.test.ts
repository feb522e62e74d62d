// A foreign node's details in real Chromium keep every value's Cypher type, as the result table does: a Float 3.0
// reads 3.0 (not 3), a date and a point read as such with their type, -0.0 and a big integer exactly, a tiny float
// in exponent form (not 0); its relationship's Float reads 1.0 and its String '42' apart from its Integer 42; a foreign
// node's data as stored, each value typed (the string '42' apart from the integer 42, an empty list and string shown,
// no word of ours put in). English and Arabic.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { runCypher, saveScreenshot, searchAndOpen, useBrowserEnv } from '../support/browser.js';
import { loadLibrary, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../support/neo4j.js';

/** The library graph, and a made-up Item of typed values beside it (test data, not a real thing). */
async function seed(driver: Driver): Promise<void> {
  await loadLibrary(driver);
  await driver.executeQuery(
    `CREATE (:Item {name: 'Typed probe', w: 3.0, d: date('2024-01-01'), n: -0.0, big: 9007199254740993,
                    p: point({x: 1, y: 2}), mass: 9.1093837e-31, count: 7})
            -[:NEXT {weight: 1.0, note: 'made up', code: '42', n: 42}]->(:Item {name: 'Other probe'}),
            (:Stamp {at: date('2024-01-01'), big: 9007199254740993, code: 'S-1'}),
            (:Doc {name: 'Doc probe', language: 'en', code: '42', n: 42, xs: ['1', '2'], ys: [1, 2], tags: [],
                   note: ''})`,
    {},
    { database: testNeo4j().database },
  );
}

describe('typed values in the details panel', () => {
  const env = useBrowserEnv({ seed });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`shows a node's and its relationship's values with their Cypher types (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await searchAndOpen(page, 'typed probe', 'Typed probe');
      const details = page.locator('[data-testid="node-details"]');
      const typed = async (type: string) =>
        (await details.locator(`dl.props:not(.rel-props) [data-type="${type}"]`).allTextContents()).map((t) =>
          t.replace(/\s+/g, ' ').trim(),
        );
      expect((await typed('Float')).sort()).toEqual(['-0.0 Float', '3.0', '9.1093837E-31']);
      expect(await typed('Date')).toEqual(['2024-01-01 Date']);
      // A foreign node's integers as stored, typed as the result table types them (not in the interface's digits).
      expect((await typed('Integer')).sort()).toEqual(['7', '9007199254740993']);
      expect(await typed('Point')).toEqual(['point({srid: 7203, x: 1.0, y: 2.0}) Point']);
      const rel = details.locator('[data-testid="relationship-properties"]');
      await rel.first().waitFor({ timeout: 30_000 });
      expect(await rel.locator('[data-type="Float"]').allTextContents()).toEqual(['1.0']);
      // A foreign relationship's values typed as its node's are: its String '42' apart from its Integer 42.
      const relCells = await rel
        .locator(':scope > div')
        .evaluateAll((divs) =>
          divs.map((d) => [
            d.querySelector('dt')?.textContent,
            d.querySelector('dd [data-type]')?.getAttribute('data-type') ?? null,
            (d.querySelector('dd')?.textContent ?? '').trim(),
          ]),
        );
      expect(Object.fromEntries(relCells.map(([k, type, text]) => [k, [type, text]]))).toEqual({
        weight: ['Float', '1.0'],
        note: ['String', 'made up'],
        code: ['String', '42'],
        n: ['Integer', '42'],
      });
      await saveScreenshot(page, `typed-values-details-${lang}`, '[data-testid="node-details"]');
      expect(errors).toEqual([]);
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`shows a foreign node's data as stored, each value typed: '42' apart from 42, empty ones too (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await searchAndOpen(page, 'doc probe', 'Doc probe');
      const rows = await page
        .locator('[data-testid="node-details"] dl.props:not(.rel-props) > div')
        .evaluateAll((divs) =>
          divs.map((d) => {
            const dd = d.querySelector('dd');
            const typed = dd?.querySelector('[data-type]');
            return [
              d.querySelector('dt')?.textContent,
              typed?.getAttribute('data-type') ?? null,
              (dd?.textContent ?? '').trim(),
            ];
          }),
        );
      // Keys and words as stored (no "Language: English"), each value with its type, the empty ones shown.
      expect(Object.fromEntries(rows.map(([k, type, text]) => [k, [type, text]]))).toEqual({
        name: ['String', 'Doc probe'],
        language: ['String', 'en'],
        code: ['String', '42'],
        n: ['Integer', '42'],
        xs: ['List', '["1", "2"]'],
        ys: ['List', '[1, 2]'],
        tags: ['List', '[]'],
        note: ['String', '""'],
      });
      await saveScreenshot(page, `typed-values-foreign-${lang}`, '[data-testid="node-details"]');
      expect(errors).toEqual([]);
    });
  }

  it('names a node in the result table by no value typed as no string (a date, a big integer)', async () => {
    const { page, errors } = await env.newPage();
    await runCypher(page, 'MATCH (s:Stamp) RETURN s');
    await page.click('[data-testid="result-tab-table"]');
    const cell = page.locator('[data-testid="result-table"] tbody tr').first().locator('td').first();
    await cell.waitFor({ timeout: 20_000 });
    // Its first string property by key is `at`, a date written as text: the name is `code`'s.
    expect(((await cell.locator('button').first().textContent()) ?? '').trim()).toMatch(/^S-1\b/);
    await saveScreenshot(page, 'typed-values-table-en');
    expect(errors).toEqual([]);
  });
});
