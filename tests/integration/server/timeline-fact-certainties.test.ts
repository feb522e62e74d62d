// GET /api/timeline says, of every fact a stint item tells, its certainty, its sources and the date it gives the item,
// beside `stints`: a client whose filters hide some of the facts (a source, a fact on the canvas) tells the item by
// the facts it still shows — implied when only an implied fact is left, citing that fact's sources, at that fact's
// date. Over made-up careers (fictional people, organisations and sources, written by hand for this test).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema } from '../../../model/api-responses.js';
import { writeCareers, type CareerRow } from '../../support/careers.js';
import { openSeededApp } from '../../support/api.js';

const CAREERS: Record<string, CareerRow[]> = {
  // At QX, stated; then at QY, one stint two facts tell: one a source only implies (by the day), one another states.
  'person:fc-c1': [
    ['qx', 'fc-c1:x', '2018', '2022-03', 'stated', 'source:fc-s1'],
    ['qy', 'fc-c1:y-a', '2022-04-15', null, 'implied', 'source:fc-s2'],
    ['qy', 'fc-c1:y-b', '2022-04', null, 'stated', 'source:fc-s1'],
  ],
  // One QX stint two sources end differently (implied 2024-12, stated 2025-02), then QY: one leaving.
  'person:fc-c2': [
    ['qx', 'fc-c2:x-a', '2019', '2024-12', 'implied', 'source:fc-s2'],
    ['qx', 'fc-c2:x-b', '2019', '2025-02', 'stated', 'source:fc-s1'],
    ['qy', 'fc-c2:y', '2025-03', null, 'stated', 'source:fc-s1'],
  ],
  // From QX to QY, one stint two facts start on different months: stated April, implied May (both still going).
  'person:fc-c3': [
    ['qx', 'fc-c3:x', '2018', '2022-03', 'stated', 'source:fc-s1'],
    ['qy', 'fc-c3:y-a', '2022-04', null, 'stated', 'source:fc-s1'],
    ['qy', 'fc-c3:y-b', '2022-05', null, 'implied', 'source:fc-s2'],
  ],
  // One QY stint two sources start differently, the earlier start only implied: implied April, stated May.
  'person:fc-c5': [
    ['qy', 'fc-c5:y-a', '2022-04', null, 'implied', 'source:fc-s2'],
    ['qy', 'fc-c5:y-b', '2022-05', null, 'stated', 'source:fc-s1'],
  ],
  // Two roles at QY taken up at different times, each from elsewhere (QX, then QW): two moves, as the career tells.
  'person:fc-c4': [
    ['qx', 'fc-c4:x', '2018', '2022-03', 'stated', 'source:fc-s1'],
    ['qy', 'fc-c4:y-a', '2022-04', null, 'stated', 'source:fc-s1'],
    ['qw', 'fc-c4:w', '2020', '2022-08', 'stated', 'source:fc-s1'],
    ['qy', 'fc-c4:y-b', '2022-09', null, 'implied', 'source:fc-s2'],
  ],
};

describe('the timeline’s facts behind each item', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await writeCareers(d, database, {
        prefix: 'fc',
        careers: CAREERS,
        partOf: { division: 'qz', parent: 'qy', id: 'fc:qz-part-of-qy', source: 'source:fc-s1' },
      });
    }));
  });
  afterAll(async () => driver?.close());

  async function items() {
    const res = await request(app).get('/api/timeline');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TimelineResponseSchema.parse(res.body).items;
  }

  it('gives each fact of a move its certainty, sources and date, in the order of `stints`', async () => {
    const joins = (await items()).find(
      (i) => i.nodes[0] === 'person:fc-c1' && i.kind === 'stint-start' && i.date >= '2022-04',
    )!;
    expect(joins).toMatchObject({
      date: '2022-04',
      certainty: 'stated',
      stints: ['fc-c1:y-b', 'fc-c1:y-a'],
      stintCertainties: ['stated', 'implied'],
      stintSources: [['source:fc-s1'], ['source:fc-s2']],
      stintDates: ['2022-04', '2022-04-15'],
      sources: ['source:fc-s1', 'source:fc-s2'],
    });
  });

  it('gives each stint of a leaving its own end, the item dated by the stated one', async () => {
    const left = (await items()).filter((i) => i.nodes[0] === 'person:fc-c2' && i.kind === 'stint-end');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      date: '2025-02',
      certainty: 'stated',
      stints: ['fc-c2:x-b', 'fc-c2:x-a'],
      stintCertainties: ['stated', 'implied'],
      stintSources: [['source:fc-s1'], ['source:fc-s2']],
      stintDates: ['2025-02', '2024-12'],
    });
  });

  it('tells a join whose facts start on different dates once, as sure as its surest fact, dated by the stated one', async () => {
    const joins = (await items()).filter((i) => i.nodes[0] === 'person:fc-c3' && i.kind === 'stint-start');
    const atQy = joins.filter((i) => i.nodes.includes('org:fc-qy'));
    expect(atQy).toHaveLength(1);
    expect(atQy[0]).toMatchObject({
      date: '2022-04',
      certainty: 'stated',
      nodes: ['person:fc-c3', 'org:fc-qy'],
      stints: ['fc-c3:y-a', 'fc-c3:y-b'],
      stintCertainties: ['stated', 'implied'],
      stintDates: ['2022-04', '2022-05'],
      sources: ['source:fc-s1', 'source:fc-s2'],
    });
  });

  it('tells a join an implied fact starts earlier as the dashboard counts it: one stated hire, dated by the stated fact', async () => {
    const atQy = (await items()).filter((i) => i.nodes[0] === 'person:fc-c5' && i.kind === 'stint-start');
    expect(atQy.map((i) => [i.date, i.certainty, i.stints])).toEqual([
      ['2022-05', 'stated', ['fc-c5:y-b', 'fc-c5:y-a']],
    ]);
    // The dashboard counted the implied April start alone: an implied hire, with a stated source saying May.
    const res = await request(app).get('/api/orgs/org:fc-qy/talent?interval=quarter&detail=moves&kind=hire');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const hires = (
      res.body as { moves: { person: { id: string }; when: string | null; certainty: string }[] }
    ).moves.filter((m) => m.person.id === 'person:fc-c5');
    expect(hires.map((m) => [m.when, m.certainty])).toEqual([['2022-05', 'stated']]);
  });

  it('keeps two roles at one organisation taken up at different times from different places as two joins', async () => {
    const atQy = (await items()).filter(
      (i) => i.nodes[0] === 'person:fc-c4' && i.kind === 'stint-start' && i.nodes.includes('org:fc-qy'),
    );
    expect(atQy.map((i) => [i.date, i.certainty, i.stints])).toEqual([
      ['2022-04', 'stated', ['fc-c4:y-a']],
      ['2022-09', 'implied', ['fc-c4:y-b']],
    ]);
  });

  it('gives an event no facts of a stint', async () => {
    const events = (await items()).filter((i) => i.kind === 'event');
    for (const e of events) expect([e.stintCertainties, e.stintSources, e.stintDates]).toEqual([[], [], []]);
  });
});
