// A windowed flow's details say which of its movers moved only by implied facts, and by which, as the window counts
// them — not over all time — and date a move into a stint of unknown start by the latest end among the stints left.
// Made-up careers (fictional people and organisations, written here), Meta → xAI twice each:
//   A: Meta 2015–18 (implied) → xAI 2018–20 → Meta 2020–22 → xAI from 2022, all stated but the first stint: all time
//      A moved by a stated move; in a window of 2018 alone, only by the implied one.
//   B: the same, its first and last stints implied: implied all time by both, in 2022 by the last stint only.
// And tests/support/one-date-graph.ts: Three left FAIR 2024-12 and Meta 2025-02 for xAI (start unknown), one move
// dated 2025-02; Seven the same with Meta's stint implied, a stated move dated by the stated stints, 2024-12.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema, FlowsResponseSchema } from '../../../model/api-responses.js';
import type { GraphData } from '../../../model/graph.js';
import { flowDetailsPath } from '../../../client/api/api.js';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { ONE_DATE_GRAPH } from '../../support/one-date-graph.js';

const GRAPH = `
CREATE (meta:Organization {id:'org:wi-meta', name:'Meta', kind:'company'}),
       (xai:Organization {id:'org:wi-xai', name:'xAI', kind:'company'}),
       (:Source {id:'source:wi-1', publisher:'One'}),
       (a:Person {id:'person:wi-a', name:'A'}), (b:Person {id:'person:wi-b', name:'B'}),
       (a)-[:WORKED_AT {id:'fact:wi-a1', start:'2015', end:'2018', left:true, certainty:'implied', sources:['source:wi-1']}]->(meta),
       (a)-[:WORKED_AT {id:'fact:wi-a2', start:'2018', end:'2020', left:true, certainty:'stated', sources:['source:wi-1']}]->(xai),
       (a)-[:WORKED_AT {id:'fact:wi-a3', start:'2020', end:'2022', left:true, certainty:'stated', sources:['source:wi-1']}]->(meta),
       (a)-[:WORKED_AT {id:'fact:wi-a4', start:'2022', certainty:'stated', sources:['source:wi-1']}]->(xai),
       (b)-[:WORKED_AT {id:'fact:wi-b1', start:'2015', end:'2018', left:true, certainty:'implied', sources:['source:wi-1']}]->(meta),
       (b)-[:WORKED_AT {id:'fact:wi-b2', start:'2018', end:'2020', left:true, certainty:'stated', sources:['source:wi-1']}]->(xai),
       (b)-[:WORKED_AT {id:'fact:wi-b3', start:'2020', end:'2022', left:true, certainty:'stated', sources:['source:wi-1']}]->(meta),
       (b)-[:WORKED_AT {id:'fact:wi-b4', start:'2022', certainty:'implied', sources:['source:wi-1']}]->(xai)`;
const FLOW = 'flow:org:wi-meta->org:wi-xai';
const PEOPLE = ['person:wi-a', 'person:wi-b'];

const stintsOf = (g: GraphData) =>
  g.edges
    .filter((e) => e.type === 'WORKED_AT')
    .map((e) => e.id)
    .sort();

describe('a windowed talent flow’s details: implied moves and one date per move', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(GRAPH, {}, { database });
      await d.executeQuery(ONE_DATE_GRAPH.replace(/^\s*\/\/.*$/gm, ''), {}, { database });
      await recomputeTalentFlows(d, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function details(flow: string, people: string[], window: { since?: string; until?: string }) {
    const res = await request(app).get(flowDetailsPath(flow, people, false, undefined, window));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return FlowDetailsResponseSchema.parse(res.body);
  }
  /** What GET /api/flows says of the flow's people in the window: person → the implied facts behind their move. */
  async function flowsImplied(window: { since?: string; until?: string }): Promise<Record<string, string[]>> {
    const q = new URLSearchParams(window as Record<string, string>).toString();
    const res = await request(app).get(`/api/flows${q ? `?${q}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const flow = FlowsResponseSchema.parse(res.body).flows.find((f) => f.id === FLOW);
    return Object.fromEntries(
      (flow?.people ?? [])
        .filter((p) => p.certainty === 'implied')
        .map((p) => [p.id, [...p.impliedBy].sort()]),
    );
  }
  const sorted = (m: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v].sort()]));

  it('says who moved only by implied facts, and by which, in the window — as /api/flows does', async () => {
    const cases: [{ since?: string; until?: string }, Record<string, string[]>][] = [
      [{}, { 'person:wi-b': ['fact:wi-b1', 'fact:wi-b4'] }],
      [{ until: '2018' }, { 'person:wi-a': ['fact:wi-a1'], 'person:wi-b': ['fact:wi-b1'] }],
      [{ since: '2022', until: '2022' }, { 'person:wi-b': ['fact:wi-b4'] }],
    ];
    for (const [window, implied] of cases) {
      const shown = await details(FLOW, PEOPLE, window);
      expect(sorted(shown.implied), JSON.stringify(window)).toEqual(implied);
      expect(await flowsImplied(window), JSON.stringify(window)).toEqual(implied);
    }
    // A window with no move of the flow: no stint quoted, no one implied.
    const empty = await details(FLOW, PEOPLE, { since: '2019', until: '2021' });
    expect([stintsOf(empty.graph), empty.implied]).toEqual([[], {}]);
  });

  it('counts a move into a stint of unknown start in the window of the latest end left, not another', async () => {
    const three = 'flow:org:od3-meta->org:od3-xai';
    expect(
      stintsOf((await details(three, ['person:od3'], { since: '2025-01', until: '2025-03' })).graph),
    ).toEqual(['fact:od3-fair', 'fact:od3-meta', 'fact:od3-xai']);
    // The FAIR stint ended in 2024-12, but the move is the one into xAI, dated 2025-02.
    expect(
      stintsOf((await details(three, ['person:od3'], { since: '2024-10', until: '2024-12' })).graph),
    ).toEqual([]);
    // A stated move is dated by its stated stints left (FAIR, 2024-12), not by the implied Meta stint's end.
    const seven = 'flow:org:od7-meta->org:od7-xai';
    const inQ4 = await details(seven, ['person:od7'], { since: '2024-10', until: '2024-12' });
    expect(stintsOf(inQ4.graph)).toContain('fact:od7-xai');
    expect(inQ4.implied).toEqual({});
    const inQ1 = await details(seven, ['person:od7'], { since: '2025-01', until: '2025-03' });
    expect([stintsOf(inQ1.graph), inQ1.implied]).toEqual([[], {}]);
  });
});
