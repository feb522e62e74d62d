// Stored talent flows in the network under a time window, in real Chromium, on the article and the fictional fixture
// of tests/fixtures/seed/flows (dated moves 2021–2024, an implied one, a division, a report since 2024): each flow's
// label shows the window's numbers as the Talent flows tab counts them, no longer "all time"; a flow with nothing in
// the window is hidden as a fact outside it is; its details show the window's numbers beside all time's — in English
// and in Arabic. Screenshots go to tests/artifacts.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import { ensureSchema, loadBundledSources, seedFiles } from '../../seed/index.js';
import {
  edgeLabel,
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { resetDatabase, testNeo4j } from '../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const FLOWS_QUERY = 'MATCH p = ()-[:TALENT_FLOW]->() RETURN p';
const ALPHA_BETA = 'flow:org:alpha-labs->org:beta-ai';
const ALPHA_GAMMA = 'flow:org:alpha-labs->org:gamma-corp';
const BETA_ALPHA = 'flow:org:beta-ai->org:alpha-labs';
const GAMMA_BETA = 'flow:org:gamma-corp->org:beta-ai';
const BETA_GAMMA_REPORTED = 'flow:org:beta-ai->org:gamma-corp#reported';
const META_XAI_IMPLIED = 'flow:org:meta->org:xai#implied';

const pageErrors = (errors: string[]) => errors.filter((e) => e.startsWith('pageerror'));

/** Waits (a generous ceiling for a loaded machine) until the edge's label reads `text`. */
async function waitForLabel(page: Page, id: string, text: string): Promise<void> {
  await expect.poll(() => edgeLabel(page, id), { timeout: 60_000, message: id }).toBe(text);
}

/** Waits for the network's stored flows, under the time window a link chose (its at= or from=&to=), `shown`. */
async function openFlowsAt(page: Page, shown: string): Promise<void> {
  await waitForScene(page, 5);
  await page.locator('[data-testid="time-value"]', { hasText: shown }).waitFor({ timeout: 60_000 });
}

describe('stored talent flows in the network under a time window', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      const { database } = testNeo4j();
      await resetDatabase(driver);
      await ensureSchema(driver, { database });
      await loadBundledSources(driver, { database });
      await seedFiles(driver, [FIXTURE], { database });
    },
  });

  it('labels each flow with the window’s numbers, hides those with nothing in it, and details both', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}&at=2022-12`,
    });
    await openFlowsAt(page, '2022-12');
    // As of 2022-12: of Alpha → Beta's three movers only Layla (2022-06) — Hana's move is of 2023, Sara's has no
    // date — and of Alpha → Gamma only Rami's implied move of 2021.
    await waitForLabel(page, ALPHA_BETA, '1 named');
    // Rami left Delta Research, a division of Alpha Labs, whose flow to Gamma is drawn too: the label says it counts him.
    await waitForLabel(page, `${ALPHA_GAMMA}#implied`, '1 named · implied · incl. divisions');
    await waitForLabel(page, BETA_ALPHA, '1 named');
    // Nothing of these lies in the window (an undated report; undated named moves): hidden, as a fact outside it is.
    const drawn = await visibleEdgeIds(page);
    expect(drawn).not.toContain(BETA_GAMMA_REPORTED);
    expect(drawn).not.toContain(META_XAI_IMPLIED);
    expect(drawn).not.toContain(ALPHA_GAMMA);
    expect(drawn).not.toContain(`${ALPHA_BETA}#reported`);
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-2022-en');

    // The flow's details: the window's numbers as the canvas draws them, then all time's, said so.
    await page.click('[data-testid="table-view-button"]');
    const row = page
      .locator('[data-testid="scene-table"] tr', { hasText: 'Alpha Labs' })
      .filter({ hasText: 'Beta AI' });
    // The table dates the flow by the moves the window counts, as the Talent flows tab does: Layla's alone.
    expect(await row.locator('td').nth(3).textContent()).toBe('2022-06');
    await row.getByRole('button', { name: 'talent flow', exact: true }).first().click();
    const details = page.locator('[data-testid="flow-details"]');
    const inWindow = details.locator('[data-testid="flow-window-counts"]');
    await expect.poll(() => inWindow.textContent(), { timeout: 30_000 }).toContain('As of 2022-12');
    expect(await inWindow.textContent()).toContain('1 named');
    expect(await details.locator('[data-testid="flow-all-time"]').textContent()).toContain('All time');
    expect(await details.textContent()).toContain('3 named');
    await saveScreenshot(page, 'network-flow-window-details-en');
    await page.click('[data-testid="table-view-button"]');

    // The slider to its last date: Hana's move of 2023 comes in, and the report of at least 5 since 2024.
    const range = page.locator('[data-testid="time-range"]');
    await range.focus();
    await page.keyboard.press('End');
    await waitForLabel(page, ALPHA_BETA, '2 named · incl. divisions');
    await waitForLabel(page, `${ALPHA_BETA}#reported`, '≥ 5 reported');
    await expect.poll(() => inWindow.textContent(), { timeout: 30_000 }).toContain('2 named');

    // In Arabic, right to left: the same numbers, in its digits.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 20_000 });
    await waitForLabel(page, ALPHA_BETA, '٢ بالاسم · يشمل الأقسام');
    await waitForLabel(page, `${ALPHA_GAMMA}#implied`, '١ بالاسم · ضمني · يشمل الأقسام');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-latest-ar');
    expect(await inWindow.textContent()).toContain('في النطاق الزمني');
    await saveScreenshot(page, 'network-flow-window-details-ar');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('hides, in a 2024 window, a flow whose moves all lie before it', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}&from=2024&to=2024-12&lang=ar`,
    });
    // The window as the slider writes it in Arabic: Arabic-Indic digits, its start first as read.
    await openFlowsAt(page, '٢٠٢٤ – ٢٠٢٤-١٢');
    // Gamma → Beta: Omar's move of 2024-03. Alpha → Beta: its report alone (since 2024-01), no named move in 2024.
    await waitForLabel(page, GAMMA_BETA, '١ بالاسم');
    await waitForLabel(page, `${ALPHA_BETA}#reported`, '≥ ٥ (مُبلَّغ)');
    // Beta → Alpha (2021) and Alpha → Gamma (2021, 2023) have nothing in the window: hidden, though they began before it.
    const drawn = await visibleEdgeIds(page);
    for (const id of [BETA_ALPHA, ALPHA_BETA, `${ALPHA_GAMMA}#implied`, ALPHA_GAMMA])
      expect(drawn, id).not.toContain(id);
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-2024-ar');
    expect(pageErrors(errors)).toEqual([]);
  });
});
