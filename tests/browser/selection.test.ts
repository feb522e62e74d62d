// Multi-selection on the canvas in real Chromium over the seeded story: shift-click picks nodes (the bar counts them),
// the shortest path between two opens the path panel, a shift+drag lasso picks exactly the nodes drawn inside it (and
// does not pan), hiding the selection takes those nodes off the canvas, select mode lassos without shift, and the bar
// reads in English and Arabic.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  nodeDiscs,
  nodePoint,
  saveScreenshot,
  stopLayout,
  useBrowserEnv,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { rightClickNode } from '../support/canvas-gestures.js';

const multiSelection = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __talentGraph: { multiSelection(): string[] } }).__talentGraph.multiSelection(),
  );

/** Canvas-relative positions of every drawn node (through the renderer's probe). */
const drawnPositions = (page: Page) =>
  page.evaluate(() => {
    const probe = (
      window as unknown as {
        __talentGraph: {
          visibleNodeIds(): string[];
          nodePosition(id: string): { x: number; y: number } | null;
        };
      }
    ).__talentGraph;
    return probe.visibleNodeIds().map((id) => ({ id, ...probe.nodePosition(id)! }));
  });

/** Clears the multi-selection (Escape on the focused canvas, as a user does) and waits until it is empty. */
async function clearSelection(page: Page): Promise<void> {
  await page.locator('[data-testid="canvas"]').focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => multiSelection(page), { timeout: 20_000 }).toEqual([]);
}

/** True once the multi-selection is exactly `ids`, in that order; false if it is not within a generous ceiling. */
const selectionIs = (page: Page, ids: string[]) =>
  expect
    .poll(() => multiSelection(page), { timeout: 20_000 })
    .toEqual(ids)
    .then(
      () => true,
      () => false,
    );

/**
 * Shift-clicks `ids` where they are drawn, once the canvas is still, until the multi-selection is exactly `ids`: one
 * at a time, each checked before the next, or (`together`) in quick succession, as a user picks nodes fast, checked
 * after the last. A shift-click that misses does not just leave its node out: on the stage it clears the whole
 * selection, on a neighbour it adds that one. So anything but the exact selection is cleared and the picks start
 * again from scratch, a bounded number of times, and the error says what each try selected.
 */
async function shiftPick(page: Page, ids: string[], { together = false } = {}): Promise<void> {
  const tried: string[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) {
    await waitForCanvasSettled(page);
    let picked = true;
    if (together) {
      const points: { x: number; y: number }[] = [];
      for (const id of ids) {
        const p = await nodePoint(page, id);
        if (!p) throw new Error(`Node ${id} is not drawn on the canvas.`);
        points.push(p);
      }
      await page.keyboard.down('Shift');
      for (const p of points) await page.mouse.click(p.x, p.y);
      await page.keyboard.up('Shift');
      picked = await selectionIs(page, ids);
    } else {
      for (let i = 0; i < ids.length && picked; i++) {
        const p = await nodePoint(page, ids[i]!);
        if (!p) throw new Error(`Node ${ids[i]} is not drawn on the canvas.`);
        await page.keyboard.down('Shift');
        await page.mouse.click(p.x, p.y);
        await page.keyboard.up('Shift');
        picked = await selectionIs(page, ids.slice(0, i + 1));
      }
    }
    if (picked) return;
    tried.push(JSON.stringify(await multiSelection(page)));
    await clearSelection(page);
  }
  throw new Error(
    `The selection is not exactly ${ids.join(', ')} after ${tried.length} tries: ${tried.join('; ')}.`,
  );
}

/**
 * Drags the mouse (with Shift held, unless told otherwise) through `points`, given in canvas pixels; `beforeUp` runs
 * with the button still down (to look at the outline being drawn).
 */
async function drag(
  page: Page,
  points: { x: number; y: number }[],
  shift = true,
  beforeUp?: () => Promise<void>,
): Promise<void> {
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const [first, ...rest] = points;
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(box.x + first!.x, box.y + first!.y);
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 8 });
  await beforeUp?.();
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

