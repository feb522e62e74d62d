// The company dashboard never shows what a source only implies as stated, and counts a report once, in real
// Chromium. On the bundled article, Xinlei Chen, Ching-Yao Chuang, Alan Rice and Sheng Shen left Meta (stated, no
// date) for xAI (implied): Meta's xAI row splits its undated count by certainty, and each move names xAI as an implied
// destination, its quote marked implied with the fact's note. A made-up report (test data, no source: 10 leave Meta
// for OpenAI and a made-up rival in 2024) names two destinations: the bars' numbers say 10 and its drill-down lists it
// once; another (undated) of three moving each way between Meta and the rival is listed as a departure and a hire.
// In English and in Arabic (right to left); screenshots go to tests/artifacts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEPARTURES_EVENT_KIND } from '../../model/data-model.js';
import { ensureSchema, loadBundledSources } from '../../seed/index.js';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { pageErrors, waitForDashboard } from '../support/dashboard.js';
import { resetDatabase, testNeo4j } from '../support/neo4j.js';

/** The made-up report of 10 is stated: its BAR_SERIES index (client/ui/talent-bars.ts), reported departures, stated. */
const REPORTED_DEPARTURES_STATED = 6;

async function openMeta(page: Page, title: string): Promise<void> {
  await waitForDashboard(page, title);
  await page.locator('[data-testid="talent-destinations"] [data-org="org:xai"]').waitFor({ timeout: 60_000 });
}

/** Opens the reports behind the stated reported departures of one period, found by its column's label. */
async function openReported(page: Page, label: string): Promise<void> {
  const table = page.locator('[data-testid="talent-numbers"]');
  if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
  const heads = await table.locator('thead th').allTextContents();
  const index = heads.indexOf(label) - 1; // the first header cell is the row names'
  expect(index).toBeGreaterThanOrEqual(0);
  const cell = table.locator(`[data-testid="talent-cell-${REPORTED_DEPARTURES_STATED}-${index}"]`);
  await cell.click();
  return;
}

