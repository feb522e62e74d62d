// The source filter and what the filtered view exports, in real Chromium: a fact citing a hidden and a shown source
// stays drawn, and the PNG, the JSON and the CSV cite it by the shown source only, saying how many are hidden; its
// details cite the shown source and mark the hidden one (English and Arabic). The second report is made up for the
// test and added to one of the article's facts.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import {
  ARTIFACTS_DIR,
  saveScreenshot,
  seedArticle,
  useBrowserEnv,
  visibleEdgeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';
/** A report made up for this test, which also states Xinlei Chen's leaving Meta. */
const SECOND = 'source:test-second-report';
const BOTH = 'fact:xinlei-chen-left-meta';
const QUERY = "MATCH p = (:Person {id: 'person:xinlei-chen'})-[:WORKED_AT]->() RETURN p";

/** The article, with the second report citing one of its facts too. */
async function seedTwoSources(driver: Driver): Promise<void> {
  await seedArticle(driver);
  await driver.executeQuery(
    `CREATE (:Source {id: $second, title: 'A second report', publisher: 'Second Gazette',
              published: '2025-09-01', language: 'en'})
     WITH 1 AS one
     MATCH ()-[r {id: $fact}]->() SET r.sources = r.sources + $second`,
    { second: SECOND, fact: BOTH },
    { database: testNeo4j().database },
  );
}

/** What the last PNG export drew and listed (the canvas probe's record of it). */
function lastExport(page: Page): Promise<{ subtitle: string; sources: string[]; edges: string[] } | null> {
  return page.evaluate(() =>
    (
      window as unknown as {
        __talentGraph: { lastExport(): { subtitle: string; sources: string[]; edges: string[] } | null };
      }
    ).__talentGraph.lastExport(),
  );
}

/** Runs an item of the export menu as a user does, and gives the file it downloads. */
async function exportFile(page: Page, item: string): Promise<string> {
  await page.click('[data-testid="export-button"]');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="export-${item}"]`),
  ]);
  const file = path.join(ARTIFACTS_DIR, download.suggestedFilename());
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

describe('a fact citing a hidden and a shown source', () => {
  const env = useBrowserEnv({ seed: seedTwoSources });

  it('stays drawn, and every export cites it by the shown source only, saying how many are hidden', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(QUERY)}`,
    });
    await waitForScene(page, 2);
    await expect
      .poll(async () => (await visibleEdgeIds(page)).length, { timeout: 60_000 })
      .toBeGreaterThan(1);
    await page.locator('.source-row', { hasText: 'Rose al-Youssef' }).locator('input').uncheck();
    await expect.poll(() => visibleEdgeIds(page), { timeout: 60_000 }).toEqual([BOTH]);
    expect(await page.locator('[data-testid="chip-sources"]').textContent()).toContain('Sources: 1 of 2');
    await waitForCanvasSettled(page);

    await exportFile(page, 'exportPng');
    const png = (await lastExport(page))!;
    expect(png.edges).toEqual([BOTH]);
    expect(png.subtitle).toContain('Sources: 1 of 2');
    expect(png.sources).toEqual(['1. Second Gazette, 2025-09-01', '    A second report']);

    const json = JSON.parse(await exportFile(page, 'exportJson')) as {
      view: string;
      edges: { id: string; hiddenSourceCount?: number; properties: { sources: string[] } }[];
      sources: Record<string, string>[];
    };
    expect(json.view).toContain('Sources: 1 of 2');
    // The file names the shown source in full, so it can be traced shared on its own; the hidden one not at all.
    expect(json.sources).toEqual([
      {
        id: SECOND,
        publisher: 'Second Gazette',
        published: '2025-09-01',
        title: 'A second report',
        language: 'en',
      },
    ]);
    const sourcesCsv = await exportFile(page, 'exportCsvSources');
    expect(sourcesCsv).toContain(`${SECOND},Second Gazette,,2025-09-01,A second report,,en,,`);
    expect(json.edges.map((e) => [e.id, e.properties.sources, e.hiddenSourceCount])).toEqual([
      [BOTH, [SECOND], 1],
    ]);
    const csv = await exportFile(page, 'exportCsvEdges');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid,type,source,target,certainty,hiddenSourceCount,/);
    const graphml = await exportFile(page, 'exportGraphml');
    expect(graphml).toContain('Second Gazette');
    for (const file of [csv, JSON.stringify(json), graphml, sourcesCsv]) expect(file).not.toContain(ARTICLE);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const)
    it(`details, in ${lang === 'en' ? 'English' : 'Arabic'}, cite the shown source and mark the hidden one`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=${URL_VERSION}&lang=${lang}&q=${encodeURIComponent(QUERY)}&hs=${encodeURIComponent(ARTICLE)}&sele=${encodeURIComponent(BOTH)}`,
      });
      const details = page.locator('[data-testid="edge-details"]');
      await details.waitFor({ timeout: 60_000 });
      const hidden = details.locator('[data-testid="fact-source-hidden"]');
      await hidden.waitFor({ timeout: 60_000 });
      expect(await details.locator('[data-testid="fact-source"] cite').allTextContents()).toEqual([
        'Second Gazette',
      ]);
      expect(await hidden.locator('.badge').textContent()).toBe(
        lang === 'en' ? 'hidden by the source filter' : 'أخفاه مرشّح المصادر',
      );
      await waitForCanvasSettled(page);
      await saveScreenshot(page, `source-filter-details-${lang}`);
      expect(errors).toEqual([]);
    });
});
