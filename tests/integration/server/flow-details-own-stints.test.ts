// A flow's details list only the stints its moves rest on: over the fictional fixture of tests/fixtures/seed/flows,
// with one stint written by hand for this test — Layla Haddad at Alpha Labs in 2010–2012, years before the stint she
// left for Beta AI in 2022 (no move of Alpha Labs → Beta AI rests on it). GET /api/flows/:id/details and the Cypher
// "Show Cypher" opens must both leave it out, and with it its source.
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowDetailsResponseSchema } from '../../../model/api-responses.js';
import { flowDetailsQuery } from '../../../client/state/details-actions.js';
import { recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const FLOW = 'flow:org:alpha-labs->org:beta-ai';
const EARLY = 'hand:layla-alpha-early';

describe('the details of a talent flow', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => seedFiles(d, [FIXTURE], { database })));
    await driver.executeQuery(
      `MATCH (p:Person {id: 'person:layla-haddad'}), (a:Organization {id: 'org:alpha-labs'})
       CREATE (p)-[:WORKED_AT {id: $id, start: '2010', end: '2012', certainty: 'stated',
                               sources: ['source:hand-made'], evidence: 'An earlier stint, written by hand'}]->(a)`,
      { id: EARLY },
      { database: testNeo4j().database },
    );
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
  });
  afterAll(async () => driver?.close());

  it('lists the stints its moves rest on, not an earlier stint of a mover at one of its ends', async () => {
    const res = await request(app).get(
      `/api/flows/${encodeURIComponent(FLOW)}/details?people=person:layla-haddad`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = FlowDetailsResponseSchema.parse(res.body);
    const stints = body.graph.edges.filter((e) => e.type === 'WORKED_AT').map((e) => e.id);
    expect(stints.sort()).toEqual(['fact:layla-alpha', 'fact:layla-beta']);
    expect(body.sources.map((s) => s.id)).not.toContain('source:hand-made');
  });

  it('opens the same facts in the Cypher "Show Cypher" gives', async () => {
    const q = flowDetailsQuery(FLOW, 'org:alpha-labs', 'org:beta-ai', ['person:layla-haddad']);
    const res = await request(app).post('/api/cypher').send({ query: q.query, params: q.params });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const facts = (res.body.graph.edges as { id: string; type: string }[])
      .filter((e) => e.type === 'WORKED_AT')
      .map((e) => e.id);
    expect([...new Set(facts)].sort()).toEqual(['fact:layla-alpha', 'fact:layla-beta']);
  });
});
