// Paths made of facts and quotes read in their source, in real Chromium over the seeded article: the path panel lists
// each step with its quote, source and certainty, and the whole path is brought on screen; derived talent flows
// change the path only when asked; "No path within N steps"; a citation opens the reader with the quote highlighted,
// visible and right-to-left.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  nodePoint,
  saveScreenshot,
  searchAndOpen,
  useBrowserEnv,
  visibleEdgeIds,
  waitForScene,
} from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';

const WAIT = { timeout: 30_000 };

/** Picks Xinlei Chen → Sam Altman with the node details' path buttons (labels in the page's language). */
async function pickPath(page: Page, labels: { from: string; to: string; altman?: string }) {
  await waitForScene(page, 5);
  await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
  await page.getByRole('button', { name: labels.from }).click();
  await searchAndOpen(page, 'Altman', labels.altman ?? 'Sam Altman');
  await page.getByRole('button', { name: labels.to }).click();
}

const steps = (page: Page) => page.locator('[data-testid="path-step"]');

/**
 * The nodes of the path listed that are not drawn inside the canvas (their centres, 8 px in from its sides): the
 * ends of each step's relationship, placed through the canvas probe.
 */
async function pathNodesOffCanvas(page: Page): Promise<string[]> {
  const edges = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
  const nodes = await page.evaluate(
    (ids) =>
      ids.flatMap(
        (id) =>
          (
            window as unknown as { __talentGraph: { edgeEnds(id: string): [string, string] | null } }
          ).__talentGraph.edgeEnds(id) ?? [],
      ),
    edges,
  );
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const off: string[] = [];
  for (const id of new Set(nodes)) {
    const p = await nodePoint(page, id);
    const inside =
      p &&
      p.x >= box.x + 8 &&
      p.x <= box.x + box.width - 8 &&
      p.y >= box.y + 8 &&
      p.y <= box.y + box.height - 8;
    if (!inside) off.push(id);
  }
  return nodes.length ? off : ['(no path drawn)'];
}

/** Waits until the panel lists `n` steps (a new search replaces the list). */
async function waitForSteps(page: Page, n: number) {
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="path-step"]').length === count,
    n,
    WAIT,
  );
}

