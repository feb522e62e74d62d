// GET /api/flows in a time window cites each part by the movers it counts: the implied part cites the implied moves
// of the people counted implied in the window only — not the implied move of a person counted stated by a stated
// move in the same window — and the stated part the stated movers'. The careers and sources are test data, made up
// for this file: P moves X → Y twice in 2024 (stated in February, implied in September), Q once (implied, April);
// R's 2024 move out of the division X2 makes the overview flow list its own moves apart (the view by division).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { ensureSchema, recomputeTalentFlows } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { writeCareers, type CareerRow } from '../../support/careers.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

/** person id → stints [organisation, stint id, start, end, certainty, the source the stint cites]. */
const CAREERS: Record<string, CareerRow[]> = {
  'person:wp-p': [
    ['x', 'wp-p:x1', '2018', '2024-01', 'stated', 'source:wp-p-stated'],
    ['y', 'wp-p:y1', '2024-02', '2024-05', 'stated', 'source:wp-p-stated'],
    ['x', 'wp-p:x2', '2024-06', '2024-08', 'stated', 'source:wp-p-x'],
    ['y', 'wp-p:y2', '2024-09', null, 'implied', 'source:wp-p-implied'],
  ],
  'person:wp-q': [
    ['x', 'wp-q:x', '2019', '2024-03', 'stated', 'source:wp-q-x'],
    ['y', 'wp-q:y', '2024-04', null, 'implied', 'source:wp-q-implied'],
  ],
  'person:wp-r': [
    ['x2', 'wp-r:x2', '2019', '2024-10', 'stated', 'source:wp-r'],
    ['y', 'wp-r:y', '2024-11', null, 'stated', 'source:wp-r'],
  ],
};
const XY = 'flow:org:wp-x->org:wp-y';
const P_STATED = ['source:wp-p-stated'];
const P_IMPLIED = ['source:wp-p-implied', 'source:wp-p-x'];
const Q_IMPLIED = ['source:wp-q-implied', 'source:wp-q-x'];
const R_STATED = ['source:wp-part-of', 'source:wp-r'];

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

/** X → Y as the answer gives it: how many it counts (and how many implied), and its parts' sources, sorted. */
async function xy(query: string) {
  const res = await request(app).get(`/api/flows?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const flow = FlowsResponseSchema.parse(res.body).flows.find((f) => f.id === XY)!;
  return {
    count: flow.count,
    implied: flow.byCertainty.implied,
    stated: [...(flow.statedSources ?? [])].sort(),
    impliedSources: [...(flow.impliedSources ?? [])].sort(),
    allTime: flow.sourcesAllTime,
  };
}

beforeAll(async () => {
  driver = createTestDriver();
  const { database } = testNeo4j();
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  await writeCareers(driver, database, {
    prefix: 'wp',
    careers: CAREERS,
    partOf: { division: 'x2', parent: 'x', id: 'wp:x2-x', source: 'source:wp-part-of' },
  });
  await recomputeTalentFlows(driver, { database });
  app = createTestApp(driver).app;
});
afterAll(async () => driver?.close());

describe('the sources of a time window’s stated and implied parts', () => {
  it('cites on the implied part only the implied movers’ moves, not the implied move of a person counted stated', async () => {
    // 2024: P counted stated (by February's move), Q implied, R stated. P's September move is implied, but P is no
    // implied mover of 2024: the implied part (Q) does not cite it, nor does the stated part.
    expect(await xy('since=2024&until=2024-12')).toEqual({
      count: 3,
      implied: 1,
      stated: [...P_STATED, ...R_STATED].sort(),
      impliedSources: Q_IMPLIED,
      allTime: false,
    });
    // The same for the flow named by id.
    expect(await xy(`ids=${encodeURIComponent(XY)}&since=2024&until=2024-12`)).toMatchObject({
      stated: [...P_STATED, ...R_STATED].sort(),
      impliedSources: Q_IMPLIED,
    });
  });

  it('cites the same by division, of the overview flow’s own moves', async () => {
    expect(await xy('since=2024&until=2024-12&divisions=true')).toEqual({
      count: 2,
      implied: 1,
      stated: P_STATED,
      impliedSources: Q_IMPLIED,
      allTime: false,
    });
  });

  it('cites all time on the implied part only the moves of the people counted implied', async () => {
    // All time P is counted stated (February's move), Q implied: P's implied September move draws no part, so
    // neither the implied part nor the stored flow's impliedSources (which a Cypher view of it cites) name it.
    expect(await xy('')).toEqual({
      count: 3,
      implied: 1,
      stated: [...P_STATED, ...R_STATED].sort(),
      impliedSources: Q_IMPLIED,
      allTime: false,
    });
    expect(await xy('divisions=true')).toMatchObject({ count: 2, implied: 1, impliedSources: Q_IMPLIED });
    const { records } = await driver.executeQuery(
      `MATCH ()-[f:TALENT_FLOW {id: $id}]->() RETURN f.impliedSources AS implied, f.directImpliedSources AS direct`,
      { id: XY },
      { database: testNeo4j().database },
    );
    expect([...records[0]!.get('implied')].sort()).toEqual(Q_IMPLIED);
    expect([...records[0]!.get('direct')].sort()).toEqual(Q_IMPLIED);
  });

  it('cites a person’s implied move where the window counts them implied', async () => {
    // September: P's implied move alone, so P is an implied mover of the window, cited by that move.
    for (const divisions of ['', '&divisions=true']) {
      expect(await xy(`since=2024-09&until=2024-09${divisions}`)).toEqual({
        count: 1,
        implied: 1,
        stated: [],
        impliedSources: P_IMPLIED,
        allTime: false,
      });
    }
    // February to April: P's stated move and Q's implied one.
    expect(await xy('since=2024-02&until=2024-04')).toEqual({
      count: 2,
      implied: 1,
      stated: P_STATED,
      impliedSources: Q_IMPLIED,
      allTime: false,
    });
  });
});
