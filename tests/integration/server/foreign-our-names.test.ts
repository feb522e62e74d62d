// The API on a foreign graph that uses some of our names for its own things (tests/fixtures/foreign/our-names.cypher:
// Person, WORKED_AT to a Company, REPORTED_BY between a Doc and a Paper, none with a certainty), against the run's
// real Neo4j. Names alone never make a database ours: paths follow the graph's own relationships, and the schema says
// what is in the database, not what our documentation says of the same names. Once the database holds a sourced fact
// of ours (written here through POST /api/cypher), it is ours again, with our rules.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SchemaResponseSchema,
  TimelineResponseSchema,
  type SchemaResponse,
} from '../../../model/api-responses.js';
import { createTestApp } from '../../support/api.js';
import { apiIdOf, loadOurNames, restoreOurs } from '../../support/foreign-graph.js';
import { createTestDriver } from '../../support/neo4j.js';

const WRITE_TOKEN = 'foreign-our-names-token-0123456789';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

interface PathsBody {
  paths: { edges: string[] }[];
  types: string[];
  graph: { edges: { id: string; type: string }[] };
}

const paths = async (from: string, to: string, qs = ''): Promise<PathsBody> => {
  const res = await request(app).get(
    `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&all=true${qs}`,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as PathsBody;
};
/** Each path's relationship types, in walking order. */
const typesOf = (body: PathsBody) =>
  body.paths.map((p) => p.edges.map((e) => body.graph.edges.find((x) => x.id === e)!.type));
const person = (name: string) => apiIdOf(driver, `MATCH (n:Person {name: '${name}'})`);
const schema = async (): Promise<SchemaResponse> => {
  const res = await request(app).get('/api/schema');
  expect(res.status).toBe(200);
  return SchemaResponseSchema.parse(res.body);
};
const write = (query: string) =>
  request(app)
    .post('/api/cypher')
    .set('Authorization', `Bearer ${WRITE_TOKEN}`)
    .send({ query, mode: 'write' })
    .expect(200);

beforeAll(async () => {
  driver = createTestDriver();
  await loadOurNames(driver);
  ({ app } = createTestApp(driver, { ALLOW_WRITE_TOKEN: WRITE_TOKEN }));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('paths on a foreign graph that uses our type names', () => {
  it("follows the graph's own types by default, not only those named like ours", async () => {
    const body = await paths(await person('Ann'), await person('Dan'));
    expect(body.types).toEqual(expect.arrayContaining(['KNOWS', 'WORKED_AT', 'REPORTED_BY']));
    expect(typesOf(body)).toEqual([['KNOWS']]);
  });

  it('steps on a relationship of one of our type names that has no certainty', async () => {
    const body = await paths(await person('Ann'), await person('Bob'), '&types=WORKED_AT');
    expect(typesOf(body)).toEqual([['WORKED_AT', 'WORKED_AT']]);
  });

  it('follows REPORTED_BY between two foreign nodes', async () => {
    const doc = await apiIdOf(driver, 'MATCH (n:Doc)');
    const paper = await apiIdOf(driver, 'MATCH (n:Paper)');
    expect(typesOf(await paths(doc, paper))).toEqual([['REPORTED_BY']]);
  });
});

describe('the schema of a foreign graph that uses our names', () => {
  it("says it holds no sourced facts of ours, and gives the database's own start and end labels", async () => {
    const body = await schema();
    expect(body.sourcedFacts).toBe(false);
    const types = Object.fromEntries(body.relationshipTypes.map((t) => [t.type, t]));
    expect(types.WORKED_AT).toMatchObject({ from: ['Person'], to: ['Company'], count: 2 });
    expect(types.REPORTED_BY).toMatchObject({ from: ['Doc'], to: ['Paper'], count: 1 });
    expect(types.KNOWS).toMatchObject({ from: ['Person'], to: ['Person'], count: 1 });
  });

  it('gives a type or label named like ours none of our descriptions', async () => {
    const body = await schema();
    const worked = body.relationshipTypes.find((t) => t.type === 'WORKED_AT')!;
    expect(worked.description).toBeNull();
    expect(worked.properties.map((p) => [p.key, p.description])).toEqual([['start', null]]);
    const people = body.labels.find((l) => l.label === 'Person')!;
    expect(people.description).toBeNull();
    expect(people.properties.map((p) => [p.key, p.description])).toEqual([['name', null]]);
  });
});

describe('the timeline of a foreign graph that uses our names', () => {
  it('tells its WORKED_AT as the graph’s own relationship, claiming no certainty, not as a fact of ours no source backs', async () => {
    const res = await request(app).get('/api/timeline');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { items } = TimelineResponseSchema.parse(res.body);
    const ann = items.filter((i) => i.kind === 'stint-start');
    expect(ann).toHaveLength(1);
    // Canvas and legend call it no fact of ours (no certainty badge, not hidden by the certainty filter): so does the
    // timeline, by the database's word (sourcedFacts false), not by the type's name.
    expect(ann[0]).toMatchObject({ date: '2019', certainty: null, stintCertainties: [null] });
  });
});

describe('the same database once it holds a sourced fact of ours', () => {
  // Runs last: it writes a stated WORKED_AT between our labels, and deletes it again.
  it('keeps our rules while it does: our fact types only, never a fact no source states', async () => {
    await write(
      "CREATE (:Person {name: 'Eve'})-[:WORKED_AT {certainty: 'stated'}]->(:Organization {name: 'Lab'})",
    );
    const ours = await schema();
    expect(ours.sourcedFacts).toBe(true);
    const worked = ours.relationshipTypes.find((t) => t.type === 'WORKED_AT')!;
    // As documented, and what the database holds beside it.
    expect(worked.from).toEqual(['Person']);
    expect(worked.to).toEqual(['Organization', 'Company']);
    expect(worked.description).not.toBeNull();
    expect(ours.labels.find((l) => l.label === 'Person')!.description).not.toBeNull();
    const ann = await person('Ann');
    expect((await paths(ann, await person('Bob'), '&types=WORKED_AT')).paths).toEqual([]);
    const dan = await paths(ann, await person('Dan'));
    expect(dan.types).not.toContain('KNOWS');
    expect(dan.paths).toEqual([]);

    await write("MATCH (e:Person {name: 'Eve'})-[w:WORKED_AT]->(o:Organization) DELETE w, e, o");
    expect((await schema()).sourcedFacts).toBe(false);
    expect(typesOf(await paths(ann, await person('Dan')))).toEqual([['KNOWS']]);
  });
});
