// An edge label too long for its edge, in real Chromium on the Arabic path from Xinlei Chen to Sam Altman: it keeps
// whole words from its start (the verb), drops its dates rather than cut a year ("(الرئيس التنفيذي) 201…" before), and
// no node label, drawn above it, covers any of it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, waitForCanvasSettled, waitForScene } from '../support/browser.js';

interface Run {
  layer: 'edge' | 'node';
  text: string;
  /** The run's box on the canvas in CSS pixels: start of its baseline, direction along it, width, font size. */
  x: number;
  y: number;
  ux: number;
  uy: number;
  width: number;
  align: string;
}

/** Records the text runs of each frame on sigma's edge-label and node-label canvases (`__runs`: the last frame's). */
function recordRuns(): void {
  const w = window as unknown as { __runs: Run[]; __next: Run[] };
  w.__runs = [];
  w.__next = [];
  const layer = (ctx: CanvasRenderingContext2D) =>
    !(ctx.canvas instanceof HTMLCanvasElement)
      ? null
      : ctx.canvas.classList.contains('sigma-edgeLabels')
        ? 'edge'
        : ctx.canvas.classList.contains('sigma-labels')
          ? 'node'
          : null;
  const proto = CanvasRenderingContext2D.prototype;
  const clearRect = proto.clearRect;
  proto.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clearRect>) {
    if (layer(this) === 'edge') {
      w.__runs = w.__next;
      w.__next = [];
    }
    return clearRect.apply(this, args);
  };
  const fillText = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillText>) {
    const l = layer(this);
    if (l) {
      const [text, x, y] = args;
      const m = this.getTransform();
      const dpr = window.devicePixelRatio || 1;
      const scale = Math.hypot(m.a, m.b) || 1;
      w.__next.push({
        layer: l,
        text: String(text),
        x: (m.a * x + m.c * y + m.e) / dpr,
        y: (m.b * x + m.d * y + m.f) / dpr,
        ux: m.a / scale,
        uy: m.b / scale,
        width: this.measureText(String(text)).width,
        align: this.textAlign,
      });
    }
    return fillText.apply(this, args);
  };
}

const lastRuns = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __runs: Run[]; __next: Run[] };
    return w.__next.some((r) => r.layer === 'edge') ? w.__next : w.__runs;
  });

/** Points along an edge run's baseline and x-height line, every 2 px, for checking against node label boxes. */
function runPoints(r: Run): [number, number][] {
  const start = r.align === 'center' ? -r.width / 2 : 0;
  const points: [number, number][] = [];
  for (let s = start; s <= start + r.width; s += 2)
    for (const up of [0, -5]) points.push([r.x + r.ux * s - r.uy * up, r.y + r.uy * s + r.ux * up]);
  return points;
}

describe('edge labels that fit', () => {
  const env = useBrowserEnv();

  it('keeps an Arabic path label’s verb, cuts no year, and draws it clear of node labels', async () => {
    const { page, errors } = await env.newPage({
      path: '/?lang=ar&pf=person:xinlei-chen&pt=person:sam-altman',
      beforeGoto: async (p) => {
        await p.addInitScript(recordRuns);
      },
    });
    await waitForScene(page, 5);
    await page.locator('[data-testid="path-step"]').first().waitFor({ timeout: 60_000 });
    await waitForCanvasSettled(page);
    await page.mouse.move(1, 1);
    // The full labels of the edges drawn: each edge run is one of them, or whole words from its start and "…".
    const labels = await page.evaluate(() => {
      const probe = (
        window as unknown as {
          __talentGraph: { visibleEdgeIds(): string[]; edgeLabel(id: string): string | null };
        }
      ).__talentGraph;
      return probe.visibleEdgeIds().flatMap((id) => probe.edgeLabel(id) ?? []);
    });
    expect(labels).toContain('عمل في (الرئيس التنفيذي) ٢٠١٩ –');
    await expect
      .poll(async () => (await lastRuns(page)).filter((r) => r.layer === 'edge').length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const runs = await lastRuns(page);
    const edgeRuns = runs.filter((r) => r.layer === 'edge');
    for (const r of edgeRuns) {
      if (labels.includes(r.text)) continue;
      expect(r.text.endsWith('…'), r.text).toBe(true);
      const kept = r.text.slice(0, -1);
      // Whole words of some label, from its start, never ending in a digit (no year cut in the middle).
      expect(
        labels.some((l) => l.startsWith(kept) && (l.length === kept.length || l[kept.length] === ' ')),
        r.text,
      ).toBe(true);
      expect(kept, r.text).not.toMatch(/[\d٠-٩]$/);
    }
    // Sam Altman's stint keeps its verb wherever it is drawn.
    const altman = edgeRuns.filter((r) => r.text.startsWith('عمل في') && !r.text.includes('عالم'));
    expect(altman.map((r) => r.text).filter((t) => !t.startsWith('عمل في'))).toEqual([]);
    // No node label box (a 13 px font: 10 px above its baseline, 3 below) covers any point of an edge label.
    const boxes = runs
      .filter((r) => r.layer === 'node')
      .map((r) => ({ x0: r.x, x1: r.x + r.width, y0: r.y - 10, y1: r.y + 3 }));
    const covered = edgeRuns.filter((r) =>
      runPoints(r).some(([x, y]) => boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)),
    );
    expect(covered.map((r) => r.text)).toEqual([]);
    await saveScreenshot(page, 'edge-label-fit-path-ar', '[data-testid="canvas"]');
    expect(errors).toEqual([]);
  });
});
