// Pointer gestures on the sigma canvas for the browser tests, each aimed where the node is drawn once the canvas is
// still and checked for the very effect it was meant to have (the node moved, the node hovered), then tried again,
// re-aimed, a bounded number of times: on a loaded machine a camera still easing or a panel resizing the canvas can
// move a node between aiming and pressing, and a gesture that lands beside it does something else (a pan, a
// neighbour). Also a watch on the layout button, so that a test sees the layout ran even when its wall-clock budget ran
// out before the test looked, and a start of the layout that waits for its button without racing that budget. Kept
// beside browser.ts (which they build on) so that neither grows past a readable size.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { nodePoint, stopLayout, waitForCanvasSettled } from './browser.js';

interface Point {
  x: number;
  y: number;
}

/** A node's graph coordinates (what a drag or the layout changes; the camera does not), or null when not in the scene. */
export function graphPosition(page: Page, id: string): Promise<Point | null> {
  return page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __talentGraph: { positions(): Record<string, Point> } }
      ).__talentGraph.positions()[nodeId] ?? null,
    id,
  );
}

/** Whether a page point lies inside the canvas's box, a few pixels in from its edges. */
async function insideCanvas(page: Page, p: Point | null, margin = 8): Promise<boolean> {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  return Boolean(
    p &&
    box &&
    p.x >= box.x + margin &&
    p.x <= box.x + box.width - margin &&
    p.y >= box.y + margin &&
    p.y <= box.y + box.height - margin,
  );
}

/**
 * Drags a node to `to` (page pixels) as a user does, until it is dropped there: a running layout is stopped first (it
 * moves nodes under the pointer) and the canvas waited still before each aim. It counts as done when the node's graph
 * coordinates changed (a press that missed the node pans the camera instead, which moves the node as drawn but not in
 * the graph) and it is drawn within `tolerance` px of `to`; otherwise it is aimed again from where the node is drawn
 * now, up to `attempts` times, and the error says where it ended.
 */
export async function dragNode(
  page: Page,
  id: string,
  to: Point,
  { tolerance = 12, attempts = 3 } = {},
): Promise<void> {
  await stopLayout(page);
  const tried: string[] = [];
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await waitForCanvasSettled(page);
    // A node drawn outside the canvas's box (the camera eased to another node, leaving this one under a panel) cannot
    // be pressed there: the whole scene is framed first, as a user would.
    if (!(await insideCanvas(page, await nodePoint(page, id)))) {
      await page.click('[data-testid="fit-button"]');
      await waitForCanvasSettled(page);
    }
    const start = await graphPosition(page, id);
    const from = await nodePoint(page, id);
    if (!start || !from) throw new Error(`Node ${id} is not drawn on the canvas.`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    // A missed press panned the stage: sigma eases the camera on after a quick release.
    await waitForCanvasSettled(page);
    const dropped = async () => {
      const now = await graphPosition(page, id);
      const drawn = await nodePoint(page, id);
      const moved = Boolean(now && (now.x !== start.x || now.y !== start.y));
      const near = Boolean(drawn && Math.hypot(drawn.x - to.x, drawn.y - to.y) <= tolerance);
      last = `from ${JSON.stringify(from)}: moved in the graph ${moved}, drawn at ${JSON.stringify(drawn)}`;
      return moved && near;
    };
    const done = await expect
      .poll(dropped, { timeout: 20_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (done) return;
    tried.push(last);
  }
  throw new Error(
    `${id} was not dropped at ${JSON.stringify(to)} after ${attempts} drags:\n${tried.join('\n')}`,
  );
}

/**
 * Moves the pointer onto a node until the canvas says that very node is hovered (its `data-hovered`), re-aiming after
 * the canvas is still, up to `attempts` times. Returns where the pointer rests.
 */
export async function hoverNode(page: Page, id: string, { attempts = 4 } = {}): Promise<Point> {
  const canvas = page.locator('[data-testid="canvas"]');
  let seen: string | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await waitForCanvasSettled(page);
    const p = await nodePoint(page, id);
    if (!p) throw new Error(`Node ${id} is not drawn on the canvas.`);
    // Off the canvas first, so that sigma sees the pointer enter the node anew.
    await page.mouse.move(0, 0);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    const hovered = await expect
      .poll(() => canvas.getAttribute('data-hovered'), { timeout: 10_000 })
      .toBe(id)
      .then(
        () => true,
        async () => {
          seen = await canvas.getAttribute('data-hovered');
          return false;
        },
      );
    if (hovered) return p;
  }
  throw new Error(`${id} is not hovered after ${attempts} moves onto it (hovered: ${seen ?? 'none'}).`);
}

/**
 * Starts logging every state the layout button shows (its aria-pressed) from now on, so that a test can tell the
 * layout ran even when its wall-clock budget ran out before the test looked (layoutStates reads the log).
 */
export async function watchLayoutButton(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __layoutStates: string[] }).__layoutStates = log;
    const button = document.querySelector('[data-testid="layout-button"]')!;
    new MutationObserver(() => log.push(button.getAttribute('aria-pressed') ?? '')).observe(button, {
      attributes: true,
      attributeFilter: ['aria-pressed'],
    });
  });
}

/** Waits (with a generous ceiling) until the layout button watched by watchLayoutButton has shown the layout running. */
export async function waitForLayoutRan(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __layoutStates: string[] }).__layoutStates.includes('true'),
    null,
    { timeout },
  );
}

/**
 * Starts the layout (as a user presses its button) unless it runs, and waits until its button shows it running. Read,
 * pressed and watched in one task of the page: a layout whose budget ran out between a read and a separate wait for
 * the button would leave the wait hanging, and one that ran out between a read and a separate click would be left
 * stopped. The layout may stop again on its budget right after: a caller that needs it running at a later moment
 * checks that moment itself.
 */
export async function startLayout(page: Page, timeout = 60_000): Promise<void> {
  const started = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="layout-button"]');
        if (!button) return resolve(false);
        if (button.getAttribute('aria-pressed') === 'true') return resolve(true);
        const observer = new MutationObserver(() => {
          if (button.getAttribute('aria-pressed') !== 'true') return;
          observer.disconnect();
          resolve(true);
        });
        observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
        setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, ms);
        button.click();
      }),
    timeout,
  );
  if (!started) throw new Error(`The layout did not start within ${timeout} ms of pressing its button.`);
}

/**
 * Right-clicks a node where it is drawn until the menu of that very node opens, finding it again before each try (as
 * a user re-aims): on a loaded machine the canvas may still be settling (a bar or panel appearing resizes it) when it
 * is aimed at, and a click that lands on a neighbour opens that neighbour's menu, which is closed and tried again.
 */
export async function rightClickNode(page: Page, id: string): Promise<Point> {
  const menu = page.locator('[data-testid="context-menu"]');
  const mine = page.locator(`[data-testid="context-menu"][data-kind="node"][data-id="${id}"]`);
  for (let attempt = 1; ; attempt++) {
    await waitForCanvasSettled(page);
    const p = await nodePoint(page, id);
    if (!p) throw new Error(`Node ${id} is not drawn on the canvas.`);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    const opened = await mine.waitFor({ timeout: 8_000 }).then(
      () => true,
      () => false,
    );
    if (opened) return p;
    const other = await menu.getAttribute('data-id', { timeout: 1_000 }).catch(() => null);
    if (attempt >= 4)
      throw new Error(
        `No context menu for ${id} after ${attempt} right-clicks at its position` +
          (other ? ` (the last opened ${other}'s).` : '.'),
      );
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  }
}
