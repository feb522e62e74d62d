// The Timeline tab's strip follows every filter its chips name, in real Chromium over the article's seed and a
// made-up career (test data, no source says it: Ada joins Meta, a made-up source states, and OpenAI, it only
// implies): unticking "implied" leaves out the implied items, hiding the article (the scene's one source) leaves out
// every item it reports and keeps Ada's, hiding people or WORKED_AT leaves out every move, hiding Ada (or Meta) on
// the canvas leaves out her moves (her move to Meta), and the strip says how many items the filters hide; in English
// and in Arabic, with screenshots of the strip.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seedArticle, useBrowserEnv } from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

/** Made-up test data: two stints of a made-up person, citing a made-up source the story's scene does not cite. */
const ADA = `MATCH (meta:Organization {id: 'org:meta'}), (openai:Organization {id: 'org:openai'})
CREATE (ada:Person {id: 'person:made-up-ada', name: 'Ada (made up)', nameAr: 'آدا (مختلقة)'})
CREATE (ada)-[:WORKED_AT {id: 'fact:made-up-ada-meta', start: '2023-03', certainty: 'stated',
                          sources: ['source:made-up']}]->(meta),
       (ada)-[:WORKED_AT {id: 'fact:made-up-ada-openai', start: '2024-05', certainty: 'implied',
                          sources: ['source:made-up']}]->(openai)`;

/** The certainty and text of each item the strip lists, in order. */
const listed = (page: Page) =>
  page.$$eval('.timeline-strip li', (lis) =>
    lis.map((li) => ({ certainty: li.getAttribute('data-certainty'), text: li.textContent ?? '' })),
  );

/** The strip and the notes above it, up close: clipping and the right-to-left order are read from it. */
async function stripShot(page: Page, name: string): Promise<void> {
  const top = (await page.locator('.canvas-area .timeline-filtered').boundingBox())!;
  const view = page.viewportSize()!;
  await page.screenshot({
    path: `tests/artifacts/${name}.png`,
    clip: { x: 0, y: top.y - 60, width: view.width, height: view.height - top.y + 60 },
  });
}

