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

/**
 * person id → its stints [organisation, stint id, start, end, how: 'left' (ended, no date) or 'implied' (only implied
 * by its source)]; an organisation's id is `org:<name>`.
 */
const CAREERS: Record<string, [string, string, string | null, string | null, ('left' | 'implied')?][]> = {
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
  // M2 is a division of M: one left it for N in 2021, another left M itself for N in 2022.
  'person:w8': [
    ['m2', 'w8:m2', '2018', '2021-02'],
    ['n', 'w8:n', '2021-03', null],
  ],
  'person:w9': [
    ['m', 'w9:m', '2018', '2021-12'],
    ['n', 'w9:n', '2022-01', null],
  ],
  // A move dated at a year's precision: it lies in a window from June of that year.
  'person:w10': [
    ['p', 'w10:p', '2019', '2022'],
    ['q', 'w10:q', '2023', null],
  ],
  'person:w11': [
    ['p', 'w11:p', '2019', '2023-01'],
    ['q', 'w11:q', '2023-02', null],
  ],
  // R → S: a move with no date at either end, an implied one of 2022, a stated one of 2021.
  'person:w12': [
    ['r', 'w12:r', '2015', null, 'left'],
    ['s', 'w12:s', null, null],
  ],
  'person:w13': [
    ['r', 'w13:r', '2016', '2022-02'],
    ['s', 'w13:s', '2022-03', null, 'implied'],
  ],
  'person:w14': [
    ['r', 'w14:r', '2017', '2021-06'],
    ['s', 'w14:s', '2021-07', null],
  ],
  // T2 is a division of T: one person left it for U in 2017, came back to T itself in 2019 and left T for U again in
  // 2023 (a move only implied): two moves T → U, the first through the division.
  'person:w15': [
    ['t2', 'w15:t2', '2015', '2017-05'],
    ['u', 'w15:u1', '2017-06', '2019-01'],
    ['t', 'w15:t', '2019-02', '2023-03'],
    ['u', 'w15:u2', '2023-04', null, 'implied'],
  ],
  // V2 is a division of V: one person left it for W in 2012, left V itself for W in 2014 (stated) and again in 2024
  // (only implied) — stated over all time, implied in a window holding only the move of 2024.
  'person:w16': [
    ['v2', 'w16:v2', '2010', '2012-03'],
    ['w', 'w16:w1', '2012-04', '2013-01'],
    ['v', 'w16:v1', '2013-02', '2014-05'],
    ['w', 'w16:w2', '2014-06', '2015-01'],
    ['v', 'w16:v3', '2015-02', '2024-03'],
    ['w', 'w16:w3', '2024-04', null, 'implied'],
  ],
  // AA → BB twice, each move only implied (2017 and 2025): in a window, why only by the move in it.
  'person:w17': [
    ['aa', 'w17:aa1', '2015', '2017-02'],
    ['bb', 'w17:bb1', '2017-03', '2020-01', 'implied'],
    ['aa', 'w17:aa2', '2020-02', '2025-05'],
    ['bb', 'w17:bb2', '2025-06', null, 'implied'],
  ],
  // One move out of Z (stated, ended 2023-01) and its division Z3 (ended 2023-03; placed in Z only by an implied
  // PART_OF) into a stint with no start: stated, whichever of its dates a window holds.
  'person:w18': [
    ['z', 'w18:z', '2019', '2023-01'],
    ['z3', 'w18:z3', '2020', '2023-03'],
    ['zz', 'w18:zz', null, null],
  ],
  // G → H twice (2011 and 2015): one person, two moves, two dates.
  'person:w7': [
    ['g', 'w7:g1', '2010', '2011'],
    ['h', 'w7:h1', '2011-02', '2013'],
    ['g', 'w7:g2', '2013-02', '2015'],
    ['h', 'w7:h2', '2015-03', null],
  ],
};

/**
 * The (fictional) sources some stints cite: each of W16's three moves V → W its own, so a view counting some of them
 * cites only theirs. The other stints cite none.
 */