describe('paths made of facts, quotes read in their source', () => {
  const env = useBrowserEnv();

  it('lists the path step by step with quotes; derived flows only when asked; other shortest paths offered', async () => {
    const { page, errors } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    const panel = page.locator('[data-testid="path-panel"]');
    await waitForSteps(page, 4);
    // The whole path is brought on screen once the panel has narrowed the canvas (Xinlei Chen sat beyond its side).
    await expect.poll(() => pathNodesOffCanvas(page), WAIT).toEqual([]);
    // Four facts, each with its Arabic quote, English rendering, source and certainty; no derived flow among them.
    for (let i = 0; i < 4; i++) {
      const step = steps(page).nth(i);
      expect(await step.getAttribute('data-edge')).toMatch(/^fact:/);
      const quote = step.locator('[data-testid="evidence"]');
      expect(await quote.getAttribute('dir')).toBe('rtl');
      expect(await quote.textContent()).toMatch(/[\u0600-\u06FF]/);
      expect(await step.locator('.evidence-en').textContent()).toMatch(/[A-Za-z]/);
      expect(await step.locator('[data-testid="citation"]').first().textContent()).toContain(
        'Rose al-Youssef',
      );
      expect(await step.locator('.badge').textContent()).toMatch(/stated|implied/);
    }
    expect(await panel.textContent()).not.toContain('Derived talent flow');
    // Several shortest paths: choosing another lists its steps.
    const choose = page.locator('[data-testid="path-choose"]');
    expect(await choose.locator('option').count()).toBeGreaterThan(1);
    // No two entries read alike: paths through the same nodes are told apart by their relationships.
    const entries = await choose.locator('option').allTextContents();
    expect(new Set(entries).size, entries.join(' | ')).toBe(entries.length);
    // Each path is as certain as its weakest step, and the stated ones are offered first: the summary says so for
    // the path shown (no badge for a stated one), the list for each.
    const rank = { stated: 0, implied: 1, unsourced: 2 } as const;
    const offered = await choose
      .locator('option')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-certainty') as 'stated' | 'implied' | 'unsourced'),
      );
    expect(offered.map((c) => rank[c])).toEqual([...offered.map((c) => rank[c])].sort());
    const listed: string[] = [];
    for (let i = 0; i < offered.length; i++) {
      await choose.selectOption(String(i));
      await expect
        .poll(
          async () => (await choose.inputValue()) === String(i) && (await steps(page).count()) === 4,
          WAIT,
        )
        .toBe(true);
      listed.push(await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')).join()));
      const stepBadges = await steps(page).locator('.badge').allTextContents();
      const weakest = stepBadges.some((b) => /no source/.test(b))
        ? 'no source'
        : stepBadges.some((b) => /implied/.test(b))
          ? 'implied'
          : null;
      const badge = page.locator('[data-testid="path-certainty"]');
      if (weakest) await expect.poll(() => badge.textContent(), WAIT).toBe(weakest);
      else await expect.poll(() => badge.count(), WAIT).toBe(0);
      expect(offered[i], `path ${i + 1}`).toBe(
        weakest === 'implied' ? 'implied' : weakest ? 'unsourced' : 'stated',
      );
    }
    await choose.selectOption('0');
    await page.waitForFunction(
      (path0) =>
        [...document.querySelectorAll('[data-testid="path-step"]')]
          .map((e) => e.getAttribute('data-edge'))
          .join() === path0,
      listed[0],
      WAIT,
    );
    const first = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')).join());
    await choose.selectOption('1');
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('[data-testid="path-step"]')]
          .map((e) => e.getAttribute('data-edge'))
          .join() !== before,
      first,
      WAIT,
    );
    await expect.poll(() => pathNodesOffCanvas(page), WAIT).toEqual([]);
    await saveScreenshot(page, 'path-panel-en');
    await saveScreenshot(page, 'path-panel-en-panel', '[data-testid="path-panel"]');

    // With derived flows the path runs through the derived Meta → OpenAI flow, one step shorter, and says so.
    await page.locator('[data-testid="path-derived"]').check();
    await waitForSteps(page, 3);
    expect(await panel.textContent()).toContain('Derived talent flow');
    const edges = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    expect(edges.some((id) => id?.startsWith('flow:'))).toBe(true);
    // The summary and the notice over the canvas say the path runs through an edge no source states.
    expect(await page.locator('[data-testid="path-derived-badge"]').textContent()).toBe(
      'through a derived flow',
    );
    await expect
      .poll(() => page.locator('[data-testid="notice"]').textContent(), WAIT)
      .toContain('through a derived talent flow');
    await saveScreenshot(page, 'path-panel-derived-en', '[data-testid="path-panel"]');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => page.locator('[data-testid="path-derived-badge"]').textContent(), WAIT)
      .toBe('عبر تدفّق مشتق');
    await saveScreenshot(page, 'path-panel-derived-ar', '[data-testid="path-panel"]');
    await page.locator('[data-testid="lang-switch"]').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('[data-testid="path-derived"]').uncheck();
    await waitForSteps(page, 4);
    expect(errors).toEqual([]);
  });

  it('searches only the certainties shown, and says when the path runs through facts a hidden source leaves undrawn', async () => {
    const { page, errors } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    await waitForSteps(page, 4);
    expect(await page.locator('[data-testid="path-hidden-note"]').count()).toBe(0);
    // Some of the shortest paths offered rest on an implied fact.
    const impliedOffered = () =>
      page.locator('[data-testid="path-choose"] option[data-certainty="implied"]').count();
    expect(await impliedOffered()).toBeGreaterThan(0);
    // "Implied" unticked: searched again with stated facts only — no path offered or step listed is implied, and every
    // step is drawn.
    await page.locator('[data-testid="certainty-implied"]').uncheck();
    await expect.poll(impliedOffered, WAIT).toBe(0);
    const badges = () => steps(page).locator('.badge').allTextContents();
    await expect
      .poll(async () => {
        const listed = await badges();
        const none = await page.locator('[data-testid="path-none"]').count();
        return none > 0 || (listed.length > 0 && listed.every((b) => b === 'stated'));
      }, WAIT)
      .toBe(true);
    const edges = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
    await expect
      .poll(async () => {
        const drawn = await visibleEdgeIds(page);
        return edges.filter((id) => !drawn.includes(id));
      }, WAIT)
      .toEqual([]);
    expect(await page.locator('[data-testid="path-hidden-note"]').count()).toBe(0);
    // The source filter, which the search cannot apply: the path stays, and the panel says how much of it is hidden.
    await page.locator('[data-testid="certainty-implied"]').check();
    await waitForSteps(page, 4);
    await page.locator('.source-check input[type="checkbox"]').first().uncheck();
    const note = page.locator('[data-testid="path-hidden-note"]');
    await expect
      .poll(() => note.textContent(), WAIT)
      .toBe('This path goes through 4 facts the view’s filters hide.');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect.poll(() => note.textContent(), WAIT).toBe('يمرّ هذا المسار عبر ٤ وقائع تخفيها مرشّحات العرض.');
    expect(errors).toEqual([]);
  });

  it('reopens a copied link with its path: the same options, the same path listed and highlighted (en, ar)', async () => {
    const { page, errors } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    await waitForSteps(page, 4);
    // Another of the shortest paths, and one type left out (the search runs again).
    await page.locator('.path-types summary').click();
    await page.locator('[data-testid="path-type-RELATIVE_OF"]').uncheck();
    await waitForSteps(page, 4);
    const choose = page.locator('[data-testid="path-choose"]');
    const last = String((await choose.locator('option').count()) - 1);
    await choose.selectOption(last);
    await expect.poll(() => choose.inputValue(), WAIT).toBe(last);
    const listed = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    const summary = await page.locator('[data-testid="path-summary"]').textContent();
    const notice = await page.locator('[data-testid="notice"]').textContent();
    // The drawn colours: a path step picked out, a fact off the path faded.
    const off = (await visibleEdgeIds(page)).find((id) => !listed.includes(id))!;
    expect(off).toBeDefined();
    const styles = (p: Page) =>
      p.evaluate(
        (ids) =>
          ids.map((id) =>
            (
              window as unknown as { __talentGraph: { edgeStyle(id: string): unknown } }
            ).__talentGraph.edgeStyle(id),
          ),
        [listed[0]!, off],
      );
    await expect.poll(async () => JSON.stringify(await styles(page)), WAIT).not.toContain('null');
    const drawn = await styles(page);
    await page.click('[data-testid="export-button"]');
    await page.click('[data-testid="export-copyLink"]');
    await page.locator('.menu-status', { hasText: 'Link copied' }).waitFor();
    const url = page.url().slice(env.baseUrl.length);
    expect(url).toMatch(/[?&]pf=person%3Axinlei-chen&pt=person%3Asam-altman&pty=[^&]+&pe=/);

    const { page: reopened, errors: reopenedErrors } = await env.newPage({ path: url });
    await waitForSteps(reopened, 4);
    expect(await reopened.locator('[data-testid="path-choose"]').inputValue()).toBe(last);
    expect(await steps(reopened).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')))).toEqual(
      listed,
    );
    expect(await reopened.locator('[data-testid="path-summary"]').textContent()).toBe(summary);
    await reopened.locator('.path-types summary').click();
    expect(await reopened.isChecked('[data-testid="path-type-RELATIVE_OF"]')).toBe(false);
    expect(await reopened.isChecked('[data-testid="path-type-WORKED_AT"]')).toBe(true);
    await reopened.locator('[data-testid="chip-path"]').waitFor(WAIT);
    await expect.poll(() => reopened.locator('[data-testid="notice"]').textContent(), WAIT).toBe(notice);
    await expect.poll(async () => JSON.stringify(await styles(reopened)), WAIT).toBe(JSON.stringify(drawn));
    expect(await reopened.locator('[data-testid="link-note"]').count()).toBe(0);
    await saveScreenshot(reopened, 'path-link-en');

    // The same link in Arabic: the same path, the panel right-to-left.
    const { page: arabic, errors: arabicErrors } = await env.newPage({ path: `${url}&lang=ar` });
    await waitForSteps(arabic, 4);
    expect(await steps(arabic).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')))).toEqual(
      listed,
    );
    expect(await arabic.locator('[data-testid="path-choose"]').inputValue()).toBe(last);
    await arabic.locator('[data-testid="chip-path"]').waitFor(WAIT);
    await saveScreenshot(arabic, 'path-link-ar');

    // A link whose path was listed, not highlighted (pl=1): the panel lists it and offers to draw it.
    const { page: listed2, errors: listedErrors } = await env.newPage({ path: `${url}&pl=1` });
    await waitForSteps(listed2, 4);
    const draw = listed2.locator('[data-testid="path-draw"]');
    await draw.waitFor(WAIT);
    expect(await listed2.locator('[data-testid="chip-path"]').count()).toBe(0);
    await saveScreenshot(listed2, 'path-link-listed-en', '[data-testid="path-panel"]');
    await draw.click();
    await listed2.locator('[data-testid="chip-path"]').waitFor(WAIT);
    await expect.poll(() => draw.count(), WAIT).toBe(0);
    await expect.poll(async () => JSON.stringify(await styles(listed2)), WAIT).toBe(JSON.stringify(drawn));
    expect([...errors, ...reopenedErrors, ...arabicErrors, ...listedErrors]).toEqual([]);
  });

  it("opens the search's own Cypher in the editor: its ends, the types it followed, derived flows when asked (en, ar)", async () => {
    const { page, errors } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    await waitForSteps(page, 4);
    const show = page.locator('[data-testid="path-show-cypher"]');
    expect(await show.textContent()).toBe('Show Cypher');
    expect(await show.getAttribute('title')).toBe('Show the Cypher of this search');
    await saveScreenshot(page, 'path-show-cypher-en', '[data-testid="path-panel"]');
    await show.click();
    const editor = page.locator('[data-testid="cypher-editor"] .cm-content');
    await expect.poll(() => editor.textContent(), WAIT).toContain('allShortestPaths');
    const facts = (await editor.textContent())!;
    // Both ends by their label and id, the ticked types quoted, no derived flow, values as parameters.
    expect(facts).toContain('MATCH (a:Person {id: $from})');
    expect(facts).toContain('MATCH (b:Person {id: $to})');
    expect(facts).toContain('`WORKED_AT`|');
    // (The certainty check names the derived flows, which count as stated without a certainty: the pattern does not.)
    expect(facts).toMatch(/allShortestPaths\(\(a\)-\[:[^\]]*`WORKED_AT`/);
    expect(facts).not.toMatch(/allShortestPaths\(\(a\)-\[:[^\]]*TALENT_FLOW/);
    expect(facts).not.toContain('REPORTED_BY`');
    const params = await page.locator('[data-testid="cypher-params"]').inputValue();
    expect(JSON.parse(params)).toMatchObject({
      from: 'person:xinlei-chen',
      to: 'person:sam-altman',
      certainties: ['stated', 'implied'],
      maxPaths: 50,
    });
    // Run as it is, it draws the paths the panel lists (the integration tests compare them in full).
    await page.locator('[data-testid="cypher-run"]').click();
    const listed = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
    await expect
      .poll(async () => {
        const drawn = await visibleEdgeIds(page);
        return listed.filter((id) => !drawn.includes(id));
      }, WAIT)
      .toEqual([]);

    // With derived flows the search and its Cypher follow TALENT_FLOW too.
    await page.locator('[data-testid="path-derived"]').check();
    await waitForSteps(page, 3);
    await show.click();
    await expect.poll(() => editor.textContent(), WAIT).toContain('`TALENT_FLOW`*..6');
    expect(await editor.textContent()).toContain('derived talent flows');

    // In Arabic the button reads so, inside the right-to-left panel.
    await page.locator('[data-testid="lang-switch"]').click();
    await expect.poll(() => show.textContent(), WAIT).toBe('عرض Cypher');
    expect(await show.getAttribute('title')).toBe('عرض Cypher هذا البحث');
    await saveScreenshot(page, 'path-show-cypher-ar', '[data-testid="path-panel"]');
    await saveScreenshot(page, 'path-show-cypher-ar-page');

    // Nothing ticked: nothing searched, so no Cypher of a search is offered.
    await page.locator('[data-testid="path-derived"]').uncheck();
    await page.locator('.path-types summary').click();
    const boxes = page.locator('[data-testid^="path-type-"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
    await page.locator('[data-testid="path-no-types"]').waitFor(WAIT);
    expect(await show.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says "No path within 6 steps" when the chosen relationship types give none', async () => {
    const { page } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    await waitForSteps(page, 4);
    await page.locator('.path-types summary').click();
    // Only family ties: Xinlei Chen has none.
    for (const type of ['WORKED_AT', 'FOUNDED', 'PART_OF', 'DEVELOPS', 'PARTICIPATED_IN']) {
      await page.locator(`[data-testid="path-type-${type}"]`).uncheck();
    }
    const none = page.locator('[data-testid="path-none"]');
    await none.waitFor(WAIT);
    expect(await none.textContent()).toBe('No path within 6 steps.');
    expect(await steps(page).count()).toBe(0);
    expect(await page.locator('[data-testid="path-panel"]').textContent()).not.toContain('0 steps');
    await saveScreenshot(page, 'path-none-en', '[data-testid="path-panel"]');
  });

  it('searches no path with no relationship ticked and says why; with derived flows alone, the flows only (en, ar)', async () => {
    const { page, errors } = await env.newPage();
    await pickPath(page, { from: 'Path from here', to: 'Path to here' });
    await waitForSteps(page, 4);
    await page.locator('[data-testid="chip-path"]').waitFor(WAIT);
    await page.locator('.path-types summary').click();
    const boxes = page.locator('[data-testid^="path-type-"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
    // Nothing ticked: no search (the server's default types would be walked), no path drawn, and the panel says why.
    const why = page.locator('[data-testid="path-no-types"]');
    await why.waitFor(WAIT);
    expect(await why.textContent()).toBe(
      'No relationship is ticked, so no path is searched: tick at least one above.',
    );
    expect(await steps(page).count()).toBe(0);
    expect(await page.locator('[data-testid="path-summary"]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="chip-path"]').count(), WAIT).toBe(0);
    expect(await page.locator('[data-testid="notice"]').textContent()).toContain('No relationship is ticked');
    await saveScreenshot(page, 'path-no-types-en', '[data-testid="path-panel"]');
    await saveScreenshot(page, 'path-no-types-en-page');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => why.textContent(), WAIT)
      .toBe('لم تُحدَّد أي علاقة، فلا يجري البحث عن مسار: حدِّد علاقة واحدة على الأقل أعلاه.');
    await saveScreenshot(page, 'path-no-types-ar', '[data-testid="path-panel"]');
    await saveScreenshot(page, 'path-no-types-ar-page');

    // "Also through derived talent flows" alone: the flows only, which link organisations, not these two people.
    await page.locator('[data-testid="path-derived"]').check();
    await page.locator('[data-testid="path-none"]').waitFor(WAIT);
    expect(await steps(page).count()).toBe(0);
    await saveScreenshot(page, 'path-derived-only-ar', '[data-testid="path-panel"]');
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`opens a citation in the reader: whole article, quote highlighted and in view, right-to-left (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: lang === 'ar' ? '/?lang=ar' : '/' });
      await pickPath(
        page,
        lang === 'ar'
          ? { from: 'مسار من هنا', to: 'مسار إلى هنا', altman: 'سام ألتمان' }
          : { from: 'Path from here', to: 'Path to here' },
      );
      await waitForSteps(page, 4);
      await saveScreenshot(page, `path-panel-${lang}-page`);
      const step = steps(page).nth(1);
      const evidence = (await step.locator('[data-testid="evidence"]').textContent())!;
      const english = (await step.locator('.evidence-en').textContent())!;
      await step.locator('[data-testid="citation-open"]').first().click();
      const reader = page.locator('[data-testid="source-reader"]');
      const mark = reader.locator('[data-testid="reader-mark"]');
      await mark.waitFor(WAIT);
      expect(await mark.textContent()).toBe(evidence);
      const text = reader.locator('[data-testid="reader-text"]');
      expect(await text.getAttribute('dir')).toBe('rtl');
      expect(await text.getAttribute('lang')).toBe('ar');
      // The whole article, not only the quote.
      expect((await text.textContent())!.length).toBeGreaterThan(evidence.length * 5);
      expect(await reader.locator('[data-testid="reader-english"]').textContent()).toBe(english);
      // The highlighted quote is scrolled into the article's visible area.
      await page.waitForFunction(
        () => {
          const m = document.querySelector('[data-testid="reader-mark"]')?.getBoundingClientRect();
          const box = document.querySelector('[data-testid="reader-text"]')?.getBoundingClientRect();
          return !!m && !!box && m.top >= box.top - 1 && m.bottom <= box.bottom + 1 && m.height > 0;
        },
        undefined,
        WAIT,
      );
      await saveScreenshot(page, `reader-${lang}`);
      // The quotes beside the text are numbered in the UI's digits: Arabic-Indic in the Arabic UI, as its other
      // numbered lists, though the English renderings they number read left to right.
      expect(
        await reader.locator('.reader-quotes ol').evaluate((el) => getComputedStyle(el).listStyleType),
      ).toBe(lang === 'ar' ? 'arabic-indic' : 'decimal');
      // Another quote of the article, from the list beside the text, moves the highlight.
      const other = reader.locator('.reader-quotes button:not(.current)').first();
      await other.click();
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="reader-mark"]')?.textContent !== before,
        evidence,
        WAIT,
      );
      await page.keyboard.press('Escape');
      await reader.waitFor({ state: 'detached', ...WAIT });
      expect(errors).toEqual([]);
    });
  }

  it('opens a source from the sources list: the whole text, its quotes listed, a chosen quote highlighted', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await page.locator('[data-testid="source-read"]').first().click();
    const reader = page.locator('[data-testid="source-reader"]');
    await reader.locator('[data-testid="reader-text"]').waitFor(WAIT);
    expect(await reader.locator('[data-testid="reader-mark"]').count()).toBe(0);
    const quotes = reader.locator('.reader-quotes button');
    expect(await quotes.count()).toBeGreaterThan(20);
    await quotes.nth(3).click();
    const mark = reader.locator('[data-testid="reader-mark"]');
    await mark.waitFor(WAIT);
    expect((await mark.textContent())!.length).toBeGreaterThan(5);
    // The list stays beside the text, the chosen quote marked as current.
    expect(await reader.locator('.reader-quotes [aria-current="true"]').count()).toBe(1);
    await saveScreenshot(page, 'reader-from-sources-en');
    await reader.locator('[data-testid="reader-close"]').click();
    await reader.waitFor({ state: 'detached', ...WAIT });
    await saveScreenshot(page, 'sources-list-en', '.panel-left');
    expect(errors).toEqual([]);
  });

  it('links a source that has a URL to the original, from the reader', async () => {
    // The seeded article has no URL (url: null in its facts file); this test gives its Source node one on a reserved
    // example domain, and takes it away again afterwards.
    const url = 'https://example.org/rosa-2025-08-29';
    const set = (value: string | null) =>
      env.driver.executeQuery(
        'MATCH (s:Source {id: $id}) SET s.url = $url',
        { id: ARTICLE, url: value },
        {
          database: testNeo4j().database,
        },
      );
    await set(url);
    try {
      const { page } = await env.newPage();
      await pickPath(page, { from: 'Path from here', to: 'Path to here' });
      await waitForSteps(page, 4);
      await steps(page).first().locator('[data-testid="citation-open"]').first().click();
      const link = page.locator('[data-testid="source-reader"] [data-testid="reader-link"]');
      await link.waitFor(WAIT);
      expect(await link.getAttribute('href')).toBe(url);
      expect(await link.getAttribute('rel')).toContain('noopener');
    } finally {
      await set(null);
    }
  });
});
