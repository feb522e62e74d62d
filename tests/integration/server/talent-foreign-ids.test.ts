// The company dashboard on a foreign graph (made-up test data, the audit's repro: organisations, people and stints
// with no ids of ours, dated with an Integer year, a Cypher date and a datetime, not our text dates). Its stints were
// "null" (String of a missing id) and its Integer and temporal dates undated, so Ann's 2022 hire at Bigco counted as
// "undated", with no 2023 departure; an id now falls back to neo4j:<elementId> and a date reads as the timeline's.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/talent-response.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf } from '../../support/foreign-graph.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const FOREIGN = `
CREATE (bigco:Organization {name: 'Bigco'}), (smallco:Organization {name: 'Smallco'}),
       (ann:Person {name: 'Ann'}), (cy:Person {name: 'Cy'})
CREATE (ann)-[:WORKED_AT {start: 2022, end: 2023, certainty: 'stated'}]->(bigco),
       (ann)-[:WORKED_AT {start: date('2023-06-01'), certainty: 'stated'}]->(smallco),
       (cy)-[:WORKED_AT {start: datetime('2022-05-04T09:30:00Z'), certainty: 'stated'}]->(bigco)`;

describe('the company dashboard on a foreign graph', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await driver.executeQuery(FOREIGN, {}, { database: testNeo4j().database });
    ({ app } = createTestApp(driver));
    for (const [key, match] of Object.entries({
      bigco: "MATCH (n:Organization {name: 'Bigco'})",
      smallco: "MATCH (n:Organization {name: 'Smallco'})",
      ann: "MATCH (n:Person {name: 'Ann'})",
      cy: "MATCH (n:Person {name: 'Cy'})",
    }))
      ids[key] = await apiIdOf(driver, match);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  const talent = async (query: string) => {
    const res = await request(app).get(`/api/orgs/${encodeURIComponent(ids.bigco!)}/talent?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TalentResponseSchema.parse(res.body);
  };

  it('dates Integer, date and datetime stints and gives each stint, organisation and person an id', async () => {
    const body = await talent('from=2019&to=2024');
    const named = (label: string, kind: 'hires' | 'departures') =>
      body.periods.find((p) => p.label === label)![kind].named;
    expect(named('2022', 'hires')).toEqual({ stated: 2, implied: 0 });
    expect(named('2023', 'departures')).toEqual({ stated: 1, implied: 0 });
    expect(body.undated.hires.named).toEqual({ stated: 0, implied: 0 });
    expect(body.undated.departures.named).toEqual({ stated: 0, implied: 0 });

    const moves = body.moves.map((m) => [m.person.id, m.kind, m.placement, m.period]).sort();
    expect(moves).toEqual(
      [
        [ids.ann, 'departure', 'period', '2023'],
        [ids.ann, 'hire', 'period', '2022'],
        [ids.cy, 'hire', 'period', '2022'],
      ].sort(),
    );
    const departure = body.moves.find((m) => m.kind === 'departure')!;
    expect(departure.counterparts.map((c) => c.org.id)).toEqual([ids.smallco]);
    const facts = body.moves.flatMap((m) => m.facts);
    for (const f of facts) {
      expect(f.id).toMatch(/^neo4j:./);
      expect(f.org).toMatch(/^neo4j:./);
    }
    // Ann's Bigco stint is one fact, the same id in her hire and her departure; her Smallco one and Cy's two others.
    expect(new Set(facts.map((f) => f.id)).size).toBe(3);
    expect(new Set(facts.map((f) => f.org))).toEqual(new Set([ids.bigco, ids.smallco]));
  });
});
