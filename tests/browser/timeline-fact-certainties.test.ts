// The Timeline tab's strip tells a move by the facts the filters leave, in real Chromium over the article's seed and
// a made-up career (test data, no source says it: Cleo joins Meta in April 2022, a made-up source states, and on the
// 15th, another only implies — two facts of one stint, one item). Hiding the stated fact's source (or the fact on the
// canvas) leaves only the implied fact drawn: the strip then badges the move implied, at the implied fact's date,
// never "stated"; in English and in Arabic, with screenshots of the strip.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seedArticle, useBrowserEnv } from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

/** Made-up test data: one stint of a made-up person told by two facts, each citing its own made-up source. */
const CLEO = `MATCH (meta:Organization {id: 'org:meta'})
CREATE (cleo:Person {id: 'person:made-up-cleo', name: 'Cleo (made up)', nameAr: 'كليو (مختلقة)'})
CREATE (cleo)-[:WORKED_AT {id: 'fact:made-up-cleo-stated', start: '2022-04', certainty: 'stated',
                           sources: ['source:made-up-s1']}]->(meta),
       (cleo)-[:WORKED_AT {id: 'fact:made-up-cleo-implied', start: '2022-04-15', certainty: 'implied',
                           sources: ['source:made-up-s2']}]->(meta)`;

/**
 * Made-up test data: Dana's one Meta stint two made-up sources start differently (stated April 2022, implied May),
 * and Eli's joining of a made-up lab and of Meta, which a made-up source states the lab is part of, in January 2023.
 */
const DANA_ELI = `MATCH (meta:Organization {id: 'org:meta'})
CREATE (dana:Person {id: 'person:made-up-dana', name: 'Dana (made up)', nameAr: 'دانا (مختلقة)'})
CREATE (dana)-[:WORKED_AT {id: 'fact:made-up-dana-stated', start: '2022-04', certainty: 'stated',
                           sources: ['source:made-up-s1']}]->(meta),
       (dana)-[:WORKED_AT {id: 'fact:made-up-dana-implied', start: '2022-05', certainty: 'implied',
                           sources: ['source:made-up-s2']}]->(meta)
CREATE (lab:Organization {id: 'org:made-up-lab', name: 'Lab (made up)', nameAr: 'مختبر (مختلق)'})
CREATE (lab)-[:PART_OF {id: 'fact:made-up-lab-part-of-meta', certainty: 'stated', sources: ['source:made-up-s3']}]->(meta)
CREATE (eli:Person {id: 'person:made-up-eli', name: 'Eli (made up)', nameAr: 'إيلي (مختلق)'})
CREATE (eli)-[:WORKED_AT {id: 'fact:made-up-eli-lab', start: '2023-01', certainty: 'stated',
                          sources: ['source:made-up-s3']}]->(lab),
       (eli)-[:WORKED_AT {id: 'fact:made-up-eli-meta', start: '2023-01', certainty: 'stated',
                          sources: ['source:made-up-s1']}]->(meta)`;

/** Dana, Eli, the lab and Meta in the scene. */
const DANA_ELI_SCENE =
  '/?v=2&mode=timeline&n=person:made-up-dana&n=person:made-up-eli&n=org:meta&n=org:made-up-lab';

/** Cleo and Meta in the scene: the sources their facts cite are the scene's, which the source filter counts. */
const SCENE = '/?v=2&mode=timeline&n=person:made-up-cleo&n=org:meta';

/** The items of the person named by `who` (a pattern's source) in the strip: certainty, date, text and badge. */
const itemsOf = (page: Page, who: string) =>
  page.$$eval(
    '.timeline-strip li',
    (lis, pattern) =>
      lis
        .filter((li) => new RegExp(pattern).test(li.textContent ?? ''))
        .map((li) => ({
          certainty: li.getAttribute('data-certainty'),
          date: li.querySelector('time')?.getAttribute('datetime'),
          text: li.querySelector('span')?.textContent ?? null,
          badge: li.querySelector('.badge')?.textContent ?? null,
        })),
    who,
  );

/** Cleo's items in the strip: certainty, date and the badge, if any. */
const cleo = (page: Page) =>
  page.$$eval('.timeline-strip li', (lis) =>
    lis
      .filter((li) => /Cleo|كليو/.test(li.textContent ?? ''))
      .map((li) => ({
        certainty: li.getAttribute('data-certainty'),
        date: li.querySelector('time')?.getAttribute('datetime'),
        badge: li.querySelector('.badge')?.textContent ?? null,
      })),
  );

