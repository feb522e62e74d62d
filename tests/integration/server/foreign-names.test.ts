// The API on a database that is not ours, whose names are those of Object.prototype's members: relationship types
// named constructor, toString, valueOf, hasOwnProperty and __proto__, a Cypher column named __proto__, and map keys
// and node and relationship properties named __proto__. Each is answered as any other name is, against the run's real
// Neo4j, its values keeping their Cypher types.
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
  await driver.executeQuery(
    "CREATE (:Tag {name: 'proto-from', `__proto__`: 7})-[:TAGGED {`__proto__`: 'kept', w: 2}]->(:Tag {name: 'proto-to', `__proto__`: 'text'})",
    {},
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

/**
 * `value`'s own keys and values, by key (a key named __proto__ among them, never its prototype; Neo4j does not keep a
 * map's or an element's keys in the order they were written).
 */
const own = (value: unknown): [string, unknown][] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))
    : [['not a map', value]];

describe('a map key or property named __proto__', () => {
  it('answers a map key __proto__ as a key beside the others, its value keeping its type, in every format', async () => {
    const query =
      "RETURN {`__proto__`: 5, b: 'x'} AS m, {`__proto__`: 'str'} AS s, [{`__proto__`: 1.5}] AS l";
    const plain = await cypher({ query });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    const row = plain.body.rows[0] as Record<string, JsonValue>;
    expect(own(row.m)).toEqual([
      ['__proto__', 5],
      ['b', 'x'],
    ]);
    expect(own(row.s)).toEqual([['__proto__', 'str']]);
    expect(own((row.l as JsonValue[])[0])).toEqual([['__proto__', 1.5]]);
    expect(plain.body.types).toEqual([{ '/l/0/__proto__': 'Float' }]);
    const refs = await cypher({ query, rows: 'refs' });
    expect(refs.status, JSON.stringify(refs.body)).toBe(200);
    const resolved = resolveRefRows(refs.body as RefRows);
    expect(own(resolved.rows[0]!.m)).toEqual(own(row.m));
    expect(own(resolved.rows[0]!.s)).toEqual(own(row.s));
    expect(resolved.types).toEqual(plain.body.types);
    const typed = await request(app).post('/api/cypher').set('Accept', TYPED).send({ query });
    expect(typed.status, typed.text).toBe(200);
    const [m, s] = (JSON.parse(typed.text) as { data: { values: { $type: string; _value: unknown }[][] } })
      .data.values[0]!;
    expect(m!.$type).toBe('Map');
    expect(own(m!._value)).toEqual([
      ['__proto__', { $type: 'Integer', _value: '5' }],
      ['b', { $type: 'String', _value: 'x' }],
    ]);
    expect(own(s!._value)).toEqual([['__proto__', { $type: 'String', _value: 'str' }]]);
  });

  it('keeps a node or relationship property named __proto__ in rows, graph, details and the typed answer', async () => {
    const query = "MATCH (a:Tag {name: 'proto-from'})-[r:TAGGED]->(b:Tag) RETURN a, r, b";
    const [from, to] = [await tagId('proto-from'), await tagId('proto-to')];
    const plain = await cypher({ query });
    expect(plain.status, JSON.stringify(plain.body)).toBe(200);
    const row = plain.body.rows[0] as Record<string, { properties: JsonValue }>;
    expect(own(row.a!.properties)).toEqual([
      ['__proto__', 7],
      ['name', 'proto-from'],
    ]);
    expect(own(row.r!.properties)).toEqual([
      ['__proto__', 'kept'],
      ['w', 2],
    ]);
    expect(own(row.b!.properties)).toEqual([
      ['__proto__', 'text'],
      ['name', 'proto-to'],
    ]);
    const graph = plain.body.graph as GraphData;
    expect(own(graph.nodes.find((n) => n.id === from)!.properties)).toEqual(own(row.a!.properties));
    expect(own(graph.edges[0]!.properties)).toEqual(own(row.r!.properties));
    const refs = await cypher({ query, rows: 'refs' });
    expect(refs.status, JSON.stringify(refs.body)).toBe(200);
    const resolved = resolveRefRows(refs.body as RefRows).rows[0] as typeof row;
    expect(own(resolved.a!.properties)).toEqual(own(row.a!.properties));
    expect(own(resolved.r!.properties)).toEqual(own(row.r!.properties));
    const details = await request(app).get(`/api/nodes/${encodeURIComponent(to)}`);
    expect(details.status, JSON.stringify(details.body)).toBe(200);
    expect(own((details.body as { node: { properties: JsonValue } }).node.properties)).toEqual(
      own(row.b!.properties),
    );
    const typed = await request(app).post('/api/cypher').set('Accept', TYPED).send({ query });
    expect(typed.status, typed.text).toBe(200);
    const [a, r] = (JSON.parse(typed.text) as { data: { values: { _value: { _properties: unknown } }[][] } })
      .data.values[0]!;
    expect(own(a!._value._properties)).toEqual([
      ['__proto__', { $type: 'Integer', _value: '7' }],
      ['name', { $type: 'String', _value: 'proto-from' }],
    ]);
    expect(own(r!._value._properties)).toEqual([
      ['__proto__', { $type: 'String', _value: 'kept' }],
      ['w', { $type: 'Integer', _value: '2' }],
    ]);
  });

  it('sends a parameter or a parameter’s key named __proto__ to Neo4j as it was written', async () => {
    const body =
      '{"query": "RETURN $`__proto__` AS top, $p AS p", "params": {"__proto__": {"x": 1}, "p": {"__proto__": {"$type": "Float", "_value": "2"}, "y": "z"}}}';
    const post = (accept: string) =>
      request(app)
        .post('/api/cypher')
        .set('Accept', accept)
        .set('Content-Type', 'application/json')
        .send(body);
    const plain = await post('application/json');
    expect(plain.status, plain.text).toBe(200);
    const row = plain.body.rows[0] as Record<string, JsonValue>;
    expect(own(row.top)).toEqual([['x', 1]]);
    expect(own(row.p)).toEqual([
      ['__proto__', 2],
      ['y', 'z'],
    ]);
    expect(plain.body.types).toEqual([{ '/p/__proto__': 'Float' }]);
    const typed = await post(TYPED);
    expect(typed.status, typed.text).toBe(200);
    const [top, p] = (JSON.parse(typed.text) as { data: { values: { _value: unknown }[][] } }).data
      .values[0]!;
    expect(own(top!._value)).toEqual([['x', { $type: 'Integer', _value: '1' }]]);
    expect(own(p!._value)).toEqual([
      ['__proto__', { $type: 'Float', _value: '2.0' }],
      ['y', { $type: 'String', _value: 'z' }],
    ]);
  });
});
