// The company dashboard (issue 15) in real Chromium, on the article and the fictional fixtures of
// tests/fixtures/seed/flows and tests/fixtures/seed/talent: opened from an organisation's details, it loads its
// chart library only then, draws hires and departures per year, and every bar, row and "undated" line opens the
// people behind it with their quotes — in English, and in Arabic (right to left, Arabic names and digits) in the
// dark theme. Screenshots go to tests/artifacts (copies in docs/ show the dashboard in the README).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { pageErrors, seedDashboard, waitForDashboard } from '../support/dashboard.js';

async function openDashboard(page: Page, search: string, title: string): Promise<void> {
  await waitForScene(page, 1);
  await page.fill('#search-input', search);
  await page.locator('[role="option"]').first().waitFor({ timeout: 30_000 });
  await page.locator('#search-input').press('Enter');
  await page.locator('[data-testid="details-title"]', { hasText: title }).waitFor({ timeout: 30_000 });
  await page.click('[data-testid="open-dashboard"]');
  await page.locator('[data-testid="talent-bars"] svg').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="talent-title"]', { hasText: title }).waitFor({ timeout: 30_000 });
}

/** Opens the people behind one bar (series index, period index) from the numbers table under the chart. */
async function clickBar(page: Page, series: number, index: number): Promise<void> {
  const details = page.locator('[data-testid="talent-numbers"]');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.click(`[data-testid="talent-cell-${series}-${index}"]`);
}

