// The API on a database that is not ours, whose names are those of Object.prototype's members: relationship types
// named constructor, toString, valueOf, hasOwnProperty and __proto__, and a Cypher column named __proto__. Each is
// answered as any other name is, against the run's real Neo4j, its values keeping their Cypher types.
// Data: the foreign library graph (tests/fixtures/foreign/library.cypher) plus made-up :Tag pairs written here.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRefRows, type RefRows } from '../../../model/cypher-refs.js';
import type { GraphData, JsonValue } from '../../../model/graph.js';
import { createTestApp } from '../../support/api.js';
import { loadLibrary, restoreOurs } from '../../support/foreign-graph.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

const TYPED = 'application/vnd.neo4j.query';
/** The names an object literal inherits: looked up in a plain `{}`, each finds something that is not the data's. */
const INHERITED_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

const cypher = (body: Record<string, unknown>) =>
  request(app).post('/api/cypher').set('Accept', 'application/json').send(body);
/** The API id of the one :Tag named `name` (its fallback id: the library is not ours). */
const tagId = async (name: string) => {
  const [row] = await readRows(driver, 'MATCH (n:Tag {name: $name}) RETURN elementId(n) AS eid', { name });
  return `neo4j:${String(row!.eid)}`;
};
/** A row's own value of `column` (never one its prototype gives). */
const cell = (row: Record<string, JsonValue>, column: string) =>
  Object.hasOwn(row, column) ? row[column] : 'missing';

beforeAll(async () => {
  driver = createTestDriver();
  await loadLibrary(driver);
  for (const name of INHERITED_NAMES)
    await driver.executeQuery(
      `CREATE (:Tag {name: $from})-[:\`${name}\` {w: 1, note: $name}]->(:Tag {name: $to})`,
      { from: `from-${name}`, to: `to-${name}`, name },
      { database: testNeo4j().database },
    );
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

describe('relationship types named like an object’s inherited members', () => {
  for (const name of INHERITED_NAMES) {
    it(`returns rows and a graph for a relationship type named ${name}`, async () => {
      const query = `MATCH ()-[r:\`${name}\`]->() RETURN r`;
      const res = await cypher({ query });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const row = res.body.rows[0] as { r: { type: string; properties: Record<string, JsonValue> } };
      expect(row.r.type).toBe(name);
      expect(row.r.properties).toEqual({ w: 1, note: name });
      const graph = res.body.graph as GraphData;
      expect(graph.edges.map((e) => [e.type, e.properties])).toEqual([[name, { w: 1, note: name }]]);
      // Format 2 resolves to exactly format 1's rows.
      const refs = await cypher({ query, rows: 'refs' });
      expect(refs.status, JSON.stringify(refs.body)).toBe(200);
      const resolved = resolveRefRows(refs.body as RefRows);
      expect(resolved.rows).toEqual(res.body.rows);
      expect(resolved.types).toEqual(res.body.types);
    });

    it(`expands and opens a node with a relationship type named ${name}`, async () => {
      const from = await tagId(`from-${name}`);
      const to = await tagId(`to-${name}`);
      const near = await request(app).get(`/api/nodes/${encodeURIComponent(from)}/neighbors`);
      expect(near.status, JSON.stringify(near.body)).toBe(200);
      const graph = near.body.graph as GraphData;
      expect(graph.nodes.map((n) => n.id).sort()).toEqual([from, to].sort());
      expect(graph.edges.map((e) => [e.type, e.source, e.target, e.properties])).toEqual([
        [name, from, to, { w: 1, note: name }],
      ]);
      const details = await request(app).get(`/api/nodes/${encodeURIComponent(to)}`);
      expect(details.status, JSON.stringify(details.body)).toBe(200);
      const facts = (details.body as { facts: { edge: { type: string; properties: unknown } }[] }).facts;
      expect(facts.map((f) => [f.edge.type, f.edge.properties])).toEqual([[name, { w: 1, note: name }]]);
    });
  }
});

describe('a column named __proto__', () => {
  it('answers column __proto__ with its value 1, an Integer, in every format', async () => {
    const query = 'RETURN 1 AS `__proto__`';
    const plain = await cypher({ query });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    expect(plain.body.columns).toEqual(['__proto__']);
    // A number without a type hint is an Integer.
    expect(cell(plain.body.rows[0], '__proto__')).toBe(1);
    expect(plain.body.types).toEqual([{}]);
    const refs = await cypher({ query, rows: 'refs' });
    expect(refs.status, JSON.stringify(refs.body)).toBe(200);
    expect(cell(resolveRefRows(refs.body as RefRows).rows[0]!, '__proto__')).toBe(1);
    const typed = await request(app).post('/api/cypher').set('Accept', TYPED).send({ query });
    expect(typed.status, typed.text).toBe(200);
    expect(JSON.parse(typed.text).data).toEqual({
      fields: ['__proto__'],
      values: [[{ $type: 'Integer', _value: '1' }]],
    });
  });

  it('keeps a node returned as __proto__ beside another column, in the row and in the graph', async () => {
    const query =
      "MATCH (n:Tag {name: 'from-constructor'}), (m:Tag {name: 'to-constructor'}) RETURN n AS `__proto__`, m AS o";
    const [n, m] = [await tagId('from-constructor'), await tagId('to-constructor')];
    const plain = await cypher({ query });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    expect(plain.body.columns).toEqual(['__proto__', 'o']);
    const row = plain.body.rows[0] as Record<string, JsonValue>;
    expect(cell(row, '__proto__')).toEqual({
      id: n,
      labels: ['Tag'],
      properties: { name: 'from-constructor' },
    });
    expect(cell(row, 'o')).toMatchObject({ id: m });
    expect((plain.body.graph as GraphData).nodes.map((x) => x.id).sort()).toEqual([n, m].sort());
    const refs = await cypher({ query, rows: 'refs' });
    expect(refs.status, JSON.stringify(refs.body)).toBe(200);
    const resolved = resolveRefRows(refs.body as RefRows);
    expect(cell(resolved.rows[0]!, '__proto__')).toEqual(cell(row, '__proto__'));
    expect(resolved.rows).toEqual(plain.body.rows);
    expect(resolved.types).toEqual(plain.body.types);
  });
});
