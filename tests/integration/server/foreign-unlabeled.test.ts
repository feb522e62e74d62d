// A foreign graph whose nodes have no label (tests/fixtures/foreign/unlabeled.cypher, the audit's repro), against the
// run's real Neo4j: the schema lists them as the entry `label: null` with their count and gives a relationship type
// between them null start and end labels, and the overview samples them. Both started from db.labels(), so such nodes
// were nowhere: labels [], LINK from [] to [], and an overview of 0 rows. Then beside labelled nodes (a mixed
// database), where the overview sampled only the labelled ones.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRefsResponseSchema, SchemaResponseSchema } from '../../../model/api-responses.js';
import { OVERVIEW_PER_LABEL } from '../../../model/view-queries.js';
import { createTestApp } from '../../support/api.js';
import { loadLibrary, restoreOurs, UNLABELED_SCRIPT } from '../../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../../support/neo4j.js';

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

const schema = async () => {
  const res = await request(app).get('/api/schema');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return SchemaResponseSchema.parse(res.body);
};
const overview = async () => {
  const res = await request(app).post('/api/views/overview').send({ rows: 'refs' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return CypherRefsResponseSchema.parse(res.body);
};
const names = (nodes: { labels: string[]; properties: Record<string, unknown> }[]) =>
  nodes
    .filter((n) => n.labels.length === 0)
    .map((n) => n.properties.name)
    .sort();

beforeAll(async () => {
  driver = createTestDriver();
  await loadLibrary(driver, UNLABELED_SCRIPT);
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('a graph whose nodes have no label', () => {
  it('lists them in the schema as label null with their count, and as the start and end of LINK', async () => {
    const body = await schema();
    expect(body.labels.map((l) => [l.label, l.count])).toEqual([[null, 3]]);
    const unlabeled = body.labels[0]!;
    expect(unlabeled.properties.map((p) => [p.key, p.types, p.mandatory])).toEqual([
      ['name', ['STRING'], true],
    ]);
    expect(body.relationshipTypes.map((t) => [t.type, t.count, t.from, t.to])).toEqual([
      ['LINK', 1, [null], [null]],
    ]);
    expect(body.sourcedFacts).toBe(false);
  });

  it('samples them in the overview, with their relationships', async () => {
    const body = await overview();
    expect(body.rows.length).toBe(3);
    expect(names(body.graph.nodes)).toEqual(['u1', 'u2', 'u3']);
    expect(body.graph.edges.map((e) => e.type)).toEqual(['LINK']);
  });
});

describe('unlabelled nodes beside labelled ones', () => {
  beforeAll(async () => {
    await driver.executeQuery(
      `MATCH (u1 {name: 'u1'})
       CREATE (:Shelf {name: 'left'})-[:HOLDS]->(u1)
       WITH u1 UNWIND range(1, 10) AS i CREATE (:Book {title: 'b' + i}), ({name: 'extra' + i})`,
      {},
      { database: testNeo4j().database },
    );
  });

  it('counts them apart from every label, last, and names them among a type’s end labels', async () => {
    const body = await schema();
    expect(body.labels.map((l) => [l.label, l.count])).toEqual([
      ['Book', 10],
      ['Shelf', 1],
      [null, 13],
    ]);
    const holds = body.relationshipTypes.find((t) => t.type === 'HOLDS')!;
    expect([holds.from, holds.to]).toEqual([['Shelf'], [null]]);
  });

  it('samples up to as many of them as of any label', async () => {
    const body = await overview();
    const books = body.graph.nodes.filter((n) => n.labels.includes('Book'));
    expect(books.length).toBe(OVERVIEW_PER_LABEL);
    expect(names(body.graph.nodes).length).toBeGreaterThanOrEqual(OVERVIEW_PER_LABEL);
    // The sampled unlabelled nodes are rows of their own (a Shelf's neighbour u1 may be drawn besides).
    const sampled = body.rows.filter((r) => {
      const n = body.graph.nodes.find((x) => x.id === (r as { n: { $node: string } }).n.$node);
      return n && n.labels.length === 0;
    });
    expect(sampled.length).toBe(OVERVIEW_PER_LABEL);
  });
});
