// A foreign graph whose own relationship types share our derived flows' names (TALENT_FLOW, TALENT_FLOW_REPORTED),
// against the run's real Neo4j: on a database that is not ours they are the graph's own types, so GET /api/paths
// follows them by default and when asked by name (no derived=true: there is nothing derived there), whatever
// certainties the view shows (they claim none of ours, even one holding a partCertainties list), and the path panel's
// Cypher (gallery.ts pathQuery) finds the same paths. The library fixture with two teams written here (test data).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathQuery } from '../../../client/state/gallery.js';
import { derivedTypesOf } from '../../../model/certainty.js';
import { PathsResponseSchema } from '../../../model/api-responses.js';
import type { createTestApp } from '../../support/api.js';
import { apiIdOf, openLibraryApp, restoreOurs } from '../../support/foreign-graph.js';

const TEAMS = `
CREATE (red:Team {name: 'Red'})-[:TALENT_FLOW {count: 2, partCertainties: ['implied']}]->(blue:Team {name: 'Blue'}),
       (blue)-[:TALENT_FLOW_REPORTED {note: 'three left'}]->(:Team {name: 'Green'})`;

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];
let red: string;
let blue: string;
let green: string;

const paths = async (from: string, to: string, qs = '') => {
  const res = await request(app).get(
    `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&all=true${qs}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return PathsResponseSchema.parse(res.body);
};
const typesOf = (body: Awaited<ReturnType<typeof paths>>) =>
  body.paths.map((p) => p.edges.map((e) => body.graph.edges.find((x) => x.id === e)!.type));

beforeAll(async () => {
  ({ driver, app } = await openLibraryApp(TEAMS));
  red = await apiIdOf(driver, "MATCH (n:Team {name: 'Red'})");
  blue = await apiIdOf(driver, "MATCH (n:Team {name: 'Blue'})");
  green = await apiIdOf(driver, "MATCH (n:Team {name: 'Green'})");
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('paths over a foreign graph’s own TALENT_FLOW', () => {
  it('follows it by default, as any type the graph has', async () => {
    const body = await paths(red, green);
    expect(body.types).toContain('TALENT_FLOW');
    expect(body.types).toContain('TALENT_FLOW_REPORTED');
    expect(typesOf(body)).toEqual([['TALENT_FLOW', 'TALENT_FLOW_REPORTED']]);
  });

  it('follows it when asked by name, without derived=true', async () => {
    const body = await paths(red, blue, '&types=TALENT_FLOW');
    expect(body.types).toEqual(['TALENT_FLOW']);
    expect(typesOf(body)).toEqual([['TALENT_FLOW']]);
  });

  it('steps on it whatever certainties are shown: it claims none of ours, its partCertainties list included', async () => {
    for (const certainties of ['stated', 'implied', '']) {
      const body = await paths(
        red,
        green,
        `&types=TALENT_FLOW,TALENT_FLOW_REPORTED&certainties=${certainties}`,
      );
      expect(typesOf(body), certainties).toEqual([['TALENT_FLOW', 'TALENT_FLOW_REPORTED']]);
    }
  });

  it('gives the panel’s Cypher the same paths', async () => {
    for (const qs of ['', '&certainties=stated', '&types=TALENT_FLOW']) {
      const answer = await paths(red, green, qs);
      const q = pathQuery(
        red,
        green,
        answer.maxLength,
        answer.types,
        answer.certainties,
        [],
        derivedTypesOf(false),
      );
      expect(q).not.toBeNull();
      const run = await request(app)
        .post('/api/cypher')
        .send({ query: q!.query, params: q!.params, rows: 'refs' });
      expect(run.status, JSON.stringify(run.body)).toBe(200);
      const rows = run.body.rows as { p: { $path: { edges: string[] } } }[];
      expect(rows.map((r) => r.p.$path.edges).sort(), qs).toEqual(answer.paths.map((p) => p.edges).sort());
    }
  });
});
