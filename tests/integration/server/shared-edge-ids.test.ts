// Two relationships that share an `id` property, on a database without our uniqueness constraints (a foreign graph
// that writes ids like ours), against the run's real Neo4j: the graph keeps them apart (the later one gets its
// element-based id), and a Cypher answer's rows and a path's list of edges name each by the graph's id of it, so the
// table and the path point at the edge the canvas holds, not at its namesake. Made-up test data.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CypherFullResponseSchema,
  CypherRefsResponseSchema,
  PathsResponseSchema,
} from '../../../model/api-responses.js';
import { resolveRefRows } from '../../../model/cypher-refs.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf, dropSchema, restoreOurs } from '../../support/foreign-graph.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

const post = (body: Record<string, unknown>) =>
  request(app).post('/api/cypher').set('Accept', 'application/json').send(body);

beforeAll(async () => {
  driver = createTestDriver();
  await resetDatabase(driver);
  await dropSchema(driver);
  await driver.executeQuery(
    `CREATE (:Person {name: 'Ann'})-[:WORKED_AT {id: 'fact:dup', note: 'first'}]->(acme:Company {name: 'Acme'}),
            (:Person {name: 'Bob'})-[:WORKED_AT {id: 'fact:dup', note: 'second'}]->(acme)`,
    {},
    { database: testNeo4j().database },
  );
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('two relationships sharing an id property', () => {
  it('are two edges of the graph, and a Cypher answer’s rows name each by its graph id, in both formats', async () => {
    const query = 'MATCH ()-[r:WORKED_AT]->() RETURN r, r.note AS note ORDER BY note';
    const res = await post({ query });
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    const body = CypherFullResponseSchema.parse(res.body);
    const graphIds = body.graph.edges.map((e) => e.id);
    expect(new Set(graphIds).size).toBe(2);
    const rows = body.rows as { r: { id: string; properties: { note: string } }; note: string }[];
    for (const row of rows) {
      const edge = body.graph.edges.find((e) => e.id === row.r.id);
      expect(edge?.properties.note, row.note).toBe(row.note);
    }
    const refs = CypherRefsResponseSchema.parse((await post({ query, rows: 'refs' })).body);
    expect(resolveRefRows(refs).rows).toEqual(body.rows);
  });

  it('are each named by its graph id in a path’s edges', async () => {
    const [ann, bob] = [
      await apiIdOf(driver, "MATCH (n:Person {name: 'Ann'})"),
      await apiIdOf(driver, "MATCH (n:Person {name: 'Bob'})"),
    ];
    const res = await request(app).get(
      `/api/paths?from=${encodeURIComponent(ann)}&to=${encodeURIComponent(bob)}&all=true`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = PathsResponseSchema.parse(res.body);
    expect(body.paths).toHaveLength(1);
    const [path] = body.paths;
    // Ann → Acme ← Bob: each step is the edge the graph holds between those two nodes.
    const steps = path!.edges.map((id) => body.graph.edges.find((e) => e.id === id));
    expect(steps.map((e) => e?.properties.note)).toEqual(['first', 'second']);
    steps.forEach((e, i) =>
      expect([e!.source, e!.target].sort()).toEqual([path!.nodes[i], path!.nodes[i + 1]].sort()),
    );
  });
});