const STINT_SOURCES: Record<string, string[]> = {
  'w16:v2': ['source:w-2012'],
  'w16:w1': ['source:w-2012', 'source:w-join-2012'],
  'w16:v1': ['source:w-2014'],
  'w16:w2': ['source:w-2014'],
  'w16:v3': ['source:w-2024'],
  'w16:w3': ['source:w-2024'],
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
    rows.map(([org, id, start, end, how]) => ({
      person,
      org: `org:${org}`,
      id,
      start,
      end,
      left: how === 'left' ? true : null,
      certainty: how === 'implied' ? 'implied' : 'stated',
      sources: STINT_SOURCES[id] ?? null,
    })),
  );
  await driver.executeQuery(
    `UNWIND $stints AS s
     MERGE (p:Person {id: s.person}) ON CREATE SET p.name = s.person
     MERGE (o:Organization {id: s.org}) ON CREATE SET o.name = s.org
     CREATE (p)-[:WORKED_AT {id: s.id, start: s.start, end: s.end, left: s.left, certainty: s.certainty,
                             sources: s.sources}]->(o)`,
    { stints },
    { database },
  );
  // Two departures reports a source states (fictional): three left I for J in 2021–2022, others (no number) left K for L
  // in June 2021.
  await driver.executeQuery(
    `MATCH (m:Organization {id: 'org:m'}), (m2:Organization {id: 'org:m2'}),
           (t:Organization {id: 'org:t'}), (t2:Organization {id: 'org:t2'}),
           (v:Organization {id: 'org:v'}), (v2:Organization {id: 'org:v2'})
     CREATE (m2)-[:PART_OF {id: 'w:m2-m', certainty: 'stated'}]->(m), (t2)-[:PART_OF {id: 'w:t2-t', certainty: 'stated'}]->(t),
            (v2)-[:PART_OF {id: 'w:v2-v', certainty: 'stated'}]->(v)
     WITH *
     MATCH (z:Organization {id: 'org:z'}), (z3:Organization {id: 'org:z3'})
     CREATE (z3)-[:PART_OF {id: 'w:z3-z', certainty: 'implied'}]->(z)
     CREATE (i:Organization {id: 'org:i', name: 'org:i'}), (j:Organization {id: 'org:j', name: 'org:j'}),
            (k:Organization {id: 'org:k', name: 'org:k'}), (l:Organization {id: 'org:l', name: 'org:l'})
     CREATE (e1:Event {id: 'event:w-i-j', kind: 'departures', count: 3, since: '2021-01', until: '2022-06'})
     CREATE (e2:Event {id: 'event:w-k-l', kind: 'departures', date: '2021-06'})
     CREATE (i)-[:PARTICIPATED_IN {id: 'w:i-from', role: 'from', certainty: 'stated', sources: ['source:w-report']}]->(e1),
            (j)-[:PARTICIPATED_IN {id: 'w:j-to', role: 'to', certainty: 'stated', sources: ['source:w-report']}]->(e1),
            (k)-[:PARTICIPATED_IN {id: 'w:k-from', role: 'from', certainty: 'stated'}]->(e2),
            (l)-[:PARTICIPATED_IN {id: 'w:l-to', role: 'to', certainty: 'stated'}]->(e2)`,
    {},
    { database },
  );
  await recomputeTalentFlows(driver, { database });
  app = createTestApp(driver).app;
});
afterAll(async () => driver?.close());

