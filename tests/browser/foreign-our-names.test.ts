// The explorer in real Chromium on a foreign graph that uses some of our names for its own things
// (tests/fixtures/foreign/our-names.cypher: Persons who WORKED_AT a Company and KNOW each other, a Doc REPORTED_BY a
// Paper, no certainty anywhere). A Person label beside a WORKED_AT does not make the database ours: the first screen
// is the schema overview of what the database holds, not the story's empty question.
import { afterAll, describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { loadOurNames, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver } from '../support/neo4j.js';

/** Every node of the graph: 3 Persons, a Company, a Doc and a Paper (the overview asks for at most 5 per label). */
const NODES = 6;

describe('a foreign graph named like ours in the browser', () => {
  const env = useBrowserEnv({ seed: loadOurNames });
  afterAll(async () => {
    // The files after this one find the database as every other file leaves it.
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`opens on the schema overview of what the database holds (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, NODES, 60_000);
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });
      // Its own start and end labels: a Person to a Company, not our Person to an Organization.
      const worked = await page
        .locator('[data-testid="overview-types"] [data-type="WORKED_AT"]')
        .textContent();
      expect(worked).toMatch(/Person.*Company/);
      expect(worked).not.toContain('Organization');
      expect(await page.locator('[data-testid="overview-types"] [data-type="KNOWS"]').textContent()).toMatch(
        /Person.*Person/,
      );
      expect(await page.locator('body').textContent()).not.toMatch(
        /returned no nodes to draw|لم يُرجع الاستعلام عقدًا/,
      );
      if (lang === 'ar') expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await saveScreenshot(page, `foreign-our-names-first-screen-${lang}`);
      expect(errors).toEqual([]);
    });

    it(`names its labels and types as the database does, and counts no fact of ours without a source (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await waitForScene(page, NODES, 60_000);
      await page.locator('[data-testid="schema-overview"]').waitFor({ timeout: 30_000 });
      // The overview lists its WORKED_AT as WORKED_AT, not as our "worked at" / "عمل في".
      const worked = page.locator('[data-testid="overview-types"] [data-type="WORKED_AT"] .rel');
      expect(await worked.textContent()).toBe('WORKED_AT');
      expect(
        await page.locator('[data-testid="overview-types"] [data-type="REPORTED_BY"] .rel').textContent(),
      ).toBe('REPORTED_BY');
      // The legend too: its Person is "Person" in Arabic as well, not our "شخص".
      expect(await page.locator('[data-testid="legend-Person"] .legend-name').textContent()).toBe('Person');
      const types = await page.locator('[aria-labelledby="rel-h"] .legend-name').allTextContents();
      expect(types).toEqual(expect.arrayContaining(['WORKED_AT', 'REPORTED_BY', 'KNOWS']));
      // None of its relationships is one of our facts with no source behind it.
      expect(await page.locator('[data-testid="unsourced-note"]').count()).toBe(0);
      // Narrowing to stated facts hides none of them: they claim no certainty (the toolbar counts every one drawn).
      const stats = page.locator('[data-testid="scene-stats"]');
      const all = await stats.getAttribute('data-edges');
      expect(Number(all)).toBeGreaterThanOrEqual(4);
      await page.locator('[data-testid="certainty-implied"]').uncheck();
      await page.locator('[data-testid="chip-certainty-implied"]').waitFor({ timeout: 10_000 });
      expect(await stats.getAttribute('data-edges')).toBe(all);
      expect(await page.locator('[data-testid="chip-unsourced"]').count()).toBe(0);
      await page.locator('[data-testid="certainty-implied"]').check();
      await saveScreenshot(page, `foreign-our-names-legend-${lang}`, '.left-panel');
      expect(errors).toEqual([]);
    });

    it(`tells its WORKED_AT in the timeline strip as the canvas draws it: no certainty badge, kept under any certainty filter (${lang})`, async () => {
      const { page, errors } = await env.newPage({
        path: `/?mode=timeline${lang === 'ar' ? '&lang=ar' : ''}`,
      });
      const items = page.locator('.timeline-strip li');
      await items.first().waitFor({ timeout: 60_000 });
      const listed = () =>
        items.evaluateAll((lis) =>
          lis.map((li) => ({
            certainty: li.getAttribute('data-certainty'),
            date: li.querySelector('time')?.getAttribute('datetime'),
            badge: li.querySelector('.badge')?.textContent ?? null,
          })),
        );
      // Ann's start at Acme, the one dated relationship: the graph's own, claiming no certainty ("none").
      const ann = [{ certainty: 'none', date: '2019', badge: null }];
      expect(await listed()).toEqual(ann);
      await page.screenshot({ path: `/tmp/timeline/foreign-strip-${lang}.png` });
      // Narrowed to stated facts, as on the canvas: none of its relationships is hidden, nothing said hidden.
      await page.locator('[data-testid="certainty-implied"]').uncheck();
      await page.locator('[data-testid="chip-certainty-implied"]').waitFor({ timeout: 10_000 });
      await expect.poll(listed, { timeout: 30_000 }).toEqual(ann);
      expect(await page.locator('[data-testid="timeline-filtered"]').count()).toBe(0);
      await page.screenshot({ path: `/tmp/timeline/foreign-strip-stated-only-${lang}.png` });
      await saveScreenshot(page, `foreign-our-names-timeline-${lang}`, '.timeline-strip');
      expect(errors).toEqual([]);
    });
  }
});