/** Chooses an item of the selection bar's export menu and reads the file it downloads. */
async function exportSelection(page: Page, item: string): Promise<{ name: string; text: string }> {
  await page.click('[data-testid="selection-export"]');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="selection-export-${item}"]`),
  ]);
  const file = path.join(ARTIFACTS_DIR, download.suggestedFilename());
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** Opens the story with its layout stopped and the scene drawn still (its camera at rest). */
async function openStory(page: Page): Promise<void> {
  await waitForScene(page, 5);
  await stopLayout(page);
  await waitForCanvasSettled(page);
}

describe('multi-selection on the canvas', () => {
  const env = useBrowserEnv();

  it('shift-clicks two nodes into the selection and finds the shortest path between them', async () => {
    const { page, errors } = await env.newPage();
    const expansions: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/neighbors')) expansions.push(r.url());
    });
    await openStory(page);
    // Two shift-clicks in quick succession, as a user picks nodes: both are picks, not a double-click that expands.
    // Aimed where the nodes are drawn once the camera is still, and, should a click still miss, picked again from
    // scratch after clearing — as a user would.
    await shiftPick(page, ['org:meta', 'org:xai'], { together: true });
    expect(expansions).toEqual([]);
    const bar = page.locator('[data-testid="selection-bar"]');
    await bar.waitFor({ timeout: 20_000 });
    expect(await bar.getAttribute('data-count')).toBe('2');
    expect(await page.locator('[data-testid="selection-count"]').textContent()).toBe('2 selected');
    // A shift-click is not a plain click: no details panel opened for either.
    expect(await page.locator('[data-testid="details-title"]').count()).toBe(0);

    // Right-clicking a selected node offers the selection's actions.
    await rightClickNode(page, 'org:meta');
    const menu = page.locator('[data-testid="context-menu"][data-kind="node"]');
    for (const item of ['sel-hide', 'sel-expand', 'sel-path', 'sel-neighbours', 'sel-clear'])
      expect(await menu.locator(`[data-testid="ctx-${item}"]`).count(), item).toBe(1);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached', timeout: 10_000 });

    await page.click('[data-testid="selection-path"]');
    const panel = page.locator('[data-testid="path-panel"]');
    await panel.locator('[data-testid="path-step"]').first().waitFor({ timeout: 30_000 });
    expect(await panel.locator('[data-testid="path-step"]').count()).toBeGreaterThanOrEqual(1);
    // The path's nodes join the scene; the two ends stay selected.
    expect((await multiSelection(page)).sort()).toEqual(['org:meta', 'org:xai']);

    // Esc clears the selection (and the bar goes).
    await page.locator('[data-testid="canvas"]').focus();
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await multiSelection(page)).toEqual([]);

    // "Select neighbours" from a node's menu: the node and the drawn nodes one fact away.
    await rightClickNode(page, 'org:xai');
    await page.click('[data-testid="ctx-select-neighbours"]');
    await expect.poll(async () => (await multiSelection(page))[0], { timeout: 20_000 }).toBe('org:xai');
    const picked = await multiSelection(page);
    expect(picked.length).toBeGreaterThan(2);
    // Drawn nodes only, and not all of them: the story has nodes that share no fact with xAI.
    const drawn = await visibleNodeIds(page);
    expect(picked.every((id) => drawn.includes(id))).toBe(true);
    expect(picked.length).toBeLessThan(drawn.length);
    expect(errors).toEqual([]);
  });

  it('lassos exactly the nodes drawn inside the outline, without panning, and hides them', async () => {
    const { page, errors } = await env.newPage();
    await openStory(page);
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const before = await drawnPositions(page);
    expect(before.length).toBeGreaterThanOrEqual(5);
    // A vertical cut between two neighbouring nodes' x, so about half the story falls on each side and no node lies
    // near the outline.
    const xs = before.map((n) => n.x).sort((a, b) => a - b);
    let cut = 0;
    let gap = -1;
    for (let i = Math.floor(xs.length / 3); i < Math.ceil((2 * xs.length) / 3); i++) {
      if (xs[i + 1]! - xs[i]! > gap) {
        gap = xs[i + 1]! - xs[i]!;
        cut = (xs[i]! + xs[i + 1]!) / 2;
      }
    }
    const inside = before
      .filter((n) => n.x < cut && n.y > 10 && n.y < box.height - 10)
      .map((n) => n.id)
      .sort();
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(before.length);

    // A free-hand outline from the canvas's top-left corner (empty stage) around its left part.
    await drag(
      page,
      [
        { x: 10, y: 10 },
        { x: cut, y: 10 },
        { x: cut, y: box.height - 10 },
        { x: 10, y: box.height - 10 },
        { x: 10, y: 14 },
      ],
      true,
      async () => {
        // While the button is down the outline is drawn over the canvas.
        const outline = page.locator('[data-testid="lasso"] path');
        await outline.waitFor({ timeout: 10_000 });
        expect((await outline.getAttribute('d'))?.split('L').length).toBeGreaterThan(4);
        await saveScreenshot(page, 'selection-lasso-drawing-en', '[data-testid="canvas"]');
        // The drag draws a lasso; the camera does not move.
        expect(await drawnPositions(page)).toEqual(before);
      },
    );
    await expect.poll(async () => (await multiSelection(page)).sort(), { timeout: 20_000 }).toEqual(inside);
    const bar = page.locator('[data-testid="selection-bar"]');
    await bar.waitFor({ timeout: 20_000 });
    expect(await bar.getAttribute('data-count')).toBe(String(inside.length));
    expect(await page.locator('[data-testid="lasso"]').count()).toBe(0);
    await saveScreenshot(page, 'selection-lasso-en');

    // The export writes the selected nodes and only the facts between two of them.
    const json = await exportSelection(page, 'exportJson');
    expect(json.name).toMatch(/^talent-graph-selection-.*\.json$/);
    const exported = JSON.parse(json.text) as {
      view: string;
      nodes: { id: string }[];
      edges: { source: string; target: string }[];
    };
    // It says the view it was taken from: the nodes selected (no filter hides anything here).
    expect(exported.view).toBe(`${inside.length} selected`);
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(inside);
    for (const e of exported.edges)
      expect([inside.includes(e.source), inside.includes(e.target)]).toEqual([true, true]);
    const csv = await exportSelection(page, 'exportCsvNodes');
    expect(csv.text.trim().split(/\r\n/)).toHaveLength(inside.length + 1);

    await page.click('[data-testid="selection-hide"]');
    await expect
      .poll(async () => (await visibleNodeIds(page)).filter((id) => inside.includes(id)), { timeout: 20_000 })
      .toEqual([]);
    const outside = before.map((n) => n.id).filter((id) => !inside.includes(id));
    expect((await visibleNodeIds(page)).sort()).toEqual(outside.sort());
    await bar.waitFor({ state: 'detached', timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('pans on a plain drag, and lassos without shift in select mode', async () => {
    const { page, errors } = await env.newPage();
    await openStory(page);
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const before = await drawnPositions(page);
    await drag(
      page,
      [
        { x: 10, y: box.height - 10 },
        { x: 90, y: box.height - 60 },
      ],
      false,
    );
    // The scene moved with the drag; nothing was selected.
    await expect
      .poll(async () => (await drawnPositions(page))[0]!.x - before[0]!.x, { timeout: 20_000 })
      .toBeGreaterThan(30);
    expect(await multiSelection(page)).toEqual([]);
    // Sigma eases the camera on for a moment after a quick release: the positions below are read once it is still.
    await waitForCanvasSettled(page);

    await page.click('[data-testid="select-mode-button"]');
    expect(await page.locator('[data-testid="select-mode-button"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Around the whole canvas: every node drawn on it is caught.
    const drawn = (await drawnPositions(page))
      .filter((n) => n.x > 6 && n.x < box.width - 6 && n.y > 6 && n.y < box.height - 6)
      .map((n) => n.id)
      .sort();
    await drag(
      page,
      [
        { x: 4, y: 4 },
        { x: box.width - 4, y: 4 },
        { x: box.width - 4, y: box.height - 4 },
        { x: 4, y: box.height - 4 },
        { x: 4, y: 8 },
      ],
      false,
    );
    await expect.poll(async () => (await multiSelection(page)).sort(), { timeout: 20_000 }).toEqual(drawn);
    // A click on the empty canvas clears it; clicked again if the first came so soon after the lasso's own click
    // that the browser paired them into a double-click (as a user clicks again when nothing happens).
    for (let attempt = 0; attempt < 3 && (await multiSelection(page)).length > 0; attempt++) {
      const now = (await page.locator('[data-testid="canvas"]').boundingBox())!;
      await page.mouse.click(now.x + 8, now.y + now.height - 8);
      await expect
        .poll(() => multiSelection(page), { timeout: 5_000 })
        .toEqual([])
        .catch(() => undefined);
    }
    await expect.poll(() => multiSelection(page), { timeout: 20_000 }).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/', '2 selected'],
    ['ar', '/?lang=ar', 'المحدَّد: ٢'],
    ['en-dark', '/?theme=dark', '2 selected'],
    ['ar-dark', '/?lang=ar&theme=dark', 'المحدَّد: ٢'],
  ])('shows the selection bar in the page’s language (%s)', async (lang, path, count) => {
    const { page, errors } = await env.newPage({ path });
    await openStory(page);
    await shiftPick(page, ['org:openai', 'org:xai']);
    const bar = page.locator('[data-testid="selection-bar"]');
    await bar.waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="selection-count"]').textContent()).toBe(count);
    // The bar sits at the canvas's foot, whole, within the stage's padding: no node of the fitted scene is drawn
    // under it, not even in part (one drawn 40 px from the foot was half hidden).
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const b = (await bar.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(canvas.x);
    expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(b.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 40);
    expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    const lowest = Math.max(...(await nodeDiscs(page)).map((d) => d.y + d.r));
    expect(canvas.y + lowest).toBeLessThan(b.y);
    await saveScreenshot(page, `selection-bar-${lang}`);
    await saveScreenshot(page, `selection-bar-${lang}-bar`, '[data-testid="selection-bar"]');
    expect(errors).toEqual([]);
  });
});