describe('the timeline strip’s move told by the facts the filters leave', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      await seedArticle(driver);
      await driver.executeQuery(CLEO, {}, { database: testNeo4j().database });
      await driver.executeQuery(DANA_ELI, {}, { database: testNeo4j().database });
    },
  });

  it('lists the move stated while both facts are drawn', async () => {
    const { page, errors } = await env.newPage({ path: SCENE });
    await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => cleo(page), { timeout: 60_000 })
      .toEqual([{ certainty: 'stated', date: '2022-04', badge: null }]);
    expect(errors).toEqual([]);
  });

  it('badges it implied, at the implied fact’s date, once the stated fact’s source is hidden', async () => {
    const { page, errors } = await env.newPage({ path: `${SCENE}&hs=source:made-up-s1` });
    await page.locator('[data-testid="chip-sources"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => cleo(page), { timeout: 60_000 })
      .toEqual([{ certainty: 'implied', date: '2022-04-15', badge: 'implied' }]);
    await saveScreenshot(page, 'timeline-fact-hidden-source-en', '.timeline-strip');
    await saveScreenshot(page, 'timeline-fact-hidden-source-page-en');
    expect(errors).toEqual([]);
  });

  it('badges it implied once the stated fact is hidden on the canvas', async () => {
    const { page, errors } = await env.newPage({ path: `${SCENE}&h=fact:made-up-cleo-stated` });
    await page.locator('[data-testid="chip-hidden-nodes"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => cleo(page), { timeout: 60_000 })
      .toEqual([{ certainty: 'implied', date: '2022-04-15', badge: 'implied' }]);
    expect(errors).toEqual([]);
  });

  it('says so in Arabic, right to left', async () => {
    const { page, errors } = await env.newPage({ path: `${SCENE}&lang=ar&hs=source:made-up-s1` });
    await page.locator('[data-testid="chip-sources"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => cleo(page), { timeout: 60_000 })
      .toEqual([{ certainty: 'implied', date: '2022-04-15', badge: expect.any(String) }]);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await saveScreenshot(page, 'timeline-fact-hidden-source-ar', '.timeline-strip');
    await saveScreenshot(page, 'timeline-fact-hidden-source-page-ar');
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    const path = `${DANA_ELI_SCENE}${lang === 'ar' ? '&lang=ar' : ''}`;

    it(`tells once, stated, at the stated start, a join two facts start on different months (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path });
      await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
      const dana = lang === 'ar' ? 'ينضمّ دانا \\(مختلقة\\) إلى' : 'Dana \\(made up\\) joins';
      await expect
        .poll(() => itemsOf(page, dana), { timeout: 60_000 })
        .toEqual([{ certainty: 'stated', date: '2022-04', text: expect.any(String), badge: null }]);
      await page.screenshot({ path: `/tmp/timeline/after-strip-${lang}.png` });
      await saveScreenshot(page, `timeline-one-join-${lang}`, '.timeline-strip');
      expect(errors).toEqual([]);
    });

    it(`names only the organisations whose facts the filters leave (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path });
      await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
      const eli = lang === 'ar' ? 'إيلي' : 'Eli';
      const both = (await itemsOf(page, eli)).map((i) => i.text);
      expect(both).toHaveLength(1);
      expect(both[0]).toMatch(lang === 'ar' ? /مختبر \(مختلق\)/ : /Lab \(made up\)/);
      // The lab's only fact rests on s3: hidden, the item names Meta alone.
      const hidden = await env.newPage({ path: `${path}&hs=source:made-up-s3` });
      await hidden.page.locator('[data-testid="chip-sources"]').waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => (await itemsOf(hidden.page, eli)).map((i) => i.text), { timeout: 60_000 })
        .toEqual([
          lang === 'ar'
            ? expect.stringMatching(/^ينضمّ إيلي \(مختلق\) إلى [^و]+$/)
            : 'Eli (made up) joins Meta',
        ]);
      await hidden.page.screenshot({ path: `/tmp/timeline/after-strip-hidden-source-${lang}.png` });
      await saveScreenshot(hidden.page, `timeline-shown-orgs-${lang}`, '.timeline-strip');
      expect(errors).toEqual([]);
      expect(hidden.errors).toEqual([]);
    });
  }
});
