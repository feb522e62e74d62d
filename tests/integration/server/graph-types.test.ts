// Every graph an answer carries keeps its values' Cypher types (real Neo4j): a node's or relationship's `types` map,
// made by the rows' own hint function, says a Float written 3 is a Float, a date written as text a Date, a big
// integer written as digits an Integer — in POST /api/cypher's graph (both formats) and in the graphs of the node,
// neighbours and paths endpoints, which go through the same converter.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CypherResponseSchema,
  NeighborsResponseSchema,
  NodeResponseSchema,
  PathsResponseSchema,
} from '../../../model/api-responses.js';
import type { GraphData } from '../../../model/graph.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

/** What the graph says of the made-up Item's properties (pointers from the property). */
const ITEM_TYPES = {
  '/w': 'Float',
  '/d': 'Date',
  '/n': 'Float',
  '/big': 'Integer',
  '/p': 'Point',
  '/days/0': 'Date',
  '/days/1': 'Date',
};

describe('graphs keep their values’ types', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    // Made-up test data (a foreign graph's): one property of each kind JSON cannot show, on a node and on a
    // relationship, and a plain string and integer that need no hint.
    await driver.executeQuery(
      `CREATE (:Item {name: 'probe', count: 2, w: 3.0, d: date('2024-01-01'), n: -0.0, big: 9007199254740993,
                      p: point({x: 1, y: 2}), days: [date('2024-01-01'), date('2024-01-02')]})
              -[:NEXT {weight: 1.0, at: localdatetime('2020-01-01T00:00'), note: 'x'}]->
              (:Item {name: 'other'})`,
      {},
      { database: testNeo4j().database },
    );
    ({ app } = createTestApp(driver));
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  const cypher = async (body: object) => {
    const res = await request(app).post('/api/cypher').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return CypherResponseSchema.parse(res.body) as { graph: GraphData };
  };
  const probe = (graph: GraphData) => graph.nodes.find((n) => n.properties.name === 'probe')!;

  it('hints every typed property of a node and a relationship in POST /api/cypher’s graph', async () => {
    const { graph } = await cypher({ query: 'MATCH p = (i:Item)-[:NEXT]->() RETURN p' });
    const item = probe(graph);
    expect(item.properties).toMatchObject({ w: 3, d: '2024-01-01', n: '-0.0', big: '9007199254740993' });
    expect(item.types).toEqual(ITEM_TYPES);
    expect(graph.edges[0]!.types).toEqual({ '/weight': 'Float', '/at': 'LocalDateTime' });
    // A node whose values all show their type in JSON carries no `types` (older answers had none either).
    expect(graph.nodes.find((n) => n.properties.name === 'other')).not.toHaveProperty('types');
  });

  it('hints them in format 2’s graph too (the rows refer to it)', async () => {
    const { graph } = await cypher({ query: 'MATCH (i:Item {name: "probe"}) RETURN i', rows: 'refs' });
    expect(probe(graph).types).toEqual(ITEM_TYPES);
  });

  it('hints them in the graphs of the node, neighbours and paths endpoints', async () => {
    const { graph } = await cypher({ query: 'MATCH (i:Item) RETURN i' });
    const id = probe(graph).id;
    const otherId = graph.nodes.find((n) => n.properties.name === 'other')!.id;
    const get = async (url: string) => {
      const res = await request(app).get(url);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as unknown;
    };
    const node = NodeResponseSchema.parse(await get(`/api/nodes/${encodeURIComponent(id)}`));
    expect(probe(node.graph).types).toEqual(ITEM_TYPES);
    // The answer's own `node`, which the client reads before the graph's copy, is typed alike.
    expect(node.node.types).toEqual(ITEM_TYPES);
    const itsNeighbors = NeighborsResponseSchema.parse(
      await get(`/api/nodes/${encodeURIComponent(id)}/neighbors`),
    );
    expect(itsNeighbors.node.types).toEqual(ITEM_TYPES);
    const near = NeighborsResponseSchema.parse(
      await get(`/api/nodes/${encodeURIComponent(otherId)}/neighbors`),
    );
    expect(probe(near.graph).types).toEqual(ITEM_TYPES);
    expect(near.graph.edges[0]!.types).toEqual({ '/weight': 'Float', '/at': 'LocalDateTime' });
    const paths = PathsResponseSchema.parse(
      await get(`/api/paths?from=${encodeURIComponent(id)}&to=${encodeURIComponent(otherId)}`),
    );
    expect(probe(paths.graph).types).toEqual(ITEM_TYPES);
  });
});
