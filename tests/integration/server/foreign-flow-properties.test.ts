// A foreign graph's own TALENT_FLOW (a type that shares our derived flows' name, with no `flow:` id of ours) keeps
// every property in the API's graphs: the lists a derived flow leaves out (people, factIds: GET /api/flows answers
// ours) are the foreign relationship's data. Node details, expansion and a Cypher answer's graph, against the run's
// real Neo4j; the library fixture graph (tests/fixtures/foreign/library.cypher) with two teams written here.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../model/graph.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf, openLibraryApp, restoreOurs } from '../../support/foreign-graph.js';

const TEAMS = `
CREATE (:Team {name: 'Red'})-[:TALENT_FLOW {people: ['p1', 'p2'], factIds: ['f1'], count: 2}]->(:Team {name: 'Blue'})`;
const THEIRS = { people: ['p1', 'p2'], factIds: ['f1'], count: 2 };

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];
let red: string;

const flowIn = (graph: GraphData) => graph.edges.find((e) => e.type === 'TALENT_FLOW')?.properties;

beforeAll(async () => {
  ({ driver, app } = await openLibraryApp(TEAMS));
  red = await apiIdOf(driver, "MATCH (n:Team {name: 'Red'})");
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('a foreign TALENT_FLOW in the API’s graphs', () => {
  it('keeps its lists in node details', async () => {
    const res = await request(app).get(`/api/nodes/${encodeURIComponent(red)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(flowIn(res.body.graph as GraphData)).toEqual(THEIRS);
  });

  it('keeps its lists in an expansion', async () => {
    const res = await request(app).get(`/api/nodes/${encodeURIComponent(red)}/neighbors`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(flowIn(res.body.graph as GraphData)).toEqual(THEIRS);
  });

  it('keeps its lists in a Cypher answer’s graph, as in its rows', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH p = (:Team)-[:TALENT_FLOW]->(:Team) RETURN p' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(flowIn(res.body.graph as GraphData)).toEqual(THEIRS);
  });
});