describe('company dashboard: certainty of each destination, and reports counted once', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      const { database } = testNeo4j();
      await resetDatabase(driver);
      await ensureSchema(driver, { database });
      await loadBundledSources(driver, { database });
      // Made-up test data (no source says this): one report of 10 people leaving Meta for OpenAI and for a rival.
      await driver.executeQuery(
        `MATCH (meta:Organization {id: 'org:meta'}), (openai:Organization {id: 'org:openai'})
         CREATE (rival:Organization {id: 'org:made-up-rival', name: 'Made-up Rival', nameAr: 'منافس مختلق'}),
                (e:Event {id: 'event:made-up-exodus', kind: $kind, name: 'Ten leave Meta (made up)',
                          nameAr: 'عشرة يغادرون (مختلق)', count: 10, date: '2024-06'})
         CREATE (meta)-[:PARTICIPATED_IN {id: 'fact:made-up-exodus-from', role: 'from', certainty: 'stated',
                                          evidence: 'ten left Meta', sources: ['source:made-up']}]->(e),
                (openai)-[:PARTICIPATED_IN {id: 'fact:made-up-exodus-to-openai', role: 'to', certainty: 'stated',
                                            evidence: 'for OpenAI', sources: ['source:made-up']}]->(e),
                (rival)-[:PARTICIPATED_IN {id: 'fact:made-up-exodus-to-rival', role: 'to', certainty: 'implied',
                                           evidence: 'and a rival', note: 'Made-up note: implied, not stated.',
                                           sources: ['source:made-up']}]->(e)`,
        { kind: DEPARTURES_EVENT_KIND },
        { database },
      );
      // Made-up test data: an undated report of three people moving each way between Meta and the rival.
      await driver.executeQuery(
        `MATCH (meta:Organization {id: 'org:meta'}), (rival:Organization {id: 'org:made-up-rival'})
         CREATE (e:Event {id: 'event:made-up-swap', kind: $kind, name: 'Three move each way (made up)',
                          nameAr: 'ثلاثة في كل اتجاه (مختلق)', count: 3})
         CREATE (meta)-[:PARTICIPATED_IN {id: 'fact:made-up-swap-from-meta', role: 'from', certainty: 'stated',
                                          evidence: 'three left Meta', sources: ['source:made-up']}]->(e),
                (rival)-[:PARTICIPATED_IN {id: 'fact:made-up-swap-to-rival', role: 'to', certainty: 'stated',
                                           evidence: 'for the rival', sources: ['source:made-up']}]->(e),
                (rival)-[:PARTICIPATED_IN {id: 'fact:made-up-swap-from-rival', role: 'from', certainty: 'stated',
                                           evidence: 'three left the rival', sources: ['source:made-up']}]->(e),
                (meta)-[:PARTICIPATED_IN {id: 'fact:made-up-swap-to-meta', role: 'to', certainty: 'stated',
                                          evidence: 'for Meta', sources: ['source:made-up']}]->(e)`,
        { kind: DEPARTURES_EVENT_KIND },
        { database },
      );
    },
  });

  it('shows xAI as an implied destination of each move, with its quote marked implied, and splits the undated count', async () => {
    const { page, errors } = await env.newPage({
      path: '/?v=2&mode=dashboard&org=org:meta',
      viewport: { width: 1400, height: 1300 },
    });
    await openMeta(page, 'Meta');
    const xai = page.locator('[data-testid="talent-destinations"] [data-org="org:xai"]');
    expect(await xai.locator('.talent-row-count').textContent()).toContain('+4 undated (4 implied)');
    await xai.click();
    const people = page.locator('[data-testid="talent-people"]');
    // By the name in bold: the four share one quote that names them all.
    const moveOf = (name: string) =>
      people
        .locator('[data-testid="talent-move"]')
        .filter({ has: page.locator('strong', { hasText: name }) });
    const xinlei = moveOf('Xinlei Chen');
    await xinlei.waitFor({ timeout: 30_000 });
    // His departure is stated (he left Meta); where he went only implied.
    const to = xinlei.locator('[data-testid="talent-counterpart"]');
    expect(await to.getAttribute('data-certainty')).toBe('implied');
    expect(await to.textContent()).toBe('xAI implied');
    // The quote of the xAI fact is marked implied, with the fact's note saying why.
    const joined = xinlei.locator('[data-fact="fact:xinlei-chen-joined-xai"]');
    expect(await joined.locator('[data-testid="talent-fact-certainty"]').textContent()).toBe('implied');
    expect(await joined.textContent()).toContain('Implied, not stated');
    const left = xinlei.locator('[data-fact="fact:xinlei-chen-left-meta"]');
    expect(await left.locator('[data-testid="talent-fact-certainty"]').textContent()).toBe('stated');
    for (const name of ['Ching-Yao Chuang', 'Alan Rice', 'Sheng Shen'])
      expect(
        await moveOf(name).locator('[data-testid="talent-counterpart"]').getAttribute('data-certainty'),
      ).toBe('implied');
    await saveScreenshot(page, 'dashboard-destinations-implied-en', '[data-testid="talent-destinations"]');
    await xinlei.scrollIntoViewIfNeeded();
    await saveScreenshot(
      page,
      'dashboard-move-implied-en',
      '[data-testid="talent-people"] li:has(strong:text-is("Xinlei Chen"))',
    );
    expect(pageErrors(errors)).toEqual([]);
  });

  it('counts a report naming two destinations once, and lists it once with each destination’s certainty', async () => {
    const { page, errors } = await env.newPage({
      path: '/?v=2&mode=dashboard&org=org:meta',
      viewport: { width: 1400, height: 1300 },
    });
    await openMeta(page, 'Meta');
    await openReported(page, '2024');
    const cell = page.locator('[data-testid="talent-numbers"] button', { hasText: /^10$/ });
    expect(await cell.count()).toBe(1);
    const reports = page.locator('[data-testid="talent-people"] [data-testid="talent-report"]');
    await reports.first().waitFor({ timeout: 30_000 });
    expect(await reports.count()).toBe(1);
    // A count with no qualifier reads without empty brackets.
    expect(await reports.textContent()).toContain('10 reported, stated');
    const to = reports.locator('[data-testid="talent-counterpart"]');
    expect(await to.allTextContents()).toEqual(['OpenAI', 'Made-up Rival implied']);
    expect(await reports.textContent()).toContain('Made-up note: implied, not stated.');
    await reports.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-report-once-en', '[data-testid="talent-people"]');
    await saveScreenshot(page, 'dashboard-bars-report-once-en', '[data-testid="talent-dashboard"]');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('lists a report of people moving both ways as a departure to the rival and a hire from it, not one line', async () => {
    const { page, errors } = await env.newPage({
      path: '/?v=2&mode=dashboard&org=org:meta',
      viewport: { width: 1400, height: 1300 },
    });
    await openMeta(page, 'Meta');
    await page.click('[data-testid="talent-undated"]');
    const swap = page
      .locator('[data-testid="talent-people"] [data-testid="talent-report"]')
      .filter({ has: page.locator('strong', { hasText: 'Three move each way' }) });
    await swap.first().waitFor({ timeout: 30_000 });
    // Two facts of one report: three left for the rival (→), three came from it (←); each names the rival once.
    const lines = (await swap.locator(':scope > p').allTextContents()).map((l) => l.slice(l.search(/[←→]/)));
    expect(lines.sort()).toEqual(['← Made-up Rival', '→ Made-up Rival']);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('says the same in Arabic, right to left', async () => {
    const { page, errors } = await env.newPage({
      path: '/?v=2&lang=ar&mode=dashboard&org=org:meta',
      viewport: { width: 1400, height: 1300 },
    });
    await openMeta(page, 'ميتا');
    const xai = page.locator('[data-testid="talent-destinations"] [data-org="org:xai"]');
    expect(await xai.locator('.talent-row-count').textContent()).toContain('+٤ بلا تاريخ (٤ ضمني)');
    await xai.click();
    const move = page.locator('[data-testid="talent-move"]').first();
    await move.waitFor({ timeout: 30_000 });
    expect(await move.locator('[data-testid="talent-counterpart"] .badge').textContent()).toBe('ضمني');
    await saveScreenshot(page, 'dashboard-destinations-implied-ar', '[data-testid="talent-destinations"]');
    await move.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-move-implied-ar', '[data-testid="talent-move"] >> nth=0');
    await openReported(page, '٢٠٢٤');
    const report = page.locator('[data-testid="talent-people"] [data-testid="talent-report"]');
    await report.first().waitFor({ timeout: 30_000 });
    expect(await report.count()).toBe(1);
    await report.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-report-once-ar', '[data-testid="talent-people"]');
    await saveScreenshot(page, 'dashboard-bars-report-once-ar', '[data-testid="talent-dashboard"]');
    expect(pageErrors(errors)).toEqual([]);
  });
});
