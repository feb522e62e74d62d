// In real Chromium: under a time window, a flow derived by an older seed (without each mover's sources kept beside
// their moves) cites the sources of all its moves — the Talent flows tab says so in its caption and in the flow's
// details, in English and Arabic, rather than pass them off as the window's. The fixture's people are fictional.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ensureSchema, seedFiles } from '../../seed/index.js';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';
import { resetDatabase, testNeo4j } from '../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const ALPHA_BETA = 'flow:org:alpha-labs->org:beta-ai';

/** The fixture's flows, Alpha Labs → Beta AI's then stripped of its movers' sources, as an older seed left it. */
async function seedOlderFlow(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetDatabase(driver, database);
  await ensureSchema(driver, { database });
  await seedFiles(driver, [FIXTURE], { database });
  await driver.executeQuery(
    'MATCH ()-[f:TALENT_FLOW {id: $id}]->() REMOVE f.moveSourceRefs, f.directMoveSourceRefs',
    { id: ALPHA_BETA },
    { database },
  );
}

const WORDS = {
  en: {
    caption: 'Some flows cite the sources of all their named moves, not only of those in this window',
    details: 'Sources of all time: its named moves cite the sources of every move',
  },
  ar: {
    caption: 'بعض التدفّقات تذكر مصادر كل انتقالاتها بالاسم',
    details: 'مصادر كل الأوقات: يذكر هذا التدفّق لانتقالاته بالاسم مصادر كل انتقالاته',
  },
} as const;

describe('a flow’s sources under a time window', () => {
  const env = useBrowserEnv({ seed: seedOlderFlow });

  for (const lang of ['en', 'ar'] as const)
    it(`says, in ${lang === 'en' ? 'English' : 'Arabic'}, that a flow derived by an older seed cites all time’s sources`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?mode=flows&at=2022-12&lang=${lang}&sele=${encodeURIComponent(ALPHA_BETA)}`,
      });
      const caption = page.locator('[data-testid="flows-sources-all-time"]');
      await caption.waitFor({ timeout: 60_000 });
      expect(await caption.textContent()).toContain(WORDS[lang].caption);
      const note = page.locator('[data-testid="flow-details"] [data-testid="flow-sources-all-time"]');
      await note.waitFor({ timeout: 60_000 });
      expect(await note.textContent()).toContain(WORDS[lang].details);
      await saveScreenshot(page, `flows-window-sources-all-time-${lang}`);
      // Without a window nothing is narrowed, so nothing is said.
      await page.goto(`${env.baseUrl}/?mode=flows&lang=${lang}&sele=${encodeURIComponent(ALPHA_BETA)}`);
      await page.locator('[data-testid="flow-details"]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="flows-count"], [data-testid="flows-caption"]').first().waitFor();
      expect(await page.locator('[data-testid="flows-sources-all-time"]').count()).toBe(0);
      expect(await page.locator('[data-testid="flow-sources-all-time"]').count()).toBe(0);
      expect(errors).toEqual([]);
    });
});
