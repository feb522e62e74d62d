// The company dashboard's first render in headless Chromium (issue 15's "the dashboard's first render"): open the app
// on the largest organisation, open its dashboard, and time until the charts' SVG bars exist. Part of section 3b.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../env.js';
import type { Cell } from '../results.js';
import { roundSummary, summarize } from '../stats.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PAGE_TIMEOUT_MS, VIEWPORT } from './client.js';

/** Runs timed per organisation (each in a fresh browser context: nothing cached between runs). */
export const DEFAULT_DASHBOARD_RUNS = { quick: 3, full: 7 } as const;

/** One run's page times (ms since navigation started). */
interface DashboardRun {
  /** The click on "Open dashboard", as soon as the organisation's details offer it (the app has started). */
  click: number;
  /** The bar chart's SVG bars exist. */
  drawn: number;
}

export interface DashboardRenderResult {
  rows: Cell[][];
  data: Record<string, unknown>;
  /** Why it was not measured (no client build, no Chromium), or null. */
  skipped: string | null;
  method: string;
}

/** The query that puts just the organisation on the canvas (a link's `q=`); `sel=` selects it. */
function orgQuery(id: string): string {
  return `MATCH (o:Organization) WHERE o.id = '${id.replace(/'/g, "\\'")}' RETURN o`;
}

async function timeOnce(browser: Browser, baseUrl: string, org: string): Promise<DashboardRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page: Page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    const url = `${baseUrl}/?q=${encodeURIComponent(orgQuery(org))}&sel=${encodeURIComponent(org)}`;
    await page.goto(url, { waitUntil: 'commit' });
    const open = page.locator('[data-testid="open-dashboard"]');
    await open.waitFor();
    const click = await page.evaluate(() => performance.now());
    await open.click();
    // Drawn: ECharts has put the bars (SVG paths) into the bar chart, and the chart is for this organisation.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="talent-bars"] svg path').length > 0,
      undefined,
      { timeout: PAGE_TIMEOUT_MS, polling: 'raf' },
    );
    const drawn = await page.evaluate(() => performance.now());
    return { click, drawn };
  } finally {
    await context.close();
  }
}

/**
 * Times the dashboard's first render on `org`: from navigation to the bars drawn (app start, the organisation's
 * details, the click, the dashboard's chunk, its one request and ECharts), and from the click alone.
 */
export async function benchDashboardRender(options: {
  baseUrl: string;
  org: string;
  runs: number;
  log: (m: string) => void;
}): Promise<DashboardRenderResult> {
  const method =
    `Dashboard first render: headless Chromium (software WebGL, ${VIEWPORT.width}×${VIEWPORT.height}) opens the app on a link to the largest organisation (${options.org}) selected, clicks "Open dashboard" once its details offer it, and waits for the bar chart's SVG bars; ` +
    `${options.runs} runs, each in a fresh browser context (nothing cached) after one unmeasured warm-up. "From navigation" includes the app's start; "from the click" is the dashboard alone (its code chunk, GET /api/orgs/:id/talent and the charts). No goal: issue 15 asks for the figure, not a threshold.`;
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client', 'index.html')))
    return {
      rows: [],
      data: {},
      skipped: 'the client is not built (dist/client/index.html missing)',
      method,
    };
  if (!fs.existsSync(CHROMIUM_PATH))
    return { rows: [], data: {}, skipped: `no Chromium at ${CHROMIUM_PATH}`, method };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    await timeOnce(browser, options.baseUrl, options.org);
    const runs: DashboardRun[] = [];
    for (let i = 0; i < options.runs; i++) runs.push(await timeOnce(browser, options.baseUrl, options.org));
    const fromNav = summarize(runs.map((r) => r.drawn));
    const fromClick = summarize(runs.map((r) => r.drawn - r.click));
    options.log(
      `talent: dashboard first render: median ${Math.round(fromNav.p50)} ms from navigation, ${Math.round(fromClick.p50)} ms from the click (n=${fromNav.n})`,
    );
    const row = (what: string, s: ReturnType<typeof summarize>): Cell[] => [
      what,
      s.n,
      Math.round(s.p50),
      Math.round(s.min),
      Math.round(s.max),
    ];
    return {
      rows: [
        row('Dashboard first render, from navigation (largest organisation)', fromNav),
        row('Dashboard first render, from the click on "Open dashboard"', fromClick),
      ],
      data: {
        org: options.org,
        fromNavigation: roundSummary(fromNav),
        fromClick: roundSummary(fromClick),
        runs: runs.map((r) => ({
          click: Math.round(r.click),
          drawn: Math.round(r.drawn),
        })),
      },
      skipped: null,
      method,
    };
  } finally {
    await browser?.close();
  }
}
