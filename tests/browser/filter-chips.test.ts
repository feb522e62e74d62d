// What hides things is visible and scoped, in real Chromium: every filter shows as a removable chip over the canvas
// (removing it brings back what it hid), a time chosen in the Timeline tab shows as a chip in the network while the
// tab's own "as of the latest date" stays in the tab, and a path highlight from the network never greys the flow view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasPixels,
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

const sorted = async (ids: Promise<string[]>) => (await ids).sort();

/** Waits until the canvas draws exactly these nodes and edges. */
async function waitForDrawn(page: Page, nodes: string[], edges: string[]): Promise<void> {
  await page.waitForFunction(
    ([n, e]) => {
      const probe = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[]; visibleEdgeIds(): string[] } }
      ).__talentGraph;
      return (
        JSON.stringify(probe.visibleNodeIds().sort()) === JSON.stringify(n) &&
        JSON.stringify(probe.visibleEdgeIds().sort()) === JSON.stringify(e)
      );
    },
    [nodes, edges] as const,
    { timeout: 20_000 },
  );
}

async function search(page: Page, text: string, title: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.locator('[role="option"]').first().waitFor();
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: title }).waitFor({ timeout: 20_000 });
}

describe('filter chips and mode scope', () => {
  const env = useBrowserEnv();

  it('shows each filter as a chip, and removing a chip brings back what it hid', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const nodes = await sorted(visibleNodeIds(page));
    const edges = await sorted(visibleEdgeIds(page));
    expect(edges.length).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="filter-chips"]').count()).toBe(0);

    // Implied facts filtered out: a chip says so, and fewer facts are drawn.
    await page.click('[data-testid="certainty-implied"]');
    const chip = page.locator('[data-testid="chip-certainty-implied"]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Implied hidden');
    await page.waitForFunction(
      (n) =>
        (
          window as unknown as { __talentGraph: { visibleEdgeIds(): string[] } }
        ).__talentGraph.visibleEdgeIds().length < n,
      edges.length,
    );
    // Events hidden from the legend, and one node hidden by hand.
    await page.click('[data-testid="legend-Event"]');
    await page.locator('[data-testid="chip-label-Event"]').waitFor();
    await search(page, 'Xinlei', 'Xinlei Chen');
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.locator('[data-testid="chip-hidden-nodes"]', { hasText: 'Hidden nodes: 1' }).waitFor();
    expect(await visibleNodeIds(page)).not.toContain('person:xinlei-chen');
    await saveScreenshot(page, 'filter-chips-en');
    await page.click('[data-testid="lang-switch"]');
    await page.locator('[data-testid="chip-hidden-nodes"]', { hasText: 'عُقد مخفية' }).waitFor();
    await saveScreenshot(page, 'filter-chips-ar');
    await page.click('[data-testid="lang-switch"]');

    for (const id of ['hidden-nodes', 'label-Event', 'certainty-implied']) {
      await page.click(`[data-testid="chip-remove-${id}"]`);
      await page.locator(`[data-testid="chip-${id}"]`).waitFor({ state: 'detached' });
    }
    await waitForDrawn(page, nodes, edges);
    expect(await page.isChecked('[data-testid="certainty-implied"]')).toBe(true);
    expect(await page.locator('[data-testid="filter-chips"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the Timeline tab’s own date in the tab, and shows a time chosen there as a chip in the network', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    const nodes = await sorted(visibleNodeIds(page));
    const edges = await sorted(visibleEdgeIds(page));

    // Just looking at the Timeline tab changes nothing in the network.
    await page.click('[data-testid="mode-timeline"]');
    await page.locator('[data-testid="mode-timeline"][aria-selected="true"]').waitFor();
    await page.click('[data-testid="mode-network"]');
    await waitForDrawn(page, nodes, edges);
    expect(await page.locator('[data-testid="filter-chips"]').count()).toBe(0);

    // A date the user chooses in the Timeline tab follows into the network, as a chip.
    await page.click('[data-testid="mode-timeline"]');
    // The first date (2019) comes with the timeline, loaded on the slider's first use: wait for the slider to have
    // its dates, then press Home.
    const value = page.locator('[data-testid="time-value"]');
    await page.locator('[data-testid="time-range"]').focus();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLInputElement>('[data-testid="time-range"]')?.max ?? 0) > 0,
      null,
      { timeout: 60_000 },
    );
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="time-value"]')?.textContent === '2019',
    );
    expect(await value.textContent()).toBe('2019');
    await page.click('[data-testid="mode-network"]');
    const chip = page.locator('[data-testid="chip-time"]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('As of 2019');
    expect(await visibleNodeIds(page)).not.toContain('event:meta-to-xai-departures-2025');
    await page.click('[data-testid="chip-remove-time"]');
    await waitForDrawn(page, nodes, edges);
  });

  it('keeps a path highlight in the network: the flow view is not greyed, and has no path chip', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="mode-flows"]');
    await page.waitForFunction(() =>
      (window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }).__talentGraph
        .visibleNodeIds()
        .includes('org:xai'),
    );
    await waitForCanvasSettled(page);
    const plain = await canvasPixels(page);

    await page.click('[data-testid="mode-network"]');
    await search(page, 'Xinlei', 'Xinlei Chen');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await search(page, 'Elon', 'Elon Musk');
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.locator('[data-testid="chip-path"]').waitFor({ timeout: 20_000 });

    await page.click('[data-testid="mode-flows"]');
    await page.locator('[data-testid="mode-flows"][aria-selected="true"]').waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }).__talentGraph
        .visibleNodeIds()
        .includes('org:xai'),
    );
    await waitForCanvasSettled(page);
    expect(await page.locator('[data-testid="chip-path"]').count()).toBe(0);
    // Greyed out, the flow view would lose its colours; it keeps them. Compared as the share of the drawn pixels
    // that are coloured, not as a count: the search opened the details column, so the canvas is narrower now
    // (1150 px wide before, 790 after) and the same picture is drawn smaller.
    const after = await canvasPixels(page);
    const colouredShare = (p: { drawn: number; coloured: number }) => p.coloured / p.drawn;
    expect(colouredShare(after)).toBeGreaterThan(colouredShare(plain) * 0.6);
    // Back in the network the highlight and its chip are still there, and the chip clears it.
    await page.click('[data-testid="mode-network"]');
    await page.click('[data-testid="chip-remove-path"]');
    await page.locator('[data-testid="chip-path"]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
