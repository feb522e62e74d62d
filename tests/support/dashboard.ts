// What the company dashboard's browser tests share: their seed (the article and the fictional fixtures), opening an
// organisation's dashboard from its link and waiting for it, the page errors among a page's messages, and where a
// chart draws a label against the chart's own box.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { ensureSchema, loadBundledSources, seedFiles } from '../../seed/index.js';
import { resetDatabase, testNeo4j } from './neo4j.js';

/** Fictional organisations with dated, undated, stated and implied moves (Alpha Labs, Beta AI, …). */
export const DASHBOARD_FIXTURES = [
  path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml'),
  path.resolve('tests/fixtures/seed/talent/fixture-talent.facts.yaml'),
];

/** The run's Neo4j anew: the bundled article, then the fixtures. */
export async function seedDashboard(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  await loadBundledSources(driver, { database });
  await seedFiles(driver, DASHBOARD_FIXTURES, { database });
}

/** The uncaught page errors among the messages a test page collected (console noise left out). */
export const pageErrors = (errors: string[]) => errors.filter((e) => e.startsWith('pageerror'));

/** Waits until the dashboard a link opened shows the organisation's title (the first answer can be slow). */
export async function waitForDashboard(page: Page, title: string): Promise<void> {
  await page.locator('[data-testid="talent-title"]', { hasText: title }).waitFor({ timeout: 60_000 });
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box a chart's SVG text with exactly this content is drawn in, and the chart's own box; null if not drawn. */
export function chartLabelBox(
  page: Page,
  chartTestId: string,
  text: string,
): Promise<{ label: Box; chart: Box } | null> {
  return page.evaluate(
    ({ chartTestId, text }) => {
      const chart = document.querySelector(`[data-testid="${chartTestId}"]`);
      const label = [...(chart?.querySelectorAll('svg text') ?? [])].find((t) => t.textContent === text);
      if (!chart || !label) return null;
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      return { label: box(label.getBoundingClientRect()), chart: box(chart.getBoundingClientRect()) };
    },
    { chartTestId, text },
  );
}
