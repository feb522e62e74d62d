// One stint the sources start differently (implied April, stated May: model/one-join.ts oneJoin) is one join in the
// flows and the careers too, as the dashboard counts the hire and the timeline tells it: the move into it is as sure
// as its surest start, dated by it, cites every fact of the join and is counted once. Two starts one source gives, or
// a promotion, are two stints: the move is into the first. Made-up careers: fictional people, organisations, sources.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';

// Each person was at QX 2018–2022-03 (stated by s1), then at QY from 2022-04 and 2022-05 by two facts, going on:
// j1 implied April (s2), stated May (s1); j2 stated April (s1), implied May (s2); j3 both by s2 (one source, two
// stints); j4 an implied Engineer from April (s2), a stated Director from May (s1) — a promotion.
const stints = (p: string, a: [string, string, string | null], b: [string, string, string | null]) => `
       (${p})-[:WORKED_AT {id:'fact:${p}:x', start:'2018', end:'2022-03', left:true, certainty:'stated', sources:['source:nsj-s1']}]->(qx),
       (${p})-[:WORKED_AT {id:'fact:${p}:apr', start:'2022-04', certainty:'${a[0]}', sources:['${a[1]}']${a[2] ? `, role:'${a[2]}'` : ''}}]->(qy),
       (${p})-[:WORKED_AT {id:'fact:${p}:may', start:'2022-05', certainty:'${b[0]}', sources:['${b[1]}']${b[2] ? `, role:'${b[2]}'` : ''}}]->(qy)`;
const S1 = 'source:nsj-s1';
const S2 = 'source:nsj-s2';
const GRAPH = `
CREATE (qx:Organization {id:'org:nsj-qx', name:'QX'}), (qy:Organization {id:'org:nsj-qy', name:'QY'}),
       (j1:Person {id:'person:nsj-j1', name:'J One'}), (j2:Person {id:'person:nsj-j2', name:'J Two'}),
       (j3:Person {id:'person:nsj-j3', name:'J Three'}), (j4:Person {id:'person:nsj-j4', name:'J Four'}),
       ${stints('j1', ['implied', S2, null], ['stated', S1, null])},
       ${stints('j2', ['stated', S1, null], ['implied', S2, null])},
       ${stints('j3', ['implied', S2, null], ['stated', S2, null])},
       ${stints('j4', ['implied', S2, 'Engineer'], ['stated', S1, 'Director'])}`;

interface Flow {
  id: string;
  count: number;
  moves?: number;
  people: { id: string; certainty: string }[];
}

describe('a move into one stint the sources start on different dates', () => {
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
  async function flow(query = ''): Promise<Flow | undefined> {
    const { flows } = await get<{ flows: Flow[] }>(`/api/flows${query}`);
    return flows.find((f) => f.id === 'flow:org:nsj-qx->org:nsj-qy');
  }
  const people = (f: Flow | undefined) => (f?.people ?? []).map((p) => [p.id, p.certainty]).sort();

  it('draws the flow stated where a stated fact tells the join, implied for two stints', async () => {
    const f = await flow();
    expect(f?.count).toBe(4);
    expect(people(f)).toEqual([
      ['person:nsj-j1', 'stated'],
      ['person:nsj-j2', 'stated'],
      ['person:nsj-j3', 'implied'],
      ['person:nsj-j4', 'implied'],
    ]);
  });

  it('dates each move as the dashboard and the timeline do: by the join’s surest start', async () => {
    expect(people(await flow('?since=2022-04&until=2022-04'))).toEqual([
      ['person:nsj-j2', 'stated'],
      ['person:nsj-j3', 'implied'],
      ['person:nsj-j4', 'implied'],
    ]);
    expect(people(await flow('?since=2022-05&until=2022-05'))).toEqual([['person:nsj-j1', 'stated']]);
  });

  it('tells each career one move, as sure and dated as its join, citing every fact of it', async () => {
    const expected: Record<string, [string, string, string, string[]]> = {
      'person:nsj-j1': ['fact:j1:may', '2022-05', 'stated', ['fact:j1:apr']],
      'person:nsj-j2': ['fact:j2:apr', '2022-04', 'stated', ['fact:j2:may']],
      'person:nsj-j3': ['fact:j3:apr', '2022-04', 'implied', []],
      'person:nsj-j4': ['fact:j4:apr', '2022-04', 'implied', []],
    };
    for (const [person, [toStint, when, certainty, joined]] of Object.entries(expected)) {
      const { moves } = await get<{
        moves: {
          from: string;
          to: string;
          toStint: string;
          joined: string[];
          when: string | null;
          certainty: string;
          evidence: { fact: string }[];
        }[];
      }>(`/api/people/${person}/career`);
      expect(
        moves.map((m) => [m.from, m.to, m.toStint, m.when, m.certainty, m.joined]),
        person,
      ).toEqual([['org:nsj-qx', 'org:nsj-qy', toStint, when, certainty, joined]]);
      for (const fact of joined) expect(moves[0]!.evidence.map((e) => e.fact)).toContain(fact);
    }
  });

  it('agrees with the dashboard, which counts each hire at QY once, as sure and dated alike', async () => {
    const { sources } = await get<{
      sources: { org: { id: string }; named: { stated: number; implied: number } }[];
    }>('/api/orgs/org:nsj-qy/talent?interval=year');
    expect(sources.map((d) => [d.org.id, d.named])).toEqual([['org:nsj-qx', { stated: 2, implied: 2 }]]);
  });

  it('agrees with the dashboard of the organisation left, which counts where each went as sure as the flow', async () => {
    const { destinations } = await get<{
      destinations: { org: { id: string }; named: { stated: number; implied: number } }[];
    }>('/api/orgs/org:nsj-qx/talent?interval=year');
    expect(destinations.map((d) => [d.org.id, d.named])).toEqual([['org:nsj-qy', { stated: 2, implied: 2 }]]);
  });
});
