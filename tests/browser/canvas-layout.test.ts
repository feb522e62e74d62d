// The canvas in real Chromium: pressing a node while ForceAtlas2 runs keeps the scene on the canvas, a result that
// shares only one node with the scene is laid out rather than left where it was placed, edges answer clicks, an
// empty scene's drawing layers are hidden (each frame of them costs software GL a full composite), and every layer's
// context is created at its final size and stays so when the first scene arrives (a resized WebGL canvas reallocates
// its drawing buffer and redraws the scene), and as the layout starts and stops (the layout button's text changes);
// a node shape's WebGL programs are compiled when a scene first draws it (deferred-programs.ts), and it is drawn;
// edges are picked by measuring the pointer's distance to them, with no picking programs (pointer.ts).
// Scenes are built in Cypher as node- and edge-shaped maps (as in scale.test.ts), so no seed data is needed for them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { URL_VERSION } from '../../client/state/url.js';
import {
  canvasPixels,
  clickOnlyEdge,
  nodePoint,
  openOneStintScene,
  runCypher,
  stopLayout,
  saveScreenshot,
  useBrowserEnv,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { startLayout, waitForLayoutRan, watchLayoutButton } from '../support/canvas-gestures.js';

/** `n` nodes (every tenth an organisation) and 3n edges from people to organisations, plus an optional shared node. */
function sceneQuery(n: number, shared?: string): string {
  const extraNode = shared
    ? ` + [{id: '${shared}', labels: ['Organization'], properties: {name: 'Shared'}}]`
    : '';
  const extraEdge = shared
    ? ` + [{id: 'e:shared', type: 'WORKED_AT', source: 'v:1', target: '${shared}', properties: {}}]`
    : '';
  return `WITH ${n} AS n
RETURN [i IN range(0, n - 1) | {id: 'v:' + i, labels: [CASE WHEN i % 10 = 0 THEN 'Organization' ELSE 'Person' END], properties: {name: 'Node ' + i}}]${extraNode} AS nodes,
       [j IN range(0, 3 * n - 1) | {id: 'e:' + j, type: 'WORKED_AT', source: 'v:' + (j % n), target: 'v:' + (10 * ((j * 7919 + 13) % (n / 10))), properties: {}}]${extraEdge} AS edges`;
}

/**
 * Counts the WebGL programs the page links, in all and by the class of the canvas they are drawn on (each sigma
 * program links one, two with its picking program), and the picking ones by layer as `<class>:picking` (sigma marks
 * their shaders by starting them with `#define PICKING_MODE`). Call before the page loads; read with linkedPrograms.
 */
async function countLinkedPrograms(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const linked: Record<string, number> = { all: 0 };
    (window as unknown as { __linked: typeof linked }).__linked = linked;
    for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const link = C.prototype.linkProgram;
      C.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
        linked.all!++;
        const layer = (this.canvas as HTMLCanvasElement).className;
        linked[layer] = (linked[layer] ?? 0) + 1;
        const shaders = this.getAttachedShaders(program) ?? [];
        if (shaders.some((shader) => this.getShaderSource(shader)?.startsWith('#define PICKING_MODE')))
          linked[`${layer}:picking`] = (linked[`${layer}:picking`] ?? 0) + 1;
        link.call(this, program);
      };
    }
  });
}

function linkedPrograms(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window as unknown as { __linked: Record<string, number> }).__linked }));
}

/** Logs, for every press on the canvas from now on, whether the layout was running then (lastPress reads it). */
async function watchPresses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const presses: string[] = [];
    (window as unknown as { __presses: string[] }).__presses = presses;
    const button = document.querySelector('[data-testid="layout-button"]')!;
    document
      .querySelector('[data-testid="canvas"]')!
      .addEventListener('pointerdown', () => presses.push(button.getAttribute('aria-pressed') ?? ''), true);
  });
}

/** The layout button's aria-pressed at the last press on the canvas (watchPresses). */
function lastPress(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __presses: string[] }).__presses.at(-1));
}

/** Share of the drawn nodes whose position lies inside the canvas. */
async function shareInsideCanvas(page: Page): Promise<{ inside: number; total: number }> {
  return page.evaluate(() => {
    const tg = (
      window as unknown as {
        __talentGraph: {
          visibleNodeIds(): string[];
          nodePosition(id: string): { x: number; y: number } | null;
        };
      }
    ).__talentGraph;
    const rect = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    let inside = 0;
    const ids = tg.visibleNodeIds();
    for (const id of ids) {
      const p = tg.nodePosition(id);
      if (p && p.x >= 0 && p.y >= 0 && p.x <= rect.width && p.y <= rect.height) inside++;
    }
    return { inside, total: ids.length };
  });
}

