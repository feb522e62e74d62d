// Sharing in real Chromium: the PNG export (with legend and numbered sources), GEXF, GraphML, CSV and JSON files
// of what is visible, and links that reopen the same view.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  nodePoint,
  openCypherPanel,
  pixelStats,
  saveScreenshot,
  useBrowserEnv,
  visibleEdgeIds,
  visibleNodeIds,
  waitForCanvasSettled,
  waitForScene,
} from '../support/browser.js';
import { dragNode } from '../support/canvas-gestures.js';
import { formatDate } from '../../client/i18n/dates.js';

interface ExportInfo {
  area: string;
  scale: number;
  width: number;
  height: number;
  graphWidth: number;
  graphHeight: number;
  nodes: string[];
  edges: string[];
  subtitle: string;
  sources: string[];
  legend: string[];
}

function lastExport(page: Page): Promise<ExportInfo | null> {
  return page.evaluate(() =>
    (window as unknown as { __talentGraph: { lastExport(): ExportInfo | null } }).__talentGraph.lastExport(),
  );
}

/** Exports a PNG of the whole scene or the visible part at a scale, as a user picks them in the export menu. */
async function exportPng(page: Page, area: 'whole' | 'visible', scale: number) {
  await page.click('[data-testid="export-button"]');
  await page.check(`[data-testid="png-area-${area}"]`);
  await page.selectOption('[data-testid="png-scale"]', String(scale));
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click('[data-testid="export-exportPng"]'),
  ]);
  const file = path.join(ARTIFACTS_DIR, download.suggestedFilename());
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await download.saveAs(file);
  return { name: download.suggestedFilename(), data: fs.readFileSync(file) };
}

async function exportFile(page: Page, item: string): Promise<{ name: string; data: Buffer }> {
  await page.click('[data-testid="export-button"]');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(`[data-testid="export-${item}"]`),
  ]);
  const file = path.join(ARTIFACTS_DIR, download.suggestedFilename());
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await download.saveAs(file);
  return { name: download.suggestedFilename(), data: fs.readFileSync(file) };
}

/** The slider's dates grow when the timeline arrives (on the time controls' first use): wait for them. */
async function timelineLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLInputElement>('[data-testid="time-range"]')?.max ?? 0) > 3,
    null,
    { timeout: 20_000 },
  );
}

/** Moves the focused time slider to its first date, then one step on, as a user would; returns the date shown. */
async function secondDate(page: Page): Promise<string | null> {
  const at = (index: number) =>
    page.waitForFunction(
      (i) => document.querySelector<HTMLInputElement>('[data-testid="time-range"]')?.value === String(i),
      index,
    );
  await page.keyboard.press('Home');
  await at(0);
  await page.keyboard.press('ArrowRight');
  await at(1);
  return page.locator('[data-testid="time-value"]').textContent();
}

/** The canvas probe's shape; evaluated in the page, so every use names window.__talentGraph itself. */
interface Probe {
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  positions(): Record<string, { x: number; y: number }>;
}

