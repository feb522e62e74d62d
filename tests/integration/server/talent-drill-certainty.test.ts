// A bar's drill-down names the people its bar counts: written by hand for this test, a fictional organisation, Kappa
// Labs, that hired Nour Fares in January 2023 (stated), lost her in March and hired her back in August (an implied
// hire), and hired Ziad Omar in 2023 (implied). The 2023 bars count Nour once, stated (stated wins), and Ziad implied:
// the implied bar's list must name Ziad alone, the stated bar's Nour alone.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/talent-response.js';
import { openSeededApp } from '../../support/api.js';

const HAND = `
CREATE (k:Organization {id: 'org:kappa-labs', name: 'Kappa Labs'}),
       (l:Organization {id: 'org:lambda-ai', name: 'Lambda AI'}),
       (nour:Person {id: 'person:nour-fares', name: 'Nour Fares'}),
       (ziad:Person {id: 'person:ziad-omar', name: 'Ziad Omar'})
CREATE (nour)-[:WORKED_AT {id: 'hand:nour-kappa-1', start: '2023-01', end: '2023-03', certainty: 'stated',
                           sources: ['source:hand-made']}]->(k),
       (nour)-[:WORKED_AT {id: 'hand:nour-lambda', start: '2023-04', end: '2023-07', certainty: 'stated',
                           sources: ['source:hand-made']}]->(l),
       (nour)-[:WORKED_AT {id: 'hand:nour-kappa-2', start: '2023-08', certainty: 'implied',
                           sources: ['source:hand-made']}]->(k),
       (ziad)-[:WORKED_AT {id: 'hand:ziad-kappa', start: '2023', certainty: 'implied',
                           sources: ['source:hand-made']}]->(k)`;

describe('a dashboard bar’s drill-down by certainty', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => d.executeQuery(HAND, {}, { database })));
  });
  afterAll(async () => driver?.close());

  const talent = async (query: string) => {
    const res = await request(app).get(
      `/api/orgs/org:kappa-labs/talent?from=2023&to=2023&interval=year${query}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TalentResponseSchema.parse(res.body);
  };
  const listed = async (certainty: string) =>
    [
      ...new Set(
        (await talent(`&detail=moves&kind=hire&period=2023&certainty=${certainty}`)).moves.map(
          (m) => m.person.id,
        ),
      ),
    ].sort();

  it('names in each bar’s list the people that bar counts: stated wins a person’s year', async () => {
    const body = await talent('');
    expect(body.periods.map((p) => [p.label, p.hires.named])).toEqual([['2023', { stated: 1, implied: 1 }]]);
    expect(await listed('stated')).toEqual(['person:nour-fares']);
    expect(await listed('implied')).toEqual(['person:ziad-omar']);
  });

  it('lists by counterpart the moves its ranked row counts: Nour’s implied hire from Lambda AI', async () => {
    const body = await talent('&detail=moves&certainty=implied&counterpart=org:lambda-ai');
    const row = body.sources.find((r) => r.org.id === 'org:lambda-ai');
    expect(row?.named).toEqual({ stated: 0, implied: 1 });
    expect(body.moves.map((m) => [m.person.id, m.kind, m.when])).toEqual([
      ['person:nour-fares', 'hire', '2023-08'],
    ]);
  });
});
