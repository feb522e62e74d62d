// Facts and moves read the right way round, in real Chromium, in English and Arabic: an arrow points the way its
// line is read (right to left in Arabic: "ميتا ← xAI"), and a fact that points at the node whose details list it is
// said from that node's side (Meta "includes FAIR", not "← part of FAIR", which read as Meta being part of FAIR).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';

const WAIT = { timeout: 60_000 };

/** The details of one node, opened by a link to it. */
async function openDetails(env: ReturnType<typeof useBrowserEnv>, lang: string, id: string) {
  const { page, errors } = await env.newPage({
    path: `/?sel=${encodeURIComponent(id)}${lang === 'ar' ? '&lang=ar' : ''}`,
  });
  await page.locator(`[data-testid="details"][data-id="${id}"] [data-testid="fact"]`).first().waitFor(WAIT);
  return { page, errors };
}

/** Each fact's head line: its relation, the other end, its role, dates and certainty. */
const factHeads = (page: Page) => page.locator('[data-testid="fact"] .fact-head').allTextContents();

describe('reading direction', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', /^FAIR · Meta → xAI/],
    ['ar', /^قسم أبحاث الذكاء الاصطناعي الأساسي · ميتا ← xAI/],
  ])('a career move points from where a person left to where they went (%s)', async (lang, text) => {
    const { page, errors } = await openDetails(env, lang, 'person:xinlei-chen');
    const move = page.locator('[data-testid="career-move"]').first();
    await move.waitFor(WAIT);
    expect(await move.textContent()).toMatch(text);
    // Laid out in the interface's direction whatever script the names are in (an isolate of its own resolved an
    // all-Latin "Meta → xAI" left to right in Arabic, and an Arabic one right to left in English).
    expect(await move.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await saveScreenshot(page, `reading-career-move-${lang}`, '[data-testid="career"]');
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', 'org:meta', /^includes FAIR/, /^← |^→ /],
    ['ar', 'org:meta', /^تضمّ قسم أبحاث الذكاء الاصطناعي الأساسي/, /^← |^→ /],
    ['en', 'event:openai-takeover-bid-2025', /^involved Elon Musk \(bidder\)/, /^← |^→ /],
    ['ar', 'event:openai-takeover-bid-2025', /^بمشاركة .+ \(مقدّم العرض\)/, /^← |^→ /],
  ])(
    'an incoming fact is said from the side of the node listing it (%s, %s)',
    async (lang, id, expected, arrowed) => {
      const { page, errors } = await openDetails(env, lang, id);
      await expect.poll(() => factHeads(page), WAIT).toContainEqual(expect.stringMatching(expected));
      for (const head of await factHeads(page)) expect(head).not.toMatch(arrowed);
      await page
        .locator('[data-testid="fact"] .fact-head', { hasText: expected })
        .first()
        .scrollIntoViewIfNeeded();
      await saveScreenshot(page, `reading-incoming-${id.replace(/\W/g, '-')}-${lang}`);
      expect(errors).toEqual([]);
    },
  );
});
