// A shared link's path search on a database that is not ours but shares a relationship type name with ours (PART_OF):
// reopened, it follows every type the schema lists, as the sender's did. Asked before the schema was in, it went
// without types, the server (seeing PART_OF, one of ours) followed only Talent Graph's types, and the path through
// the database's own SUPPLIES vanished, the note blaming the data.
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { resetGraph } from '../../seed/index.js';
import { useBrowserEnv, waitForScene } from '../support/browser.js';
import { dropSchema, restoreOurs } from '../support/foreign-graph.js';
import { createTestDriver, readRows, testNeo4j } from '../support/neo4j.js';

/** Made up for this test: two companies, one supplying the other, one part of the other. */
async function loadSuppliers(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetGraph(driver, { database });
  await dropSchema(driver);
  await driver.executeQuery(
    `CREATE (a:Company {name: 'Acme Parts'})-[:SUPPLIES]->(b:Company {name: 'Bolt Works'}),
            (c:Company {name: 'Cog Holdings'}), (b)-[:PART_OF]->(c)`,
    {},
    { database },
  );
}

describe('a linked path search on a foreign database', () => {
  const env = useBrowserEnv({ seed: loadSuppliers });
  afterAll(async () => {
    const driver = createTestDriver();
    await restoreOurs(driver);
    await driver.close();
  });

  it('finds the same path through the database’s own type again, with no note', async () => {
    const [ids] = await readRows(
      env.driver,
      `MATCH (a:Company {name: 'Acme Parts'})-[r:SUPPLIES]->(b:Company)
       RETURN 'neo4j:' + elementId(a) AS a, 'neo4j:' + elementId(b) AS b, 'neo4j:' + elementId(r) AS r`,
    );
    // The link as the sender's page writes it: the query, the path panel's ends and the path it listed.
    const q = new URLSearchParams({
      v: '2',
      q: 'MATCH (a)-[r]->(b) RETURN a, r, b',
      pf: String(ids!.a),
      pt: String(ids!.b),
      pe: String(ids!.r),
    });
    const { page, errors } = await env.newPage({ path: `/?${q}` });
    await waitForScene(page, 3, 60_000);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="path-step"]').length === 1,
      null,
      { timeout: 60_000 },
    );
    expect(await page.locator('[data-testid="path-step"]').getAttribute('data-edge')).toBe(ids!.r);
    expect(await page.locator('[data-testid="link-note"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
