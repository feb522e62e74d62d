// A count that reports give without names, and that a source only implies, is said to be implied wherever a flow's
// numbers are shown, in real Chromium on the fictional fixtures (tests/fixtures/seed/talent: "Sigma Works reportedly
// lost four staff to Omega Group in 2022", by implied facts): in Sigma Works' talent out (its details) and in the
// reported flow's label on the Flows tab's canvas — in English and in Arabic. Screenshots go to tests/artifacts.
import { describe, expect, it } from 'vitest';
import { edgeLabel, saveScreenshot, searchAndOpen, useBrowserEnv, waitForScene } from '../support/browser.js';
import { pageErrors, seedDashboard } from '../support/dashboard.js';

const REPORTED = 'flow:org:sigma-works->org:omega-group#reported';

describe('a reported flow a source only implies', () => {
  const env = useBrowserEnv({ seed: seedDashboard });

  it('says so in the organisation’s talent out and in the flow’s label on the canvas, in English and in Arabic', async () => {
    const { page, errors } = await env.newPage({ viewport: { width: 1400, height: 1000 } });
    await waitForScene(page, 1);
    await searchAndOpen(page, 'Sigma Works', 'Sigma Works');
    // Talent out, then talent in: Omega Group in each (3 left Omega Group for Sigma Works, stated).
    const lists = page.locator('[data-testid="org-flows"] ul.flows');
    const omega = lists.nth(0).locator(':scope > li', { hasText: 'Omega Group' });
    await omega.waitFor({ timeout: 60_000 });
    expect(await omega.locator('.flow-reported').textContent()).toBe('4 reported without names');
    const fromOmega = lists.nth(1).locator(':scope > li', { hasText: 'Omega Group' });
    expect(await fromOmega.locator('.flow-reported').textContent()).toBe('3 reported without names');
    expect(await fromOmega.locator('.flow-reported-implied').count()).toBe(0);
    const implied = omega.locator('.flow-reported-implied');
    expect((await implied.textContent())?.trim()).toBe('(4 of them implied)');
    expect(await implied.getAttribute('class')).toContain('certainty-implied');
    await omega.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'org-flows-reported-implied-en', '[data-testid="org-flows"]');

    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 20_000 });
    const omegaAr = lists.nth(0).locator(':scope > li', { hasText: 'مجموعة أوميغا' });
    await expect
      .poll(async () => (await omegaAr.locator('.flow-reported-implied').textContent())?.trim(), {
        timeout: 20_000,
      })
      .toBe('(منهم ٤ ضمنيًا)');
    await saveScreenshot(page, 'org-flows-reported-implied-ar', '[data-testid="org-flows"]');

    // The Flows tab draws the reported part apart, and its label says it is implied as a named part's does.
    await page.click('[data-testid="mode-flows"]');
    await expect.poll(() => edgeLabel(page, REPORTED), { timeout: 60_000 }).toBe('٤ (مُبلَّغ) · ضمني');
    await page.click('[data-testid="lang-switch"]');
    await expect.poll(() => edgeLabel(page, REPORTED), { timeout: 20_000 }).toBe('4 reported · implied');
    expect(pageErrors(errors)).toEqual([]);
  });
});
