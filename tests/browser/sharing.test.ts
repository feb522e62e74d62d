// Sharing in real Chromium: the PNG export (with legend and numbered sources), GEXF, GraphML, CSV and JSON files
// of what is visible, and links that reopen the same view.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  pixelStats,
  saveScreenshot,
  useBrowserEnv,
  visibleNodeIds,
  waitForScene,
} from '../support/browser.js';

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

describe('sharing', () => {
  const env = useBrowserEnv();

  it('exports a PNG of the canvas with its legend and the sources of the visible facts', async () => {
    const { page, errors } = await env.newPage();
    await waitForScene(page, 5);
    await page.waitForTimeout(500);
    const { name, data } = await exportFile(page, 'exportPng');
    expect(name).toMatch(/^talent-graph-\d{4}-\d{2}-\d{2}\.png$/);
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
    const png = pixelStats(data);
    const canvas = await page.locator('[data-testid="canvas"]').boundingBox();
    expect(png.width).toBeGreaterThanOrEqual(900);
    // Taller than the canvas: the title, legend and source list are drawn below it.
    expect(png.height).toBeGreaterThan(canvas!.height + 80);
    expect(png.coloured).toBeGreaterThan(1_500);
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
    expect(nodesCsv.split('\r\n')[0]).toMatch(/^\uFEFFid,labels,certainty,/);
    expect(nodesCsv).toContain('person:xinlei-chen,Person');
    const edgesCsv = (await exportFile(page, 'exportCsvEdges')).data.toString('utf8');
    expect(edgesCsv.split('\r\n')[0]).toMatch(/^\uFEFFid,type,source,target,certainty,/);
    expect(edgesCsv).toContain('fact:xinlei-chen-joined-xai,WORKED_AT,person:xinlei-chen,org:xai,implied');
  });

  it('reopens a shared link with the same mode, language, time, selection and scene', async () => {
    const { page } = await env.newPage();
    await waitForScene(page, 5);
    await page.click('[data-testid="mode-timeline"]');
    await page.locator('[data-testid="time-range"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const date = await page.locator('[data-testid="time-value"]').textContent();
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
    expect(await reopened.locator('[data-testid="time-value"]').textContent()).toBe(date);
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

  it('reopens a query link as that query, editable in the panel', async () => {
    const query = "MATCH (o:Organization {id: 'org:xai'})<-[r:WORKED_AT]-(p:Person) RETURN o, r, p";
    const { page } = await env.newPage({ path: `/?q=${encodeURIComponent(query)}` });
    await waitForScene(page, 2);
    const ids = await visibleNodeIds(page);
    expect(ids).toContain('org:xai');
    expect(ids.filter((id) => id.startsWith('org:'))).toEqual(['org:xai']);
    expect(await page.locator('[data-testid="cypher-editor"] .cm-content').textContent()).toContain(
      'org:xai',
    );
  });
});
