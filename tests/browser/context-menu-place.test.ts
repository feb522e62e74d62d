// The canvas's context menu kept whole on screen, in real Chromium: on a short window a node's fifteen-item menu is
// taller than the room under the pointer (the canvas clips it above the time slider), so it moves up and, taller
// than the canvas, scrolls — every item can be reached, also by the arrow keys, in English and Arabic. And its "Copy
// id" claims nothing it did not do: without a clipboard it shows the id to be copied by hand.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  saveScreenshot,
  stopLayout,
  useBrowserEnv,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { rightClickNode } from '../support/canvas-gestures.js';

/** A short window: the canvas is less tall than a node's full menu. */
const SHORT = { width: 1400, height: 520 };
const WAIT = { timeout: 60_000 };

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.y >= outer.y - 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5 &&
  inner.x >= outer.x - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5;

async function openMetaMenu(page: Page) {
  await waitForScene(page, 5);
  await stopLayout(page);
  await waitForCanvasSettled(page);
  await rightClickNode(page, 'org:meta');
  const menu = page.locator('[data-testid="context-menu"]');
  // The relationships by type arrive after it opens and make it taller: placed again then.
  await menu.locator('[data-testid="ctx-by-loading"]').waitFor({ state: 'detached', ...WAIT });
  return menu;
}

describe('the context menu’s place', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('stays inside the canvas and scrolls to every item when taller than it (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path, viewport: SHORT });
    const menu = await openMetaMenu(page);
    const wrap = (await page.locator('.canvas-wrap').boundingBox())!;
    await expect.poll(async () => inside((await menu.boundingBox())!, wrap), WAIT).toBe(true);
    const items = menu.locator('[role="menuitem"]');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(12);
    // Taller than the canvas: it scrolls within it rather than run under the slider.
    expect(await menu.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await saveScreenshot(page, `context-menu-short-${lang}`);
    // From the first item, ArrowUp goes round to the last: focused and scrolled into sight, inside the canvas.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), WAIT)
      .toBe('menuitem');
    await page.keyboard.press('ArrowUp');
    const last = items.nth(count - 1);
    await expect.poll(() => last.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    const menuBox = (await menu.boundingBox())!;
    await expect.poll(async () => inside((await last.boundingBox())!, menuBox), WAIT).toBe(true);
    expect(inside((await last.boundingBox())!, wrap)).toBe(true);
    await saveScreenshot(page, `context-menu-short-last-${lang}`);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/', 'The id could not be copied'],
    ['ar', '/?lang=ar', 'تعذّر نسخ المعرّف'],
  ])('shows the id to copy by hand when there is no clipboard (%s)', async (lang, path, message) => {
    const { page, errors } = await env.newPage({
      path,
      // As on plain http off localhost: the browser gives no clipboard at all.
      beforeGoto: async (p) => {
        await p.addInitScript(() =>
          Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
        );
      },
    });
    const menu = await openMetaMenu(page);
    await menu.locator('[data-testid="ctx-copy"]').click();
    const field = menu.locator('[data-testid="ctx-uncopied-field"]');
    await field.waitFor(WAIT);
    expect(await menu.locator('[data-testid="ctx-uncopied"]').textContent()).toContain(message);
    expect(await field.inputValue()).toBe('org:meta');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // Selected, ready for Ctrl+C.
    expect(
      await field.evaluate((el: HTMLInputElement) =>
        el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
      ),
    ).toBe('org:meta');
    expect(await menu.locator('[data-testid="ctx-copy"]').textContent()).not.toMatch(/Copied|نُسخ/);
    await saveScreenshot(page, `context-menu-uncopied-${lang}`, '[data-testid="context-menu"]');
    expect(errors).toEqual([]);
  });
});
