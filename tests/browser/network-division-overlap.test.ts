// An overview flow beside a flow of one of its divisions in the network, in real Chromium on the seeded article:
// Meta → xAI counts Xinlei Chen's move from FAIR, so does FAIR → xAI. Drawn together, the overview flow's label says
// it includes the divisions' and its details name the division flow drawn beside it (and the division's, its parent's),
// so the two edges are not read as apart and added; with FAIR hidden, the label is as before — in English and Arabic.
// Each fact in the flow's details says its certainty in words.
// Screenshots go to tests/artifacts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import {
  edgeLabel,
  saveScreenshot,
  useBrowserEnv,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { rightClickNode } from '../support/canvas-gestures.js';

const FLOWS_QUERY = 'MATCH p = ()-[:TALENT_FLOW]->() RETURN p';
// All four named moves from Meta to xAI rest on implied facts (the article implies their joining xAI): one implied part.
const META_XAI = 'flow:org:meta->org:xai#implied';
const FAIR_XAI = 'flow:org:fair->org:xai#implied';

/** Waits (a generous ceiling for a loaded machine) until the edge's label reads `text`. */
async function waitForLabel(page: Page, id: string, text: string): Promise<void> {
  await expect.poll(() => edgeLabel(page, id), { timeout: 60_000, message: id }).toBe(text);
}

/** Opens the details of the flow between two organisations from the table view's row. */
async function openFlowDetails(page: Page, from: string, to: string) {
  await page.click('[data-testid="table-view-button"]');
  const row = page.locator('[data-testid="scene-table"] tr', { hasText: from }).filter({ hasText: to });
  await row
    .getByRole('button', { name: /talent flow|تدفّق/ })
    .first()
    .click();
  const details = page.locator('[data-testid="flow-details"]');
  await details.waitFor({ timeout: 30_000 });
  return details;
}

describe('an overview flow drawn beside its division’s flow', () => {
  const env = useBrowserEnv();

  it('says in its label and details that it counts the division’s people too', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}`,
    });
    await waitForScene(page, 4);
    await waitForLabel(page, META_XAI, '4 named · implied · incl. divisions');
    // The division's flow keeps its label: its one person is counted there, and the overview's says it includes it.
    await waitForLabel(page, FAIR_XAI, '1 named · implied');
    // FAIR → xAI has no report: Meta's reports are on no other edge, and their label says nothing of divisions.
    expect(await edgeLabel(page, 'flow:org:meta->org:xai#reported')).toBe('≥ 14 reported');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-division-overlap-en');

    const details = await openFlowDetails(page, 'Meta', 'xAI');
    const note = details.locator('[data-testid="flow-division-overlap"]');
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toContain('FAIR → xAI');
    expect(await note.textContent()).toContain('do not add them up');
    // Every fact behind the flow says how sure it is in words, not only by its border: Alan Rice's joining xAI is
    // implied, his stint at Meta stated.
    const facts = details.locator('[data-testid="fact"]');
    expect(await details.locator('[data-testid="fact-certainty"]').count()).toBe(await facts.count());
    const joined = facts.filter({ hasText: 'Alan Rice · worked at xAI' });
    expect(await joined.locator('[data-testid="fact-certainty"]').textContent()).toBe('implied');
    const left = facts.filter({ hasText: 'Alan Rice · worked at Meta' });
    expect(await left.locator('[data-testid="fact-certainty"]').textContent()).toBe('stated');
    // The counts wrap between them, not inside one: "4 named" stays on one line (the narrow panel once broke every
    // count into a column of single words).
    const counts = details.locator('.flow-counts').first();
    expect(await counts.evaluate((el) => getComputedStyle(el).flexWrap)).toBe('wrap');
    const namedLines = await counts.locator('.flow-named').evaluate((s) => {
      // A flex item is one box however its text wraps: its text's line boxes tell.
      const range = document.createRange();
      range.selectNodeContents(s);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(namedLines).toBe(1);
    await saveScreenshot(page, 'network-division-overlap-details-en');
    await page.click('[data-testid="table-view-button"]');

    // In Arabic, right to left: the same, in its words and digits.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 20_000 });
    await waitForLabel(page, META_XAI, '٤ بالاسم · ضمني · يشمل الأقسام');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-division-overlap-ar');
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('names the parent’s flow in the division flow’s details, and drops the mark once FAIR is hidden', async () => {
    const { page } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}`,
    });
    await waitForScene(page, 4);
    await waitForLabel(page, META_XAI, '4 named · implied · incl. divisions');
    const details = await openFlowDetails(page, 'FAIR', 'xAI');
    const note = details.locator('[data-testid="flow-division-overlap"]');
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toContain('Meta → xAI');
    await page.click('[data-testid="table-view-button"]');

    // FAIR hidden: its flow is no longer drawn, so nothing of Meta → xAI is on another edge.
    await rightClickNode(page, 'org:fair');
    await page.click('[data-testid="ctx-hide"]');
    await waitForLabel(page, META_XAI, '4 named · implied');
  });
});
