// The company dashboard's departures reports on a foreign graph (made-up test data): events and PARTICIPATED_IN facts
// with no ids of ours. TALENT_REPORTS ordered its rows and the chains of a report by those ids, null here, so the order
// was whatever the database gave, and every report was the string "null": the dashboard merged them all into one
// (model/report-merge.ts reportKey). Each report now has its API id (neo4j:<elementId>) and the rows come in its order.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/talent-response.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf } from '../../support/foreign-graph.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

/**
 * Twelve reports of people leaving Bigco, written one after another: their element ids end in 1 … 12, so the order they
 * were written in (and the database's own) is not the order of their ids as text ("…:10" before "…:2").
 */
const FOREIGN = `
CREATE (bigco:Organization {name: 'Bigco'})
WITH bigco
UNWIND range(1, 12) AS i
CREATE (bigco)-[:PARTICIPATED_IN {role: 'from', certainty: 'stated'}]->
       (:Event {kind: 'departures', name: 'Report ' + i, count: i, date: '2023'})`;

describe('departures reports on a foreign graph', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  let bigco = '';

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await driver.executeQuery(FOREIGN, {}, { database: testNeo4j().database });
    ({ app } = createTestApp(driver));
    bigco = await apiIdOf(driver, "MATCH (n:Organization {name: 'Bigco'})");
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('gives each report its API id and lists them in the order of those ids', async () => {
    const res = await request(app).get(`/api/orgs/${encodeURIComponent(bigco)}/talent?from=2019&to=2024`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = TalentResponseSchema.parse(res.body);
    const events = await readRows(
      driver,
      "MATCH (e:Event {kind: 'departures'}) RETURN 'neo4j:' + elementId(e) AS id, e.name AS name",
    );
    const idOf = new Map(events.map((e) => [String(e.name), String(e.id)]));
    // Each report by its own id: twelve, not one "null".
    expect(body.reports.map((r) => [r.name, r.id]).sort()).toEqual(
      [...idOf].map(([name, id]) => [name, id]).sort(),
    );
    // In the order of their ids, the same on every read, whatever order the database finds them in.
    const ids = body.reports.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    // Each fact behind a report by its own id too.
    const facts = body.reports.flatMap((r) => r.facts.map((f) => f.id));
    expect(facts).toHaveLength(12);
    for (const id of facts) expect(id).toMatch(/^neo4j:./);
    expect(new Set(facts).size).toBe(12);
  });
});
