// The top bar and the time bar on a 1024 px window, in real Chromium: each stays one row in English (the longer
// tabs), the search field giving way rather than the actions wrapping, the time ranges rather than "All time" or the
// window's dates — also with the window's two ranges shown.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

/** How many rows the elements are laid in: centred in a row, their middles lie within a few pixels of each other. */
async function rows(items: Locator[]): Promise<number> {
  const middles = await Promise.all(
    items.map(async (l) => {
      const box = (await l.boundingBox())!;
      return box.y + box.height / 2;
    }),
  );
  return Math.max(...middles) - Math.min(...middles) < 8 ? 1 : 2;
}

describe('the bars on a 1024 px window', () => {
  const env = useBrowserEnv();

  it('keep the top bar and the time bar, window shown, on one row each (en)', async () => {
    const { page, errors } = await env.newPage({
      path: '/?mode=timeline',
      viewport: { width: 1024, height: 700 },
    });
    await waitForScene(page, 5);
    const bar = page.locator('.top-bar');
    expect(await rows([bar.locator('.brand'), bar.locator('.search'), bar.locator('.top-actions')])).toBe(1);
    const time = page.locator('[data-testid="time-slider"]');
    await time.locator('select').selectOption('window');
    await expect.poll(() => time.locator('.range').count(), { timeout: 30_000 }).toBe(2);
    expect(
      await rows([time.locator('[data-testid="time-play"]'), time.locator('[data-testid="time-value"]')]),
    ).toBe(1);
    // "All time" on one line: its label no taller than the play button beside it.
    const label = (await time.locator('label.check').boundingBox())!;
    expect(label.height).toBeLessThan(32);
    await saveScreenshot(page, 'narrow-bars-en');
    expect(errors).toEqual([]);
  });
});
