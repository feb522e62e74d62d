// One move, one date, everywhere: made-up careers (fictional people and organisations, tests/support/one-date-graph.ts) where the stint
// joined has no start, where stints left end on different dates, and where a stint of unknown start stands between a
// stint left and the next — the flows, the careers and the talent dashboard must agree on which moves there are,
// each one's date and certainty, and cite the sources behind that date (docs/data-model.md "Derived flows").
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { ONE_DATE_GRAPH as GRAPH } from '../../support/one-date-graph.js';
import { testNeo4j } from '../../support/neo4j.js';

interface FlowPerson {
  id: string;
  when?: string | null;
}
interface Flow {
  id: string;
  count: number;
  people: FlowPerson[];
  statedSources: string[];
  impliedSources: string[];
}

describe('one date per move in the flows, careers and dashboard', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(GRAPH.replace(/^\s*\/\/.*$/gm, ''), {}, { database });
      await recomputeTalentFlows(d, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function get<T>(url: string): Promise<T> {
    const res = await request(app).get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as T;
  }
  /** The flows of a window that count `person`: [flow id, the person's date there]. */
  async function flowsOf(person: string, window = ''): Promise<[string, string | null | undefined][]> {
    const { flows } = await get<{ flows: Flow[] }>(`/api/flows${window}`);
    return flows
      .filter((f) => f.people.some((p) => p.id === person))
      .map((f) => [f.id, f.people.find((p) => p.id === person)!.when] as [string, string | null | undefined])
      .sort();
  }
  async function careerOf(person: string) {
    const { moves } = await get<{
      moves: { from: string; to: string; when: string | null; certainty: string; also: string[] }[];
    }>(`/api/people/${person}/career`);
    return moves.map((m) => [m.from, m.to, m.when, m.certainty]);
  }
  /** The periods with departures: [label, stated, implied]. */
  async function departuresAt(org: string, interval: 'year' | 'quarter') {
    const { periods } = await get<{
      periods: { label: string; departures: { named: { stated: number; implied: number } } }[];
    }>(`/api/orgs/${org}/talent?interval=${interval}`);
    return periods
      .filter((p) => p.departures.named.stated + p.departures.named.implied > 0)
      .map((p) => [p.label, p.departures.named.stated, p.departures.named.implied]);
  }

  it('dates a move into a stint of unknown start once, at the latest end among the stints left', async () => {
    const stored = await driver.executeQuery(
      `MATCH (:Organization)-[f:TALENT_FLOW]->(:Organization {id: 'org:od3-xai'}) RETURN f.id AS id, f.moveDates AS d
       ORDER BY id`,
      {},
      { database: testNeo4j().database },
    );
    expect(stored.records.map((r) => [r.get('id'), r.get('d')])).toEqual([
      ['flow:org:od3-fair->org:od3-xai', ['2025-02']],
      ['flow:org:od3-meta->org:od3-xai', ['2025-02']],
    ]);
    expect(await flowsOf('person:od3', '?since=2024-10&until=2024-12')).toEqual([]);
    expect(await flowsOf('person:od3', '?since=2025-01&until=2025-03')).toEqual([
      ['flow:org:od3-meta->org:od3-xai', '2025-02'],
    ]);
    expect(await careerOf('person:od3')).toEqual([['org:od3-fair', 'org:od3-xai', '2025-02', 'stated']]);
    expect(await departuresAt('org:od3-meta', 'quarter')).toEqual([['2025-Q1', 1, 0]]);
  });

  it('dates a stated move by its stated stints and cites the sources behind that date', async () => {
    expect(await flowsOf('person:od7', '?since=2025-01&until=2025-03')).toEqual([]);
    const { flows } = await get<{ flows: Flow[] }>('/api/flows?since=2024-10&until=2024-12');
    const flow = flows.find((f) => f.id === 'flow:org:od7-meta->org:od7-xai')!;
    expect(flow.people.map((p) => [p.id, p.when])).toEqual([['person:od7', '2024-12']]);
    expect([...flow.statedSources].sort()).toEqual(['source:od-a', 'source:od-c']);
    expect(flow.impliedSources).toEqual([]);
    expect(await careerOf('person:od7')).toEqual([['org:od7-fair', 'org:od7-xai', '2024-12', 'stated']]);
    expect(await departuresAt('org:od7-meta', 'quarter')).toEqual([['2024-Q4', 1, 0]]);
  });

  it('makes no move past a stint of unknown start that ended between the stint left and the one joined', async () => {
    expect(await flowsOf('person:od5')).toEqual([['flow:org:od5-google->org:od5-xai', '2022']]);
    expect(await careerOf('person:od5')).toEqual([['org:od5-google', 'org:od5-xai', '2022', 'stated']]);
    const meta = await get<{ destinations: { org: { id: string } }[] }>(
      '/api/orgs/org:od5-meta/talent?interval=year',
    );
    expect(meta.destinations.map((d) => d.org.id)).toEqual([]);
    const xai = await get<{ sources: { org: { id: string }; named: { stated: number; implied: number } }[] }>(
      '/api/orgs/org:od5-xai/talent?interval=year',
    );
    expect(xai.sources.map((s) => [s.org.id, s.named.stated + s.named.implied])).toEqual([
      ['org:od5-google', 1],
    ]);
  });

  it('counts the stints left for one stint joined as one departure', async () => {
    expect(await flowsOf('person:od1')).toEqual([['flow:org:od1-meta->org:od1-xai', '2025-03']]);
    expect(await careerOf('person:od1')).toEqual([['org:od1-meta', 'org:od1-xai', '2025-03', 'stated']]);
    expect(await departuresAt('org:od1-meta', 'year')).toEqual([['2025', 1, 0]]);
    const drill = await get<{ moves: { person: { id: string }; counterparts: { org: { id: string } }[] }[] }>(
      '/api/orgs/org:od1-meta/talent?interval=year&detail=moves&kind=departure',
    );
    expect(drill.moves.map((m) => [m.person.id, m.counterparts.map((c) => c.org.id)])).toEqual([
      ['person:od1', ['org:od1-xai']],
    ]);
  });

  it('counts one stint two sources end differently as one departure', async () => {
    expect(await flowsOf('person:od2')).toEqual([['flow:org:od2-meta->org:od2-xai', '2025-02']]);
    expect(await careerOf('person:od2')).toEqual([['org:od2-meta', 'org:od2-xai', '2025-02', 'stated']]);
    expect(await departuresAt('org:od2-meta', 'year')).toEqual([['2025', 1, 0]]);
  });
});
