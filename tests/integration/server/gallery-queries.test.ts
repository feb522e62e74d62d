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

describe('the query gallery’s tables beside facts no source backs', () => {
  // Made up beside the article: an implied CEO stint and an implied further target of Meta's Scale AI deal (a
  // source only implies them) and, written by hand (no certainty, no source), a CEO stint, an acquisition Meta made,
  // another target of the Scale AI deal, Zuckerberg as a bidder for OpenAI and an offer only a hand-written fact
  // names the maker of.
  beforeAll(async () => {
    await driver.executeQuery(
      `MATCH (meta:Organization {id: 'org:meta'}), (openai:Organization {id: 'org:openai'}),
             (zuck:Person {id: 'person:mark-zuckerberg'}), (bid:Event {id: 'event:openai-takeover-bid-2025'}),
             (scale:Event {id: 'event:meta-acquires-scale-ai-2025'})
       CREATE (acme:Organization {id: 'org:gq-acme', name: 'Acme', kind: 'company'})
       CREATE (:Person {id: 'person:gq-implied', name: 'Implied Boss'})-[:WORKED_AT {id: 'fact:gq-implied-ceo',
                role: 'CEO', start: '2020', certainty: 'implied', sources: ['source:gq'], evidence: 'x', evidenceEn: 'x'}]->(acme)
       CREATE (:Person {id: 'person:gq-hand', name: 'Handwritten Boss'})-[:WORKED_AT {id: 'hand:gq-ceo', role: 'CEO',
                start: '2021', evidence: 'by hand'}]->(acme)
       CREATE (meta)-[:PARTICIPATED_IN {id: 'hand:gq-acquirer', role: 'acquirer', evidence: 'by hand'}]->
              (:Event {id: 'event:gq-deal', kind: 'acquisition', name: 'Hand Deal', amountUsd: 1000, date: '2025'})
       CREATE (openai)-[:PARTICIPATED_IN {id: 'hand:gq-target', role: 'target'}]->(scale)
       CREATE (acme)-[:PARTICIPATED_IN {id: 'fact:gq-implied-target', role: 'target', certainty: 'implied',
                sources: ['source:gq']}]->(scale)
       CREATE (zuck)-[:PARTICIPATED_IN {id: 'hand:gq-bidder', role: 'bidder', evidence: 'by hand'}]->(bid)
       CREATE (meta)-[:PARTICIPATED_IN {id: 'hand:gq-offerer', role: 'offerer'}]->
              (:Event {id: 'event:gq-offer', kind: 'offer', name: 'Hand Offer', amountUsd: 5, date: '2025'})`,
    );
  });

  it('lists leaders with the certainty of each stint, and no stint no source backs', async () => {
    const rows = await run('leaders');
    expect(rows.filter((r) => r.organisation === 'Acme')).toEqual([
      expect.objectContaining({ person: 'Implied Boss', role: 'CEO', since: '2020', certainty: 'implied' }),
    ]);
    expect(rows.find((r) => r.person === 'Elon Musk' && r.organisation === 'Tesla')).toMatchObject({
      certainty: 'stated',
    });
    for (const r of rows) expect(['stated', 'implied'], JSON.stringify(r)).toContain(r.certainty);
  });

  it('lists what Meta bought by facts a source backs only, a row implied when its target is', async () => {
    const rows = await run('meta-acquisitions');
    expect(rows.map((r) => [r.deal, r.target, r.certainty]).sort()).toEqual([
      ['Meta acquires Scale AI', 'Acme', 'implied'],
      ['Meta acquires Scale AI', 'Scale AI', 'stated'],
    ]);
  });

  it('names as offering only makers a source backs, with each one’s certainty, and no offer nobody sourced made', async () => {
    const rows = await run('offers');
    expect(rows.find((r) => r.kind === 'bid')).toMatchObject({
      offeredBy: ['Elon Musk'],
      target: ['OpenAI'],
      certainty: ['stated'],
    });
    expect(rows.map((r) => r.amountUsd)).not.toContain(5);
    for (const r of rows) {
      expect((r.certainty as string[]).length, JSON.stringify(r)).toBe((r.offeredBy as string[]).length);
      for (const c of r.certainty as string[]) expect(['stated', 'implied']).toContain(c);
    }
  });

  it('lists every fact with its quote only where a source backs it', async () => {
    const rows = await run('evidence');
    expect(rows.find((r) => r.from === 'Implied Boss')).toMatchObject({ certainty: 'implied' });
    for (const r of rows) expect(['stated', 'implied'], JSON.stringify(r)).toContain(r.certainty);
  });
});
