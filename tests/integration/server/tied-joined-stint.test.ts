// One stint joined, told by two facts with the same start (one source states it, another implies it): the move into
// it is as certain as the stated chain, whichever fact's id sorts first — in the flows, the careers and the talent
// dashboard alike (model/next-stint-cypher.ts and its twin model/career-moves.ts nextStint break the tie by
// certainty before id). Made-up careers: fictional people, organisations and sources.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';

// Two people with the same career, the ids of the joined stint's two facts swapped: at QX 2018–2022-03 (stated by
// source s1), then at QY from 2022-04, stated by s1 and implied by s2.
const GRAPH = `
CREATE (qx:Organization {id:'org:tie-qx', name:'QX'}), (qy:Organization {id:'org:tie-qy', name:'QY'}),
       (c1:Person {id:'person:tie-c1', name:'C One'}), (c2:Person {id:'person:tie-c2', name:'C Two'}),
       (c1)-[:WORKED_AT {id:'fact:c1:x', start:'2018', end:'2022-03', left:true, certainty:'stated', sources:['source:tie-s1']}]->(qx),
       (c1)-[:WORKED_AT {id:'fact:c1:y-a', start:'2022-04', certainty:'implied', sources:['source:tie-s2']}]->(qy),
       (c1)-[:WORKED_AT {id:'fact:c1:y-b', start:'2022-04', certainty:'stated', sources:['source:tie-s1']}]->(qy),
       (c2)-[:WORKED_AT {id:'fact:c2:x', start:'2018', end:'2022-03', left:true, certainty:'stated', sources:['source:tie-s1']}]->(qx),
       (c2)-[:WORKED_AT {id:'fact:c2:y-a', start:'2022-04', certainty:'stated', sources:['source:tie-s1']}]->(qy),
       (c2)-[:WORKED_AT {id:'fact:c2:y-b', start:'2022-04', certainty:'implied', sources:['source:tie-s2']}]->(qy)`;

describe('a stint joined told by a stated and an implied fact of the same start', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(GRAPH, {}, { database });
      await recomputeTalentFlows(d, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function get<T>(url: string): Promise<T> {
    const res = await request(app).get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as T;
  }

  it('counts both moves stated in the flow, whichever fact id sorts first', async () => {
    const { flows } = await get<{
      flows: {
        id: string;
        count: number;
        byCertainty: { stated: number; implied: number };
        people: { id: string; certainty: string }[];
      }[];
    }>('/api/flows');
    const flow = flows.find((f) => f.id === 'flow:org:tie-qx->org:tie-qy')!;
    expect(flow.count).toBe(2);
    expect(flow.byCertainty).toEqual({ stated: 2, implied: 0 });
    expect(flow.people.map((p) => [p.id, p.certainty]).sort()).toEqual([
      ['person:tie-c1', 'stated'],
      ['person:tie-c2', 'stated'],
    ]);
  });

  it('tells each career the move into the stated fact, stated', async () => {
    for (const [person, joined] of [
      ['person:tie-c1', 'fact:c1:y-b'],
      ['person:tie-c2', 'fact:c2:y-a'],
    ]) {
      const { moves } = await get<{
        moves: { from: string; to: string; toStint: string; when: string | null; certainty: string }[];
      }>(`/api/people/${person}/career`);
      expect(moves.map((m) => [m.from, m.to, m.toStint, m.when, m.certainty])).toEqual([
        ['org:tie-qx', 'org:tie-qy', joined, '2022-04', 'stated'],
      ]);
    }
  });

  it('counts both departures stated on the dashboard', async () => {
    const { destinations } = await get<{
      destinations: { org: { id: string }; named: { stated: number; implied: number } }[];
    }>('/api/orgs/org:tie-qx/talent?interval=year');
    expect(destinations.map((d) => [d.org.id, d.named])).toEqual([['org:tie-qy', { stated: 2, implied: 0 }]]);
  });
});
