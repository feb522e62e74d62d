// In real Chromium: a stored talent flow derived by other rules than this version's (here written by hand, without
// the derivation the seed stores: model/flow-derivation.ts) drawn in the network from a Cypher query — no GET
// /api/flows answer calls it outdated — is said to be so beside the drawing and in its details, in English and Arabic;
// the article's flows, seeded by this version, are not. The flow and its organisations are fictional, written for
// this test and removed after it.
import { describe, expect, it } from 'vitest';
import { URL_VERSION } from '../../client/state/url.js';
import { saveScreenshot, useBrowserEnv, waitForScene } from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

const IDS = { from: 'org:fixture-outdated-from', to: 'org:fixture-outdated-to' };
const FLOW = `flow:${IDS.from}->${IDS.to}`;

const WORDS = {
  en: {
    caption: "Some flows were derived by an older version's rules",
    details: "Derived by an older version's rules",
  },
  ar: { caption: 'بعض التدفّقات اشتُقّت بقواعد إصدار أقدم', details: 'اشتُقّ هذا التدفّق بقواعد إصدار أقدم' },
} as const;

describe('a stored talent flow derived by other rules, drawn from a query', () => {
  const env = useBrowserEnv();

  for (const lang of ['en', 'ar'] as const)
    it(`is said to be so beside the drawing and in its details (${lang})`, async () => {
      const { database } = testNeo4j();
      await env.driver.executeQuery(
        `CREATE (a:Organization {id: $from, name: 'Fixture Old Labs'}),
                (b:Organization {id: $to, name: 'Fixture Old AI'}),
                (a)-[:TALENT_FLOW {id: $flow, count: 1, statedCount: 1, impliedCount: 0}]->(b)`,
        { ...IDS, flow: FLOW },
        { database },
      );
      try {
        const query = `MATCH (a)-[f:TALENT_FLOW {id: '${FLOW}'}]->(b) RETURN a, f, b`;
        const { page, errors } = await env.newPage({
          path: `/?v=${URL_VERSION}&lang=${lang}&q=${encodeURIComponent(query)}&sele=${encodeURIComponent(FLOW)}`,
        });
        const caption = page.locator('[data-testid="flows-outdated"]');
        await caption.waitFor({ timeout: 90_000 });
        expect(await caption.textContent()).toContain(WORDS[lang].caption);
        const note = page.locator('[data-testid="flow-details"] [data-testid="flow-outdated"]');
        await note.waitFor({ timeout: 60_000 });
        expect(await note.textContent()).toContain(WORDS[lang].details);
        await saveScreenshot(page, `flows-outdated-${lang}`);
        // The article's flows, derived by this version's rules: nothing is said.
        const current = `MATCH (a)-[f:TALENT_FLOW]->(b) WHERE f.id <> '${FLOW}' RETURN a, f, b LIMIT 3`;
        await page.goto(`${env.baseUrl}/?v=${URL_VERSION}&lang=${lang}&q=${encodeURIComponent(current)}`);
        await waitForScene(page, 2);
        expect(await page.locator('[data-testid="scene-stats"]').getAttribute('data-edges')).not.toBe('0');
        expect(await page.locator('[data-testid="flows-outdated"]').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await env.driver.executeQuery('MATCH (n) WHERE n.id IN [$from, $to] DETACH DELETE n', IDS, {
          database,
        });
      }
    });
});
