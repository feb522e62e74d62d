// GET /api/flows in a time window: flows are counted, ranked and cut by what lies in the window (the moves the seed
// dated on each flow), and a move's date is the career's. The careers are fictional, written here as sourced stints
// (certainty 'stated') so that each case is small: no news source states them.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { ensureSchema, recomputeTalentFlows } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

/** person id → its stints [organisation, stint id, start, end]; an organisation's id is `org:<name>`. */
const CAREERS: Record<string, [string, string, string, string | null][]> = {
  // Four people left A for B: three in 2019, one in 2024 — A → B spans 2019–2024 but has no move in 2021–2022.
  'person:w1': [
    ['a', 'w1:a', '2016', '2019-01'],
    ['b', 'w1:b', '2019-03', null],
  ],
  'person:w2': [
    ['a', 'w2:a', '2016', '2019-02'],
    ['b', 'w2:b', '2019-04', null],
  ],
  'person:w3': [
    ['a', 'w3:a', '2017', '2019-05'],
    ['b', 'w3:b', '2019-06', null],
  ],
  'person:w4': [
    ['a', 'w4:a', '2020', '2024-04'],
    ['b', 'w4:b', '2024-05', null],
  ],
  // One left C for D in 2021.
  'person:w5': [
    ['c', 'w5:c', '2018', '2021-04'],
    ['d', 'w5:d', '2021-05', null],
  ],
  // Back to F after four years at E: the move E → F is of 2020, though the first F stint (first by id) began in 2014.
  'person:w6': [
    ['f', 'w6:f1', '2014', '2016-06'],
    ['e', 'w6:e', '2016-07', '2020-02'],
    ['f', 'w6:f2', '2020-03', null],
  ],
  // G → H twice (2011 and 2015): one person, two moves, two dates.
  'person:w7': [
    ['g', 'w7:g1', '2010', '2011'],
    ['h', 'w7:h1', '2011-02', '2013'],
    ['g', 'w7:g2', '2013-02', '2015'],
    ['h', 'w7:h2', '2015-03', null],
  ],
};

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

async function flows(url: string) {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return FlowsResponseSchema.parse(res.body);
}
const ids = (body: { flows: { id: string }[] }) => body.flows.map((f) => f.id);
const whenOf = (body: Awaited<ReturnType<typeof flows>>, flow: string, person: string) =>
  body.flows.find((f) => f.id === flow)?.people.find((p) => p.id === person)?.when;

beforeAll(async () => {
  driver = createTestDriver();
  const database = testNeo4j().database;
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  const stints = Object.entries(CAREERS).flatMap(([person, rows]) =>
    rows.map(([org, id, start, end]) => ({ person, org: `org:${org}`, id, start, end })),
  );
  await driver.executeQuery(
    `UNWIND $stints AS s
     MERGE (p:Person {id: s.person}) ON CREATE SET p.name = s.person
     MERGE (o:Organization {id: s.org}) ON CREATE SET o.name = s.org
     CREATE (p)-[:WORKED_AT {id: s.id, start: s.start, end: s.end, certainty: 'stated'}]->(o)`,
    { stints },
    { database },
  );
  await recomputeTalentFlows(driver, { database });
  app = createTestApp(driver).app;
});
afterAll(async () => driver?.close());

describe('talent flows in a time window', () => {
  it('ranks the window’s flows by the moves in it: the page holds the window’s largest flow, not the largest of all time', async () => {
    const all = await flows('/api/flows?limit=1');
    expect(ids(all)).toEqual(['flow:org:a->org:b']);

    const window = await flows('/api/flows?since=2021&until=2022&limit=1');
    expect(ids(window)).toEqual(['flow:org:c->org:d']);
    expect(window).toMatchObject({ total: 1, more: 0, estimated: false });
    expect(window.flows[0]).toMatchObject({ count: 1, atLeast: 1 });
  });

  it('counts in `total` only the flows with a move in the window', async () => {
    const body = await flows('/api/flows?since=2019&until=2019-12&limit=1');
    // A → B (three moves in 2019) first; nothing else moved in 2019.
    expect(ids(body)).toEqual(['flow:org:a->org:b']);
    expect(body).toMatchObject({ total: 1, more: 0, estimated: false });
    expect(body.flows[0]).toMatchObject({ count: 3, peopleTotal: 3 });
  });

  it('dates a move by the stint joined, not by an earlier stint at the same organisation', async () => {
    const body = await flows('/api/flows');
    expect(whenOf(body, 'flow:org:e->org:f', 'person:w6')).toBe('2020-03');
    // And so E → F is no flow of 2014.
    expect(ids(await flows('/api/flows?since=2014&until=2014-12'))).not.toContain('flow:org:e->org:f');
  });

  it('dates a move made twice by its earliest date, and in a window by the one in it', async () => {
    expect(whenOf(await flows('/api/flows'), 'flow:org:g->org:h', 'person:w7')).toBe('2011-02');
    const later = await flows('/api/flows?since=2015');
    expect(whenOf(later, 'flow:org:g->org:h', 'person:w7')).toBe('2015-03');
    expect(later.flows.find((f) => f.id === 'flow:org:g->org:h')).toMatchObject({ count: 1 });
    expect(ids(await flows('/api/flows?since=2012&until=2012-12'))).not.toContain('flow:org:g->org:h');
  });

  // Last: it removes the dated moves, as flows derived by an older seed lack them.
  it('says its window total is an estimate when flows were derived without dated moves', async () => {
    await driver.executeQuery(
      'MATCH ()-[f:TALENT_FLOW]->() REMOVE f.movePeople, f.moveDates',
      {},
      {
        database: testNeo4j().database,
      },
    );
    const window = await flows('/api/flows?since=2021&until=2022&limit=1');
    // Ranked by all-time size: the page held A → B, which has no move in the window, so it holds nothing.
    expect(window).toMatchObject({ flows: [], total: 2, more: 1, estimated: true });
    expect((await flows('/api/flows?limit=1')).estimated).toBe(false);
  });
});