describe('the timeline strip under the filters', () => {
  const env = useBrowserEnv({
    seed: async (driver) => {
      await seedArticle(driver);
      await driver.executeQuery(ADA, {}, { database: testNeo4j().database });
    },
  });

  it('leaves out what the certainty and source filters hide, and says how many items', async () => {
    const { page, errors } = await env.newPage({ path: '/?mode=timeline' });
    await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
    const all = await listed(page);
    const stated = all.filter((i) => i.certainty === 'stated');
    expect(all.filter((i) => i.certainty === 'implied').map((i) => i.text)).toContain(
      '2024-05Ada (made up) joins OpenAIimplied',
    );
    const note = page.locator('[data-testid="timeline-filtered"]');
    expect(await note.count()).toBe(0);

    await page.locator('[data-testid="certainty-implied"]').uncheck();
    await expect.poll(() => listed(page), { timeout: 30_000 }).toEqual(stated);
    expect(await note.textContent()).toBe(
      `Hidden by the filters: ${all.length - stated.length} of ${all.length} items.`,
    );
    expect(await page.locator('[data-testid="chip-certainty-implied"]').isVisible()).toBe(true);
    await saveScreenshot(page, 'timeline-filtered-en');
    await stripShot(page, 'timeline-filtered-strip-en');

    // Every certainty again, the article hidden: only Ada's items, which a source still shown reports, are listed.
    await page.locator('[data-testid="certainty-implied"]').check();
    await expect.poll(() => listed(page), { timeout: 30_000 }).toEqual(all);
    expect(await note.count()).toBe(0);
    await page.locator('.source-check input[type="checkbox"]').first().uncheck();
    const ada = all.filter((i) => i.text.includes('Ada (made up)'));
    expect(ada).toHaveLength(2);
    await expect.poll(() => listed(page), { timeout: 30_000 }).toEqual(ada);
    expect(await note.textContent()).toBe(`Hidden by the filters: ${all.length - 2} of ${all.length} items.`);
    expect(await page.locator('[data-testid="chip-sources"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('leaves out what the hidden label, relationship type and node filters hide, as their chips say', async () => {
    const { page, errors } = await env.newPage({ path: '/?mode=timeline' });
    await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
    const all = await listed(page);
    // The moves (Sam Altman's to OpenAI, Ada's two) and the events the article reports.
    const moves = all.filter((i) => i.text.includes(' joins '));
    const events = all.filter((i) => !i.text.includes(' joins '));
    expect(moves).toHaveLength(3);
    expect(events.length).toBeGreaterThan(0);
    const note = (p: Page) => p.locator('[data-testid="timeline-filtered"]');
    const everyMoveHidden = `Hidden by the filters: ${moves.length} of ${all.length} items.`;

    // People hidden: no move is listed, as no stint is drawn; every event is.
    const { page: people } = await env.newPage({ path: '/?mode=timeline&hl=Person' });
    await people.locator('[data-testid="chip-label-Person"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => listed(people), { timeout: 60_000 }).toEqual(events);
    expect(await note(people).textContent()).toBe(everyMoveHidden);
    await saveScreenshot(people, 'timeline-hidden-label-en');
    await stripShot(people, 'timeline-hidden-label-strip-en');
    // The chip's ✕ lists them again.
    await people.locator('[data-testid="chip-remove-label-Person"]').click();
    await expect.poll(() => listed(people), { timeout: 30_000 }).toEqual(all);
    expect(await note(people).count()).toBe(0);

    // WORKED_AT hidden: the same moves leave, the events (nodes, not relationships) stay.
    const { page: stints } = await env.newPage({ path: '/?mode=timeline&ht=WORKED_AT' });
    await stints.locator('[data-testid="chip-rel-WORKED_AT"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => listed(stints), { timeout: 60_000 }).toEqual(events);
    expect(await note(stints).textContent()).toBe(everyMoveHidden);

    // Ada hidden on the canvas: her two moves leave; Meta hidden: her move to Meta, the only organisation it names.
    const scene = '/?v=2&mode=timeline&n=person:made-up-ada&n=org:meta&n=org:openai';
    const ada = all.filter((i) => i.text.includes('Ada (made up)'));
    const { page: adaHidden } = await env.newPage({ path: `${scene}&h=person:made-up-ada` });
    await adaHidden.locator('[data-testid="chip-hidden-nodes"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => listed(adaHidden), { timeout: 60_000 })
      .toEqual(all.filter((i) => !ada.includes(i)));
    expect(await note(adaHidden).textContent()).toBe(`Hidden by the filters: 2 of ${all.length} items.`);
    await saveScreenshot(adaHidden, 'timeline-hidden-node-en');
    const { page: metaHidden } = await env.newPage({ path: `${scene}&h=org:meta` });
    await metaHidden.locator('[data-testid="chip-hidden-nodes"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => listed(metaHidden), { timeout: 60_000 })
      .toEqual(all.filter((i) => !i.text.includes('Ada (made up) joins Meta')));
    expect(await note(metaHidden).textContent()).toBe(`Hidden by the filters: 1 of ${all.length} items.`);
    expect(errors).toEqual([]);
  });

  it('says so in Arabic, right to left', async () => {
    const { page, errors } = await env.newPage({ path: '/?mode=timeline&lang=ar&cert=stated&hl=Person' });
    const note = page.locator('[data-testid="timeline-filtered"]');
    await note.waitFor({ timeout: 60_000 });
    await page.locator('.timeline-strip li').first().waitFor({ timeout: 60_000 });
    // The total counted with its noun in the form it asks for (٥ عناصر, ١٢ عنصرًا, …).
    expect(await note.textContent()).toMatch(/^أخفت المرشّحات [٠-٩]+ من [٠-٩]+ (عناصر|عنصرًا|عنصر)\.$/);
    expect(new Set((await listed(page)).map((i) => i.certainty))).toEqual(new Set(['stated']));
    // People hidden: no one joins (ينضمّ) anything in the strip.
    expect((await listed(page)).filter((i) => i.text.includes('ينضمّ'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await saveScreenshot(page, 'timeline-filtered-ar');
    await stripShot(page, 'timeline-filtered-strip-ar');
    expect(errors).toEqual([]);
  });
});
