// The Arabic UI in real Chromium: a curved (parallel) edge's Arabic label is drawn as the same whole glyph run as a
// straight edge's (not letter by letter, which unjoins and reverses Arabic), no two node discs overlap after the
// story's layout and after an expansion, and the panels show roles, qualifiers and counts in Arabic (a role the
// vocabulary does not know, in Latin letters, keeps its space from the dates, in a relationship's details and in a
// person's career timeline), and the empty search box's Arabic hint reads right to left.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickOnlyEdge,
  runCypher,
  saveScreenshot,
  searchAndOpen,
  stopLayout,
  useBrowserEnv,
  waitForScene,
} from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

interface Drawn {
  text: string;
  font: string;
  direction: string;
  /** Where the text was anchored on the canvas, in CSS pixels. */
  x: number;
  y: number;
}

/**
 * Records every fillText on sigma's edge-label canvas, one frame at a time (sigma clears that canvas before drawing
 * a frame): `__edgeLabelFrame` is the last frame's calls.
 */
function recordEdgeLabels(): void {
  const w = window as unknown as { __edgeLabelFrame: Drawn[]; __edgeLabelNext: Drawn[] };
  w.__edgeLabelFrame = [];
  w.__edgeLabelNext = [];
  const isEdgeLabels = (ctx: CanvasRenderingContext2D) =>
    ctx.canvas instanceof HTMLCanvasElement && ctx.canvas.classList.contains('sigma-edgeLabels');
  const proto = CanvasRenderingContext2D.prototype;
  const clearRect = proto.clearRect;
  proto.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clearRect>) {
    if (isEdgeLabels(this)) {
      w.__edgeLabelFrame = w.__edgeLabelNext;
      w.__edgeLabelNext = [];
    }
    return clearRect.apply(this, args);
  };
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillText>) {
    if (isEdgeLabels(this)) {
      const [text, x, y] = args;
      const m = this.getTransform();
      const dpr = window.devicePixelRatio || 1;
      w.__edgeLabelNext.push({
        text: String(text),
        font: this.font,
        direction: this.direction,
        x: (m.a * x + m.c * y + m.e) / dpr,
        y: (m.b * x + m.d * y + m.f) / dpr,
      });
    }
    return fillText.apply(this, args);
  };
}

/** The last complete frame's edge labels, plus what is drawn now if no frame was completed since. */
const drawnEdgeLabels = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __edgeLabelFrame: Drawn[]; __edgeLabelNext: Drawn[] };
    return w.__edgeLabelNext.length ? w.__edgeLabelNext : w.__edgeLabelFrame;
  });

/**
 * Page errors, less a 504 from the database being slow on this shared machine (the view it would have fetched is
 * not what these tests check); any other console error or uncaught exception still fails.
 */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 504 \(Gateway Timeout\)/.test(e));

/** The renderer's probe, as far as these tests read it. */
type Probe = {
  nodeDisc(id: string): { x: number; y: number; r: number } | null;
  visibleNodeIds(): string[];
};

/** Three pairs of organisations: A–B joined by two facts (curved), C–D and E–F by one each (straight). */
const SCENE = `RETURN [
  {id: 't:a', labels: ['Organization'], properties: {name: 'A', nameAr: 'ألف'}},
  {id: 't:b', labels: ['Organization'], properties: {name: 'B', nameAr: 'باء'}},
  {id: 't:c', labels: ['Organization'], properties: {name: 'C', nameAr: 'جيم'}},
  {id: 't:d', labels: ['Organization'], properties: {name: 'D', nameAr: 'دال'}},
  {id: 't:e', labels: ['Organization'], properties: {name: 'E', nameAr: 'هاء'}},
  {id: 't:f', labels: ['Organization'], properties: {name: 'F', nameAr: 'واو'}}
] AS nodes, [
  {id: 't:ab1', type: 'TALENT_FLOW', source: 't:a', target: 't:b', properties: {count: 4}},
  {id: 't:ab2', type: 'TALENT_FLOW_REPORTED', source: 't:a', target: 't:b', properties: {}},
  {id: 't:cd', type: 'TALENT_FLOW', source: 't:c', target: 't:d', properties: {count: 4}},
  {id: 't:ef', type: 'TALENT_FLOW_REPORTED', source: 't:e', target: 't:f', properties: {}}
] AS edges`;
/** The labels these facts get in the Arabic UI: a mixed one (digits and Arabic) and a vowelled Arabic one. */
const MIXED = '٤ بالاسم';
const ARABIC = 'مُبلَّغ عنها';
const PAIRS = [
  ['t:a', 't:b'],
  ['t:c', 't:d'],
  ['t:e', 't:f'],
] as const;

