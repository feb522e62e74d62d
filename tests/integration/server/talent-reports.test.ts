// GET /api/orgs/:id/talent against Neo4j: one departures report that names two destinations is one report. The
// source says 10 left; the totals (bars, numbers table, CSV) must say 10, not once per destination, while each
// destination's ranked row shows the report beside it (it does name both). Read live and from the stored talent
// index, the same. All data here is made up for this test (organisations, person, event and sources are fictional).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/api-responses.js';
import { DEPARTURES_EVENT_KIND } from '../../../model/data-model.js';
import { ensureSchema, rebuildTalentIndex } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const database = testNeo4j().database;
const driver = createTestDriver();
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  // Made-up test data: a lab, two rivals, one person who left the lab for the first (so the lab has a stint to index),
  // a report of 10 people leaving the lab for both rivals, and a report giving no number that names both too.
  await driver.executeQuery(
    `CREATE (lab:Organization {id: 'org:made-up-lab', name: 'Made-up Lab'}),
            (a:Organization {id: 'org:made-up-a', name: 'Made-up A'}),
            (b:Organization {id: 'org:made-up-b', name: 'Made-up B'}),
            (p:Person {id: 'person:made-up-mover', name: 'Made-up Mover'}),
            (e:Event {id: 'event:made-up-exodus', kind: $kind, name: 'Ten leave Made-up Lab', count: 10,
                      date: '2024-03'}),
            (v:Event {id: 'event:made-up-vague', kind: $kind, name: 'Some leave Made-up Lab', date: '2024-05'})
     CREATE (p)-[:WORKED_AT {id: 'fact:made-up-mover-lab', start: '2020', end: '2024-01', certainty: 'stated',
                             sources: ['source:made-up']}]->(lab),
            (p)-[:WORKED_AT {id: 'fact:made-up-mover-a', start: '2024-02', certainty: 'implied',
                             note: 'Made-up note on the stint.', sources: ['source:made-up']}]->(a)
     WITH lab, a, b, e, v
     UNWIND [[e, 'exodus'], [v, 'vague']] AS ev
     WITH lab, a, b, ev[0] AS ev, ev[1] AS name
     CREATE (lab)-[:PARTICIPATED_IN {id: 'fact:made-up-' + name + '-from', role: 'from', certainty: 'stated',
                                     sources: ['source:made-up']}]->(ev),
            (a)-[:PARTICIPATED_IN {id: 'fact:made-up-' + name + '-to-a', role: 'to', certainty: 'stated',
                                   sources: ['source:made-up']}]->(ev),
            (b)-[:PARTICIPATED_IN {id: 'fact:made-up-' + name + '-to-b', role: 'to', certainty: 'implied',
                                   note: 'Made-up note on the report.', sources: ['source:made-up']}]->(ev)`,
    { kind: DEPARTURES_EVENT_KIND },
    { database },
  );
  app = createTestApp(driver).app;
});
afterAll(async () => driver.close());

async function talent(url: string) {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TalentResponseSchema.parse(res.body);
}

describe('the facts behind a move or report', () => {
  it('carry their notes (why a fact is implied), for the dashboard to show beside their quotes', async () => {
    const body = await talent('/api/orgs/org:made-up-lab/talent');
    const move = body.moves.find((m) => m.person.id === 'person:made-up-mover' && m.kind === 'departure')!;
    expect(move.counterparts).toEqual([
      { org: { id: 'org:made-up-a', name: 'Made-up A', nameAr: null }, certainty: 'implied' },
    ]);
    expect(move.facts.map((f) => [f.id, f.certainty, f.note])).toEqual([
      ['fact:made-up-mover-lab', 'stated', null],
      ['fact:made-up-mover-a', 'implied', 'Made-up note on the stint.'],
    ]);
    const toB = body.reports.find(
      (r) => r.id === 'event:made-up-exodus' && r.counterpart?.id === 'org:made-up-b',
    )!;
    expect(toB.facts.find((f) => f.id === 'fact:made-up-exodus-to-b')?.note).toBe(
      'Made-up note on the report.',
    );
  });
});

describe('a departures report naming two destinations', () => {
  it('counts once in the totals and beside each destination in its row, live and from the talent index', async () => {
    const live = await talent('/api/orgs/org:made-up-lab/talent?detail=counts');
    const y2024 = live.periods.find((p) => p.label === '2024')!;
    // Stated: its chain to Made-up A is stated (its chain to B is implied); the vague report is one report.
    expect(y2024.departures.reported).toEqual({ stated: 10, implied: 0, unquantified: 1 });
    expect(y2024.net.reported).toBe(-10);
    expect(live.destinations.map((d) => [d.org.id, d.reported])).toEqual([
      ['org:made-up-a', { stated: 10, implied: 0, unquantified: 1 }],
      ['org:made-up-b', { stated: 0, implied: 10, unquantified: 1 }],
    ]);
    // The report's rows, one per destination, are still both given (each with the facts of its own chain).
    expect(live.reports.filter((r) => r.id === 'event:made-up-exodus').map((r) => r.counterpart?.id)).toEqual(
      ['org:made-up-a', 'org:made-up-b'],
    );

    expect(await rebuildTalentIndex(driver, { database, minStints: 0 })).toBeGreaterThan(0);
    expect(
      await readRows(
        driver,
        `MATCH (i:TalentIndex {org: 'org:made-up-lab', divisions: false}) RETURN i.org AS org`,
      ),
    ).toEqual([{ org: 'org:made-up-lab' }]);
    const indexed = await talent('/api/orgs/org:made-up-lab/talent?detail=counts');
    expect(indexed.periods).toEqual(live.periods);
    expect(indexed.destinations).toEqual(live.destinations);
  });
});
