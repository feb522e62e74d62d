// Finding things and reading the evidence in real Chromium: search in English and Arabic, the details panel with
// the Arabic quote, its English rendering and source, a career, an organisation's talent flows, double-click
// expansion and the shortest path between two nodes.
import { describe, expect, it } from 'vitest';
import {
  clickNode,
  nodePoint,
  saveScreenshot,
  searchAndOpen,
  stopLayout,
  useBrowserEnv,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

describe('search and details', () => {
  const env = useBrowserEnv();

  it('finds "Xinlei" and shows the Arabic evidence with its English rendering and source', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    const quote = page.locator('[data-testid="node-details"] [data-testid="evidence"]').first();
    await quote.waitFor();
    expect(await quote.getAttribute('lang')).toBe('ar');
    expect(await quote.getAttribute('dir')).toBe('rtl');
    const quotes = await page
      .locator('[data-testid="node-details"] [data-testid="evidence"]')
      .allTextContents();
    expect(quotes.some((q) => q.includes('Xinlei Chen'))).toBe(true);
    expect(quotes.every((q) => /[\u0600-\u06FF]/.test(q))).toBe(true);
    expect(await page.locator('[data-testid="node-details"] .evidence-en').first().textContent()).toMatch(
      /[A-Za-z]/,
    );
    expect(await page.locator('[data-testid="citation"]').first().textContent()).toContain('Rose al-Youssef');
    expect(await page.locator('[data-testid="citation"]').first().textContent()).toContain('2025-08-29');
    await page.locator('[data-testid="career"]').waitFor();
    expect(await page.locator('[data-testid="career"]').textContent()).toContain('xAI');
    // The list says which stint a source only implies (xAI), as the bars' fading does.
    const implied = page.locator('[data-testid="career"] .career-list li[data-certainty="implied"]');
    expect(await implied.allTextContents()).toEqual([expect.stringMatching(/^xAI .*implied$/)]);
    // He left FAIR and Meta itself for xAI: one move, both stints left named in it (as the flows count it once).
    const moves = page.locator('[data-testid="career-move"]');
    await expect
      .poll(() => moves.allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/^FAIR · Meta → xAI/)]);
    expect(await moves.first().getAttribute('data-certainty')).toBe('implied');
    await saveScreenshot(page, 'details-xinlei');
    await saveScreenshot(page, 'details-xinlei-career', '[data-testid="career"]');
    expect(errors).toEqual([]);
  });

  it('says when a node’s facts were cut at the server’s limit, in English and Arabic', async () => {
    // The server lists a node's first 2,000 facts; none of the article's nodes has that many, so the real answer
    // for Xinlei Chen is passed on saying it was cut, with 3,000 more facts than it lists.
    const { page, errors } = await env.newPage({
      beforeGoto: async (p) => {
        await p.route('**/api/nodes/**', async (route) => {
          const res = await route.fetch();
          const body = await res.json();
          await route.fulfill({
            response: res,
            json: { ...body, truncated: true, factCount: body.facts.length + 3000 },
          });
        });
      },
    });
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    const count = page.locator('[data-testid="details-fact-count"]');
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).toMatch(/^\(\d+ of 3,0\d\d\)$/);
    expect(await page.locator('[data-testid="details-facts-cut"]').textContent()).toMatch(
      /^Only the first \d+ of its 3,0\d\d are listed here/,
    );
    await saveScreenshot(page, 'details-facts-cut-en', '[data-testid="node-details"]');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).toMatch(/^\([٠-٩]+ من ٣٬٠[٠-٩]{2}\)$/);
    await saveScreenshot(page, 'details-facts-cut-ar', '[data-testid="node-details"]');
    expect(errors).toEqual([]);
  });

  it('finds an Arabic name (ماسك) and adds the match to the scene', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    expect(await visibleNodeIds(page)).not.toContain('person:elon-musk');
    await searchAndOpen(page, 'ماسك', 'Elon Musk');
    expect(await page.locator('.other-name').textContent()).toBe('إيلون ماسك');
    await page.waitForFunction(() =>
      (window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }).__talentGraph
        .visibleNodeIds()
        .includes('person:elon-musk'),
    );
  });

  it('expands a node on double-click, and undo takes the expansion back', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    // The layout stopped, so that Meta stays where it is aimed at.
    await stopLayout(page);
    const before = Number(await page.getAttribute('[data-testid="scene-stats"]', 'data-nodes'));
    const story = (await visibleNodeIds(page)).sort();
    // Every expansion asked for from now on, by node id: a double-click that landed on a neighbour would expand that
    // one, and Undo would then take back only one of two expansions.
    const expanded: string[] = [];
    page.on('request', (r) => {
      const m = /\/api\/nodes\/([^/?]+)\/neighbors/.exec(r.url());
      if (m) expanded.push(decodeURIComponent(m[1]!));
    });
    // A double-click is two clicks within sigma's 300 ms. On a loaded CI machine the first click's details render
    // can hold the page past that, and the pair reads as two single clicks; then the user (and this test) tries
    // again, where the node is now, once the canvas is still. The expansion request itself can come seconds later on
    // a busy machine. Only a double-click that sent no expansion request is repeated, so the scene is expanded once.
    for (let attempt = 1; expanded.length === 0 && attempt <= 3; attempt++) {
      await waitForCanvasSettled(page);
      const meta = await nodePoint(page, 'org:meta');
      expect(meta).not.toBeNull();
      await page.mouse.dblclick(meta!.x, meta!.y);
      await expect
        .poll(() => expanded.length, { timeout: 20_000 })
        .toBeGreaterThan(0)
        .catch(() => undefined);
    }
    expect(expanded, 'the one expansion asked for is Meta’s').toEqual(['org:meta']);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes')) > n,
      before,
      { timeout: 30_000 },
    );
    await expect
      .poll(() => visibleNodeIds(page), { timeout: 30_000 })
      .toContain('event:meta-acquires-scale-ai-2025');
    await saveScreenshot(page, 'expanded-meta');
    await page.click('[aria-label="Undo"]');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes')) === n,
      before,
      { timeout: 30_000 },
    );
    await expect.poll(async () => (await visibleNodeIds(page)).sort(), { timeout: 30_000 }).toEqual(story);
    expect(expanded).toEqual(['org:meta']);
  });

  it("shows an organisation's talent out, with the people behind the count and the reported count", async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    // Meta's very details (the panel's data-id), not any title containing "Meta": its neighbours include events
    // named after it ("… leave Meta for xAI"), which a click landing beside it would open. The layout is stopped
    // and the canvas still before aiming, so that Meta is where it is aimed at.
    await stopLayout(page);
    await clickNode(page, 'org:meta', page.locator('[data-testid="details"][data-id="org:meta"]'));
    expect(await page.locator('[data-testid="details-title"]').textContent({ timeout: 45_000 })).toBe('Meta');
    const flows = page.locator('[data-testid="org-flows"]');
    await flows.waitFor({ timeout: 45_000 });
    const text = (await flows.textContent()) ?? '';
    expect(text).toContain('xAI');
    expect(text).toContain('4 named');
    expect(text).toMatch(/≥ 14 reported/);
    expect(text).toContain('Xinlei Chen');
    // Why each move to xAI is implied is said in words (the implied stint at xAI), never as a fact's id — and beside
    // the person's "implied" badge, "implied" is not said a second time ("(implied) implied: worked at xAI").
    const why = await flows.locator('[data-testid="flow-implied-why"]').allTextContents();
    expect(why.length).toBe(4);
    for (const w of why) expect(w).toBe('based on: worked at xAI');
    for (const person of await flows.locator('li[data-certainty="implied"]').allTextContents())
      expect(person.match(/implied/g)).toHaveLength(1);
    await flows.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'org-flows-implied-en', '[data-testid="org-flows"]');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 20_000 });
    await expect
      .poll(() => flows.locator('[data-testid="flow-implied-why"]').first().textContent(), {
        timeout: 20_000,
      })
      .toBe('بناءً على: عمل في xAI');
    for (const person of await flows.locator('li[data-certainty="implied"]').allTextContents())
      expect(person.match(/ضمني/g)).toHaveLength(1);
    await saveScreenshot(page, 'org-flows-implied-ar', '[data-testid="org-flows"]');
  });

  it('finds the shortest path between two picked nodes and highlights it', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await searchAndOpen(page, 'Zuckerberg', 'Mark Zuckerberg');
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.locator('[data-testid="notice"]', { hasText: 'Shortest path' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Clear path' }).count()).toBe(1);
    await saveScreenshot(page, 'shortest-path');
  });
});
