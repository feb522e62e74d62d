// The company dashboard's exports in real Chromium cite the sources of what each draws, and no other: the bars
// chart's image those of its periods' bars (not where people came from or went to, not a report a larger one stands
// for, not the implied return of someone counted stated), the Sankey's image those of the links it draws (not a
// report, nor a hire from nowhere named), the CSV those of its rows. In English and in Arabic (right to left, each
// source named in Arabic). On a made-up organisation whose parts each rest on their own source
// (tests/support/cited-lab.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/index.js';
import { ARTIFACTS_DIR, useBrowserEnv } from '../support/browser.js';
import { CITED, CITED_LAB, citedTitle, writeCitedLab } from '../support/cited-lab.js';
import { pageErrors, waitForDashboard } from '../support/dashboard.js';
import { resetDatabase, testNeo4j } from '../support/neo4j.js';

/** Clicks a button that downloads a file and returns the file's text. */
async function downloaded(page: Page, testId: string, lang: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `cited-${lang}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

/** The made-up sources a text names, sorted. */
const named = (text: string) => [...new Set(text.match(/source:cited-[a-z-]+/g) ?? [])].sort();
const sorted = (...ids: string[]) => [...ids].sort();

/** The bars: each period's hires and departures and the report counted in 2024. */
const BARS = sorted(
  CITED.cyStated,
  CITED.dee,
  CITED.structure,
  CITED.labHires,
  CITED.labDepartures,
  CITED.report,
);
/** The Sankey: Ada from the Rival, Ben to Next, Cy to Elsewhere and (implied) back from it. */
const SANKEY = sorted(
  CITED.labHires,
  CITED.rivalCareer,
  CITED.labDepartures,
  CITED.nextCareer,
  CITED.cyStated,
  CITED.cyElsewhere,
  CITED.cyImplied,
);
/** The CSV: the bars' numbers, Ben's undated hire and the report that gives no number. */
const CSV = sorted(...BARS, CITED.vague);

describe('company dashboard: what each export cites', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      const { database } = testNeo4j();
      await resetDatabase(driver);
      await ensureSchema(driver, { database });
      await writeCitedLab(driver, database);
    },
  });

  const cases = [
    {
      lang: 'en',
      title: 'Cited Lab',
      line: `Made-up Gazette, 2025-01-15, ${citedTitle(CITED.labHires)} (${CITED.labHires})`,
    },
    {
      lang: 'ar',
      title: 'مختبر الاستشهاد',
      // The date as the Arabic screen writes it (Arabic-Indic digits, isolated right to left); the id left to right.
      line: `الجريدة المختلقة، \u2067٢٠٢٥-٠١-١٥\u2069، ${citedTitle(CITED.labHires)} (\u2066${CITED.labHires}\u2069)`,
    },
  ] as const;

  for (const c of cases)
    it(`cites in each chart's image and in the CSV only the sources of what it draws (${c.lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${c.lang}&mode=dashboard&org=${CITED_LAB}`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(page, c.title);
      await page.locator('[data-testid="talent-bars"] svg').waitFor({ timeout: 60_000 });
      const slug = 'talent-org-cited-lab';
      // Each source is named once its Source node has arrived.
      await expect
        .poll(async () => (await downloaded(page, `${slug}-periods-svg`, c.lang)).includes(c.line), {
          timeout: 30_000,
        })
        .toBe(true);
      expect(named(await downloaded(page, `${slug}-periods-svg`, c.lang))).toEqual(BARS);
      const sankey = await downloaded(page, `${slug}-sankey-svg`, c.lang);
      expect(named(sankey)).toEqual(SANKEY);
      expect(sankey).toContain(c.line);
      const csv = await downloaded(page, 'talent-csv', c.lang);
      expect(csv.trim().split('\r\n').at(-1)).toBe(`sources,${CSV.join(' ')}`);
      expect(pageErrors(errors)).toEqual([]);
    });
});