describe('the layout on the canvas', () => {
  const env = useBrowserEnv();

  it('keeps the scene on the canvas when a node is pressed while the layout runs', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    // The story's layout stopped, so that the new scene's own start shows as a change of the button, watched from
    // before the scene comes: the layout stops on a wall-clock budget, which a loaded machine can use up before a
    // test looks at the button once.
    await stopLayout(page);
    await watchLayoutButton(page);
    await watchPresses(page);
    await runCypher(page, sceneQuery(1_500));
    await waitForScene(page, 1_500, 60_000);
    await waitForLayoutRan(page);
    // Press (and release, without moving) an organisation node while the layout runs until one is hit: its details
    // open (the panel names the node at once, before its details load: this node is not in the database).
    const selected = page.locator('[data-testid="details"][data-id^="v:"]');
    let pressed = false;
    for (let attempt = 0; attempt < 8 && !pressed; attempt++) {
      // Started again (as a user presses the button) if its budget ran out before this press: the press must come
      // while it runs.
      await startLayout(page);
      const point = await nodePoint(page, `v:${attempt * 10}`);
      if (!point) continue;
      await page.mouse.click(point.x, point.y);
      pressed = await selected.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (pressed && (await lastPress(page)) !== 'true') {
        // The budget ran out between starting the layout and this press: not the case under test; again.
        pressed = false;
        await page.keyboard.press('Escape');
        await selected.waitFor({ state: 'detached', timeout: 20_000 });
      }
    }
    if (!pressed) await selected.waitFor({ timeout: 20_000 });
    expect(await lastPress(page), 'the press that opened a node came while the layout ran').toBe('true');
    // The layout keeps spreading the scene out; the frame must follow it.
    await page.waitForTimeout(3_000);
    await stopLayout(page);
    const { inside, total } = await shareInsideCanvas(page);
    await saveScreenshot(page, 'press-during-layout');
    expect(total).toBe(1_500);
    expect(inside / total).toBeGreaterThan(0.95);
    // The pressed node exists only in this result, not in the database: its details are a 404 by design.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('lays out a big result that shares only one node with the scene', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    const shared = (await visibleNodeIds(page)).find((id) => id.startsWith('org:'));
    expect(shared).toBeDefined();
    // The story's layout stopped and the button watched from here: the result's layout must be seen to start, even
    // if its budget runs out before the test could look at the button once.
    await stopLayout(page);
    await watchLayoutButton(page);
    await runCypher(page, sceneQuery(1_500, shared));
    await waitForScene(page, 1_501, 60_000);
    await waitForLayoutRan(page);
    await page.waitForTimeout(2_000);
    await stopLayout(page);
    const { inside, total } = await shareInsideCanvas(page);
    await saveScreenshot(page, 'shared-node-result');
    expect(total).toBe(1_501);
    expect(inside / total).toBeGreaterThan(0.95);
    expect(errors).toEqual([]);
  });

  it('keeps the drawing layers hidden while the scene is empty, the pointer layer live, and shows them with a scene', async () => {
    // The story's answer is held back until the empty canvas has been looked at.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { page, errors } = await env.newPage({
      beforeGoto: async (p) => {
        await p.route('**/api/views/story', async (route) => {
          await released;
          await route.continue();
        });
      },
    });
    const layers = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[data-testid="canvas"] canvas')].map((c) => [
            c.className.replace(/^sigma-/, ''),
            getComputedStyle(c).visibility,
          ]),
        ),
      );
    await page.locator('[data-testid="canvas"] canvas.sigma-mouse').waitFor({ state: 'attached' });
    expect(await layers()).toEqual({
      edges: 'hidden',
      edgeLabels: 'hidden',
      nodes: 'hidden',
      labels: 'hidden',
      hovers: 'hidden',
      hoverNodes: 'hidden',
      mouse: 'visible',
    });
    release();
    await waitForScene(page, 5);
    expect(new Set(Object.values(await layers()))).toEqual(new Set(['visible']));
    expect((await canvasPixels(page)).coloured).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('creates every layer’s context at the canvas’s own size, so no drawing buffer is made twice', async () => {
    const { page, errors } = await env.newPage({
      beforeGoto: async (p) => {
        // Notes each sigma layer's size in device pixels at the moment its context is created, beside its container's.
        await p.addInitScript(() => {
          const created: Record<string, { canvas: number[]; container: number[] }> = {};
          (window as unknown as { __contexts: typeof created }).__contexts = created;
          const getContext = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (
            this: HTMLCanvasElement,
            ...args: Parameters<typeof getContext>
          ) {
            const box = this.parentElement;
            if (this.className.startsWith('sigma-') && box) {
              const ratio = window.devicePixelRatio;
              created[this.className.replace(/^sigma-/, '')] = {
                canvas: [this.width, this.height],
                container: [box.offsetWidth * ratio, box.offsetHeight * ratio],
              };
            }
            return getContext.apply(this, args) as ReturnType<typeof getContext>;
          } as typeof getContext;
        });
      },
    });
    await waitForScene(page, 5);
    const { contexts, now } = await page.evaluate(() => ({
      contexts: (window as unknown as { __contexts: Record<string, unknown> }).__contexts,
      now: Object.fromEntries(
        [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="canvas"] canvas')].map((c) => [
          c.className.replace(/^sigma-/, ''),
          [c.width, c.height],
        ]),
      ),
    }));
    const layers = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes', 'mouse'];
    expect(Object.keys(contexts).sort()).toEqual([...layers].sort());
    for (const layer of layers) {
      const { canvas, container } = contexts[layer] as { canvas: number[]; container: number[] };
      expect(container[0], layer).toBeGreaterThan(300);
      expect(canvas, layer).toEqual(container);
    }
    // And the scene is drawn at that size: nothing was resized after the contexts were made.
    for (const layer of layers)
      expect(now[layer], layer).toEqual((contexts[layer] as { canvas: number[] }).canvas);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`keeps the canvas’s size as the layout starts and stops (${lang})`, async () => {
      const { page, errors } = await env.newPage({ path: `/?lang=${lang}` });
      await waitForScene(page, 5);
      await stopLayout(page);
      // Every size the canvas and its toolbar take from now on, and every state the layout button shows.
      await page.evaluate(() => {
        const log: { sizes: string[]; pressed: string[] } = { sizes: [], pressed: [] };
        (window as unknown as { __sizes: typeof log }).__sizes = log;
        const canvas = document.querySelector('[data-testid="canvas"]')!;
        const toolbar = document.querySelector('.canvas-toolbar')!;
        new ResizeObserver(() => {
          const c = canvas.getBoundingClientRect();
          log.sizes.push(`${c.width}×${c.height}, toolbar ${toolbar.getBoundingClientRect().height}`);
        }).observe(canvas);
        const button = document.querySelector('[data-testid="layout-button"]')!;
        new MutationObserver(() => log.pressed.push(button.getAttribute('aria-pressed') ?? '')).observe(
          button,
          {
            attributes: true,
            attributeFilter: ['aria-pressed'],
          },
        );
      });
      await page.click('[data-testid="layout-button"]');
      await page.waitForFunction(
        () => (window as unknown as { __sizes: { pressed: string[] } }).__sizes.pressed.includes('true'),
        null,
        { timeout: 60_000 },
      );
      await stopLayout(page);
      const log = await page.evaluate(
        () => (window as unknown as { __sizes: { sizes: string[]; pressed: string[] } }).__sizes,
      );
      expect(log.pressed).toContain('false');
      // One entry: the size when observing began. A second would be the canvas resized by the button's new text.
      expect(log.sizes).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  }

  it('compiles a node shape’s programs when a scene first draws it, and draws it in its colour', async () => {
    const { page, errors } = await env.newPage({
      path: `/?v=${URL_VERSION}&q=${encodeURIComponent(sceneQuery(20))}`,
      beforeGoto: countLinkedPrograms,
    });
    const linked = async () => (await linkedPrograms(page)).all ?? 0;
    // A first scene of people (circles) and organisations (squares), drawn.
    await waitForScene(page, 20);
    await stopLayout(page);
    await waitForCanvasSettled(page);
    const first = await linked();
    expect(first).toBeGreaterThan(0);
    // An event (a diamond) and a product (a triangle) are new shapes: their programs are compiled now.
    await runCypher(
      page,
      `RETURN [{id: 'x:p', labels: ['Person'], properties: {name: 'Person'}},
               {id: 'x:o', labels: ['Organization'], properties: {name: 'Organisation'}},
               {id: 'x:e', labels: ['Event'], properties: {name: 'Event'}},
               {id: 'x:t', labels: ['Product'], properties: {name: 'Product'}}] AS nodes,
              [{id: 'x:1', type: 'WORKED_AT', source: 'x:p', target: 'x:o', properties: {}},
               {id: 'x:2', type: 'INVOLVED', source: 'x:o', target: 'x:e', properties: {}},
               {id: 'x:3', type: 'MADE', source: 'x:o', target: 'x:t', properties: {}}] AS edges`,
    );
    await page.waitForFunction(
      () =>
        (window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }).__talentGraph
          .visibleNodeIds()
          .includes('x:e'),
      null,
      { timeout: 60_000 },
    );
    await stopLayout(page);
    await waitForCanvasSettled(page);
    expect(await linked()).toBeGreaterThan(first);
    await saveScreenshot(page, 'new-shapes-drawn');
    // Each new node is drawn at its place in the colour the canvas gives it.
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const shot = PNG.sync.read(await page.locator('[data-testid="canvas"]').screenshot());
    for (const id of ['x:e', 'x:t']) {
      const point = await nodePoint(page, id);
      const style = await page.evaluate(
        (nodeId) =>
          (
            window as unknown as { __talentGraph: { nodeStyle(id: string): { color: string } | null } }
          ).__talentGraph.nodeStyle(nodeId),
        id,
      );
      expect(point, id).not.toBeNull();
      expect(style, id).not.toBeNull();
      const x = Math.round(point!.x - box.x);
      const y = Math.round(point!.y - box.y);
      const i = (y * shot.width + x) * 4;
      const drawn = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
      const want = [1, 3, 5].map((k) => parseInt(style!.color.slice(k, k + 2), 16));
      expect(
        drawn.reduce((sum, v, k) => sum + Math.abs(v - want[k]!), 0),
        `${id}: drawn rgb(${drawn.join(',')}), its colour ${style!.color}`,
      ).toBeLessThan(40);
    }
    expect(errors).toEqual([]);
  });

  it('opens a relationship’s details when it is clicked on the canvas', async () => {
    const { page, errors } = await env.newPage();
    await openOneStintScene(page);
    // The story's time-bound layout can leave the two nodes anywhere: aim as a user would (support/browser.ts).
    await clickOnlyEdge(page, page.locator('[data-testid="edge-details"]'));
    expect(errors).toEqual([]);
  });

  it('shows a pointer over a relationship and not beside it, measured without sigma’s edge picking', async () => {
    const { page, errors } = await env.newPage({
      beforeGoto: countLinkedPrograms,
    });
    await openOneStintScene(page);
    await stopLayout(page);
    await page.locator('[data-testid="fit-button"], button[aria-label="Fit to screen"]').first().click();
    await waitForCanvasSettled(page);
    const [a, b] = await visibleNodeIds(page);
    const pa = (await nodePoint(page, a!))!;
    const pb = (await nodePoint(page, b!))!;
    const length = Math.hypot(pb.x - pa.x, pb.y - pa.y);
    expect(length, 'the fitted edge is long enough to aim beside its nodes').toBeGreaterThan(120);
    const mid = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
    // 40 px across the edge: far outside its hit tolerance, and far from both nodes.
    const beside = { x: mid.x - ((pb.y - pa.y) / length) * 40, y: mid.y + ((pb.x - pa.x) / length) * 40 };
    const cursor = () =>
      page.locator('[data-testid="canvas"]').evaluate((el) => (el as HTMLElement).style.cursor);
    await page.mouse.move(beside.x, beside.y, { steps: 4 });
    await page.mouse.move(mid.x, mid.y, { steps: 4 });
    await expect.poll(cursor, { timeout: 10_000 }).toBe('pointer');
    await page.mouse.move(beside.x, beside.y, { steps: 4 });
    await expect.poll(cursor, { timeout: 10_000 }).toBe('');
    // Edges were drawn (the story's and this one), with no picking program: sigma's edge picking would link one
    // beside each drawing program. The nodes' layer keeps sigma's own picking.
    const linked = await linkedPrograms(page);
    expect(linked['sigma-edges']).toBeGreaterThanOrEqual(2);
    expect(linked['sigma-edges:picking'] ?? 0).toBe(0);
    expect(linked['sigma-nodes:picking']).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
