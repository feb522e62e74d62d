// A time window's numbers of the network's stored flows while they load, in real Chromium, on the fictional fixture of
// tests/fixtures/seed/flows: with the window's request held open (intercepted), a flow's label says its numbers are
// pending — never all time's, nor the last window's, as this one's — and shows the window's once the answer is let
// through; a window the slider leaves has its request aborted by the page. In English and in Arabic; screenshots go
// to tests/artifacts.
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import { ensureSchema, loadBundledSources, seedFiles } from '../../seed/index.js';
import {
  edgeLabel,
  saveScreenshot,
  useBrowserEnv,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { resetDatabase, testNeo4j } from '../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const FLOWS_QUERY = 'MATCH p = ()-[:TALENT_FLOW]->() RETURN p';
const ALPHA_BETA = 'flow:org:alpha-labs->org:beta-ai';
/** A generous ceiling for a loaded machine: a condition is waited for, never a time. */
const CEILING_MS = 60_000;

const pageErrors = (errors: string[]) => errors.filter((e) => e.startsWith('pageerror'));

/**
 * Holds the page's requests for a window's flow numbers (GET /api/flows?ids=…&until=…) while `holding` is on, until
 * released; the rest pass. Records the held requests the page aborted (requestfailed).
 */
async function interceptWindows(page: Page) {
  const state = {
    holding: false,
    /** Each held request, with the requests the page had aborted when it came. */
    held: [] as { url: string; route: Route; abortedBefore: string[] }[],
    aborted: [] as string[],
  };
  await page.route('**/api/flows?**', async (route) => {
    const url = route.request().url();
    if (state.holding && new URL(url).searchParams.has('until'))
      state.held.push({ url, route, abortedBefore: [...state.aborted] });
    else await route.continue();
  });
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/flows?')) state.aborted.push(request.url());
  });
  return state;
}

/** Samples the edge's label until it reads `text` (within CEILING_MS), returning every label seen on the way. */
async function labelsUntil(page: Page, id: string, text: string): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  await expect
    .poll(
      async () => {
        const label = await edgeLabel(page, id);
        seen.push(label);
        return label;
      },
      { timeout: CEILING_MS, message: id },
    )
    .toBe(text);
  return seen;
}

describe('a stored flow while its time window’s numbers load', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      const { database } = testNeo4j();
      await resetDatabase(driver);
      await ensureSchema(driver, { database });
      await loadBundledSources(driver, { database });
      await seedFiles(driver, [FIXTURE], { database });
    },
  });

  /** The flows as of 2022-12, their window requests intercepted, once that window's numbers are drawn. */
  async function openAsOf2022() {
    let intercept!: Awaited<ReturnType<typeof interceptWindows>>;
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(FLOWS_QUERY)}&at=2022-12`,
      beforeGoto: async (p) => {
        intercept = await interceptWindows(p);
      },
    });
    await waitForScene(page, 5);
    // As of 2022-12 (answered, not held): Alpha → Beta's one mover of then. All time it has three.
    await labelsUntil(page, ALPHA_BETA, '1 named');
    return { page, errors, intercept };
  }

  it('shows no other window’s numbers while the request is held, then the window’s; in English and Arabic', async () => {
    const { page, errors, intercept } = await openAsOf2022();

    // The slider to its last date, its request held open: pending, with no number — not "3 named · all time".
    intercept.holding = true;
    const range = page.locator('[data-testid="time-range"]');
    await range.focus();
    await page.keyboard.press('End');
    const seen = await labelsUntil(page, ALPHA_BETA, '… named');
    await expect.poll(() => intercept.held.length, { timeout: CEILING_MS }).toBe(1);
    expect(await edgeLabel(page, ALPHA_BETA)).toBe('… named');
    for (const label of seen) expect(label ?? '').not.toMatch(/all time|3 named/);
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-pending-en');

    // In Arabic, right to left, still pending.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: CEILING_MS });
    const seenAr = await labelsUntil(page, ALPHA_BETA, '… بالاسم');
    for (const label of seenAr) expect(label ?? '').not.toMatch(/كل الأوقات|٣ بالاسم/);
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-pending-ar');

    // Let through: the window's numbers (Hana's move of 2023 joins Layla's).
    intercept.holding = false;
    for (const h of intercept.held.splice(0)) await h.route.continue();
    // Hana left Delta Research, a division of Alpha Labs, whose flow to Beta is drawn too: the label says it counts her.
    await labelsUntil(page, ALPHA_BETA, '٢ بالاسم · يشمل الأقسام');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-loaded-ar');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr', null, { timeout: CEILING_MS });
    await labelsUntil(page, ALPHA_BETA, '2 named · incl. divisions');
    await waitForCanvasSettled(page);
    await saveScreenshot(page, 'network-flow-window-loaded-en');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('aborts the request of a window the slider leaves, and never applies its answer', async () => {
    const { page, errors, intercept } = await openAsOf2022();
    intercept.holding = true;
    const range = page.locator('[data-testid="time-range"]');
    await range.focus();
    // One step back: its request is held open.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => intercept.held.length, { timeout: CEILING_MS }).toBe(1);
    const first = intercept.held[0]!;
    // To the last date before it is answered: the first request is aborted by the page as the window changes —
    // before the second is made (the window rests first), not later by the client's deadline for an unanswered one.
    await page.keyboard.press('End');
    await expect.poll(() => intercept.held.length, { timeout: CEILING_MS }).toBe(2);
    const second = intercept.held[1]!;
    expect(second.url).not.toBe(first.url);
    expect(second.abortedBefore).toContain(first.url);
    // Letting the aborted request through now reaches nothing (playwright may refuse a route the page dropped).
    await first.route.continue().catch(() => undefined);
    intercept.holding = false;
    await second.route.continue();
    // The last date's numbers come (Hana's move of 2023 joins Layla's), never marked all time.
    // Hana's move from Delta Research, a division of Alpha Labs, is on Delta → Beta too: the label says so.
    const seen = await labelsUntil(page, ALPHA_BETA, '2 named · incl. divisions');
    for (const label of seen) expect(label ?? '').not.toMatch(/all time/);
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
  });
});
