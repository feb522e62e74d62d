// One move two sources date differently on both sides — s1 states T left AX in 2020-02 and joined AY in 2020-03, s2
// implies the same stints ended 2020-05 and began 2020-06 — is one move AX->AY everywhere (model/one-join.ts): the
// career, the flow, the timeline and both dashboards tell it once, stated, at 2020-03 (the departure at 2020-02),
// tracing both sources' facts. U, whose two AX stints one source gives (two stints), keeps two moves. Made-up careers:
// fictional people, organisations and sources.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema } from '../../../model/api-responses.js';
import { TalentResponseSchema } from '../../../model/talent-response.js';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';

const S1 = 'source:omt-s1';
const S2 = 'source:omt-s2';
const stints = (p: string, a2Source: string) => `
       (${p})-[:WORKED_AT {id:'fact:${p}:a1', start:'2015', end:'2020-02', left:true, certainty:'stated', sources:['${S1}']}]->(ax),
       (${p})-[:WORKED_AT {id:'fact:${p}:a2', start:'2015', end:'2020-05', left:true, certainty:'implied', sources:['${a2Source}']}]->(ax),
       (${p})-[:WORKED_AT {id:'fact:${p}:b1', start:'2020-03', role:'Researcher', certainty:'stated', sources:['${S1}']}]->(ay),
       (${p})-[:WORKED_AT {id:'fact:${p}:b2', start:'2020-06', role:'Researcher', certainty:'implied', sources:['${S2}']}]->(ay)`;
const GRAPH = `
CREATE (ax:Organization {id:'org:omt-ax', name:'AX'}), (ay:Organization {id:'org:omt-ay', name:'AY'}),
       (t:Person {id:'person:omt-t', name:'T'}), (u:Person {id:'person:omt-u', name:'U'}),
       ${stints('t', S2)},
       ${stints('u', S1)}`;

describe('one move two sources date differently on both sides', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(GRAPH, {}, { database });
      await recomputeTalentFlows(d, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function get(url: string): Promise<unknown> {
    const res = await request(app).get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  interface Move {
    fromStint: string;
    toStint: string;
    also: { fromStint: string }[];
    joined: string[];
    when: string | null;
    certainty: string;
  }
  const career = async (person: string) =>
    ((await get(`/api/people/${person}/career`)) as { moves: Move[] }).moves.map((m) => [
      m.fromStint,
      m.also.map((a) => a.fromStint),
      m.toStint,
      m.joined,
      m.when,
      m.certainty,
    ]);

  it('tells the career one stated move at 2020-03, both tellings of AX left and of AY joined', async () => {
    expect(await career('person:omt-t')).toEqual([
      ['fact:t:a1', ['fact:t:a2'], 'fact:t:b1', ['fact:t:b2'], '2020-03', 'stated'],
    ]);
  });

  it('keeps two moves where one source gives both AX stints (two stints)', async () => {
    expect((await career('person:omt-u')).map((m) => m[2])).toEqual(['fact:u:b1', 'fact:u:b2']);
  });

  it('draws the flow AX->AY with T once, stated, at 2020-03', async () => {
    const at = async (query: string) => {
      const { flows } = (await get(`/api/flows${query}`)) as {
        flows: { id: string; people: { id: string; certainty: string }[] }[];
      };
      const f = flows.find((x) => x.id === 'flow:org:omt-ax->org:omt-ay');
      return (f?.people ?? []).filter((p) => p.id === 'person:omt-t').map((p) => p.certainty);
    };
    expect(await at('')).toEqual(['stated']);
    expect(await at('?since=2020-03&until=2020-03')).toEqual(['stated']);
    expect(await at('?since=2020-06&until=2020-06')).toEqual([]);
  });

  it('tells the timeline one join of AY, stated, at 2020-03, citing both sources', async () => {
    const body = TimelineResponseSchema.parse(await get('/api/timeline'));
    const joins = body.items.filter(
      (i) =>
        i.nodes[0] === 'person:omt-t' && i.kind === 'stint-start' && i.stints.some((s) => s.includes(':b')),
    );
    expect(joins.map((i) => [i.date, i.certainty, [...i.stints].sort(), [...i.sources].sort()])).toEqual([
      ['2020-03', 'stated', ['fact:t:b1', 'fact:t:b2'], [S1, S2]],
    ]);
  });

  it('counts at AX one stated departure at 2020-02, and at AY one stated hire at 2020-03, with both tellings', async () => {
    const moves = async (org: string, kind: string) => {
      const res = await request(app).get(`/api/orgs/${org}/talent?interval=month&from=2015&to=2021`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return TalentResponseSchema.parse(res.body)
        .moves.filter((m) => m.person.id === 'person:omt-t' && m.kind === kind)
        .map((m) => [m.when, m.certainty, m.facts.map((f) => f.id).sort()]);
    };
    expect(await moves('org:omt-ax', 'departure')).toEqual([
      ['2020-02', 'stated', ['fact:t:a1', 'fact:t:a2', 'fact:t:b1']],
    ]);
    expect(await moves('org:omt-ay', 'hire')).toEqual([
      ['2020-03', 'stated', ['fact:t:a1', 'fact:t:b1', 'fact:t:b2']],
    ]);
  });
});
