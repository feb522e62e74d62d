// The appearance rule in real Chromium on the seeded story: colour by a metric in ranges (the legend lists the ranges
// and the canvas draws each node in its range's colour, as many nodes per colour as the legend counts), size by
// PageRank (the node with the top PageRank, computed here from what is drawn, is drawn largest), and the rule carried
// by the shared link into a fresh page; colour by Louvain community (unique values: the legend lists communities
// largest first, each drawn in its colour; in the metrics worker for a large scene); size by degree counting only the
// facts drawn (unticking "implied" shrinks the person whose implied stint it hides); screenshots in English light
// and Arabic dark with the legend.
import path from 'node:path';
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  runCypher,
  saveScreenshot,
  stopLayout,
  useBrowserEnv,
  waitForScene,
} from '../support/browser.js';

/** A scene above the metrics worker's threshold (2,000 nodes): 2,500 nodes in 50 stars whose hubs form a ring. */
const LARGE_SCENE = `WITH 2500 AS n
RETURN [i IN range(0, n - 1) | {id: 'v:' + i, labels: [CASE WHEN i % 50 = 0 THEN 'Organization' ELSE 'Person' END], properties: {name: 'Node ' + i}}] AS nodes,
       [i IN range(0, n - 1) WHERE i % 50 <> 0 | {id: 'e:' + i, type: 'WORKED_AT', source: 'v:' + i, target: 'v:' + (50 * (i / 50)), properties: {}}] +
       [h IN range(0, 49) | {id: 'r:' + h, type: 'WORKED_AT', source: 'v:' + (50 * h), target: 'v:' + (50 * ((h + 1) % 50)), properties: {}}] AS edges`;

/**
 * Made-up people and organisations, none of the article's: A works at X by a stated fact and at Y by an implied one,
 * B at X by a stated one. A and X have two facts each, B and Y one.
 */
const IMPLIED_STINT = `RETURN [{id: 't:a', labels: ['Person'], properties: {name: 'Person A'}},
        {id: 't:b', labels: ['Person'], properties: {name: 'Person B'}},
        {id: 't:x', labels: ['Organization'], properties: {name: 'Org X'}},
        {id: 't:y', labels: ['Organization'], properties: {name: 'Org Y'}}] AS nodes,
       [{id: 't:ax', type: 'WORKED_AT', source: 't:a', target: 't:x', properties: {certainty: 'stated', sources: ['t:s']}},
        {id: 't:ay', type: 'WORKED_AT', source: 't:a', target: 't:y', properties: {certainty: 'implied', sources: ['t:s']}},
        {id: 't:bx', type: 'WORKED_AT', source: 't:b', target: 't:x', properties: {certainty: 'stated', sources: ['t:s']}}] AS edges`;

interface Drawn {
  nodes: Array<{ id: string; color: string; size: number }>;
  edges: Array<[string, string]>;
}

interface Probe {
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  edgeEnds(id: string): [string, string] | null;
  nodeStyle(id: string): { color: string; size: number } | null;
}

/** What the canvas draws now, through the renderer's probe. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __talentGraph: Probe }).__talentGraph;
    return {
      nodes: probe.visibleNodeIds().map((id) => ({ id, ...probe.nodeStyle(id)! })),
      edges: probe.visibleEdgeIds().map((id) => probe.edgeEnds(id)!),
    };
  });
}

/** The legend's entries for a community rule: number, name, colour and node count of each. */
function legendCommunities(
  page: Page,
): Promise<Array<{ min: number; text: string; color: string; count: number }>> {
  return page.$$eval('[data-testid="legend-range"]', (items) =>
    items.map((li) => ({
      min: Number(li.getAttribute('data-min')),
      text: li.querySelector('.range-bounds')!.textContent!,
      color: li.getAttribute('data-color')!,
      count: Number(li.getAttribute('data-count')),
    })),
  );
}

/** The legend's ranges: colour and node count of each. */
function legendRanges(page: Page): Promise<Array<{ color: string; count: number }>> {
  return page.$$eval('[data-testid="legend-range"]', (items) =>
    items.map((li) => ({
      color: li.getAttribute('data-color')!,
      count: Number(li.getAttribute('data-count')),
    })),
  );
}

/** Empty when every drawn node has a legend colour and each colour has as many nodes as the legend says. */
async function mismatches(page: Page): Promise<string[]> {
  const ranges = await legendRanges(page);
  const { nodes } = await drawn(page);
  if (ranges.length < 2) return [`${ranges.length} ranges in the legend`];
  const problems: string[] = [];
  const colours = new Map(ranges.map((r) => [r.color.toLowerCase(), r.count]));
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const c = n.color.toLowerCase();
    if (!colours.has(c)) problems.push(`${n.id} is drawn ${c}, not a legend colour`);
    seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  for (const [c, count] of colours)
    if ((seen.get(c) ?? 0) !== count)
      problems.push(`legend says ${count} nodes are ${c}, ${seen.get(c) ?? 0} are`);
  return problems;
}