/** Clicks a button that downloads a file and returns the file's bytes. */
async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${testId}"]`),
  ]);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `dashboard-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

describe('company dashboard', () => {
  const env = useBrowserEnv({ seed: seedDashboard });

  it('loads the chart library only when opened, then draws every year and opens the people behind a bar', async () => {
    const { page, errors } = await env.newPage({ viewport: { width: 1400, height: 1300 } });
    const scripts: string[] = [];
    const asked: URLSearchParams[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (r.url().includes('/talent?')) asked.push(new URL(r.url()).searchParams);
    });
    await waitForScene(page, 1);
    expect(scripts.some((u) => u.includes('talent-dashboard'))).toBe(false);
    await openDashboard(page, 'Alpha Labs', 'Alpha Labs');
    expect(scripts.some((u) => u.includes('talent-dashboard'))).toBe(true);
    // Alpha Labs has dated moves from 2017 to 2023 and a report in 2024: eight years, none left out.
    const years = await page.locator('[data-testid="talent-bars"] svg text').allTextContents();
    for (const y of ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'])
      expect(years).toContain(y);
    await expect
      .poll(() => page.locator('[data-testid="talent-destinations"] li').allTextContents(), {
        timeout: 20_000,
      })
      .toEqual(
        expect.arrayContaining([expect.stringContaining('Beta AI'), expect.stringContaining('Gamma Corp')]),
      );
    // Where people went is drawn in the departures' colours (stated, then implied: Gamma Corp has one of each), where
    // they came from in the hires', as in the bars chart and the Sankey.
    const barColours = (list: string, org: string) =>
      page
        .locator(`[data-testid="${list}"] [data-org="${org}"] .talent-row-bar > span`)
        .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
    expect(await barColours('talent-destinations', 'org:gamma-corp')).toEqual([
      'rgb(198, 40, 40)',
      'rgb(239, 154, 154)',
    ]);
    expect((await barColours('talent-sources', 'org:beta-ai'))[0]).toBe('rgb(46, 125, 50)');
    await saveScreenshot(page, 'dashboard-en', '[data-testid="talent-dashboard"]');
    // 2023 (index 6): Omar Nasser and Hana Yousef left (stated departures, series 2) — with their quotes.
    await clickBar(page, 2, 6);
    const people = page.locator('[data-testid="talent-people"]');
    await people.locator('[data-testid="talent-move"]').first().waitFor({ timeout: 30_000 });
    expect(await people.locator('[data-testid="talent-move"] strong').allTextContents()).toEqual(
      expect.arrayContaining(['Omar Nasser', 'Hana Yousef']),
    );
    expect(await people.locator('[data-testid="talent-move"]').count()).toBe(2);
    // The charts asked for counts only; the bar asked for its own people, not every move of the organisation.
    expect(asked[0]?.get('detail')).toBe('counts');
    const drill = asked.find((q) => q.get('detail') === 'moves');
    expect(Object.fromEntries(drill ?? [])).toMatchObject({
      kind: 'departure',
      period: '2023',
      certainty: 'stated',
    });
    expect(await people.locator('[data-testid="evidence"]').allTextContents()).toContain(
      'وانضمت هناء يوسف إلى قسم دلتا للأبحاث في 2019 وغادرته في يونيو 2023',
    );
    // She left Delta Research, counted in Alpha Labs by the PART_OF fact that places it there: it is shown, quoted.
    const hana = people.locator('[data-testid="talent-move"]', { hasText: 'Hana Yousef' });
    expect(await hana.locator('[data-testid="talent-placing"]').allTextContents()).toEqual([
      'Delta Research · part of Alpha Labs',
    ]);
    expect(await hana.locator('[data-testid="evidence"]').allTextContents()).toContain(
      'قسم دلتا للأبحاث التابع لمختبرات ألفا',
    );
    await hana.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-placing-en', '[data-testid="talent-people"]');
    // 2024 (index 7): the stated reported departures (series 6) open the report that names nobody, with its quote.
    await clickBar(page, 6, 7);
    await people.locator('[data-testid="talent-report"]').first().waitFor({ timeout: 30_000 });
    expect(await people.locator('[data-testid="talent-report"]').textContent()).toContain('5');
    expect(await people.locator('[data-testid="talent-move"]').count()).toBe(0);
    // The undated moves are counted apart and open too: Sara Kim (stated) and Mona Saleh (implied).
    expect(await page.locator('[data-testid="talent-undated"]').textContent()).toContain(
      '2 hires (1 implied), 2 departures (1 implied)',
    );
    await page.click('[data-testid="talent-undated"]');
    await expect
      .poll(() => people.locator('[data-testid="talent-move"] strong').allTextContents(), { timeout: 30_000 })
      .toEqual(['Mona Saleh', 'Mona Saleh', 'Sara Kim', 'Sara Kim']);
    await people.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-people-en', '[data-testid="talent-people"]');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('draws and counts a reported count a source only implies as implied: the four Omega Group hired from Sigma Works in 2022', async () => {
    // tests/fixtures/seed/talent: "Sigma Works reportedly lost four staff to Omega Group in 2022" (implied facts); 3
    // left Omega Group for Sigma Works in 2021 (stated; an overlapping implied report of 2 is not the count).
    for (const [lang, title, implied, four, row] of [
      ['en', 'Omega Group', 'Reported hires (unnamed, implied)', '4', 'reported 4 (4 implied)'],
      ['ar', 'مجموعة أوميغا', 'تعيينات مُبلَّغ عنها (بلا أسماء، ضمنية)', '٤', 'مُبلَّغ عنه ٤ (٤ ضمني)'],
    ] as const) {
      const { page, errors } = await env.newPage({
        path: `/?v=2&lang=${lang}&mode=dashboard&org=org:omega-group`,
        viewport: { width: 1400, height: 1300 },
      });
      await waitForDashboard(page, title);
      await page.locator('[data-testid="talent-bars"] svg').waitFor({ timeout: 60_000 });
      expect(
        (await page.locator('[data-testid="talent-legend"] li').allTextContents()).map((l) => l.trim()),
      ).toContain(implied);
      // Where its people came from: Sigma Works, with the four reported, all implied.
      expect(
        await page
          .locator('[data-testid="talent-sources"] [data-org="org:sigma-works"] .talent-row-count')
          .textContent(),
      ).toContain(row);
      const table = page.locator('[data-testid="talent-numbers"]');
      await table.locator('summary').click();
      const heads = await table.locator('thead th').allTextContents();
      const at = (year: string) =>
        heads.indexOf(lang === 'ar' ? year.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : year) - 1;
      expect(at('2022')).toBeGreaterThanOrEqual(0);
      // 2022: four reported hires, all implied (series 5), none stated (series 4: a zero, no button).
      expect(await table.locator(`[data-testid="talent-cell-4-${at('2022')}"]`).count()).toBe(0);
      expect(await table.locator(`[data-testid="talent-cell-5-${at('2022')}"]`).textContent()).toBe(four);
      // The bar's tooltip names its certainty.
      await page.evaluate(
        (i) =>
          (
            window as unknown as {
              __talentCharts: { bars: { dispatchAction: (a: object) => void } };
            }
          ).__talentCharts.bars.dispatchAction({ type: 'showTip', seriesIndex: 5, dataIndex: i }),
        at('2022'),
      );
      await expect
        .poll(() => page.locator('[data-testid="talent-bars"]').textContent(), { timeout: 20_000 })
        .toContain(implied);
      if (lang === 'ar') {
        await saveScreenshot(page, 'dashboard-reported-implied-ar', '[data-testid="talent-dashboard"]');
        expect(pageErrors(errors)).toEqual([]);
        continue;
      }
      // Its bar opens the implied report, and only it.
      await table.locator(`[data-testid="talent-cell-5-${at('2022')}"]`).click();
      const reports = page.locator('[data-testid="talent-people"] [data-testid="talent-report"]');
      await reports.first().waitFor({ timeout: 30_000 });
      expect(await reports.count()).toBe(1);
      expect(await reports.getAttribute('data-certainty')).toBe('implied');
      expect(await reports.textContent()).toContain('Four leave Sigma Works for Omega Group');
      // 2021: the stated report of three (series 6) opens alone; no implied reported departure is counted (series 7).
      expect(await table.locator(`[data-testid="talent-cell-7-${at('2021')}"]`).count()).toBe(0);
      await table.locator(`[data-testid="talent-cell-6-${at('2021')}"]`).click();
      await expect
        .poll(() => reports.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-certainty'))), {
          timeout: 30_000,
        })
        .toEqual(['stated']);
      expect(await reports.textContent()).toContain('Three leave Omega Group for Sigma Works');
      await saveScreenshot(page, 'dashboard-reported-implied-en', '[data-testid="talent-dashboard"]');
      expect(pageErrors(errors)).toEqual([]);
    }
  });

  it('opens the people behind a ranked row: where Beta AI’s people came from', async () => {
    const { page, errors } = await env.newPage();
    await openDashboard(page, 'Beta AI', 'Beta AI');
    await page.click('[data-testid="talent-sources"] [data-org="org:alpha-labs"]');
    const people = page.locator('[data-testid="talent-people"]');
    await expect
      .poll(() => people.locator('[data-testid="talent-move"] strong').allTextContents(), { timeout: 30_000 })
      .toEqual(['Hana Yousef', 'Layla Haddad', 'Sara Kim']);
    expect(await people.locator('[data-testid="talent-report"]').count()).toBe(1);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('works in Arabic, right to left with Arabic names and digits, in the dark theme', async () => {
    const { page, errors } = await env.newPage({ viewport: { width: 1400, height: 1300 } });
    await waitForScene(page, 1);
    await page.click('[data-testid="lang-switch"]');
    await page.locator('[data-testid="lang-switch"]', { hasText: 'EN' }).waitFor({ timeout: 20_000 });
    await page.click('button[aria-label="المظهر الداكن"]');
    await openDashboard(page, 'مختبرات ألفا', 'مختبرات ألفا');
    const dash = page.locator('[data-testid="talent-dashboard"]');
    expect(await dash.getAttribute('dir')).toBe('rtl');
    const texts = await page.locator('[data-testid="talent-bars"] svg text').allTextContents();
    expect(texts).toContain('٢٠٢٣');
    expect(texts.filter((x) => /[0-9]/.test(x))).toEqual([]);
    expect(await page.locator('[data-testid="talent-destinations"]').textContent()).toContain(
      'بيتا للذكاء الاصطناعي',
    );
    // Its ranked lists have no markers in Arabic either (the Arabic UI numbers other lists in its own digits).
    expect(
      await page
        .locator('[data-testid="talent-destinations"]')
        .evaluate((el) => getComputedStyle(el).listStyleType),
    ).toBe('none');
    // Dark: the dashboard's background is the dark theme's.
    const bg = await dash.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(17, 21, 28)');
    await saveScreenshot(page, 'dashboard-ar-dark', '[data-testid="talent-dashboard"]');
    await page.locator('[data-testid="talent-sankey"]').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-sankey-ar-dark', '[data-testid="talent-sankey"]');
    // The chart's image reads right to left too: its words stand at the right, its source named in Arabic.
    const svg = (await downloaded(page, 'talent-org-alpha-labs-periods-svg')).toString('utf8');
    expect(svg).toMatch(/<text x="\d+(\.\d+)?" y="18"[^>]* direction="rtl">التعيينات والمغادرات/);
    // Its source's date as the Arabic screen writes it (Arabic-Indic digits), not in Latin digits.
    expect(svg).toContain('جريدة الاختبار، \u2067٢٠٢٤-٠٦-٠١\u2069، نشرة تجريبية');
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'dashboard-chart-ar-dark.svg'), svg);
    const png = await downloaded(page, 'talent-org-alpha-labs-periods-png');
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'dashboard-chart-ar-dark.png'), png);
    await clickBar(page, 2, 6);
    await expect
      .poll(() => page.locator('[data-testid="talent-move"] strong').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['عمر ناصر', 'هناء يوسف']));
    const hana = page.locator('[data-testid="talent-move"]', { hasText: 'هناء يوسف' });
    expect(await hana.locator('[data-testid="talent-placing"]').allTextContents()).toEqual([
      'قسم دلتا للأبحاث · جزء من مختبرات ألفا',
    ]);
    await hana.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-placing-ar-dark', '[data-testid="talent-people"]');
    await page.click('[data-testid="export-button"]');
    await page
      .locator('[data-testid="export-dashboard-hint"]', { hasText: 'من اللوحة نفسها' })
      .waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'dashboard-export-menu-ar-dark');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('exports its numbers as CSV (UTF-8 with a BOM) and each chart as SVG and PNG with its sources listed', async () => {
    const { page, errors } = await env.newPage();
    await openDashboard(page, 'Alpha Labs', 'Alpha Labs');
    const csv = await downloaded(page, 'talent-csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^organisation,period,start,end,hires_named_stated,/);
    // 2023: two stated departures; 2024: the report of at least 5; undated: Sara Kim and Mona Saleh; each row with
    // the sources of its own numbers.
    expect(lines).toContain(
      'org:alpha-labs,2023,2023-01-01,2023-12-31,0,0,0,0,0,2,0,0,0,0,-2,0,source:fixture-moves',
    );
    expect(lines).toContain(
      'org:alpha-labs,2024,2024-01-01,2024-12-31,0,0,0,0,0,0,0,5,0,0,0,-5,source:fixture-moves',
    );
    expect(lines).toContain('org:alpha-labs,undated,,,1,1,0,0,0,1,1,0,0,0,,,source:fixture-moves');
    expect(lines).toContain('sources,source:fixture-moves');
    const slug = 'talent-org-alpha-labs-periods';
    const svg = (await downloaded(page, `${slug}-svg`)).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Fixture Gazette, 2024-06-01, A test bulletin (source:fixture-moves)');
    fs.writeFileSync(path.join(ARTIFACTS_DIR, 'dashboard-chart-en.svg'), svg);
    // The Sankey's image explains its colours: its legend names stated and implied hires and departures, as on screen.
    const sankeySvg = (await downloaded(page, 'talent-org-alpha-labs-sankey-svg')).toString('utf8');
    const onScreen = await page.locator('[data-testid="talent-sankey-legend"] li').allTextContents();
    expect(onScreen.map((l) => l.trim())).toEqual([
      'Hires (stated)',
      'Hires (implied)',
      'Departures (stated)',
      'Departures (implied)',
    ]);
    for (const name of onScreen) expect(sankeySvg).toContain(name.trim());
    const png = await downloaded(page, `${slug}-png`);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // The top bar's export menu offers no network file under the dashboard (a scene the screen does not show): it
    // points to the dashboard's own exports and offers the link.
    await page.click('[data-testid="export-button"]');
    await page.locator('[data-testid="export-dashboard-hint"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="export-copyLink"]').count()).toBe(1);
    expect(
      await page.locator('[data-testid="export-exportPng"], [data-testid="export-exportJson"]').count(),
    ).toBe(0);
    await saveScreenshot(page, 'dashboard-export-menu-en');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('reopens from its link with the same organisation, period and benchmark, and undoes a benchmark the server refuses', async () => {
    // The link a quarterly Alpha Labs dashboard benchmarked against Beta AI gives.
    const { page, errors } = await env.newPage({
      path: '/?v=2&mode=dashboard&org=org:alpha-labs&di=quarter&dc=org:beta-ai',
    });
    await page
      .locator('[data-testid="talent-title"]', { hasText: 'Alpha Labs' })
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="talent-interval"]').inputValue()).toBe('quarter');
    expect(await page.locator('[data-testid="talent-compare"]').inputValue()).toBe('org:beta-ai');
    // Opened from its link, no details panel has loaded the Source node: the chart's image still cites it by name.
    await expect
      .poll(
        async () =>
          (await downloaded(page, 'talent-org-alpha-labs-periods-svg'))
            .toString('utf8')
            .includes('Fixture Gazette, 2024-06-01, A test bulletin (source:fixture-moves)'),
        { timeout: 30_000 },
      )
      .toBe(true);
    // Changing the period changes the address the user would copy.
    await page.selectOption('[data-testid="talent-interval"]', 'month');
    await expect.poll(() => new URL(page.url()).searchParams.get('di'), { timeout: 20_000 }).toBe('month');
    expect(pageErrors(errors)).toEqual([]);

    // A window and a certainty hidden, from the network: the dashboard takes neither, and no chip or slider says it
    // does; back in the network, they are there again.
    const filtered = await env.newPage({
      path: '/?v=2&mode=dashboard&org=org:alpha-labs&cert=stated&at=2020',
    });
    await filtered.page
      .locator('[data-testid="talent-title"]', { hasText: 'Alpha Labs' })
      .waitFor({ timeout: 60_000 });
    expect(await filtered.page.locator('[data-testid="filter-chips"]').count()).toBe(0);
    expect(await filtered.page.locator('[data-testid="time-slider"]').count()).toBe(0);
    await saveScreenshot(filtered.page, 'dashboard-without-filters-en');
    await filtered.page.getByRole('tab', { name: 'Network' }).click();
    await filtered.page.locator('[data-testid="chip-certainty-implied"]').waitFor({ timeout: 30_000 });
    await filtered.page.locator('[data-testid="time-slider"]').waitFor({ timeout: 30_000 });

    // A benchmark that is no organisation here (in Arabic): the server refuses it, and one click goes back to the
    // defaults.
    const stale = await env.newPage({
      path: '/?v=2&lang=ar&mode=dashboard&org=org:alpha-labs&dc=org:not-here',
    });
    const reset = stale.page.locator('[data-testid="talent-reset"]');
    await reset.waitFor({ timeout: 60_000 });
    expect(await reset.textContent()).toBe('العودة إلى الأعمدة السنوية، بلا مقارنة، والأقسام مدمجة');
    await saveScreenshot(stale.page, 'dashboard-refused-benchmark-ar');
    await reset.click();
    await stale.page
      .locator('[data-testid="talent-title"]', { hasText: 'مختبرات ألفا' })
      .waitFor({ timeout: 60_000 });
    expect(await stale.page.locator('[data-testid="talent-compare"]').inputValue()).toBe('');
    await saveScreenshot(stale.page, 'dashboard-after-reset-ar');
  });
});
