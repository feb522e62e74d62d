// A link naming a node the database does not hold, in real Chromium, in English and Arabic: the details column says
// so in the UI's language, with the id exactly as the link wrote it (isolated, so an Arabic sentence keeps its order
// around a Latin id), and the message can be dismissed with the UI's close button, which clears the selection.
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv } from '../support/browser.js';

const WAIT = { timeout: 60_000 };
const UNKNOWN = 'person:nobody-by-this-id';
/** The browser's own line for the 404 the app asked for and expects; any other console error still fails. */
const EXPECTED_404 = /^Failed to load resource: the server responded with a status of 404/;

describe('a link to an unknown node', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', `No node with id ${UNKNOWN}.`, 'Dismiss'],
    ['ar', `لا توجد عقدة بالمعرّف ${UNKNOWN}.`, 'إغلاق'],
  ])('says so in the UI language and can be dismissed (%s)', async (lang, message, closeName) => {
    const { page, errors } = await env.newPage({
      path: `/?sel=${encodeURIComponent(UNKNOWN)}${lang === 'ar' ? '&lang=ar' : ''}`,
    });
    const details = page.locator(`[data-testid="details"][data-id="${UNKNOWN}"]`);
    const error = details.locator('[data-testid="details-error"]');
    await error.waitFor(WAIT);
    expect(await error.locator('[role="alert"]').textContent()).toBe(message);
    const id = error.locator('[role="alert"] bdi');
    expect(await id.textContent()).toBe(UNKNOWN);
    // On one line: a narrow column moves the id whole rather than breaking it at a hyphen.
    expect(await id.evaluate((el) => el.getClientRects().length)).toBe(1);
    await saveScreenshot(page, `unknown-node-${lang}`);
    await error.getByRole('button', { name: closeName, exact: true }).click();
    await details.waitFor({ state: 'detached', ...WAIT });
    expect(errors.filter((e) => !EXPECTED_404.test(e))).toEqual([]);
  });
});
