// The details panel on a narrow window, in real Chromium: there it floats over the canvas and the user opens it from
// the top bar. It is never left as a blank box: Escape (which clears the selection it showed) puts it away, opened
// with nothing selected it says how to fill it, and its close button puts it away and hands focus back.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

const NARROW = { width: 900, height: 700 };
/** The top bar's Details button (the right panel's toggle, shown on narrow windows only). */
const TOGGLE = '.top-actions .panel-toggle';
const WAIT = { timeout: 60_000 };

describe('the floating details panel', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/', 'Meta'],
    ['ar', '/?lang=ar', 'ميتا'],
  ])('is put away by Escape once it has nothing to show (%s)', async (lang, path, meta) => {
    const { page, errors } = await env.newPage({ path, viewport: NARROW });
    await waitForScene(page, 5);
    const panel = page.locator('aside.panel-right');
    await page.fill('#search-input', meta);
    await page.locator('[role="option"]', { hasText: meta }).first().waitFor(WAIT);
    await page.locator('#search-input').press('Enter');
    await page.locator('[data-testid="details"][data-id="org:meta"]').waitFor({ state: 'attached', ...WAIT });
    await page.click(TOGGLE);
    await page.locator('[data-testid="details-title"]', { hasText: meta }).waitFor(WAIT);
    await saveScreenshot(page, `narrow-details-open-${lang}`);
    // Focus is on the top bar's button (not in a field): Escape is the app's.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="details"]').getAttribute('data-id'), WAIT).toBeNull();
    await expect.poll(() => panel.isVisible(), WAIT).toBe(false);
    expect(await page.locator(TOGGLE).getAttribute('aria-pressed')).toBe('false');
    await saveScreenshot(page, `narrow-details-after-escape-${lang}`);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/', 'Click a node or a relationship'],
    ['ar', '/?lang=ar', 'انقر عقدة أو علاقة'],
  ])(
    'opened with nothing selected, says how to fill it and closes by its button (%s)',
    async (lang, path, hint) => {
      const { page, errors } = await env.newPage({ path, viewport: NARROW });
      await waitForScene(page, 5);
      const panel = page.locator('aside.panel-right');
      await page.click(TOGGLE);
      await expect.poll(() => panel.isVisible(), WAIT).toBe(true);
      expect(await panel.locator('[data-testid="details-empty"]').textContent()).toContain(hint);
      const close = panel.locator('[data-testid="details-close"]');
      expect(await close.isVisible()).toBe(true);
      await saveScreenshot(page, `narrow-details-empty-${lang}`);
      await close.focus();
      await close.press('Enter');
      await expect.poll(() => panel.isVisible(), WAIT).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)).toBe(
        'details-toggle',
      );
      expect(errors).toEqual([]);
    },
  );
});
