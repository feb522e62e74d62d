// GET /api/flows in a time window cites the sources of the moves it counts: a flow's stated and implied parts name
// the sources of the stints (and of the PART_OF facts a division's move is rolled up along) of the moves dated in the
// window only, in the listing and the ?ids= form, overall and by division; a flow derived by an older seed, without
// each mover's sources kept beside their moves, cites all time's and says so. The careers and sources are fictional.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { ensureSchema, recomputeTalentFlows } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { writeCareers, type CareerRow } from '../../support/careers.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

/**
 * person id → stints [organisation, stint id, start, end, certainty, the sources the stint cites]. X2 is a division
 * of X (a PART_OF fact citing its own source): every move is X → Y in the overview, each year cited by its own sources.
 */
const CAREERS: Record<string, CareerRow[]> = {
  // Stated, 2021.
  'person:ws1': [
    ['x', 'ws1:x', '2018', '2021-03', 'stated', ['source:ws-2021']],
    ['y', 'ws1:y', '2021-04', null, 'stated', ['source:ws-2021']],
  ],
  // Stated, 2024, out of the division X2: rolled up to X along the PART_OF fact.
  'person:ws2': [
    ['x2', 'ws2:x2', '2019', '2024-02', 'stated', ['source:ws-2024']],
    ['y', 'ws2:y', '2024-03', null, 'stated', ['source:ws-2024-join']],
  ],
  // Implied (the stint joined only implied), 2022.
  'person:ws3': [
    ['x', 'ws3:x', '2019', '2022-05', 'stated', ['source:ws-2022']],
    ['y', 'ws3:y', '2022-06', null, 'implied', ['source:ws-2022-implied']],
  ],
  // Implied, 2024, out of X itself.
  'person:ws4': [
    ['x', 'ws4:x', '2020', '2024-07', 'stated', ['source:ws-2024-x']],
    ['y', 'ws4:y', '2024-08', null, 'implied', ['source:ws-2024-implied']],
  ],
  // Two stated moves X → Y, in 2019 and in 2023, each cited by its own source: one person, two dates.
  'person:ws5': [
    ['x', 'ws5:x1', '2015', '2019-01', 'stated', ['source:ws-2019']],
    ['y', 'ws5:y1', '2019-02', '2020-12', 'stated', ['source:ws-2019']],
    ['x', 'ws5:x2', '2021-01', '2023-05', 'stated', ['source:ws-2023']],
    ['y', 'ws5:y2', '2023-06', null, 'stated', ['source:ws-2023']],
  ],
};
const XY = 'flow:org:ws-x->org:ws-y';
const X2Y = 'flow:org:ws-x2->org:ws-y';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

async function flows(url: string) {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return FlowsResponseSchema.parse(res.body);
}

/** One flow's cited sources as the answer gives them (sorted), with whether they are all time's; its edge agrees. */
async function cited(url: string, id = XY) {
  const body = await flows(url);
  const flow = body.flows.find((f) => f.id === id);
  if (!flow) return null;
  const edge = body.graph.edges.find((e) => e.id === id)!;
  expect(edge.properties.statedSources).toEqual(flow.statedSources);
  expect(edge.properties.impliedSources).toEqual(flow.impliedSources);
  expect(edge.properties.sources).toEqual(flow.sources);
  expect(edge.properties.sourcesAllTime ?? false).toBe(flow.sourcesAllTime);
  return {
    stated: [...(flow.statedSources ?? [])].sort(),
    implied: [...(flow.impliedSources ?? [])].sort(),
    allTime: flow.sourcesAllTime,
  };
}

const ALL_STATED = [
  'source:ws-2019',
  'source:ws-2021',
  'source:ws-2023',
  'source:ws-2024',
  'source:ws-2024-join',
  'source:ws-part-of',
];
const ALL_IMPLIED = [
  'source:ws-2022',
  'source:ws-2022-implied',
  'source:ws-2024-implied',
  'source:ws-2024-x',
];
/** By division, X → Y's own moves (not the one out of X2). */
const OWN_STATED = ['source:ws-2019', 'source:ws-2021', 'source:ws-2023'];

beforeAll(async () => {
  driver = createTestDriver();
  const { database } = testNeo4j();
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  await writeCareers(driver, database, {
    prefix: 'ws',
    careers: CAREERS,
    partOf: { division: 'x2', parent: 'x', id: 'ws:x2-x', source: 'source:ws-part-of' },
  });
  await recomputeTalentFlows(driver, { database });
  app = createTestApp(driver).app;
});
afterAll(async () => driver?.close());

