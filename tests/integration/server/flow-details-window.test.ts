// A windowed flow's details quote and cite the moves the window counts only: a made-up career (fictional person and
// organisations, written here) of P Three, Meta 2015–18 → xAI 2018–20 → Meta 2020–22 → xAI from 2022, each stint with
// its own source. GET /api/flows?since=2022&until=2022 counts the 2022 move and cites m2 and x2; the flow's details in
// that window, and the Cypher its "Show Cypher" opens, must list its stints (s3, s4) and cite those sources alone.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema, FlowsResponseSchema } from '../../../model/api-responses.js';
import type { GraphData } from '../../../model/graph.js';
import { flowDetailsPath } from '../../../client/api/api.js';
import { flowDetailsQuery } from '../../../client/state/details-actions.js';
import { recomputeTalentFlows } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';

const GRAPH = `
CREATE (meta:Organization {id:'org:td-meta', name:'Meta', kind:'company'}),
       (xai:Organization {id:'org:td-xai', name:'xAI', kind:'company'}),
       (:Source {id:'source:td-m1', publisher:'M1'}), (:Source {id:'source:td-x1', publisher:'X1'}),
       (:Source {id:'source:td-m2', publisher:'M2'}), (:Source {id:'source:td-x2', publisher:'X2'}),
       (p:Person {id:'person:td-p3', name:'P Three'}),
       (p)-[:WORKED_AT {id:'fact:td-s1', start:'2015', end:'2018', left:true, certainty:'stated', sources:['source:td-m1']}]->(meta),
       (p)-[:WORKED_AT {id:'fact:td-s2', start:'2018', end:'2020', left:true, certainty:'stated', sources:['source:td-x1']}]->(xai),
       (p)-[:WORKED_AT {id:'fact:td-s3', start:'2020', end:'2022', left:true, certainty:'stated', sources:['source:td-m2']}]->(meta),
       (p)-[:WORKED_AT {id:'fact:td-s4', start:'2022', certainty:'stated', sources:['source:td-x2']}]->(xai)`;
const FLOW = 'flow:org:td-meta->org:td-xai';
const PEOPLE = ['person:td-p3'];

const stintsOf = (g: GraphData) =>
  g.edges
    .filter((e) => e.type === 'WORKED_AT')
    .map((e) => e.id)
    .sort();

describe('a windowed talent flow’s details', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(GRAPH, {}, { database });
      await recomputeTalentFlows(d, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function details(window: { since?: string; until?: string }) {
    const res = await request(app).get(flowDetailsPath(FLOW, PEOPLE, false, undefined, window));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return FlowDetailsResponseSchema.parse(res.body);
  }

  it('lists the stints and cites the sources of the moves the window counts, as /api/flows cites them', async () => {
    const res = await request(app).get('/api/flows?since=2022&until=2022');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const flow = FlowsResponseSchema.parse(res.body).flows.find((f) => f.id === FLOW)!;
    expect([flow.count, [...flow.sources].sort()]).toEqual([1, ['source:td-m2', 'source:td-x2']]);

    const windowed = await details({ since: '2022', until: '2022' });
    expect(stintsOf(windowed.graph)).toEqual(['fact:td-s3', 'fact:td-s4']);
    expect(windowed.sources.map((s) => s.id).sort()).toEqual([...flow.sources].sort());
    // The earlier move alone in its window; every move without one.
    expect(stintsOf((await details({ until: '2018' })).graph)).toEqual(['fact:td-s1', 'fact:td-s2']);
    expect(stintsOf((await details({})).graph)).toEqual([
      'fact:td-s1',
      'fact:td-s2',
      'fact:td-s3',
      'fact:td-s4',
    ]);
  });

  it('opens the same stints in the Cypher "Show Cypher" gives', async () => {
    for (const window of [{}, { since: '2022', until: '2022' }, { until: '2018' }]) {
      const q = flowDetailsQuery(FLOW, 'org:td-meta', 'org:td-xai', PEOPLE, false, null, window);
      const shown = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
      expect(shown.status, JSON.stringify(shown.body)).toBe(200);
      expect(stintsOf(shown.body.graph as GraphData), JSON.stringify(window)).toEqual(
        stintsOf((await details(window)).graph),
      );
    }
  });

  it('refuses a reversed window, as /api/flows does', async () => {
    const res = await request(app).get(
      flowDetailsPath(FLOW, PEOPLE, false, undefined, { since: '2023', until: '2022' }),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('since');
  });
});
