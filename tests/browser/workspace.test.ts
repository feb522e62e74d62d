// The workspace around the canvas in real Chromium: a first visit gives the canvas the room (the Cypher panel folded
// to its bar), the panel's height is dragged and remembered with its open state, and an expansion that adds nothing
// says so. Screenshots in English and Arabic.
import { describe, expect, it } from 'vitest';
import {
  nodePoint,
  openCypherPanel,
  saveScreenshot,
  searchAndOpen,
  useBrowserEnv,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';

describe('the workspace', () => {
  const env = useBrowserEnv();

  it.each([
    ['en', '/'],
    ['ar', '/?lang=ar'],
  ])('opens with the Cypher panel folded to its bar on a first visit (%s)', async (lang, path) => {
    const { page, errors } = await env.newPage({ path });
    await waitForScene(page, 5);
    const panel = page.locator('[data-testid="cypher-panel"]');
    expect(await panel.getAttribute('class')).toContain('collapsed');
    expect(await page.locator('[data-testid="cypher-editor"]').count()).toBe(0);
    const stage = (await page.locator('main.stage').boundingBox())!;
    const bar = (await panel.boundingBox())!;
    // The folded panel is one line; the canvas's area reaches down to it.
    expect(bar.height).toBeLessThan(60);
    expect(stage.y + stage.height).toBeGreaterThan(bar.y - 4);
    // Nothing selected: no details column; the canvas has at least 60% of the window.
    expect(await page.locator('.panel-right').isHidden()).toBe(true);
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect((canvas.width * canvas.height) / (viewport.width * viewport.height)).toBeGreaterThanOrEqual(0.6);
    expect(await page.locator('[data-testid="canvas-hint"]').isVisible()).toBe(true);
    await saveScreenshot(page, `workspace-first-visit-${lang}`);
    // A selection brings the details column; clearing it gives the room back.
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    expect(await page.locator('.panel-right').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="canvas-hint"]').count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.locator('.panel-right').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('resizes the Cypher panel by its handle (pointer and keyboard) and remembers it on the next visit', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await openCypherPanel(page);
    const panel = page.locator('[data-testid="cypher-panel"]');
    const before = (await panel.boundingBox())!.height;
    const handle = page.locator('[data-testid="split-handle"]');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 60, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y - 120, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => (await panel.boundingBox())!.height, { timeout: 10_000 })
      .toBeGreaterThan(before + 100);
    const dragged = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBe(dragged - 24);
    await saveScreenshot(page, 'workspace-resized');

    await page.reload();
    await waitForScene(page, 5);
    // Open, at the height it was left at.
    expect(await panel.getAttribute('class')).not.toContain('collapsed');
    await page.locator('[data-testid="split-handle"]').waitFor();
    expect(Number(await page.locator('[data-testid="split-handle"]').getAttribute('aria-valuenow'))).toBe(
      dragged - 24,
    );
    // Folded, it stays folded.
    await page.click('[data-testid="cypher-panel"] .cypher-bar > button[aria-expanded]');
    await page.reload();
    await waitForScene(page, 5);
    expect(await panel.getAttribute('class')).toContain('collapsed');
    expect(errors).toEqual([]);
  });

  it('says so when expanding a node adds nothing new', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Xinlei', 'Xinlei Chen');
    const stats = page.locator('[data-testid="scene-stats"]');
    const nodes = async () => Number(await stats.getAttribute('data-nodes'));
    const nothingNew = page.locator('[data-testid="notice"]', { hasText: 'لا جديد' });
    // Expanded until nothing is new: the story may already hold all her neighbours, or the first expansion adds them.
    let after: (string | null)[] = [];
    for (let i = 0; i < 3 && !(await nothingNew.isVisible()); i++) {
      after = [await stats.getAttribute('data-nodes'), await stats.getAttribute('data-edges')];
      const count = await nodes();
      await page.click('[data-testid="expand-button"]');
      await expect
        .poll(async () => (await nothingNew.isVisible()) || (await nodes()) > count, { timeout: 30_000 })
        .toBe(true);
    }
    await nothingNew.waitFor({ timeout: 30_000 });
    expect([await stats.getAttribute('data-nodes'), await stats.getAttribute('data-edges')]).toEqual(after);
    await saveScreenshot(page, 'workspace-nothing-new-ar');
    expect(errors).toEqual([]);
  });
  it('brings an expansion’s new nodes on screen, with the node they came from', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await searchAndOpen(page, 'Musk', 'Elon Musk');
    // Close in on him, as a user reading his neighbourhood would.
    for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
    await waitForCanvasSettled(page);
    const before = new Set(await visibleNodeIds(page));
    await page.click('[data-testid="expand-button"]');
    await expect
      .poll(async () => (await visibleNodeIds(page)).length, { timeout: 30_000 })
      .toBeGreaterThan(before.size);
    const added = (await visibleNodeIds(page)).filter((id) => !before.has(id));
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const offscreen = async () => {
      const out: string[] = [];
      for (const id of [...added, 'person:elon-musk']) {
        const p = await nodePoint(page, id);
        if (!p || p.x < box.x || p.x > box.x + box.width || p.y < box.y || p.y > box.y + box.height)
          out.push(id);
      }
      return out;
    };
    await expect.poll(offscreen, { timeout: 30_000 }).toEqual([]);
    await saveScreenshot(page, 'workspace-expansion-on-screen');
    expect(errors).toEqual([]);
  });
});