/** The drawn node with the highest PageRank, computed here from the drawn structure (facts between two nodes once). */
function topPagerank({ nodes, edges }: Drawn): string {
  const g = new DirectedGraph();
  for (const n of nodes) g.mergeNode(n.id);
  for (const [s, t] of edges) if (s !== t) g.mergeEdge(s, t);
  const pr = pagerank(g, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-8 });
  return Object.entries(pr).sort((a, b) => b[1] - a[1])[0]![0];
}

/** Waits until the node with the top PageRank is drawn larger than every other node; returns its id. */
async function topPagerankDrawnLargest(page: Page): Promise<string> {
  let top = '';
  await expect
    .poll(
      async () => {
        const d = await drawn(page);
        top = topPagerank(d);
        const size = d.nodes.find((n) => n.id === top)!.size;
        return d.nodes
          .filter((n) => n.id !== top && n.size >= size)
          .map((n) => `${n.id} (${n.size} ≥ ${size})`);
      },
      { timeout: 30_000 },
    )
    .toEqual([]);
  return top;
}

/**
 * The 2,500-node scene of stars coloured by `rule`: measured in the metrics worker (checked), the layout stopped and
 * the pointer out of the way, once every drawn node has its legend colour.
 */
async function largeSceneColouredBy(env: ReturnType<typeof useBrowserEnv>, rule: string) {
  const { page, errors } = await env.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await waitForScene(page, 5);
  await runCypher(page, LARGE_SCENE);
  await waitForScene(page, 2_500, 180_000);
  await stopLayout(page);
  await page.mouse.move(1, 1);
  await page.click('[data-testid="appearance-button"]');
  await page.selectOption('[data-testid="appearance-color"]', rule);
  await page.keyboard.press('Escape');
  await expect.poll(() => mismatches(page), { timeout: 180_000 }).toEqual([]);
  expect(workers.some((url) => url.includes('metrics-worker'))).toBe(true);
  return { page, errors };
}

/** The story, its layout stopped and the pointer off the canvas (no hover focus), with the panel's colour rule set. */
async function openStoryColouredBy(page: Page, rule: string): Promise<void> {
  await waitForScene(page, 5);
  await stopLayout(page);
  await page.mouse.move(1, 1);
  await page.click('[data-testid="appearance-button"]');
  await page.selectOption('[data-testid="appearance-color"]', rule);
}

