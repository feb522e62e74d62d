// Node labels in real Chromium: every label drawn on the seeded story stays whole inside the canvas — a node near the
// canvas's right side has its name drawn on its left (it used to be cut: "Alan Ri…") — in English and Arabic.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LabelBox } from '../../client/graph/renderer.js';
import { URL_VERSION } from '../../client/state/url.js';
import {
  nodeDiscs,
  nodePoint,
  saveScreenshot,
  searchAndOpen,
  useBrowserEnv,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { dragNode } from '../support/canvas-gestures.js';

type Box = LabelBox;

/** Graph coordinates of the scene's nodes (what the layout changes). */
const positions = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __talentGraph: { positions(): Record<string, { x: number; y: number }> } }
    ).__talentGraph.positions(),
  );

const labelBoxes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __talentGraph: { labelBoxes(): Box[] } }).__talentGraph.labelBoxes(),
  );

/** Pairs of drawn labels whose boxes overlap (each box as the renderer reports it). */
function overlapping(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`${a.label} × ${b.label}`);
    }
  return out;
}

type Disc = Awaited<ReturnType<typeof nodeDiscs>>[number];

/** Whether box `b` and disc `d` overlap (the box's nearest point to the centre lies inside the disc). */
const touches = (b: Pick<Box, 'x' | 'y' | 'width' | 'height'>, d: Disc) => {
  const nx = Math.max(b.x, Math.min(d.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(d.y, b.y + b.height));
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r ** 2;
};

/**
 * Labels drawn across another node while the other side of their own node had room for them clear of every node and
 * label (`exempt`: highlighted nodes, whose label keeps its side whatever it overlaps).
 */
function acrossNodes(boxes: Box[], discs: Disc[], canvasWidth: number, exempt: string[] = []): string[] {
  // The label drawer's gap between a node and its label, and its margin at the canvas's sides.
  const GAP = 3;
  const MARGIN = 2;
  const across = (b: Pick<Box, 'x' | 'y' | 'width' | 'height'>, own: string) =>
    discs.filter((d) => d.id !== own && touches(b, d)).map((d) => d.id);
  const out: string[] = [];
  for (const b of boxes) {
    const hit = across(b, b.id);
    const node = discs.find((d) => d.id === b.id);
    if (!hit.length || !node || exempt.includes(b.id)) continue;
    const onRight = b.x > node.x;
    const other = { ...b, x: onRight ? node.x - node.r - GAP - b.width : node.x + node.r + GAP };
    const fits = other.x >= MARGIN && other.x + other.width <= canvasWidth - MARGIN;
    const clear =
      fits &&
      across(other, b.id).length === 0 &&
      overlapping([other, ...boxes.filter((o) => o.id !== b.id)]).length === 0;
    if (clear) out.push(`${b.label} across ${hit.join(', ')}`);
  }
  return out;
}

/** Waits until the layout has stopped and the labels have stopped moving (the camera may still be easing). */
async function stillLabels(page: Page): Promise<Box[]> {
  await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 60_000 });
  // The same boxes on two settled frames in a row: nothing is moving them any more.
  const still = async () => {
    await waitForCanvasSettled(page);
    const before = JSON.stringify(await labelBoxes(page));
    await waitForCanvasSettled(page);
    return before === JSON.stringify(await labelBoxes(page));
  };
  await expect.poll(still, { timeout: 30_000 }).toBe(true);
  return labelBoxes(page);
}

