// The schema's picture drawn from the Cypher panel, in real Chromium: CALL db.schema.visualization() draws each label
// and how labels are related, but those relationships are made up by the procedure (virtual), not facts — the left
// panel does not count them as facts with no source behind them — and the app's own storage labels (the talent
// index, the derivation lock) are not listed among the graph's kinds.
import { describe, expect, it } from 'vitest';
import { INTERNAL_LABELS } from '../../model/labels.js';
import {
  runCypher,
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  waitForScene,
} from '../support/browser.js';

const WAIT = { timeout: 60_000 };

describe('the schema’s picture', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('is not counted as unsourced facts, and lists no internal label (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    // The story's facts are all sourced: no note before.
    expect(await page.locator('[data-testid="unsourced-note"]').count()).toBe(0);
    await runCypher(page, 'CALL db.schema.visualization()');
    // The scene is the schema's now: its relationships are the procedure's (negative ids).
    await expect
      .poll(async () => {
        const ids = await visibleEdgeIds(page);
        return ids.length > 0 && ids.every((id) => /^neo4j:-\d+$/.test(id));
      }, WAIT)
      .toBe(true);
    const legend = page.locator('[data-testid="legend"]');
    await expect
      .poll(async () => (await legend.textContent()) ?? '', WAIT)
      .toMatch(lang === 'ar' ? /شخص/ : /Person/);
    expect(await page.locator('[data-testid="unsourced-note"]').count()).toBe(0);
    const listed = await legend.locator('li').allTextContents();
    for (const label of INTERNAL_LABELS) expect(listed.join('|')).not.toContain(label);
    await saveScreenshot(page, `schema-picture-${lang}`);
    expect(errors).toEqual([]);
  });
});