describe('Arabic on the canvas', () => {
  const env = useBrowserEnv();

  it('draws a curved edge’s Arabic label as the same whole glyph run as a straight edge’s', async () => {
    const { page, errors } = await env.newPage({
      path: '/?lang=ar',
      beforeGoto: async (p) => {
        await p.addInitScript(recordEdgeLabels);
      },
    });
    await waitForScene(page, 5);
    await runCypher(page, SCENE);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === '4',
      null,
      { timeout: 30_000 },
    );
    await stopLayout(page);
    // Each label goes with the pair of nodes whose middle it is nearest to.
    const byPair = async () => {
      const mids = await page.evaluate(
        (pairs) => {
          const tg = (window as unknown as { __talentGraph: Probe }).__talentGraph;
          return pairs.map(([a, b]) => {
            const pa = tg.nodeDisc(a!)!;
            const pb = tg.nodeDisc(b!)!;
            return { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
          });
        },
        PAIRS as unknown as string[][],
      );
      const groups: Drawn[][] = mids.map(() => []);
      for (const d of await drawnEdgeLabels(page)) {
        const dist = mids.map((m) => Math.hypot(m.x - d.x, m.y - d.y));
        groups[dist.indexOf(Math.min(...dist))]!.push(d);
      }
      return groups.map((g) => g.map((d) => d.text).sort());
    };
    // Every label is drawn once the scene is still: both on the curved pair, one on each straight pair.
    await expect.poll(byPair, { timeout: 30_000 }).toEqual([[MIXED, ARABIC].sort(), [MIXED], [ARABIC]]);
    await saveScreenshot(page, 'arabic-curved-straight-labels', '[data-testid="canvas"]');

    // The same string, font and direction draw the same glyphs: rasterise each drawn run upright and compare the
    // curved pair's with the straight pair's, pixel for pixel and by width.
    const compared = await page.evaluate(
      ({ drawn, labels }) => {
        const raster = (d: Drawn) => {
          const c = document.createElement('canvas');
          c.width = 200;
          c.height = 40;
          const ctx = c.getContext('2d')!;
          ctx.font = d.font;
          ctx.direction = d.direction as CanvasDirection;
          ctx.textAlign = 'left';
          ctx.fillText(d.text, 10, 28);
          return {
            width: ctx.measureText(d.text).width,
            pixels: Array.from(ctx.getImageData(0, 0, 200, 40).data),
          };
        };
        return labels.map((label) => {
          const runs = drawn.filter((d) => d.text === label).map(raster);
          return {
            label,
            runs: runs.length,
            sameWidth: runs.every((r) => r.width === runs[0]!.width),
            samePixels: runs.every((r) => r.pixels.every((v, i) => v === runs[0]!.pixels[i])),
            inked: runs[0] ? runs[0].pixels.filter((v, i) => i % 4 === 3 && v > 0).length : 0,
          };
        });
      },
      { drawn: await drawnEdgeLabels(page), labels: [MIXED, ARABIC] },
    );
    for (const c of compared) {
      expect(c.runs, c.label).toBe(2);
      expect(c.inked, c.label).toBeGreaterThan(50);
      expect(c.sameWidth, c.label).toBe(true);
      expect(c.samePixels, c.label).toBe(true);
    }
    // Both drawn right to left (the digit stays on the right of the mixed label, as in the panels).
    const directions = new Set((await drawnEdgeLabels(page)).map((d) => d.direction));
    expect([...directions]).toEqual(['rtl']);
    expect(realErrors(errors)).toEqual([]);
  });

  it('shows a person’s roles and an event’s qualifier and count in Arabic, with no English value left', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    const career = page.locator('.career-list');
    await career.waitFor({ timeout: 30_000 });
    await expect.poll(() => career.textContent(), { timeout: 30_000 }).toContain('عالم أبحاث');
    const facts = page.locator('[data-testid="node-details"]');
    await expect
      .poll(() => facts.locator('[data-testid="fact"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await saveScreenshot(page, 'arabic-person-panel');
    expect(await career.textContent()).not.toMatch(/research scientist/);
    // Each fact's head (relation, other end, role, dates); the English evidence and description below are the data's.
    const heads = await facts.locator('[data-testid="fact"] .fact-head').allTextContents();
    expect(heads.join(' | ')).toContain('(عالم أبحاث)');
    expect(heads.join(' | ')).not.toMatch(/research scientist/);
    // The Latin name sits at the panel's right edge as the Arabic text does, only its own text isolated; the citation
    // parts its date off with the Arabic comma.
    const edges = await page
      .locator('[data-testid="details-title"]')
      .evaluate((h) => [
        h.getBoundingClientRect().right,
        h.querySelector('bdi')!.getBoundingClientRect().right,
      ]);
    expect(Math.abs(edges[0]! - edges[1]!)).toBeLessThan(2);
    expect(await facts.locator('[data-testid="citation"]').first().textContent()).toContain('، ٢٠٢٥-٠٨-٢٩');

    await searchAndOpen(page, 'researchers and engineers', 'مغادرة ما لا يقل عن 14');
    const props = page.locator('[data-testid="node-details"] dl.props');
    await props.waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'arabic-event-panel');
    const text = (await props.textContent()) ?? '';
    expect(text).toContain('على الأقل');
    expect(text).toContain('١٤');
    expect(text).not.toMatch(/at least|departures/);
    expect(realErrors(errors)).toEqual([]);
  });

  it('reads the empty search box’s hint right to left, and a Latin name typed into it left to right', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    const input = page.locator('#search-input');
    const direction = () => input.evaluate((el) => getComputedStyle(el).direction);
    // The hint is Arabic: the box takes the page's direction while empty (dir="auto" made it left to right, the
    // hint's ellipsis and "(عربي / EN)" out of place at the left of the box).
    expect(await input.getAttribute('placeholder')).toMatch(/^ابحث/);
    expect(await direction()).toBe('rtl');
    await saveScreenshot(page, 'arabic-search-hint');
    await input.fill('Meta');
    await expect.poll(direction).toBe('ltr');
    await input.fill('ميتا');
    await expect.poll(direction).toBe('rtl');
    await input.fill('');
    await expect.poll(direction).toBe('rtl');
    expect(realErrors(errors)).toEqual([]);
  });

  it('keeps a space between a relationship’s Latin-letter role and its dates in the Arabic details', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await runCypher(
      page,
      // The article's two nodes, and a stint between them that no source states (drawn from the query's maps).
      `MATCH (p:Person {id: 'person:xinlei-chen'}), (o:Organization {id: 'org:meta'})
       RETURN [{id: p.id, labels: labels(p), properties: properties(p)},
               {id: o.id, labels: labels(o), properties: properties(o)}] AS nodes,
              [{id: 'x:1', type: 'WORKED_AT', source: p.id, target: o.id,
                properties: {role: 'prompt wrangler', start: '2011-07', end: '2015-04'}}] AS edges`,
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === '1',
      null,
      { timeout: 60_000 },
    );
    await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
    const dates = page.locator('[data-testid="edge-details"] .dates');
    await expect.poll(() => dates.textContent(), { timeout: 10_000 }).toBe('\u2067٢٠١١-٠٧ – ٢٠١٥-٠٤\u2069');
    const role = page.locator('[data-testid="edge-details"] span[dir="auto"]', {
      hasText: 'prompt wrangler',
    });
    const [roleBox, datesBox] = [await role.boundingBox(), await dates.boundingBox()];
    // Right to left: the role first (on the right), then a space, then the dates on its left.
    expect(roleBox!.x - (datesBox!.x + datesBox!.width)).toBeGreaterThan(2);
    await saveScreenshot(page, 'arabic-edge-role-dates');
    expect(realErrors(errors)).toEqual([]);
  });

  it('keeps a space between a Latin-letter role and its dates in a person’s Arabic career, never splitting the dates, and numbers its rows in Arabic digits', async () => {
    // Every role of the article has its Arabic name: a person with a stint written by hand (no source states it),
    // whose role the vocabulary does not know, and removed afterwards.
    const ids = {
      person: 'person:fixture-latin-role',
      org: 'org:fixture-prompt-works',
      stint: 'hand:fixture-latin-role',
    };
    const { database } = testNeo4j();
    await env.driver.executeQuery(
      `CREATE (:Person {id: $person, name: 'Dana Fixture', nameAr: 'دانة فيكستشر'})
              -[:WORKED_AT {id: $stint, role: 'prompt wrangler', start: '2011-07', end: '2015-04'}]->
              (:Organization {id: $org, name: 'Prompt Works', nameAr: 'ورشة الأوامر'})`,
      ids,
      { database },
    );
    try {
      const { page, errors } = await env.newPage({ path: `/?lang=ar&sel=${encodeURIComponent(ids.person)}` });
      const row = page.locator('[data-testid="career"] .career-list li', { hasText: 'prompt wrangler' });
      await row.waitFor({ timeout: 60_000 });
      // The row's text as laid out: the role, then whitespace, then the dates — never the role against a digit.
      const text = await row.evaluate((el) => (el as HTMLElement).innerText);
      // The dates in Arabic-Indic digits (as the timeline and the slider write them), start to end as read.
      expect(text).toMatch(/\(prompt wrangler\)\s+\u2067?٢٠١١-٠٧ – ٢٠١٥-٠٤/);
      expect(text).not.toMatch(/[A-Za-z)][\d٠-٩]/);
      // The chart's axis above the list writes its two ends in the same digits.
      expect(await page.locator('[data-testid="career"] .career-axis').allTextContents()).toEqual([
        '٢٠١١-٠٧',
        '٢٠١٥-٠٤',
      ]);
      await saveScreenshot(page, 'arabic-career-role-dates', '[data-testid="career"]');
      // Its rows are numbered in Arabic-Indic digits, as the UI's other numbers are.
      expect(await row.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('arabic-indic');
      // In the details column as it opens, the row does not fit on one line (its dates are below its organisation):
      // the date range moves on whole, never split at its dash ("2011-07 –" above "2015-04").
      const below = await row.evaluate((li) => {
        const top = (el: Element) => el.getBoundingClientRect().top;
        return top(li.querySelector('.dates')!) - top(li.querySelector('button')!);
      });
      expect(below).toBeGreaterThan(6);
      const dateLines = await row.locator('.dates').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          .size;
      });
      expect(dateLines).toBe(1);
      // In a column wide enough for the row, as drawn: the role's glyphs and the first date's on one line, a space
      // apart. Measured on the glyphs, not on the elements: a space inside the role's left-to-right isolate was drawn
      // on the role's far side (towards the organisation), and the dates ran into the role.
      await page.addStyleTag({ content: ':root { --right-w: 640px; }' });
      await expect
        .poll(() => row.evaluate((el) => (el as HTMLElement).getClientRects()[0]!.height), {
          timeout: 10_000,
        })
        .toBeLessThan(24);
      await saveScreenshot(page, 'arabic-career-role-dates-wide', '[data-testid="career"]');
      const drawn = await row.evaluate((li) => {
        const texts = (el: Element) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const out: Text[] = [];
          while (walker.nextNode()) out.push(walker.currentNode as Text);
          return out;
        };
        const rects = (start: Text, from: number, end: Text, to: number) => {
          const range = document.createRange();
          range.setStart(start, from);
          range.setEnd(end, to);
          return [...range.getClientRects()];
        };
        // The first date: its first text with a date in it, only that date's characters.
        const dateText = texts(li.querySelector('.dates')!).find((t) => /[٠-٩]{4}-[٠-٩]{2}/.test(t.data))!;
        const date = /[٠-٩]{4}-[٠-٩]{2}/.exec(dateText.data)!;
        const d = rects(dateText, date.index, dateText, date.index + date[0].length)[0]!;
        // The role: from its first to its last character that is not a space, on the first date's line.
        const role = [...li.querySelectorAll('span[dir="auto"]')].find((el) =>
          el.textContent?.includes('prompt wrangler'),
        )!;
        const inked = texts(role).filter((t) => /\S/.test(t.data));
        const first = inked[0]!;
        const last = inked[inked.length - 1]!;
        const line = rects(first, first.data.search(/\S/), last, last.data.trimEnd().length).filter(
          (r) => r.width > 0 && Math.abs(r.top - d.top) < r.height / 2,
        );
        if (!line.length) return null;
        const left = Math.min(...line.map((r) => r.left));
        const right = Math.max(...line.map((r) => r.right));
        return { gap: Math.max(left - d.right, d.left - right), datesLeftOfRole: d.right <= left + 1 };
      });
      expect(drawn, 'the role and the first date share a line').not.toBeNull();
      // Right to left: the dates follow the role on its left, a space apart.
      expect(drawn!.datesLeftOfRole).toBe(true);
      expect(drawn!.gap, 'space between the role and the first date').toBeGreaterThan(2);
      expect(realErrors(errors)).toEqual([]);
    } finally {
      await env.driver.executeQuery(
        'MATCH (n) WHERE (n:Person OR n:Organization) AND n.id IN [$person, $org] DETACH DELETE n',
        ids,
        {
          database,
        },
      );
    }
  });
});
