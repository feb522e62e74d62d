// "Copy link to this view", in real Chromium: it says "Link copied" only once the browser has written it; with no
// clipboard (plain http off localhost) or a refused write it says so and shows the link in a field, focused and
// selected, to be copied by hand — in English and Arabic.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';

const WAIT = { timeout: 60_000 };

/** What each case does to the page's clipboard before the app loads. */
const NO_CLIPBOARD = () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
const REFUSED = () => {
  // A write the browser refuses (no permission, the document not focused).
  Clipboard.prototype.writeText = () =>
    Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
};

async function copyLink(page: Page) {
  await waitForScene(page, 5);
  await page.click('[data-testid="export-button"]');
  await page.click('[data-testid="export-copyLink"]');
}

describe('copying the link to the view', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', 'none', '/', NO_CLIPBOARD, 'The link could not be copied'],
    ['ar', 'none', '/?lang=ar', NO_CLIPBOARD, 'تعذّر نسخ الرابط'],
    ['en', 'refused', '/', REFUSED, 'The link could not be copied'],
  ])(
    'shows the link to copy by hand, never "copied" (%s, clipboard %s)',
    async (lang, what, path, breakIt, message) => {
      const { page, errors } = await env.newPage({
        path,
        beforeGoto: async (p) => {
          await p.addInitScript(breakIt);
        },
      });
      await copyLink(page);
      const box = page.locator('[data-testid="link-uncopied"]');
      const field = page.locator('[data-testid="link-uncopied-field"]');
      await field.waitFor(WAIT);
      expect(await box.textContent()).toContain(message);
      expect(await page.locator('.menu-status', { hasText: /Link copied|نُسخ الرابط/ }).count()).toBe(0);
      // The link to this very view (the address bar was set to it), focused and selected for Ctrl+C.
      expect(await field.inputValue()).toBe(page.url());
      expect(await field.inputValue()).toContain('v=2');
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(
        await field.evaluate((el: HTMLInputElement) =>
          el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
        ),
      ).toBe(page.url());
      await saveScreenshot(page, `copy-link-uncopied-${lang}-${what}`);
      await page.click('[data-testid="link-uncopied-close"]');
      await box.waitFor({ state: 'detached', ...WAIT });
      expect(errors).toEqual([]);
    },
  );

  it('says "Link copied" once the link is on the clipboard', async () => {
    const { page, errors } = await env.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.baseUrl });
    await copyLink(page);
    await page.locator('.menu-status', { hasText: 'Link copied' }).waitFor(WAIT);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(await page.locator('[data-testid="link-uncopied"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
