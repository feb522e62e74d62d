import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledSources, resetGraph } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// The bundled article (seed/sources/rosa-2025-08-29-musk-meta-talent.*) seeded on an empty database must
// answer the questions in plain Cypher, each answer carrying the Arabic quote behind it.
const ARTICLE = 'source:rosa-2025-08-29-musk-meta-talent';
let driver: Driver;
let text: string;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const n = (v: unknown) => (v === null || v === undefined ? v : Number(v));

function expectQuote(evidence: unknown) {
  expect(typeof evidence).toBe('string');
  expect(text).toContain(collapse(evidence as string));
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  const summary = await loadBundledSources(driver, { database: testNeo4j().database });
  expect(summary.sources).toContain(ARTICLE);
  const fs = await import('node:fs');
  text = collapse(fs.readFileSync('seed/sources/rosa-2025-08-29-musk-meta-talent.ar.txt', 'utf8'));
});
afterAll(async () => driver.close());

describe('the seeded article graph', () => {
  it('says who left Meta and where they went, with the quotes', async () => {
    const rows = await readRows(
      driver,
      `MATCH (p:Person)-[left:WORKED_AT]->(:Organization {id: 'org:meta'})
       WHERE left.left = true OR left.end IS NOT NULL
       MATCH (p)-[joined:WORKED_AT]->(to:Organization)
       WHERE to.id <> 'org:meta' AND joined.end IS NULL AND coalesce(joined.left, false) = false
       RETURN p.name AS person, to.name AS wentTo, joined.certainty AS certainty, left.evidence AS leftQuote, joined.evidence AS joinedQuote
       ORDER BY person`,
    );
    expect(rows.map((r) => `${r.person} → ${r.wentTo} (${r.certainty})`)).toEqual([
      'Alan Rice → xAI (implied)',
      'Ching-Yao Chuang → xAI (implied)',
      'Sheng Shen → xAI (implied)',
      'Xinlei Chen → xAI (implied)',
    ]);
    rows.forEach((r) => (expectQuote(r.leftQuote), expectQuote(r.joinedQuote)));
    const [flow] = await readRows(
      driver,
      `MATCH (:Organization {id: 'org:meta'})-[f:TALENT_FLOW]->(:Organization {id: 'org:xai'})
       MATCH (e:Event) WHERE e.id IN f.eventIds
       MATCH (e)<-[r:PARTICIPATED_IN {role: 'from'}]-()
       RETURN f.count AS named, f.reportedCount AS reported, f.reportedQualifier AS qualifier, f.since AS since, r.evidence AS quote`,
    );
    expect({ ...flow, named: n(flow!.named), reported: n(flow!.reported) }).toMatchObject({
      named: 4,
      reported: 14,
      qualifier: 'at least',
      since: '2025-01',
    });
    expectQuote(flow!.quote);
  });

  it('says what Meta bought and for how much', async () => {
    const rows = await readRows(
      driver,
      `MATCH (:Organization {id: 'org:meta'})-[a:PARTICIPATED_IN {role: 'acquirer'}]->(e:Event {kind: 'acquisition'})<-[:PARTICIPATED_IN {role: 'target'}]-(target)
       RETURN target.name AS bought, e.amountUsd AS usd, e.date AS date, a.evidence AS quote`,
    );
    expect(rows.map((r) => ({ bought: r.bought, usd: n(r.usd), date: r.date }))).toEqual([
      { bought: 'Scale AI', usd: 14_300_000_000, date: '2025' },
    ]);
    expectQuote(rows[0]!.quote);
  });

  it('says who bid for what with whom', async () => {
    const rows = await readRows(
      driver,
      `MATCH (bidder)-[b:PARTICIPATED_IN {role: 'bidder'}]->(e:Event {kind: 'bid'})<-[:PARTICIPATED_IN {role: 'target'}]-(target)
       OPTIONAL MATCH (partner)-[:PARTICIPATED_IN {role: 'invited-partner'}]->(e)
       RETURN bidder.name AS bidder, target.name AS target, collect(partner.name) AS partners, e.amountUsd AS usd, e.date AS date, b.evidence AS quote`,
    );
    expect(
      rows.map((r) => ({
        bidder: r.bidder,
        target: r.target,
        partners: r.partners,
        usd: n(r.usd),
        date: r.date,
      })),
    ).toEqual([
      { bidder: 'Elon Musk', target: 'OpenAI', partners: ['Meta'], usd: 97_400_000_000, date: '2025' },
    ]);
    expectQuote(rows[0]!.quote);
  });

  it('says who sued whom and when', async () => {
    const rows = await readRows(
      driver,
      `MATCH (plaintiff)-[p:PARTICIPATED_IN {role: 'plaintiff'}]->(e:Event {kind: 'lawsuit'})<-[:PARTICIPATED_IN {role: 'defendant'}]-(defendant)
       RETURN plaintiff.name AS plaintiff, e.date AS date, p.evidence AS quote, collect(defendant.name) AS defendants`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ plaintiff: 'Elon Musk', date: '2024' });
    expect([...(rows[0]!.defendants as string[])].sort()).toEqual(['OpenAI', 'Sam Altman']);
    expectQuote(rows[0]!.quote);
  });

  it('says who leads what and since when', async () => {
    const rows = await readRows(
      driver,
      `MATCH (p:Person)-[w:WORKED_AT]->(o:Organization)
       WHERE w.role IN ['CEO', 'CTO'] AND w.end IS NULL AND coalesce(w.left, false) = false
       RETURN p.name + ' ' + w.role + ' of ' + o.name + coalesce(' since ' + w.start, '') AS leads, w.evidence AS quote
       ORDER BY leads`,
    );
    expect(rows.map((r) => r.leads)).toEqual([
      'Andrew Bosworth CTO of Meta',
      'Elon Musk CEO of SpaceX',
      'Elon Musk CEO of Tesla',
      'Elon Musk CEO of X',
      'Sam Altman CEO of OpenAI since 2019',
    ]);
    rows.forEach((r) => expectQuote(r.quote));
  });

  it('says who offered how much', async () => {
    const rows = await readRows(
      driver,
      `MATCH (offerer)-[o:PARTICIPATED_IN {role: 'offerer'}]->(e:Event {kind: 'offer'})
       WHERE e.amountUsd IS NOT NULL
       RETURN offerer.name AS offerer, e.amountUsd AS usd, e.amountQualifier AS qualifier, e.amountPeriod AS period, o.evidence AS quote
       ORDER BY usd`,
    );
    expect(
      rows.map((r) => ({ offerer: r.offerer, usd: n(r.usd), qualifier: r.qualifier, period: r.period })),
    ).toEqual([
      { offerer: 'Mark Zuckerberg', usd: 100_000_000, qualifier: null, period: null },
      { offerer: 'Meta', usd: 300_000_000, qualifier: 'up to', period: 'over four years' },
    ]);
    rows.forEach((r) => expectQuote(r.quote));
  });

  it('links every event to the article with REPORTED_BY', async () => {
    const rows = await readRows(
      driver,
      `MATCH (e:Event) WHERE NOT (e)-[:REPORTED_BY]->(:Source {id: $id}) RETURN e.id AS id`,
      { id: ARTICLE },
    );
    expect(rows).toEqual([]);
  });

  it('finds people by any spelling through the entity_search index', async () => {
    const { normalizeName } = await import('../../../model/normalize.js');
    for (const [q, id] of [
      ['ألتمان', 'person:sam-altman'],
      ['التمان', 'person:sam-altman'],
      ['Sheng Sen', 'person:sheng-shen'],
      ['زوكربيرج', 'person:mark-zuckerberg'],
    ] as const) {
      const hits = await readRows(
        driver,
        "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 3",
        { q: normalizeName(q) },
      );
      expect(
        hits.map((h) => h.id),
        q,
      ).toContain(id);
    }
  });
});