describe('sharing', () => {
  const env = useBrowserEnv();

  it('exports the whole scene as a PNG at the chosen scale, off-screen nodes included, with the sources of what it draws', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 30_000 });
    const drawnNodes = (await visibleNodeIds(page)).sort();
    const drawnEdges = (await visibleEdgeIds(page)).sort();
    // Zoomed in until part of the scene is off-screen.
    const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    const offScreen = async () => {
      const out: string[] = [];
      for (const id of drawnNodes) {
        const p = await nodePoint(page, id);
        if (!p || p.x < box.x || p.y < box.y || p.x > box.x + box.width || p.y > box.y + box.height)
          out.push(id);
      }
      return out;
    };
    for (let i = 0; i < 8 && (await offScreen()).length === 0; i++) {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await waitForCanvasSettled(page);
    }
    const off = await offScreen();
    expect(off.length).toBeGreaterThan(0);

    const whole = await exportPng(page, 'whole', 2);
    expect(whole.name).toMatch(/^talent-graph-\d{4}-\d{2}-\d{2}\.png$/);
    const info = (await lastExport(page))!;
    expect(info).toMatchObject({ area: 'whole', scale: 2 });
    // Every drawn node and fact is in the image, the off-screen ones too.
    expect([...info.nodes].sort()).toEqual(drawnNodes);
    expect(info.nodes).toEqual(expect.arrayContaining(off));
    expect([...info.edges].sort()).toEqual(drawnEdges);
    // The numbered sources of the facts drawn, and a legend that counts what is drawn.
    expect(info.sources[0]).toMatch(/^1\. Rose al-Youssef, 2025-08-29/);
    expect(info.legend.join(' ')).toContain(
      `Person (${drawnNodes.filter((id) => id.startsWith('person:')).length})`,
    );
    // It says what a faded line is: the story draws stated facts and implied ones (the xAI stints).
    expect(info.legend).toEqual(expect.arrayContaining(['Stated', 'Implied (faded)']));
    expect(info.legend).not.toContain('No source (faded)');
    const png = pixelStats(whole.data);
    expect(info.graphWidth).toBeGreaterThanOrEqual(1200);
    expect(png.width).toBe(info.width);
    expect(png.width).toBe(info.graphWidth * 2);
    expect(png.height).toBe(info.height);
    expect(png.height).toBeGreaterThan(info.graphHeight * 2 + 100);
    expect(png.coloured).toBeGreaterThan(6_000);
    fs.copyFileSync(path.join(ARTIFACTS_DIR, whole.name), path.join(ARTIFACTS_DIR, 'export-whole-2x.png'));

    // The visible part, at 1×: the off-screen nodes are not in it, nor counted.
    const visible = await exportPng(page, 'visible', 1);
    const part = (await lastExport(page))!;
    expect(part).toMatchObject({ area: 'visible', scale: 1 });
    expect(part.nodes).not.toEqual(expect.arrayContaining(off));
    expect(part.nodes.length).toBeLessThan(drawnNodes.length);
    expect(pixelStats(visible.data).width).toBe(Math.max(Math.round(box.width), 900));

    // In Arabic: the legend in Arabic, the same sources, laid out right to left.
    await page.click('[data-testid="lang-switch"]');
    const arabic = await exportPng(page, 'whole', 1);
    const ar = (await lastExport(page))!;
    expect(ar.legend.join(' ')).toContain('شخص');
    expect(ar.sources[0]).toMatch(/^1\. Rose al-Youssef/);
    fs.copyFileSync(path.join(ARTIFACTS_DIR, arabic.name), path.join(ARTIFACTS_DIR, 'export-whole-ar.png'));
    // (A details request timing out on a loaded machine is logged too; what matters here is that nothing throws.)
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('exports a PNG in Arabic whose legend says, in Arabic, what a faded line is', async () => {
    const { page, errors } = await env.newPage({ path: '/?lang=ar' });
    await waitForScene(page, 5);
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 30_000 });
    const { name } = await exportPng(page, 'whole', 1);
    const info = (await lastExport(page))!;
    expect(info.legend).toEqual(expect.arrayContaining(['مُصرَّح بها', 'ضمنية (باهتة)']));
    fs.copyFileSync(path.join(ARTIFACTS_DIR, name), path.join(ARTIFACTS_DIR, 'export-whole-ar.png'));
    expect(errors).toEqual([]);
  });

  it('exports the visible scene as GEXF, GraphML, CSV and JSON', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    const visible = await visibleNodeIds(page);
    const json = JSON.parse((await exportFile(page, 'exportJson')).data.toString('utf8')) as {
      nodes: { id: string }[];
      edges: unknown[];
    };
    expect(json.nodes.map((n) => n.id).sort()).toEqual([...visible].sort());
    expect(json.edges.length).toBeGreaterThan(5);
    const gexf = (await exportFile(page, 'exportGexf')).data.toString('utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('id="person:xinlei-chen"');
    const graphml = (await exportFile(page, 'exportGraphml')).data.toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('<node id="org:meta">');
    const nodesFile = (await exportFile(page, 'exportCsvNodes')).data;
    // A UTF-8 byte-order mark first, so spreadsheet programs read the Arabic names; then each node's certainty.
    expect([...nodesFile.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodesCsv = nodesFile.toString('utf8');
    expect(nodesCsv.split('\r\n')[0]).toMatch(/^\uFEFFid,labels:List<String>,certainty,/);
    expect(nodesCsv).toContain('person:xinlei-chen,"[""Person""]"');
    const edgesCsv = (await exportFile(page, 'exportCsvEdges')).data.toString('utf8');
    expect(edgesCsv.split('\r\n')[0]).toMatch(/^\uFEFFid,type,source,target,certainty,/);
    expect(edgesCsv).toContain('fact:xinlei-chen-joined-xai,WORKED_AT,person:xinlei-chen,org:xai,implied');

    // A filtered view says so in each file and image: here with implied facts hidden.
    await page.click('[data-testid="certainty-implied"]');
    const filtered = JSON.parse((await exportFile(page, 'exportJson')).data.toString('utf8')) as {
      view?: string;
      edges: { certainty: string }[];
    };
    expect(filtered.view).toBe('Implied hidden');
    expect(filtered.edges.map((e) => e.certainty)).not.toContain('implied');
    const graphmlView = (await exportFile(page, 'exportGraphml')).data.toString('utf8');
    expect(graphmlView).toContain('<desc>Implied hidden</desc>');
    const image = await exportPng(page, 'whole', 1);
    expect((await lastExport(page))!.subtitle).toBe('Implied hidden');
    fs.copyFileSync(path.join(ARTIFACTS_DIR, image.name), path.join(ARTIFACTS_DIR, 'export-view-en.png'));
    await page.click('[data-testid="lang-switch"]');
    const imageAr = await exportPng(page, 'whole', 1);
    expect((await lastExport(page))!.subtitle).not.toBe('Implied hidden');
    expect((await lastExport(page))!.subtitle).not.toBe('');
    fs.copyFileSync(path.join(ARTIFACTS_DIR, imageAr.name), path.join(ARTIFACTS_DIR, 'export-view-ar.png'));
  });

  it('reopens a shared link with the same mode, language, time, selection and scene', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="mode-timeline"]');
    await page.locator('[data-testid="time-range"]').focus();
    await timelineLoaded(page);
    const date = await secondDate(page);
    await page.click('[data-testid="lang-switch"]');
    await page.fill('#search-input', 'Xinlei');
    await page.locator('[role="option"]').first().waitFor();
    await page.locator('#search-input').press('Enter');
    await page.locator('[data-testid="details-title"]').waitFor();
    await page.waitForFunction(() => window.location.search.includes('sel=person'));
    const url = page.url();
    expect(url).toContain('mode=timeline');
    expect(url).toContain('lang=ar');
    const ids = (await visibleNodeIds(page)).sort();

    const { page: reopened } = await env.newPage({ path: url.slice(env.baseUrl.length) });
    await waitForScene(reopened, 5);
    await reopened.locator('[data-testid="details-title"]').waitFor({ timeout: 20_000 });
    expect(await reopened.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await reopened.getAttribute('[data-testid="mode-timeline"]', 'aria-selected')).toBe('true');
    // The same date, written in the link's language's digits (٢٠١٩ in Arabic).
    expect(await reopened.locator('[data-testid="time-value"]').textContent()).toBe(formatDate(date!, 'ar'));
    expect(await reopened.locator('[data-testid="details-title"]').textContent()).toBe('Xinlei Chen');
    await reopened.waitForFunction(
      (n) =>
        (
          window as unknown as { __talentGraph: { visibleNodeIds(): string[] } }
        ).__talentGraph.visibleNodeIds().length === n,
      ids.length,
    );
    expect((await visibleNodeIds(reopened)).sort()).toEqual(ids);
    await saveScreenshot(reopened, 'shared-link-reopened');
  });

  it('reopens a query link as that query, editable in the panel, asking the server once', async () => {
    const query = "MATCH (o:Organization {id: 'org:xai'})<-[r:WORKED_AT]-(p:Person) RETURN o, r, p";
    // The boot script sends the link's query before the app loads; the app takes that answer, never a second one.
    const sent: string[] = [];
    const { page, errors } = await env.newPage({
      path: `/?q=${encodeURIComponent(query)}`,
      beforeGoto: async (p) => {
        p.on('request', (r) => {
          if (r.url().endsWith('/api/cypher')) sent.push(r.postData() ?? '');
        });
      },
    });
    await waitForScene(page, 2);
    expect(sent.map((body) => JSON.parse(body) as unknown)).toEqual([{ query, params: {}, rows: 'refs' }]);
    // The boot script is the page's first script, inline (it runs as the parser meets it, with no file to load),
    // and the page's CSP lets it run (a refused inline script is a console error).
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
    );
    expect(scripts[0]).toBe('inline');
    expect(scripts.slice(1)).toEqual([expect.stringMatching(/^\/assets\/index-[\w-]+\.js$/)]);
    expect(errors.filter((e) => /Content Security Policy|inline script/i.test(e))).toEqual([]);
    const ids = await visibleNodeIds(page);
    expect(ids).toContain('org:xai');
    expect(ids.filter((id) => id.startsWith('org:'))).toEqual(['org:xai']);
    await openCypherPanel(page);
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain(
      'org:xai',
    );
  });

  it('restores a copied link exactly: facts, positions, certainty filter, time window, selection and query text', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    // Implied facts filtered out, a time window, a node found by search (the scene is no longer the story's query
    // result), a node dragged somewhere new, and the user's own text in the editor.
    await page.click('[data-testid="certainty-implied"]');
    await page.locator('[data-testid="time-range"]').focus();
    await timelineLoaded(page);
    const date = await secondDate(page);
    expect(date).toMatch(/^\d{4}/);
    await page.fill('#search-input', 'Xinlei');
    await page.locator('[role="option"]').first().waitFor();
    await page.locator('#search-input').press('Enter');
    await page.locator('[data-testid="details-title"]', { hasText: 'Xinlei Chen' }).waitFor();
    await page.locator('[data-testid="layout-button"][aria-pressed="false"]').waitFor({ timeout: 30_000 });
    // Meta dragged somewhere new for certain (its graph position changed, dropped where aimed): a press that missed
    // it would pan, and the positions restored below would then be the layout's only.
    await waitForCanvasSettled(page);
    const meta = (await nodePoint(page, 'org:meta'))!;
    await dragNode(page, 'org:meta', { x: meta.x + 120, y: meta.y + 70 });
    await openCypherPanel(page);
    await page.click('[data-testid="cypher-editor"] .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// checked against the article');
    const text = await page.locator('[data-testid="cypher-editor"] .cm-content').textContent();
    await page.click('[data-testid="export-button"]');
    await page.click('[data-testid="export-copyLink"]');
    await page.locator('.menu-status', { hasText: 'Link copied' }).waitFor();
    const url = page.url();
    expect(url).toContain('v=2');
    const nodes = await page.evaluate(() =>
      (window as unknown as { __talentGraph: Probe }).__talentGraph.visibleNodeIds().sort(),
    );
    const edges = await page.evaluate(() =>
      (window as unknown as { __talentGraph: Probe }).__talentGraph.visibleEdgeIds().sort(),
    );
    const positions = await page.evaluate(() =>
      (window as unknown as { __talentGraph: Probe }).__talentGraph.positions(),
    );

    const { page: reopened } = await env.newPage({ path: url.slice(env.baseUrl.length) });
    await waitForScene(reopened, 3);
    await reopened
      .locator('[data-testid="details-title"]', { hasText: 'Xinlei Chen' })
      .waitFor({ timeout: 20_000 });
    await reopened.waitForFunction(
      ([n, e]) =>
        JSON.stringify(
          (window as unknown as { __talentGraph: Probe }).__talentGraph.visibleNodeIds().sort(),
        ) === JSON.stringify(n) &&
        JSON.stringify(
          (window as unknown as { __talentGraph: Probe }).__talentGraph.visibleEdgeIds().sort(),
        ) === JSON.stringify(e),
      [nodes, edges] as const,
      { timeout: 20_000 },
    );
    // No derived flow between the organisations was added.
    expect((await visibleEdgeIds(reopened)).filter((id) => id.startsWith('flow:'))).toEqual(
      edges.filter((id) => id.startsWith('flow:')),
    );
    expect(await reopened.isChecked('[data-testid="certainty-implied"]')).toBe(false);
    expect(await reopened.locator('[data-testid="time-value"]').textContent()).toBe(date);
    await reopened.locator('[data-testid="chip-certainty-implied"]').waitFor();
    await reopened.locator('[data-testid="chip-time"]').waitFor();
    expect(await reopened.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toBe(text);
    const restored = await reopened.evaluate(() =>
      (window as unknown as { __talentGraph: Probe }).__talentGraph.positions(),
    );
    expect(Object.keys(restored).sort()).toEqual(Object.keys(positions).sort());
    for (const [id, p] of Object.entries(positions)) {
      expect(Math.abs(restored[id]!.x - p.x), id).toBeLessThan(0.01);
      expect(Math.abs(restored[id]!.y - p.y), id).toBeLessThan(0.01);
    }
    expect(await reopened.locator('[data-testid="link-note"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens a link from an older version, with a note of what it could not restore', async () => {
    const { page, errors } = await env.newPage({
      path: '/?n=org:meta&n=org:xai&n=person:xinlei-chen&sel=org:meta',
    });
    await waitForScene(page, 3);
    const note = page.locator('[data-testid="link-note"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toMatch(/earlier version.*exact facts.*positions.*filters/);
    await page.locator('[data-testid="details-title"]', { hasText: 'Meta' }).waitFor({ timeout: 20_000 });
    expect((await visibleNodeIds(page)).sort()).toEqual(['org:meta', 'org:xai', 'person:xinlei-chen']);
    // The note floats over the drawing, below the toolbar: with the details column open the canvas is narrow and the
    // toolbar's count takes two lines, which the note must not cover.
    const [toolbar, stats, noteBox, fit] = await Promise.all(
      [
        '.canvas-toolbar',
        '[data-testid="scene-stats"]',
        '[data-testid="link-note"]',
        '[data-testid="fit-button"]',
      ].map((s) => page.locator(s).boundingBox()),
    );
    // The count stays on the toolbar, beside its buttons (it dropped under them before the toolbar fitted it).
    expect(stats!.y).toBeLessThan(fit!.y + fit!.height);
    expect(stats!.y + stats!.height).toBeLessThanOrEqual(toolbar!.y + toolbar!.height);
    expect(noteBox!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
    expect(stats!.y + stats!.height).toBeLessThanOrEqual(noteBox!.y);
    await saveScreenshot(page, 'old-link-note-en');
    const { page: arabic } = await env.newPage({
      path: '/?lang=ar&n=org:meta&n=org:xai&n=person:xinlei-chen',
    });
    await arabic.locator('[data-testid="link-note"]', { hasText: 'إصدار أقدم' }).waitFor({ timeout: 20_000 });
    await saveScreenshot(arabic, 'old-link-note-ar');
    expect(errors).toEqual([]);
  });

  it('says how many of a link’s facts no longer exist, in English and Arabic', async () => {
    const link =
      '/?v=2&n=org:meta&n=org:xai&n=person:xinlei-chen&e=fact:xinlei-chen-left-meta%20fact:xinlei-chen-joined-xai%20fact:retracted-since';
    const { page, errors } = await env.newPage({ path: link });
    await waitForScene(page, 3);
    const note = page.locator('[data-testid="link-note"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toContain('1 of the link’s 3 facts no longer exist');
    await saveScreenshot(page, 'link-missing-facts-en');
    const { page: arabic } = await env.newPage({ path: `${link}&lang=ar` });
    await arabic
      .locator('[data-testid="link-note"]', { hasText: '١ من ٣ وقائع في الرابط لم تعد موجودة' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(arabic, 'link-missing-facts-ar');
    expect(errors).toEqual([]);
  });

  it('says how many of the nodes a link selected, or a query link placed, it no longer draws, in English and Arabic', async () => {
    const selected = '/?v=2&ms=person%3Aghost-ms+org%3Ameta+person%3Axinlei-chen';
    const { page, errors } = await env.newPage({ path: selected });
    const note = page.locator('[data-testid="link-note"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toContain('1 of the 3 nodes the link selected are not in the view');
    await saveScreenshot(page, 'link-missing-selected-en');
    const { page: arabic } = await env.newPage({ path: `${selected}&lang=ar` });
    await arabic
      .locator('[data-testid="link-note"]', { hasText: '١ من ٣ عقد حدّدها الرابط ليست في العرض' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(arabic, 'link-missing-selected-ar');
    // A query link names the nodes its sender saw by their positions: one gone since is counted.
    const query = encodeURIComponent("MATCH (p:Person {id: 'person:sheng-shen'}) RETURN p");
    const placed = `/?v=2&q=${query}&pn=${encodeURIComponent('person:sheng-shen person:ghost')}&p=1,1;2,2`;
    const { page: byQuery } = await env.newPage({ path: placed });
    await waitForScene(byQuery, 1);
    await byQuery
      .locator('[data-testid="link-note"]', { hasText: '1 of the link’s 2 nodes no longer exist' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(byQuery, 'link-missing-placed-en');
    expect(errors).toEqual([]);
  });

  it('opens the rest of a link holding an id it cannot read, and says how many it left out, in English and Arabic', async () => {
    // A fact id with a control character (a mangled link) beside two that read: only it is left out.
    const facts = ['fact:xinlei-chen-left-meta', 'fact:xinlei-chen-joined-xai'];
    const link = `/?v=2&n=org:meta&n=org:xai&n=person:xinlei-chen&e=${facts.join('%20')}%20fact:%2501&h=org:xai`;
    const { page, errors } = await env.newPage({ path: link });
    await waitForScene(page, 2);
    const note = page.locator('[data-testid="link-note"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toContain('1 of the ids this link lists');
    expect((await visibleEdgeIds(page)).sort()).toEqual(['fact:xinlei-chen-left-meta']);
    expect((await visibleNodeIds(page)).sort()).toEqual(['org:meta', 'person:xinlei-chen']);
    await saveScreenshot(page, 'link-dropped-ids-en');
    const { page: arabic } = await env.newPage({ path: `${link}&lang=ar` });
    await arabic
      .locator('[data-testid="link-note"]', { hasText: 'تعذّرت قراءة ١ من المعرّفات' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(arabic, 'link-dropped-ids-ar');
    expect(errors).toEqual([]);
  });

  // Malformed links: the default view (the story, never a blank page) and a message saying what went wrong.
  const malformed: [string, string, RegExp][] = [
    [
      'unreadable parts',
      '/?v=2&mode=evil&n=%01&at=2025-13&p=oops',
      /could not be read.*view.*scene.*time window/,
    ],
    ['nodes that do not exist', '/?v=2&n=person:nobody-at-all', /None of the link’s nodes exist/],
    [
      'a query that fails',
      `/?v=2&q=${encodeURIComponent('MATCH broken RETURN')}`,
      /scene could not be opened/,
    ],
  ];
  for (const [what, link, message] of malformed) {
    it(`opens the default view with a message for a malformed link (${what})`, async () => {
      const story = await env.newPage();
      await waitForScene(story.page, 5, 90_000);
      const defaultNodes = (await visibleNodeIds(story.page)).sort();
      await story.page.close();
      const { page, errors } = await env.newPage({ path: link });
      await waitForScene(page, 5, 90_000);
      const note = page.locator('[data-testid="link-note"]');
      await note.waitFor({ timeout: 60_000 });
      expect(await note.textContent()).toMatch(message);
      await page.waitForFunction(
        (n) =>
          JSON.stringify(
            (window as unknown as { __talentGraph: Probe }).__talentGraph.visibleNodeIds().sort(),
          ) === JSON.stringify(n),
        defaultNodes,
        { timeout: 60_000 },
      );
      // A link that could not be opened stays in the address bar (a reload tries it again) while the default view
      // shown instead is unchanged (its layout moving nodes is no change); before, the story's link replaced it.
      if (what !== 'unreadable parts') {
        expect(new URL(page.url()).search).toBe(new URL(link, 'http://x').search);
      }
      // A failing query is logged by the browser as a failed request; the page itself never throws.
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    });
  }
});