describe('appearance rules', () => {
  const env = useBrowserEnv();

  it('colours nodes by betweenness ranges as the legend lists them, sizes by PageRank, and shares the rule', async () => {
    const { page, errors } = await env.newPage();
    await openStoryColouredBy(page, 'betweenness');
    await page.selectOption('[data-testid="appearance-size"]', 'pagerank');
    await page.locator('[data-testid="appearance-legend"]').waitFor();
    await expect.poll(() => mismatches(page), { timeout: 90_000 }).toEqual([]);
    const ranges = await legendRanges(page);
    expect(ranges.reduce((sum, r) => sum + r.count, 0)).toBe((await drawn(page)).nodes.length);
    const top = await topPagerankDrawnLargest(page);
    await saveScreenshot(page, 'appearance-panel-en-light');
    // The panel closes when focus leaves it; the legend stays.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await saveScreenshot(page, 'appearance-en-light');
    // The PNG export's legend names the colour rule's ranges too (its nodes are drawn in their colours).
    await page.click('[data-testid="export-button"]');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="export-exportPng"]'),
    ]);
    await download.saveAs(path.join(ARTIFACTS_DIR, 'appearance-export.png'));
    const exported = await page.evaluate(() =>
      (
        window as unknown as { __talentGraph: { lastExport(): { legend: string[] } | null } }
      ).__talentGraph.lastExport(),
    );
    expect(exported!.legend.filter((l) => l.startsWith('Betweenness (brokers) '))).toHaveLength(
      ranges.length,
    );

    // The address bar carries the rule; a fresh page opened on it draws the same rule.
    await page.waitForFunction(
      () => location.search.includes('size=pagerank') && location.search.includes('color=betweenness'),
      undefined,
      { timeout: 30_000 },
    );
    const search = new URL(page.url()).search;
    const { page: reopened, errors: reopenedErrors } = await env.newPage({ path: `/${search}` });
    await waitForScene(reopened, 5);
    await stopLayout(reopened);
    await reopened.mouse.move(1, 1);
    await reopened.locator('[data-testid="appearance-legend"]').waitFor();
    await expect.poll(() => mismatches(reopened), { timeout: 30_000 }).toEqual([]);
    expect(await legendRanges(reopened)).toEqual(ranges);
    expect(await topPagerankDrawnLargest(reopened)).toBe(top);
    await reopened.click('[data-testid="appearance-button"]');
    expect(await reopened.inputValue('[data-testid="appearance-color"]')).toBe('betweenness');
    expect(await reopened.inputValue('[data-testid="appearance-size"]')).toBe('pagerank');
    expect([...errors, ...reopenedErrors]).toEqual([]);
  });

  it('colours nodes by Louvain community as the legend lists them, largest first, and shares the rule', async () => {
    const { page, errors } = await env.newPage();
    await openStoryColouredBy(page, 'community');
    await page.locator('[data-testid="appearance-legend"]').waitFor();
    expect(await page.locator('[data-testid="appearance-legend"] h3').first().textContent()).toBe(
      'Colour: Community (Louvain)',
    );
    // Every drawn node in a legend colour, as many per colour as the legend counts (at least two communities).
    await expect.poll(() => mismatches(page), { timeout: 90_000 }).toEqual([]);
    const communities = await legendCommunities(page);
    const total = (await drawn(page)).nodes.length;
    expect(communities.reduce((sum, c) => sum + c.count, 0)).toBe(total);
    // Numbered 1..k, largest first, each with its own colour.
    expect(communities.map((c) => c.min)).toEqual(communities.map((_c, i) => i + 1));
    expect(communities.map((c) => c.text)).toEqual(communities.map((_c, i) => `Community ${i + 1}`));
    const counts = communities.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(communities.map((c) => c.color)).size).toBe(communities.length);
    await saveScreenshot(page, 'appearance-community-panel-en-light');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await saveScreenshot(page, 'appearance-community-en-light');

    // The link carries the rule; a fresh page opened on it finds the same communities in the same colours.
    await page.waitForFunction(() => location.search.includes('color=community'), undefined, {
      timeout: 30_000,
    });
    const search = new URL(page.url()).search;
    const { page: reopened, errors: reopenedErrors } = await env.newPage({ path: `/${search}` });
    await waitForScene(reopened, 5);
    await stopLayout(reopened);
    await reopened.mouse.move(1, 1);
    await reopened.locator('[data-testid="appearance-legend"]').waitFor();
    await expect.poll(() => mismatches(reopened), { timeout: 30_000 }).toEqual([]);
    expect(await legendCommunities(reopened)).toEqual(communities);
    const colourOf = async (p: Page) =>
      Object.fromEntries((await drawn(p)).nodes.map((n) => [n.id, n.color.toLowerCase()]));
    expect(await colourOf(reopened)).toEqual(await colourOf(page));
    await reopened.click('[data-testid="appearance-button"]');
    expect(await reopened.inputValue('[data-testid="appearance-color"]')).toBe('community');

    // Arabic, dark: the same communities in the dark palette, named in Arabic.
    const { page: ar, errors: arErrors } = await env.newPage({
      path: '/?v=2&lang=ar&theme=dark&color=community',
    });
    await waitForScene(ar, 5);
    await stopLayout(ar);
    await ar.mouse.move(1, 1);
    await ar.locator('[data-testid="appearance-legend"]').waitFor();
    await expect.poll(() => mismatches(ar), { timeout: 30_000 }).toEqual([]);
    const arCommunities = await legendCommunities(ar);
    expect(arCommunities.map((c) => c.count)).toEqual(counts);
    expect(arCommunities[0]!.text).toBe('المجتمع ١');
    await saveScreenshot(ar, 'appearance-community-ar-dark');
    expect([...errors, ...reopenedErrors, ...arErrors]).toEqual([]);
  });

  it('greys the side legend’s kind shapes while the canvas colours by community, in English and Arabic', async () => {
    // The shapes still tell the kinds; their colours would be on no node (a blue Person dot beside green people).
    const glyphColour = (p: Page, label: string) =>
      p.locator(`[data-testid="legend-${label}"] .glyph`).evaluate((el) => getComputedStyle(el).color);
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const kindColours = await Promise.all(
      ['Person', 'Organization', 'Event'].map((l) => glyphColour(page, l)),
    );
    expect(new Set(kindColours).size).toBe(3);
    expect(await page.locator('[data-testid="legend-colour-note"]').count()).toBe(0);
    await openStoryColouredBy(page, 'community');
    await page.keyboard.press('Escape');
    await expect.poll(() => mismatches(page), { timeout: 90_000 }).toEqual([]);
    const grey = 'rgb(139, 146, 156)';
    for (const l of ['Person', 'Organization', 'Event']) expect(await glyphColour(page, l)).toBe(grey);
    expect(await page.locator('[data-testid="legend-colour-note"]').textContent()).toContain(
      'Community (Louvain)',
    );
    await saveScreenshot(page, 'appearance-kinds-grey-en-light');
    // Back to colour by kind: the kinds' own colours, and no note.
    await page.click('[data-testid="appearance-button"]');
    await page.selectOption('[data-testid="appearance-color"]', 'kind');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => Promise.all(['Person', 'Organization', 'Event'].map((l) => glyphColour(page, l))))
      .toEqual(kindColours);
    expect(await page.locator('[data-testid="legend-colour-note"]').count()).toBe(0);

    const { page: ar, errors: arErrors } = await env.newPage({ path: '/?v=2&lang=ar&color=community' });
    await waitForScene(ar, 5);
    await stopLayout(ar);
    await ar.mouse.move(1, 1);
    await expect.poll(() => mismatches(ar), { timeout: 90_000 }).toEqual([]);
    for (const l of ['Person', 'Organization', 'Event']) expect(await glyphColour(ar, l)).toBe(grey);
    expect(await ar.locator('[data-testid="legend-colour-note"]').textContent()).toContain('المجتمع');
    await saveScreenshot(ar, 'appearance-kinds-grey-ar-light');
    expect([...errors, ...arErrors]).toEqual([]);
  });

  it('draws the legend in Arabic on the right, in the dark theme’s palette', async () => {
    const { page, errors } = await env.newPage({
      path: '/?v=2&lang=ar&theme=dark&size=pagerank&color=betweenness',
    });
    await waitForScene(page, 5);
    await stopLayout(page);
    await page.mouse.move(1, 1);
    const legend = page.locator('[data-testid="appearance-legend"]');
    await legend.waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => mismatches(page), { timeout: 90_000 }).toEqual([]);
    expect(await legend.locator('h3').first().textContent()).toBe('اللون: الوساطة (الوسطاء)');
    // RTL: the legend sits at the canvas's inline start, its right side.
    const box = (await legend.boundingBox())!;
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(canvas.x + canvas.width - 20);
    expect(box.x).toBeGreaterThan(canvas.x + canvas.width / 2);
    await saveScreenshot(page, 'appearance-ar-dark');
    await page.click('[data-testid="appearance-button"]');
    await page.locator('[data-testid="appearance-panel"]').waitFor();
    await saveScreenshot(page, 'appearance-panel-ar-dark');
    expect(errors).toEqual([]);
  });

  it('sizes nodes by degree counting only the facts drawn: unticking "implied" shrinks the person it leaves', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await runCypher(page, IMPLIED_STINT);
    const edges = (n: number) =>
      page.waitForFunction(
        (want) => document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-edges') === want,
        String(n),
        { timeout: 60_000 },
      );
    await edges(3);
    await stopLayout(page);
    const sizes = async () => Object.fromEntries((await drawn(page)).nodes.map((n) => [n.id, n.size]));
    // Degree is the default size rule: A and X, two facts each, are drawn alike and larger than B and Y.
    await expect
      .poll(
        async () => {
          const s = await sizes();
          return s['t:a'] === s['t:x'] && s['t:a']! > s['t:b']! && s['t:b'] === s['t:y'];
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.locator('[data-testid="certainty-implied"]').uncheck();
    await edges(2);
    // Y stays drawn with no fact; A has one fact drawn, as B: both now smaller than X, Y the smallest.
    await expect
      .poll(
        async () => {
          const s = await sizes();
          return s['t:a'] === s['t:b'] && s['t:a']! < s['t:x']! && s['t:y']! < s['t:a']!;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('measures a scene above the worker threshold in the metrics worker, and colours it as its legend says', async () => {
    const { page, errors } = await largeSceneColouredBy(env, 'betweenness');
    // The 50 hubs carry every path between stars: the top range is theirs alone.
    const ranges = await legendRanges(page);
    expect(ranges.at(-1)!.count).toBe(50);
    const { nodes } = await drawn(page);
    const hubs = nodes.filter((n) => Number(n.id.slice(2)) % 50 === 0);
    expect(new Set(hubs.map((n) => n.color.toLowerCase()))).toEqual(
      new Set([ranges.at(-1)!.color.toLowerCase()]),
    );
    expect(errors).toEqual([]);
  }, 300_000);

  it('finds the communities of a scene above the worker threshold in the metrics worker, each star in one', async () => {
    const { page, errors } = await largeSceneColouredBy(env, 'community');
    // Ten coloured communities and the grey "other" for the rest; a star's leaves share their hub's colour.
    const ranges = await legendRanges(page);
    expect(ranges).toHaveLength(11);
    const { nodes } = await drawn(page);
    const colour = new Map(nodes.map((n) => [Number(n.id.slice(2)), n.color.toLowerCase()]));
    const split = [...colour].filter(([i, c]) => c !== colour.get(50 * Math.floor(i / 50)));
    expect(split).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
