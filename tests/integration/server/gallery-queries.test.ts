// The ready-made queries of the Cypher panel (client/state/gallery.ts) run through POST /api/cypher against the run's
// real Neo4j seeded from the article: each answers, and none says more than its facts — an amount once per offer,
// a connection once per node a source ties to.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GALLERY } from '../../../client/state/gallery.js';
import { createTestApp, openArticleApp } from '../../support/api.js';
import { readRows } from '../../support/neo4j.js';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => ({ driver, app } = await openArticleApp()));

afterAll(() => driver.close());

const run = async (id: string) => {
  const q = GALLERY.find((g) => g.id === id);
  if (!q) throw new Error(`no gallery query ${id}`);
  const res = await request(app)
    .post('/api/cypher')
    .send({ query: q.query, params: q.params ?? {} });
  expect(res.status, `${id}: ${res.text.slice(0, 300)}`).toBe(200);
  return res.body.rows as Record<string, unknown>[];
};

describe('the query gallery on the article', () => {
  it('answers every ready-made query with rows', async () => {
    for (const q of GALLERY) expect((await run(q.id)).length, q.id).toBeGreaterThan(0);
  });

  it('lists each offer or bid once, by who made it, never a target or a partner as offering the amount', async () => {
    const rows = await run('offers');
    const [counted] = await readRows(
      driver,
      `MATCH (e:Event) WHERE e.kind IN ['offer', 'bid'] AND e.amountUsd IS NOT NULL RETURN count(e) AS events`,
    );
    expect(rows).toHaveLength(Number(counted!.events));
    // The article's takeover bid: Musk bid for OpenAI; Meta was invited to join and Zuckerberg did not sign.
    const bid = rows.filter((r) => r.kind === 'bid');
    expect(bid).toHaveLength(1);
    expect(bid[0]).toMatchObject({ offeredBy: ['Elon Musk'], target: ['OpenAI'] });
    for (const r of rows) expect((r.offeredBy as string[]).length, JSON.stringify(r)).toBeGreaterThan(0);
  });

  it('counts the nodes a sourced fact ties each to, once each, not derived flows or a fact stated twice', async () => {
    const rows = await run('most-connected');
    const meta = rows.find((r) => r.name === 'Meta');
    expect(meta).toBeDefined();
    const [counts] = await readRows(
      driver,
      `MATCH (n:Organization {id: 'org:meta'})-[r]-(m)
       RETURN count(DISTINCT CASE WHEN r.certainty IN ['stated', 'implied'] AND type(r) <> 'TALENT_FLOW' THEN m END)
              AS others, count(r) AS relationships`,
    );
    const others = Number(counts!.others);
    // Meta's relationships include the derived flows out of it: counted as connections they would overstate it.
    expect(Number(counts!.relationships)).toBeGreaterThan(others);
    expect(meta!.connections).toBe(others);
  });
});
