// Past and current as of the time slider's date, in real Chromium: a stint of 2015–2023 is drawn as past today, and
// as current in the view "as of 2017", when it was; the slider's handle sits at 2017, a date no fact carries. The person and stints are written for this test (no source states
// them) and removed afterwards.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowserEnv, visibleEdgeIds, waitForScene } from '../support/browser.js';
import { testNeo4j } from '../support/neo4j.js';

const IDS = {
  person: 'person:fixture-dated',
  long: 'hand:fixture-dated-long',
  now: 'hand:fixture-dated-now',
  first: 'org:fixture-first-works',
  second: 'org:fixture-second-works',
};
const SCENE = `MATCH p = (:Person {id: '${IDS.person}'})-[:WORKED_AT]->() RETURN p`;

type Style = { color: string; size: number } | null;

function edgeStyle(page: Page, id: string): Promise<Style> {
  return page.evaluate(
    (edge) =>
      (window as unknown as { __talentGraph: { edgeStyle(id: string): Style } }).__talentGraph.edgeStyle(
        edge,
      ),
    id,
  );
}

describe('stints past and current as of the time slider’s date', () => {
  const env = useBrowserEnv();

  it('draws a stint of 2015–2023 as past today and as current as of 2017', async () => {
    const { database } = testNeo4j();
    await env.driver.executeQuery(
      `CREATE (p:Person {id: $person, name: 'Dana Dated'})
       CREATE (p)-[:WORKED_AT {id: $long, start: '2015', end: '2023'}]->(:Organization {id: $first, name: 'First Works'})
       CREATE (p)-[:WORKED_AT {id: $now, start: '2023'}]->(:Organization {id: $second, name: 'Second Works'})`,
      IDS,
      { database },
    );
    try {
      const today = await env.newPage({ path: `/?v=2&q=${encodeURIComponent(SCENE)}` });
      await waitForScene(today.page, 3);
      await expect.poll(() => visibleEdgeIds(today.page), { timeout: 60_000 }).toHaveLength(2);
      const current = await edgeStyle(today.page, IDS.now);
      const pastToday = await edgeStyle(today.page, IDS.long);
      expect(current).not.toBeNull();
      expect(pastToday!.color).not.toBe(current!.color);
      expect(pastToday!.size).toBeLessThan(current!.size);

      const asOf = await env.newPage({ path: `/?v=2&q=${encodeURIComponent(SCENE)}&at=2017` });
      await waitForScene(asOf.page, 1);
      // In 2017 only the first stint had begun, and it was current then.
      await expect.poll(() => visibleEdgeIds(asOf.page), { timeout: 60_000 }).toEqual([IDS.long]);
      expect(await edgeStyle(asOf.page, IDS.long)).toEqual(current);
      // The slider's handle at 2017, a date no fact carries, not at the next date the data has.
      await expect
        .poll(() => asOf.page.locator('[data-testid="time-range"]').getAttribute('aria-valuetext'), {
          timeout: 30_000,
        })
        .toBe('2017');
      await saveScreenshot(asOf.page, 'time-stints-as-of-2017');
      expect(today.errors).toEqual([]);
      expect(asOf.errors).toEqual([]);
    } finally {
      await env.driver.executeQuery(
        'MATCH (n) WHERE (n:Person OR n:Organization) AND n.id IN [$person, $first, $second] DETACH DELETE n',
        IDS,
        { database },
      );
    }
  });
});
