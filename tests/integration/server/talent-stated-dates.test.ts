// A stated hire or departure on the company dashboard is dated, placed, counted and cited by its stated facts only:
// written by hand for this test, fictional people at two fictional organisations. At Cyan Yards, C4 (from X) is hired
// in 2022 by a stated fact (s1) that a second source (s2) only implies was July, and C5 left in 2022 by a stated fact
// that s2 only implies was May: each is a stated move of 2022 — imprecise by month, as the flows and the timeline date
// it — not a stated July or May bar citing s1. At Ewe Works, E2's one stint is said by s1 to end in 2022-03 (stated)
// and by s2 to end in 2022-05 (implied): one departure, stated, in March, listing both facts and citing s1.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/talent-response.js';
import { openSeededApp } from '../../support/api.js';

const HAND = `
CREATE (cy:Organization {id: 'org:cy', name: 'Cyan Yards'}),
       (x:Organization {id: 'org:cx', name: 'Xeno Crafts'}),
       (ew:Organization {id: 'org:ew', name: 'Ewe Works'}),
       (c4:Person {id: 'person:c4', name: 'Cara Four'}),
       (c5:Person {id: 'person:c5', name: 'Cyril Five'}),
       (e2:Person {id: 'person:e2', name: 'Edda Two'})
CREATE (c4)-[:WORKED_AT {id: 'c4:x', start: '2018', end: '2022', left: true, certainty: 'stated',
                         sources: ['source:s1']}]->(x),
       (c4)-[:WORKED_AT {id: 'c4:y-a', start: '2022', certainty: 'stated', sources: ['source:s1']}]->(cy),
       (c4)-[:WORKED_AT {id: 'c4:y-b', start: '2022-07', certainty: 'implied', sources: ['source:s2']}]->(cy),
       (c5)-[:WORKED_AT {id: 'c5:d-a', start: '2018', end: '2022', left: true, certainty: 'stated',
                         sources: ['source:s1']}]->(cy),
       (c5)-[:WORKED_AT {id: 'c5:d-b', start: '2018', end: '2022-05', left: true, certainty: 'implied',
                         sources: ['source:s2']}]->(cy),
       (e2)-[:WORKED_AT {id: 'e2:w-s', start: '2018', end: '2022-03', left: true, certainty: 'stated',
                         sources: ['source:s1']}]->(ew),
       (e2)-[:WORKED_AT {id: 'e2:w-i', start: '2018', end: '2022-05', left: true, certainty: 'implied',
                         sources: ['source:s2']}]->(ew)`;

describe('a stated hire or departure on the dashboard, by its stated facts', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => d.executeQuery(HAND, {}, { database })));
  });
  afterAll(async () => driver?.close());

  const talent = async (org: string, query: string) => {
    const res = await request(app).get(`/api/orgs/${org}/talent?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TalentResponseSchema.parse(res.body);
  };

  it('counts a stated 2022 hire and departure as imprecise by month, citing the stated source only', async () => {
    const body = await talent('org:cy', 'interval=month&from=2022&to=2022');
    const moves = body.moves.filter((m) => m.kind !== 'hire' || m.person.id === 'person:c4');
    expect(moves.map((m) => [m.person.id, m.kind, m.when, m.certainty, m.placement]).sort()).toEqual([
      ['person:c4', 'hire', '2022', 'stated', 'imprecise'],
      ['person:c5', 'departure', '2022', 'stated', 'imprecise'],
    ]);
    // No month holds either: both are in the imprecise bucket, cited by s1.
    for (const p of body.periods) {
      expect([p.label, p.hires.named], p.label).toEqual([p.label, { stated: 0, implied: 0 }]);
      expect([p.label, p.departures.named], p.label).toEqual([p.label, { stated: 0, implied: 0 }]);
    }
    expect(body.imprecise.hires.named).toEqual({ stated: 1, implied: 0 });
    expect(body.imprecise.hires.cited.named.stated).toEqual(['source:s1']);
    expect(body.imprecise.departures.named).toEqual({ stated: 1, implied: 0 });
    expect(body.imprecise.departures.cited.named.stated).toEqual(['source:s1']);
  });

  it('counts one stint two sources end differently as one stated departure at the stated end, with both facts', async () => {
    const body = await talent('org:ew', 'interval=month&from=2022&to=2022');
    const departures = body.moves.filter((m) => m.kind === 'departure');
    expect(departures.map((m) => [m.when, m.certainty, m.facts.map((f) => f.id).sort()])).toEqual([
      ['2022-03', 'stated', ['e2:w-i', 'e2:w-s']],
    ]);
    const march = body.periods.find((p) => p.label === '2022-03')!;
    expect(march.departures.named).toEqual({ stated: 1, implied: 0 });
    expect(march.departures.cited.named.stated).toEqual(['source:s1']);
    expect(body.periods.filter((p) => p.label !== '2022-03').map((p) => p.departures.named.implied)).toEqual(
      Array(11).fill(0),
    );
    expect(body.cited).toEqual(expect.arrayContaining(['source:s1', 'source:s2']));
  });
});
