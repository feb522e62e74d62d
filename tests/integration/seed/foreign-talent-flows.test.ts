// A foreign graph's own TALENT_FLOW relationships (a type that shares our derived flows' name, with no `flow:` id of
// ours), against the real Neo4j: a database holding only them is not taken for ours (no derivation after a write, so
// none deleted, and no lock node), and the start-up count of flows derived by older rules leaves them out. On a
// database that holds our facts, TALENT_FLOW is the derived type: a derivation replaces every one. Data: the hand-made fictional careers of tests/fixtures/seed/flows (README there) and
// a two-node foreign graph written here.
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countOutdatedTalentFlows,
  recomputeTalentFlows,
  recomputeTalentFlowsAfterWrite,
  resetGraph,
  seedFiles,
} from '../../../seed/index.js';
import { talentFactsPresent } from '../../../seed/derivation-lock.js';
import { FlowsResponseSchema } from '../../../model/flow-response.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
// Theirs: a team graph's flow between its own nodes, and one drawn by hand between two of our organisations.
const FOREIGN = `
CREATE (:Team {name: 'Red'})-[:TALENT_FLOW {weight: 3, note: 'theirs'}]->(:Team {name: 'Blue'})`;
const FOREIGN_BETWEEN_OURS = `
MATCH (a:Organization), (b:Organization) WHERE a.id < b.id
WITH a, b ORDER BY a.id, b.id LIMIT 1
CREATE (a)-[:TALENT_FLOW {weight: 1, note: 'drawn by hand'}]->(b)`;

let driver: Driver;
const database = () => testNeo4j().database;
const write = (query: string) => driver.executeQuery(query, {}, { database: database() });
const theirs = async () =>
  (
    await readRows(
      driver,
      'MATCH ()-[f:TALENT_FLOW]->() WHERE f.note IS NOT NULL RETURN f.note AS note, f.weight AS weight ORDER BY note',
    )
  ).map((r) => [r.note, Number(r.weight)]);
const ours = async () =>
  Number(
    (
      await readRows(
        driver,
        "MATCH ()-[f:TALENT_FLOW]->() WHERE f.id STARTS WITH 'flow:' RETURN count(f) AS n",
      )
    )[0]!.n,
  );

/** Our facts and their derived flows, then the foreign flows beside them; returns how many flows are ours. */
async function oursBesideTheirs(): Promise<number> {
  await resetGraph(driver, { database: database() });
  await seedFiles(driver, [FIXTURE], { database: database() });
  const derived = await ours();
  await write(FOREIGN);
  await write(FOREIGN_BETWEEN_OURS);
  return derived;
}

beforeAll(() => {
  driver = createTestDriver();
});
afterAll(async () => driver?.close());

describe('a foreign graph’s own TALENT_FLOW relationships', () => {
  it('do not make a database ours: no derivation after a write, no lock, nothing deleted', async () => {
    await resetGraph(driver, { database: database() });
    await write(FOREIGN);
    expect(await talentFactsPresent(driver, { database: database() })).toBe(false);
    expect(await recomputeTalentFlowsAfterWrite(driver, { database: database() })).toBeNull();
    expect(await theirs()).toEqual([['theirs', 3]]);
    expect(await readRows(driver, 'MATCH (d:TalentFlowDerivation) RETURN d.id AS id')).toEqual([]);
    // Nor are they counted as ours derived by older rules at start-up (server/main.ts).
    expect(await countOutdatedTalentFlows(driver, { database: database() })).toMatchObject({
      undated: 0,
      otherVersion: 0,
      unsplit: 0,
    });
  });

  it('on a database that holds our facts, are replaced by the derivation: none stays to be drawn as a stated flow', async () => {
    // There TALENT_FLOW is the derived type: one written by hand beside our flows would be drawn and followed on
    // paths as a stated flow that no source states.
    const derived = await oursBesideTheirs();
    expect(derived).toBeGreaterThan(1);
    // One transaction (the build fits in a swap batch), then batched deletes and moves (a batch of one flow).
    for (const swapBatch of [10_000, 1]) {
      const total = await recomputeTalentFlows(driver, { database: database(), swapBatch });
      expect(await theirs()).toEqual([]);
      expect(await ours()).toBe(derived);
      expect(total).toBe(derived);
    }
  });

  // A guard: the page of flows asks for ours by id (a hand-drawn one has no counts to rank it by either).
  it('are not listed as talent flows: GET /api/flows answers the flows derived from the facts', async () => {
    await oursBesideTheirs();
    const { app } = createTestApp(driver);
    const res = await request(app).get('/api/flows?divisions=true&limit=500');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const answer = FlowsResponseSchema.parse(res.body);
    expect(answer.flows.length).toBeGreaterThan(0);
    expect(answer.flows.every((f) => f.id.startsWith('flow:'))).toBe(true);
  });
});