describe('the sources of a flow in a time window', () => {
  it('cites every move’s sources without a window, and says they are not narrowed by one', async () => {
    expect(await cited('/api/flows')).toEqual({ stated: ALL_STATED, implied: ALL_IMPLIED, allTime: false });
  });

  it('cites only the sources of the moves dated in the window, the stated and the implied part apart', async () => {
    // 2021: the one stated move of that year.
    expect(await cited('/api/flows?since=2021&until=2021-12')).toEqual({
      stated: ['source:ws-2021'],
      implied: [],
      allTime: false,
    });
    // 2022: the implied move alone — both its stints' sources, on the implied part.
    expect(await cited('/api/flows?since=2022&until=2022-12')).toEqual({
      stated: [],
      implied: ['source:ws-2022', 'source:ws-2022-implied'],
      allTime: false,
    });
    // 2024: the move out of the division cites its stints and the PART_OF fact it is rolled up along; the implied
    // move of 2024 its own.
    expect(await cited('/api/flows?since=2024&until=2024-12')).toEqual({
      stated: ['source:ws-2024', 'source:ws-2024-join', 'source:ws-part-of'],
      implied: ['source:ws-2024-implied', 'source:ws-2024-x'],
      allTime: false,
    });
  });

  it('cites, of one person’s two moves, only the one dated in the window', async () => {
    expect(await cited('/api/flows?since=2023&until=2023-12')).toEqual({
      stated: ['source:ws-2023'],
      implied: [],
      allTime: false,
    });
    expect(await cited('/api/flows?until=2019-12')).toEqual({
      stated: ['source:ws-2019'],
      implied: [],
      allTime: false,
    });
  });

  it('cites by division the window’s own moves of an overview flow, and a division flow’s without the PART_OF fact', async () => {
    expect(await cited('/api/flows?divisions=true')).toEqual({
      stated: OWN_STATED,
      implied: ALL_IMPLIED,
      allTime: false,
    });
    expect(await cited('/api/flows?since=2024&until=2024-12&divisions=true')).toEqual({
      stated: [],
      implied: ['source:ws-2024-implied', 'source:ws-2024-x'],
      allTime: false,
    });
    expect(await cited('/api/flows?since=2024&until=2024-12&divisions=true', X2Y)).toEqual({
      stated: ['source:ws-2024', 'source:ws-2024-join'],
      implied: [],
      allTime: false,
    });
    expect(await cited('/api/flows?since=2021&until=2021-12&divisions=true')).toEqual({
      stated: ['source:ws-2021'],
      implied: [],
      allTime: false,
    });
  });

  it('cites the same for the flows the network names by id', async () => {
    const ids = `ids=${encodeURIComponent([XY, X2Y].join(','))}`;
    expect(await cited(`/api/flows?${ids}&since=2024&until=2024-12`)).toEqual({
      stated: ['source:ws-2024', 'source:ws-2024-join', 'source:ws-part-of'],
      implied: ['source:ws-2024-implied', 'source:ws-2024-x'],
      allTime: false,
    });
    expect(await cited(`/api/flows?${ids}&since=2024&until=2024-12`, X2Y)).toEqual({
      stated: ['source:ws-2024', 'source:ws-2024-join'],
      implied: [],
      allTime: false,
    });
    expect(await cited(`/api/flows?${ids}&since=2021&until=2021-12`)).toEqual({
      stated: ['source:ws-2021'],
      implied: [],
      allTime: false,
    });
  });

  it('answers the same in every window, each mover’s sources stored alike, when derived one person per batch', async () => {
    // A later batch appends its sources to the flow's lists, and its movers' indices point past the earlier batches'
    // (here ws5's sources come last, at indices above 0): derived one person per transaction, every window cites
    // the same sources, and the same indices are stored beside each mover as in one pass.
    const byIds = `ids=${encodeURIComponent([XY, X2Y].join(','))}&`;
    const windows = [
      '',
      ...['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'].map(
        (y) => `since=${y}&until=${y}-12`,
      ),
    ].flatMap((w) => [w, `${w}&divisions=true`, `${byIds}${w}`]);
    const answers = async () => {
      const all = [];
      for (const w of windows) all.push(await flows(`/api/flows?${w}`));
      return all;
    };
    const stored = () =>
      readRows(
        driver,
        `MATCH ()-[f:TALENT_FLOW]->() RETURN f.id AS id, f.moveSourceRefs AS refs, f.directMoveSourceRefs AS directRefs,
           f.statedSources AS stated, f.impliedSources AS implied, f.directStatedSources AS directStated,
           f.directImpliedSources AS directImplied ORDER BY id`,
      );
    const inOnePass = { answers: await answers(), stored: await stored() };
    expect(JSON.stringify(inOnePass.stored.map((f) => [f.refs, f.directRefs]))).toMatch(/[1-9]/);
    await recomputeTalentFlows(driver, { database: testNeo4j().database, batchPeople: 1 });
    expect(await stored()).toEqual(inOnePass.stored);
    expect(await answers()).toEqual(inOnePass.answers);
  });

  // Last: it changes the flow as an older seed derived it.
  it('cites all time’s sources for a flow derived without each mover’s sources, and says so', async () => {
    await driver.executeQuery(
      `MATCH ()-[f:TALENT_FLOW {id: $id}]->() REMOVE f.moveSourceRefs, f.directMoveSourceRefs`,
      { id: XY },
      { database: testNeo4j().database },
    );
    for (const ids of ['', `ids=${encodeURIComponent(XY)}&`]) {
      // Counted by the window still (one named in 2021), cited by all time, and the answer says so.
      const body = await flows(`/api/flows?${ids}since=2021&until=2021-12`);
      expect(body.flows.find((f) => f.id === XY)).toMatchObject({ count: 1, sourcesAllTime: true });
      expect(await cited(`/api/flows?${ids}since=2021&until=2021-12`)).toEqual({
        stated: ALL_STATED,
        implied: ALL_IMPLIED,
        allTime: true,
      });
      expect(await cited(`/api/flows?${ids}since=2024&until=2024-12&divisions=true`)).toEqual({
        stated: OWN_STATED,
        implied: ALL_IMPLIED,
        allTime: true,
      });
    }
    // Without a window nothing is narrowed, so nothing is said.
    expect(await cited('/api/flows')).toEqual({ stated: ALL_STATED, implied: ALL_IMPLIED, allTime: false });
    // The division flow, derived with them, is still cited by the window.
    expect(await cited('/api/flows?since=2024&until=2024-12&divisions=true', X2Y)).toEqual({
      stated: ['source:ws-2024', 'source:ws-2024-join'],
      implied: [],
      allTime: false,
    });
  });
});
