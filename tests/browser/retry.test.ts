// A database that is briefly unavailable (503) does not cost the user the first page: the client retries with
// back-off, and when the answer is still 503 it says so with a Retry button that loads the view once the server
// answers. The 503s are injected at the network layer (the server itself is real and healthy).
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, visibleNodeIds, waitForScene } from '../support/browser.js';

const UNAVAILABLE = {
  status: 503,
  contentType: 'application/json',
  body: JSON.stringify({
    error: {
      code: 'DB_UNAVAILABLE',
      message: 'The database did not answer within 4000 ms; try again shortly.',
    },
  }),
};

describe('a briefly unavailable database', () => {
  const env = useBrowserEnv();

  it("retries the first page's query after 503s and draws the story without showing an error", async () => {
    const { page, errors } = await env.newPage({
      beforeGoto: async (p) => {
        let refused = 0;
        await p.route('**/api/views/story', async (route) => {
          if (refused < 2) {
            refused += 1;
            await route.fulfill(UNAVAILABLE);
          } else await route.continue();
        });
      },
    });
    await waitForScene(page, 5);
    expect(await visibleNodeIds(page)).toContain('org:meta');
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    expect(errors.filter((e) => !/503/.test(e))).toEqual([]);
  });

  it('shows the error with a Retry button when the database stays unavailable, and Retry loads the view', async () => {
    let down = true;
    const { page } = await env.newPage({
      beforeGoto: async (p) => {
        await p.route('**/api/views/story', async (route) =>
          down ? route.fulfill(UNAVAILABLE) : route.continue(),
        );
      },
    });
    const notice = page.locator('[data-testid="notice"]');
    await notice.waitFor({ state: 'visible', timeout: 120_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/did not answer/);
    // Nothing loaded, nothing to list: no bare "Legend" or "Relationships" heading in the left panel.
    expect(await page.locator('#legend-h, #rel-h').count()).toBe(0);
    await saveScreenshot(page, 'retry-notice');
    down = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await waitForScene(page, 5);
    expect(await visibleNodeIds(page)).toContain('org:meta');
    expect(await page.locator('#legend-h, #rel-h').count()).toBe(2);
  });
});
