// The Cypher panel's saved-queries menu driven as a user does, for the browser tests of saved queries.
import type { Page } from 'playwright-core';

/** Opens the saved-queries menu (a click on its button toggles it, so only when it is closed). */
export async function openSavedMenu(page: Page): Promise<void> {
  const button = page.locator('[data-testid="saved-menu"]');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('[role="menu"]').waitFor({ timeout: 10_000 });
}

/** Saves the editor's query under `name` through the page's own form. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await openSavedMenu(page);
  await page.click('[data-testid="save-query"]');
  await page.fill('[data-testid="save-query-name"]', name);
  await page.click('[data-testid="save-query-confirm"]');
}
