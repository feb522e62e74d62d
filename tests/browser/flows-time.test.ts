// Who moved where, in real Chromium: the talent-flow view draws Meta → xAI with named and reported counts and lists
// the people and evidence behind a flow; the time slider changes what the canvas draws, and stays, disabled and at
// its height, for a scene with no dated fact.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAY_STEP_MS } from '../../client/state/time-actions.js';
import {
  canvasPixels,
  runCypher,
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

describe('talent flows and time', () => {
  const env = useBrowserEnv();

  it('shows Meta → xAI as a weighted flow, and the people and evidence behind it', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="mode-flows"]');
    await page.waitForFunction(() => {
      const ids = (
        window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
      ).__talentGraph.visibleNodeIds();
      return (
        ids.includes('org:meta') && ids.includes('org:xai') && !ids.some((id) => id.startsWith('person:'))
      );
    });
    await waitForCanvasSettled(page);
    expect((await canvasPixels(page)).coloured).toBeGreaterThan(1_000);
    await saveScreenshot(page, 'flows-view');
    // The table view lists the flow edges; choosing one opens the flow's details.
    await page.click('[data-testid="table-view-button"]');
    const row = page
      .locator('[data-testid="scene-table"] tr', { hasText: 'Meta' })
      .filter({ hasText: 'xAI' })
      .filter({ hasText: 'talent flow' });
    await row.getByRole('button', { name: 'talent flow' }).click();
    const details = page.locator('[data-testid="flow-details"]');
    await details.waitFor({ timeout: 20_000 });
    expect(await details.locator('[data-testid="details-title"]').textContent()).toMatch(/Meta.*→.*xAI/);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('4 named');
    expect(text).toMatch(/≥ 14 reported/);
    for (const name of ['Xinlei Chen', 'Ching-Yao Chuang', 'Alan Rice', 'Sheng Shen'])
      expect(text).toContain(name);
    expect(await details.locator('[data-testid="evidence"]').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('draws no flow for a 1990 window and says the window holds none, in English and Arabic', async () => {
    // The flow view once fell back to every flow, without the window, when the window held none.
    for (const [lang, words] of [
      ['en', 'No talent flows in this time window.'],
      ['ar', 'لا تدفّقات في هذه الفترة الزمنية.'],
    ] as const) {
      const { page, errors } = await env.newPage({ path: `/?mode=flows&at=1990&lang=${lang}` });
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="flows-caption"]')?.textContent?.includes(text),
        words,
        { timeout: 60_000 },
      );
      expect(await page.locator('[data-testid="time-value"]').textContent()).toBe(
        lang === 'ar' ? '١٩٩٠' : '1990',
      );
      expect(await visibleNodeIds(page)).toEqual([]);
      expect(await visibleEdgeIds(page)).toEqual([]);
      await saveScreenshot(page, `flows-1990-${lang}`);
      expect(errors).toEqual([]);
    }
  });

  it('draws less as of 2024 than as of the latest date, and the slider says which date', async () => {
    const { page } = await env.newPage({ path: '/?mode=timeline' });
    await waitForScene(page, 5);
    await waitForCanvasSettled(page);
    const latest = await visibleNodeIds(page);
    const latestPixels = await canvasPixels(page);
    const range = page.locator('[data-testid="time-range"]');
    // The timeline's dates load on the time controls' first use: wait for the slider to have them (a loaded
    // machine may take seconds), then step down to the first date (2019) with the keyboard, as a user would.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="time-range"]')?.getAttribute('max') ?? 0) > 0,
      null,
      { timeout: 60_000 },
    );
    await range.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="time-value"]')?.textContent === '2019',
    );
    await waitForCanvasSettled(page);
    const early = await visibleNodeIds(page);
    expect(early).not.toContain('event:meta-to-xai-departures-2025');
    expect(latest).toContain('event:meta-to-xai-departures-2025');
    const earlyPixels = await canvasPixels(page);
    expect(earlyPixels.coloured).toBeLessThan(latestPixels.coloured);
    await saveScreenshot(page, 'timeline-2019');
  });

  it('reads an event reported over a period as since its start, in English and Arabic', async () => {
    // The article's "at least 14 left Meta for xAI since January 2025": a period's start, not the day they left.
    for (const [lang, since] of [
      ['en', 'since 2025-01'],
      ['ar', 'منذ ٢٠٢٥-٠١'],
    ] as const) {
      const { page, errors } = await env.newPage({ path: `/?mode=timeline&lang=${lang}` });
      const item = page
        .locator('.timeline-strip li', { hasText: lang === 'en' ? 'At least 14' : '14' })
        .first();
      await item.waitFor({ timeout: 60_000 });
      expect(await item.locator('time').textContent()).toBe(since);
      expect(await item.locator('time').getAttribute('datetime')).toBe('2025-01');
      await saveScreenshot(page, `timeline-since-${lang}`, '.timeline-strip');
      expect(errors).toEqual([]);
    }
  });

  it('keeps the time slider for a scene with no dated fact, disabled and saying so, at the same height', async () => {
    // People alone: the seed gives them no date of their own.
    const people = "MATCH (p:Person) WHERE p.id IN ['person:alan-rice', 'person:xinlei-chen'] RETURN p";
    const { page, errors } = await env.newPage({ path: `/?q=${encodeURIComponent(people)}` });
    await waitForScene(page, 2);
    const slider = page.locator('[data-testid="time-slider"]');
    await page.locator('[data-testid="time-slider"][data-empty="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="time-value"]').textContent()).toBe(
      'No dated facts in this scene',
    );
    for (const id of ['time-play', 'time-all', 'time-range'])
      expect(await page.locator(`[data-testid="${id}"]`).isDisabled(), id).toBe(true);
    expect(await slider.locator('select').isDisabled()).toBe(true);
    const emptyHeight = (await slider.boundingBox())!.height;
    // A dated stint (Altman, CEO of OpenAI since 2019): the slider comes alive where it was, no taller, no shorter.
    await runCypher(page, "MATCH (p:Person {id: 'person:sam-altman'})-[r:WORKED_AT]->(o) RETURN p, r, o");
    await page.locator('[data-testid="time-slider"]:not([data-empty])').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="time-play"]').isDisabled()).toBe(false);
    expect((await slider.boundingBox())!.height).toBe(emptyHeight);
    expect(errors).toEqual([]);
  });

  it('plays the moves forward in time and pauses', async () => {
    const { page } = await env.newPage({ path: '/?mode=timeline&at=2019' });
    await waitForScene(page, 5);
    // The link's date applies once the timeline's dates have loaded (seconds on a loaded machine).
    await page.waitForFunction(
      () => document.querySelector('[data-testid="time-value"]')?.textContent === '2019',
      null,
      { timeout: 60_000 },
    );
    expect(await visibleNodeIds(page)).not.toContain('event:meta-to-xai-departures-2025');
    await page.click('[data-testid="time-play"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="time-value"]')?.textContent !== '2019',
      null,
      { timeout: 15_000 },
    );
    await page.click('[data-testid="time-play"]');
    // Paused once the button offers Play again (the page has drawn the pause); the date shown then is final.
    await page.locator('[data-testid="time-play"]', { hasText: '▶' }).waitFor();
    const paused = await page.locator('[data-testid="time-value"]').textContent();
    // What is under test is a timer: more than one play step passes, and the date has not moved.
    await page.waitForTimeout(DEFAULT_PLAY_STEP_MS * 1.5);
    expect(await page.locator('[data-testid="time-value"]').textContent()).toBe(paused);
  });
});