describe('node labels', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('keeps every drawn label whole inside the canvas once the layout is done (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 60_000 });
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    // Labels come with the first frames after the layout: wait until every node of the story has one.
    await expect
      .poll(async () => (await labelBoxes(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(5);
    const boxes = await labelBoxes(page);
    const outside = boxes.filter((b) => b.x < 0 || b.x + b.width > canvas.width);
    await saveScreenshot(page, `labels-inside-${lang}`);
    expect(outside.map((b) => `${b.label} at ${Math.round(b.x)}–${Math.round(b.x + b.width)}`)).toEqual([]);
    // Whole: none cut to fit (a canvas this wide has room on one side of every node).
    expect(boxes.filter((b) => b.cut).map((b) => b.label)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('keeps every label and the hint inside a phone’s canvas (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path, viewport: { width: 360, height: 740 } });
    await waitForScene(page, 5);
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await expect
      .poll(async () => (await labelBoxes(page)).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(3);
    const boxes = await stillLabels(page);
    await saveScreenshot(page, `labels-phone-${lang}`);
    const outside = boxes.filter((b) => b.x < 0 || b.x + b.width > canvas.width);
    expect(outside.map((b) => `${b.label} at ${Math.round(b.x)}–${Math.round(b.x + b.width)}`)).toEqual([]);
    // The hint at the canvas's foot wraps inside it rather than run past both sides.
    const hint = (await page.locator('[data-testid="canvas-hint"]').boundingBox())!;
    expect(hint.x).toBeGreaterThanOrEqual(canvas.x);
    expect(hint.x + hint.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(errors).toEqual([]);
  });

  // A link to one node, selected (its label always drawn), in the middle of a 360 px canvas: its name is wider than the
  // room on either side — the departures report's ("At least 14 researchers and engineers leave Meta for xAI") in
  // English, FAIR's (قسم أبحاث الذكاء الاصطناعي الأساسي) in Arabic — and is cut inside the canvas (the drawing
  // itself is checked by the unit tests of drawNodeLabel).
  it.each([
    ['en', 'event:meta-to-xai-departures-2025', ''],
    ['ar', 'org:fair', '&lang=ar'],
  ])(
    'cuts a name that fits on neither side of its node inside a phone’s canvas (%s)',
    async (lang, id, extra) => {
      const { page, errors } = await env.newPage({
        path: `/?v=${URL_VERSION}&n=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}${extra}`,
        viewport: { width: 360, height: 740 },
      });
      await waitForScene(page, 1);
      const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
      const box = async () => (await labelBoxes(page)).find((b) => b.id === id);
      await expect.poll(async () => (await box())?.cut ?? false, { timeout: 30_000 }).toBe(true);
      await saveScreenshot(page, `labels-phone-cut-${lang}`);
      expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
      const { x, width } = (await box())!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(canvas.width);
      expect(errors).toEqual([]);
    },
  );

  it('draws a name on the left of its node when the node is dragged to the canvas’s right side', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const to = { x: canvas.x + canvas.width - 20, y: canvas.y + canvas.height / 2 };
    // Aimed once the layout is stopped and the camera has framed its end, and dropped there for certain (the node
    // moved in the graph, drawn at the target): a press that missed would pan instead, and prove nothing here.
    await dragNode(page, 'person:xinlei-chen', to);
    const box = async () => (await labelBoxes(page)).find((b) => b.id === 'person:xinlei-chen');
    await expect.poll(async () => (await box())?.x ?? -1, { timeout: 30_000 }).toBeGreaterThan(0);
    const label = (await box())!;
    const node = (await nodePoint(page, 'person:xinlei-chen'))!;
    await saveScreenshot(page, 'labels-right-edge');
    // Whole, inside the canvas, and on the node's left.
    expect(label.x + label.width).toBeLessThanOrEqual(canvas.width);
    expect(label.x + label.width).toBeLessThan(node.x - canvas.x);
    expect(errors).toEqual([]);
  });
  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])(
    'draws no two labels over each other: on the story, after expanding Elon Musk, after a layout run (%s)',
    async (lang, path) => {
      const { page, errors } = await env.newPage({ path });
      await waitForScene(page, 5);
      const story = await stillLabels(page);
      const width = (await page.locator('[data-testid="canvas"]').boundingBox())!.width;
      expect(story.length).toBeGreaterThanOrEqual(5);
      expect(overlapping(story)).toEqual([]);
      expect(acrossNodes(story, await nodeDiscs(page), width)).toEqual([]);

      await searchAndOpen(page, 'Musk', lang === 'ar' ? 'إيلون ماسك' : 'Elon Musk');
      await page.click('[data-testid="expand-button"]');
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes')) > 15,
        null,
        { timeout: 30_000 },
      );
      const expanded = await stillLabels(page);
      await saveScreenshot(page, `labels-expanded-${lang}`);
      expect(overlapping(expanded)).toEqual([]);
      // The canvas is narrower now (the details column): its width again. Elon Musk is selected.
      const narrower = (await page.locator('[data-testid="canvas"]').boundingBox())!.width;
      expect(acrossNodes(expanded, await nodeDiscs(page), narrower, ['person:elon-musk'])).toEqual([]);

      // Run the layout until it has moved the nodes, then stop it, as a user would.
      const before = JSON.stringify(await positions(page));
      await page.click('[data-testid="layout-button"]');
      await expect
        .poll(async () => JSON.stringify(await positions(page)) !== before, { timeout: 60_000 })
        .toBe(true);
      await page.click('[data-testid="layout-button"]');
      const laidOut = await stillLabels(page);
      await saveScreenshot(page, `labels-after-layout-${lang}`);
      expect(overlapping(laidOut)).toEqual([]);
      expect(acrossNodes(laidOut, await nodeDiscs(page), narrower, ['person:elon-musk'])).toEqual([]);
      // Most names are still shown: leaving out the overlapping ones is not leaving out everything.
      expect(laidOut.length).toBeGreaterThanOrEqual(8);
      expect(errors).toEqual([]);
    },
  );
});