describe('talent flows in a time window', () => {
  it('ranks the window’s flows by what lies in it: the page holds the window’s largest flows, not the largest of all time', async () => {
    const all = await flows('/api/flows?limit=1');
    expect(ids(all)).toEqual(['flow:org:a->org:b']);

    // In 2021–2022: the report of three (I → J), M → N's two moves, R → S's two, C → D's one, K → L's report with no
    // number; A → B (four people over all time) has no move in it.
    const window = await flows('/api/flows?since=2021&until=2022&limit=2');
    expect(ids(window)).toEqual(['flow:org:i->org:j', 'flow:org:m->org:n']);
    expect(window).toMatchObject({ total: 5, more: 3, estimated: false });
    expect(window.flows.map((f) => [f.count, f.reportedCount, f.atLeast])).toEqual([
      [0, 3, 3],
      [2, null, 2],
    ]);
    const rest = await flows('/api/flows?since=2021&until=2022');
    expect(ids(rest)).toEqual([
      'flow:org:i->org:j',
      'flow:org:m->org:n',
      'flow:org:r->org:s',
      'flow:org:c->org:d',
      'flow:org:k->org:l',
    ]);
    expect(rest).toMatchObject({ total: 5, more: 0 });
  });

  it('lists a page of the people who moved in the window, counting them all, with their certainty', async () => {
    const page = async (offset: number) =>
      (await flows(`/api/flows?since=2021&until=2022&peopleLimit=1&peopleOffset=${offset}`)).flows.find(
        (f) => f.id === 'flow:org:r->org:s',
      )!;
    const first = await page(0);
    // Two moved in the window, one of them only by implied facts; the third has no dated move.
    expect(first).toMatchObject({
      count: 2,
      peopleTotal: 2,
      undated: 1,
      byCertainty: { stated: 1, implied: 1 },
    });
    expect(first.people.map((p) => [p.id, p.when, p.certainty, p.impliedBy])).toEqual([
      ['person:w13', '2022-03', 'implied', ['w13:s']],
    ]);
    const second = await page(1);
    expect(second).toMatchObject({ count: 2, peopleTotal: 2, byCertainty: { stated: 1, implied: 1 } });
    expect(second.people.map((p) => [p.id, p.when, p.certainty])).toEqual([
      ['person:w14', '2021-07', 'stated'],
    ]);
    expect((await page(2)).people).toEqual([]);
  });

  it('counts a move dated at a year’s precision in a window that starts within that year', async () => {
    // P → Q: moves of '2023' and '2023-02'; a window from 2023-06 holds the first.
    const body = await flows('/api/flows?since=2023-06&until=2023-12');
    expect(ids(body)).toEqual(['flow:org:p->org:q']);
    expect(body.flows[0]).toMatchObject({ count: 1, peopleTotal: 1 });
    expect(body.flows[0]!.people.map((p) => [p.id, p.when])).toEqual([['person:w10', '2023']]);
  });

  it('counts each move once at the most specific level when divisions are shown', async () => {
    const overview = await flows('/api/flows?since=2021&until=2022');
    expect(overview.flows.find((f) => f.id === 'flow:org:m->org:n')).toMatchObject({ count: 2 });
    const byDivision = await flows('/api/flows?since=2021&until=2022&divisions=true');
    const count = (id: string) => byDivision.flows.find((f) => f.id === id)?.count;
    expect(count('flow:org:m->org:n')).toBe(1);
    expect(count('flow:org:m2->org:n')).toBe(1);
    expect(byDivision.flows.find((f) => f.id === 'flow:org:m->org:n')!.people.map((p) => p.id)).toEqual([
      'person:w9',
    ]);
    expect(byDivision).toMatchObject({ total: 6, estimated: false });
  });

  it('counts a later move between the ends themselves of someone who first moved through a division', async () => {
    const tu = 'flow:org:t->org:u';
    const flowOf = (body: Awaited<ReturnType<typeof flows>>, id: string) =>
      body.flows.find((f) => f.id === id);
    // The overview: one person, stated (the move of 2017 is), dated by the earliest move.
    expect(flowOf(await flows('/api/flows'), tu)).toMatchObject({
      count: 1,
      byCertainty: { stated: 1, implied: 0 },
      people: [{ id: 'person:w15', when: '2017-06', certainty: 'stated' }],
    });
    // By division: the 2017 move at T2 → U, the 2023 one at T → U — each once, each with its own date and certainty.
    const byDivision = await flows('/api/flows?divisions=true');
    expect(flowOf(byDivision, 'flow:org:t2->org:u')).toMatchObject({
      count: 1,
      people: [{ id: 'person:w15', when: '2017-06', certainty: 'stated' }],
    });
    expect(flowOf(byDivision, tu)).toMatchObject({
      count: 1,
      certainty: 'implied',
      byCertainty: { stated: 0, implied: 1 },
      people: [{ id: 'person:w15', when: '2023-04', certainty: 'implied', impliedBy: ['w15:u2'] }],
    });
    // In 2023, by division: the move of 2023 is counted at T → U (it was counted nowhere), the one of 2017 nowhere.
    const in2023 = await flows('/api/flows?since=2023&until=2023-12&divisions=true');
    expect(flowOf(in2023, tu)).toMatchObject({
      count: 1,
      byCertainty: { stated: 0, implied: 1 },
      people: [{ id: 'person:w15', when: '2023-04' }],
    });
    expect(ids(in2023)).not.toContain('flow:org:t2->org:u');
    const in2017 = await flows('/api/flows?since=2017&until=2017-12&divisions=true');
    expect(ids(in2017)).toContain('flow:org:t2->org:u');
    expect(ids(in2017)).not.toContain(tu);
  });

  it('shows a person implied in a window that holds only their implied move, though an earlier move of theirs is stated', async () => {
    const tu = 'flow:org:t->org:u';
    const flowOf = (body: Awaited<ReturnType<typeof flows>>, id: string) =>
      body.flows.find((f) => f.id === id);
    // T → U over all time: stated by the move of 2017 (through T2); in 2023 only the implied move of 2023 is in it.
    expect(flowOf(await flows('/api/flows'), tu)).toMatchObject({
      certainty: 'stated',
      byCertainty: { stated: 1 },
    });
    expect(flowOf(await flows('/api/flows?since=2023&until=2023-12'), tu)).toMatchObject({
      count: 1,
      certainty: 'implied',
      byCertainty: { stated: 0, implied: 1 },
      people: [{ id: 'person:w15', when: '2023-04', certainty: 'implied', impliedBy: ['w15:u2'] }],
    });
    expect(flowOf(await flows('/api/flows?since=2017&until=2017-12'), tu)).toMatchObject({
      certainty: 'stated',
      byCertainty: { stated: 1, implied: 0 },
      people: [{ id: 'person:w15', when: '2017-06', certainty: 'stated', impliedBy: [] }],
    });
    // A window holding a stated and an implied move of the person: stated.
    expect(flowOf(await flows('/api/flows?since=2017&until=2023-12'), tu)).toMatchObject({
      byCertainty: { stated: 1, implied: 0 },
      people: [{ id: 'person:w15', certainty: 'stated', impliedBy: [] }],
    });

    // V → W by division: the moves of 2014 (stated) and 2024 (implied) are the overview flow's own, the 2012 one V2's.
    const vw = 'flow:org:v->org:w';
    const byDivision = await flows('/api/flows?divisions=true');
    expect(flowOf(byDivision, vw)).toMatchObject({
      certainty: 'stated',
      people: [{ id: 'person:w16', when: '2014-06', certainty: 'stated', impliedBy: [] }],
    });
    for (const divisions of [false, true]) {
      const in2024 = await flows(`/api/flows?since=2024&until=2024-12&divisions=${divisions}`);
      expect(flowOf(in2024, vw), `divisions=${divisions}`).toMatchObject({
        count: 1,
        certainty: 'implied',
        byCertainty: { stated: 0, implied: 1 },
        people: [{ id: 'person:w16', when: '2024-04', certainty: 'implied', impliedBy: ['w16:w3'] }],
      });
      const in2014 = await flows(`/api/flows?since=2014&until=2014-12&divisions=${divisions}`);
      expect(flowOf(in2014, vw), `divisions=${divisions}`).toMatchObject({
        certainty: 'stated',
        byCertainty: { stated: 1, implied: 0 },
        people: [{ id: 'person:w16', when: '2014-06', certainty: 'stated', impliedBy: [] }],
      });
    }
    // A person whose moves are all implied: in a window, the facts of the move in it alone.
    const ab = 'flow:org:aa->org:bb';
    expect(flowOf(await flows('/api/flows'), ab)!.people[0]).toMatchObject({
      certainty: 'implied',
      impliedBy: ['w17:bb1', 'w17:bb2'],
    });
    expect(flowOf(await flows('/api/flows?since=2025&until=2025-12'), ab)!.people[0]).toMatchObject({
      when: '2025-06',
      certainty: 'implied',
      impliedBy: ['w17:bb2'],
    });
    // One move out of a parent (stated) and its division (implied): stated in a window holding either date.
    for (const since of ['2023-01', '2023-02']) {
      expect(
        flowOf(await flows(`/api/flows?since=${since}&until=2023-12`), 'flow:org:z->org:zz'),
      ).toMatchObject({
        byCertainty: { stated: 1, implied: 0 },
        people: [{ id: 'person:w18', certainty: 'stated', impliedBy: [] }],
      });
    }

    // The move out of the division in 2012 is stated, whatever came later.
    const in2012 = await flows('/api/flows?since=2012&until=2012-12&divisions=true');
    expect(flowOf(in2012, 'flow:org:v2->org:w')).toMatchObject({ byCertainty: { stated: 1, implied: 0 } });
    expect(ids(in2012)).not.toContain(vw);
  });

  it('spans a flow by the moves the view counts, in a window and by division, on its drawn edge too', async () => {
    const vw = 'flow:org:v->org:w';
    const spanOf = (body: Awaited<ReturnType<typeof flows>>) => {
      const flow = body.flows.find((f) => f.id === vw)!;
      const edge = body.graph.edges.find((e) => e.id === vw)!;
      expect([edge.properties.spanSince, edge.properties.spanUntil]).toEqual([
        flow.span.since,
        flow.span.until,
      ]);
      // The flow's own span stays on the edge (the time slider's dates).
      expect([edge.properties.since, edge.properties.until]).toEqual(['2012-04', '2024-04']);
      return [flow.span.since, flow.span.until];
    };
    // All time, the overview: from the first move (joining W, 2012-04) to the last (2024-04), as the seed spans it.
    expect(spanOf(await flows('/api/flows'))).toEqual(['2012-04', '2024-04']);
    // By division the move of 2012 is V2's: V → W spans its own moves, 2014-06 to 2024-04.
    expect(spanOf(await flows('/api/flows?divisions=true'))).toEqual(['2014-06', '2024-04']);
    expect(spanOf(await flows('/api/flows?since=2024&until=2024-12'))).toEqual(['2024-04', '2024-04']);
    expect(spanOf(await flows('/api/flows?since=2012&until=2014-12'))).toEqual(['2012-04', '2014-06']);
    // P → Q's moves of '2023' and '2023-02': the year may be the later, so it ends the span.
    const pq = (await flows('/api/flows?since=2023&until=2023-12')).flows.find(
      (f) => f.id === 'flow:org:p->org:q',
    );
    expect(pq?.span).toEqual({ since: '2023', until: '2023' });
    // So does the seed's span of the named moves, over all time.
    const pqAll = (await flows('/api/flows')).flows.find((f) => f.id === 'flow:org:p->org:q');
    expect(pqAll?.moveSpan).toEqual({ since: '2023', until: '2023' });
    // A report in the window widens the span: I → J's report of 2021-01 to 2022-06, no named move.
    const ij = (await flows('/api/flows?since=2022&until=2022-12')).flows.find(
      (f) => f.id === 'flow:org:i->org:j',
    );
    expect(ij).toMatchObject({
      span: { since: '2021-01', until: '2022-06' },
      moveSpan: { since: null, until: null },
      reportSpan: { since: '2021-01', until: '2022-06' },
    });
    // The edge carries each part's, for the flow view to date its named and reported parts apart.
    const ijEdge = (await flows('/api/flows?since=2022&until=2022-12')).graph.edges.find(
      (e) => e.id === 'flow:org:i->org:j',
    );
    expect(ijEdge?.properties).toMatchObject({
      moveSpanSince: null,
      moveSpanUntil: null,
      reportSpanSince: '2021-01',
      reportSpanUntil: '2022-06',
    });
  });

  it('cites for each drawn part of a flow the sources behind it, by division an overview flow’s own moves’', async () => {
    const vw = 'flow:org:v->org:w';
    const cited = async (url: string, id = vw) => {
      const body = await flows(url);
      const flow = body.flows.find((f) => f.id === id)!;
      const edge = body.graph.edges.find((e) => e.id === id)!;
      // The drawn edge carries the same: the view's sources, its stated, implied and reported parts'.
      expect(edge.properties.sources).toEqual(flow.sources);
      expect(edge.properties.statedSources).toEqual(flow.statedSources);
      expect(edge.properties.impliedSources).toEqual(flow.impliedSources);
      expect(edge.properties.reportSources).toEqual(flow.reportSources);
      return {
        sources: [...flow.sources].sort(),
        stated: [...(flow.statedSources ?? [])].sort(),
        implied: flow.impliedSources,
        reports: flow.reportSources,
      };
    };
    // All time: the three moves, the one out of the division V2 in 2012 too; only the move of 2024 is implied. W16
    // is counted stated (by the earlier moves), so the implied part is not drawn, and nothing cites its sources —
    // neither the view nor the implied part's own list (a window that draws that part cites them: below).
    const overview = {
      sources: ['source:w-2012', 'source:w-2014', 'source:w-join-2012'],
      stated: ['source:w-2012', 'source:w-2014', 'source:w-join-2012'],
      implied: [],
      reports: [],
    };
    expect(await cited('/api/flows')).toEqual(overview);
    // By division the move of 2012 is V2's: V → W cites its own two moves, V2 → W the other.
    const own = {
      sources: ['source:w-2014'],
      stated: ['source:w-2014'],
      implied: [],
      reports: [],
    };
    expect(await cited('/api/flows?divisions=true')).toEqual(own);
    expect(await cited('/api/flows?divisions=true', 'flow:org:v2->org:w')).toEqual({
      sources: ['source:w-2012', 'source:w-join-2012'],
      stated: ['source:w-2012', 'source:w-join-2012'],
      implied: [],
      reports: [],
    });
    // A window narrows each named part's list to the moves dated in it, keeping the level's split — in 2024 W16
    // moved only by the implied move: the implied part alone, citing that move's sources
    // (tests/integration/server/flows-window-sources.test.ts covers more).
    const in2024 = { sources: ['source:w-2024'], stated: [], implied: ['source:w-2024'], reports: [] };
    expect(await cited('/api/flows?since=2024&until=2024-12')).toEqual(in2024);
    expect(await cited('/api/flows?since=2024&until=2024-12&divisions=true')).toEqual(in2024);
    // In 2014 by the stated one: the stated part alone, citing only that move.
    const in2014 = { sources: ['source:w-2014'], stated: ['source:w-2014'], implied: [], reports: [] };
    expect(await cited('/api/flows?since=2014&until=2014-12')).toEqual(in2014);
    // A flow of a report alone cites the report's sources, and none for named moves.
    expect(await cited('/api/flows', 'flow:org:i->org:j')).toEqual({
      sources: ['source:w-report'],
      stated: [],
      implied: [],
      reports: ['source:w-report'],
    });
  });

  it('dates a move by the stint joined, not by an earlier stint at the same organisation', async () => {
    const body = await flows('/api/flows');
    expect(whenOf(body, 'flow:org:e->org:f', 'person:w6')).toBe('2020-03');
    const in2020 = await flows('/api/flows?since=2020&until=2020-12');
    expect(whenOf(in2020, 'flow:org:e->org:f', 'person:w6')).toBe('2020-03');
  });

  it('dates a move made twice by its earliest date, and in a window by the one in it', async () => {
    expect(whenOf(await flows('/api/flows'), 'flow:org:g->org:h', 'person:w7')).toBe('2011-02');
    const later = await flows('/api/flows?since=2015');
    expect(whenOf(later, 'flow:org:g->org:h', 'person:w7')).toBe('2015-03');
    expect(later.flows.find((f) => f.id === 'flow:org:g->org:h')).toMatchObject({ count: 1 });
    expect(ids(await flows('/api/flows?since=2012&until=2012-12'))).not.toContain('flow:org:g->org:h');
  });

  // Last: it removes a flow's dated moves, as a flow derived by an older seed lacks them.
  it('says its window total is an estimate when a flow was derived without dated moves', async () => {
    await driver.executeQuery(
      "MATCH ()-[f:TALENT_FLOW {id: 'flow:org:a->org:b'}]->() REMOVE f.moveDates",
      {},
      { database: testNeo4j().database },
    );
    // A → B is ranked by its all-time size (its span 2019–2024 overlaps the window): first on the page, then left out
    // as it has no move in the window; it is counted in the total, which is now at most.
    const window = await flows('/api/flows?since=2021&until=2022&limit=2');
    expect(ids(window)).toEqual(['flow:org:i->org:j']);
    expect(window).toMatchObject({ total: 6, more: 4, estimated: true });
    expect((await flows('/api/flows?limit=1')).estimated).toBe(false);
    // Its movers are all read, then dated, counted and paged by the service: three moved in 2019, the second listed.
    const in2019 = await flows('/api/flows?since=2019&until=2019-12&peopleLimit=1&peopleOffset=1');
    expect(in2019.flows.find((f) => f.id === 'flow:org:a->org:b')).toMatchObject({
      count: 3,
      peopleTotal: 3,
      byCertainty: { stated: 3, implied: 0 },
      people: [{ id: 'person:w2', when: '2019-04' }],
    });
  });

  // After the test above: it also changes flows as an older seed derived them.
  it('still counts each person once by division on flows derived before their own moves were listed apart', async () => {
    await driver.executeQuery(
      `MATCH ()-[f:TALENT_FLOW {id: 'flow:org:m->org:n'}]->()
       REMOVE f.directPeople, f.directDates, f.directImpliedPeople, f.directImpliedFacts`,
      {},
      { database: testNeo4j().database },
    );
    const byDivision = await flows('/api/flows?since=2021&until=2022&divisions=true');
    expect(byDivision.flows.find((f) => f.id === 'flow:org:m->org:n')).toMatchObject({
      count: 1,
      people: [{ id: 'person:w9', when: '2022-01' }],
    });
    expect(byDivision.flows.find((f) => f.id === 'flow:org:m2->org:n')).toMatchObject({ count: 1 });
  });

  it('still counts and lists a window’s people on flows derived before each move had its own certainty', async () => {
    await driver.executeQuery(
      `MATCH ()-[f:TALENT_FLOW {id: 'flow:org:v->org:w'}]->()
       REMOVE f.statedDates, f.impliedMovePeople, f.impliedMoveFacts, f.impliedMoveDates, f.directStatedDates,
              f.directImpliedMovePeople, f.directImpliedMoveFacts, f.directImpliedMoveDates`,
      {},
      { database: testNeo4j().database },
    );
    // Such a flow gives a person their certainty over all time: stated (the seed log names these flows).
    for (const divisions of [false, true]) {
      const in2024 = await flows(`/api/flows?since=2024&until=2024-12&divisions=${divisions}`);
      expect(
        in2024.flows.find((f) => f.id === 'flow:org:v->org:w'),
        `divisions=${divisions}`,
      ).toMatchObject({
        count: 1,
        byCertainty: { stated: 1, implied: 0 },
        people: [{ id: 'person:w16', when: '2024-04', certainty: 'stated' }],
      });
    }
  });
});
