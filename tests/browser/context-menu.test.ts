// The canvas's context menu in real Chromium: right-click a node, an edge or the stage for the actions that fit
// there; a right-press never picks a node up (it used to stick to the pointer); the menu works from the keyboard.
import { describe, expect, it } from 'vitest';
import {
  nodePoint,
  openOneStintScene,
  saveScreenshot,
  stopLayout,
  useBrowserEnv,
  visibleEdgeIds,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { graphPosition, rightClickNode } from '../support/canvas-gestures.js';
import { readRows } from '../support/neo4j.js';

/** A node's relationships by type and direction, and the nodes at their other ends, read straight from Neo4j. */
async function degreesInDb(
  driver: Parameters<typeof readRows>[0],
  id: string,
): Promise<Map<string, { count: number; neighbours: Set<string> }>> {
  const rows = await readRows(
    driver,
    `MATCH (n {id: $id})-[r]->(m) RETURN type(r) AS type, 'out' AS dir, count(r) AS count, collect(DISTINCT m.id) AS ids
     UNION ALL
     MATCH (n {id: $id})<-[r]-(m) RETURN type(r) AS type, 'in' AS dir, count(r) AS count, collect(DISTINCT m.id) AS ids`,
    { id },
  );
  return new Map(
    rows.map((r) => [
      `${String(r.dir)}-${String(r.type)}`,
      { count: Number(r.count), neighbours: new Set(r.ids as string[]) },
    ]),
  );
}

describe('the canvas’s context menu', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('offers a node’s actions on right-click, and the node stays where it was (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    await stopLayout(page);
    await waitForCanvasSettled(page);
    // Where Meta is in the graph, which the camera does not change: rightClickNode may re-aim (the canvas moved
    // under a click), so a drawn point read before it could be stale; a right-press that picked the node up moves it
    // in the graph.
    const before = await graphPosition(page, 'org:meta');
    expect(before).not.toBeNull();
    const at = await rightClickNode(page, 'org:meta');
    const menu = page.locator('[data-testid="context-menu"]');
    expect(await menu.getAttribute('data-kind')).toBe('node');
    for (const item of ['details', 'expand', 'hide', 'pin', 'path-from', 'path-to', 'cypher', 'copy'])
      expect(await menu.locator(`[data-testid="ctx-${item}"]`).count(), item).toBe(1);
    // The pointer moves on: the node does not follow it.
    await page.mouse.move(at.x + 150, at.y + 90, { steps: 6 });
    await saveScreenshot(page, `context-menu-node-${lang}`);
    expect(await graphPosition(page, 'org:meta')).toEqual(before);
    // The keyboard works the menu: focus starts on the first item, Escape closes it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'ctx-details',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('ctx-expand');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached', timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('hides a node, pins one and shows hidden nodes again from the stage’s menu', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await stopLayout(page);
    await rightClickNode(page, 'org:openai');
    await page.click('[data-testid="ctx-hide"]');
    await expect.poll(async () => (await visibleNodeIds(page)).includes('org:openai')).toBe(false);

    await rightClickNode(page, 'org:meta');
    await page.click('[data-testid="ctx-pin"]');
    await rightClickNode(page, 'org:meta');
    expect(await page.locator('[data-testid="ctx-unpin"]').count()).toBe(1);
    await page.keyboard.press('Escape');

    // The stage: a corner of the canvas, away from every node.
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + box.height - 8, { button: 'right' });
    const menu = page.locator('[data-testid="context-menu"]');
    await menu.waitFor({ timeout: 20_000 });
    expect(await menu.getAttribute('data-kind')).toBe('stage');
    await page.click('[data-testid="ctx-show-hidden"]');
    await expect.poll(async () => (await visibleNodeIds(page)).includes('org:openai')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a node’s details and paths from its menu', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await stopLayout(page);
    await rightClickNode(page, 'org:xai');
    await page.click('[data-testid="ctx-details"]');
    await page.locator('[data-testid="details-title"]', { hasText: 'xAI' }).waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])(
    'lists a node’s relationship types and directions with the database’s counts, and expands only the one chosen (%s)',
    async (lang, path) => {
      const { page, errors } = await env.newPage({ path });
      await waitForScene(page, 5);
      await stopLayout(page);
      const inDb = await degreesInDb(env.driver, 'org:meta');
      expect(inDb.size).toBeGreaterThan(1);
      await rightClickNode(page, 'org:meta');
      const entries = page.locator('[data-testid="context-menu"] [role="menuitem"][data-count]');
      await entries.first().waitFor({ timeout: 20_000 });
      const listed = await entries.evaluateAll((els) =>
        els.map((el) => ({
          key: `${el.getAttribute('data-direction')}-${el.getAttribute('data-type')}`,
          count: Number(el.getAttribute('data-count')),
          text: el.textContent ?? '',
        })),
      );
      expect(new Map(listed.map((l) => [l.key, l.count]))).toEqual(
        new Map([...inDb].map(([k, v]) => [k, v.count])),
      );
      // The label names the relationship in the interface's language and shows the direction's arrow.
      const workedIn = listed.find((l) => l.key === 'in-WORKED_AT')!;
      expect(workedIn.text).toMatch(lang === 'ar' ? /عمل في/ : /^← worked at \(\d+\)$/);
      await saveScreenshot(page, `context-menu-expand-by-${lang}`, '[data-testid="context-menu"]');
      await saveScreenshot(page, `context-menu-expand-by-canvas-${lang}`);

      // Choose the entry that brings the most nodes not yet drawn: only its neighbours may appear.
      const before = new Set(await visibleNodeIds(page));
      const [chosenKey, chosen] = [...inDb].sort(
        (a, b) =>
          [...b[1].neighbours].filter((n) => !before.has(n)).length -
          [...a[1].neighbours].filter((n) => !before.has(n)).length,
      )[0]!;
      const fresh = [...chosen.neighbours].filter((n) => !before.has(n));
      expect(fresh.length).toBeGreaterThan(0);
      await page.click(`[data-testid="ctx-expand-${chosenKey}"]`);
      await expect
        .poll(async () => (await visibleNodeIds(page)).length, { timeout: 20_000 })
        .toBe(before.size + fresh.length);
      const after = await visibleNodeIds(page);
      const added = after.filter((n) => !before.has(n)).sort();
      expect(added).toEqual(fresh.sort());
      expect(errors).toEqual([]);
    },
  );

  it('says in the menu when the relationship counts cannot be loaded, and keeps the other actions', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await stopLayout(page);
    await page.route('**/api/nodes/*/degrees', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'DB_UNAVAILABLE', message: 'Neo4j is not reachable.' } }),
      }),
    );
    await rightClickNode(page, 'org:meta');
    const error = page.locator('[data-testid="ctx-by-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('Neo4j is not reachable.');
    expect(await page.locator('[data-testid="ctx-expand"]').count()).toBe(1);
    // The failed request is the page's own console error; nothing else went wrong.
    expect(errors.filter((e) => !/503|Service Unavailable/.test(e))).toEqual([]);
  });

  it('offers an edge’s details, hide, copy id and Cypher; a hidden edge comes back with the stage’s "show hidden"', async () => {
    const { page, errors } = await env.newPage();
    await openOneStintScene(page);
    await stopLayout(page);
    const [edgeId] = await visibleEdgeIds(page);
    const [a, b] = await visibleNodeIds(page);
    const menu = page.locator('[data-testid="context-menu"][data-kind="edge"]');
    // Aim at the edge's middle, found anew before each try (the camera may still be settling).
    for (let attempt = 0; !(await menu.isVisible()); attempt++) {
      if (attempt >= 6) throw new Error('No edge menu after 6 right-clicks on the edge’s middle.');
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="fit-button"], button[aria-label="Fit to screen"]').first().click();
      await waitForCanvasSettled(page);
      const pa = (await nodePoint(page, a!))!;
      const pb = (await nodePoint(page, b!))!;
      await page.mouse.click((pa.x + pb.x) / 2, (pa.y + pb.y) / 2, { button: 'right' });
      await menu.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    for (const item of ['details', 'hide', 'copy', 'cypher'])
      expect(await menu.locator(`[data-testid="ctx-${item}"]`).count(), item).toBe(1);
    await saveScreenshot(page, 'context-menu-edge-en', '[data-testid="context-menu"]');
    await page.click('[data-testid="ctx-hide"]');
    await expect.poll(async () => (await visibleEdgeIds(page)).includes(edgeId!)).toBe(false);
    expect((await visibleNodeIds(page)).sort()).toEqual([a, b].sort());

    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + box.height - 8, { button: 'right' });
    await page.locator('[data-testid="context-menu"][data-kind="stage"]').waitFor({ timeout: 20_000 });
    await page.click('[data-testid="ctx-show-hidden"]');
    await expect.poll(async () => (await visibleEdgeIds(page)).includes(edgeId!)).toBe(true);
    expect(errors).toEqual([]);
  });
});
