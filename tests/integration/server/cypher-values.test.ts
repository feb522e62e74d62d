// POST /api/cypher values against the run's real Neo4j: every Cypher value type round-trips exactly through the
// Query API's typed JSON (read back into driver values and compared with what the driver itself returns); the
// plain JSON writes temporals and durations as Cypher's toString() does and hints the types JSON cannot show;
// an Accept the endpoint cannot give is answered 406.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGraph } from '../../../client/api/graph-json.js';
import { columnType, typedCell } from '../../../client/graph/export-types.js';
import { literalText, scalarText } from '../../../client/state/cypher-values.js';
import { CypherResponseSchema, QueryApiResponseSchema } from '../../../model/api-responses.js';
import { propertyType } from '../../../model/value-types.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';
import { canon, fromTypedJson, type Typed } from '../../support/typed-json.js';

const TYPED = 'application/vnd.neo4j.query';

/** Column → Cypher expression: every value type, with the edges where JSON loses information. */
const VALUES: Record<string, string> = {
  maxInt: '9223372036854775807',
  minInt: '-9223372036854775807 - 1',
  minusMaxInt: '-9223372036854775807',
  beyondDouble: '9007199254740993',
  three: '3',
  threeFloat: '3.0',
  negZero: '-0.0',
  nan: '0.0 / 0.0',
  inf: '1.0 / 0.0',
  negInf: '-1.0 / 0.0',
  tenth: '0.1',
  huge: '1.0e300',
  tiny: '5.0e-324',
  big21: '1.0e21',
  nanString: "'NaN'",
  dateString: "'2025-08-29'",
  arabic: "'ماسك'",
  yes: 'true',
  nothing: 'null',
  date: "date('2025-08-29')",
  oldDate: "date('-0044-03-15')",
  farDate: "date('+12345-01-01')",
  time: "time('12:34:56.789-05:30')",
  timeUtc: "time('12:00Z')",
  localTime: "localtime('00:00:00.123456')",
  localTimeNano: "localtime('23:59:59.000000001')",
  berlin: "datetime('2025-06-17T09:30:00.5[Europe/Berlin]')",
  berlinWinter: "datetime({year: 2025, month: 1, day: 1, timezone: 'Europe/Berlin'})",
  berlin1850: "datetime('1850-01-01T00:00[Europe/Berlin]')",
  offset: "datetime('2025-06-17T09:30:00+02:00')",
  offsetSeconds: "datetime({year: 2025, month: 6, day: 17, timezone: '+05:45:30'})",
  utc: "datetime('2025-06-17T09:30:00Z')",
  localDateTime: "localdatetime('2025-06-17T09:30:00.1')",
  farLocalDateTime: "localdatetime('+12345-01-01T00:00')",
  duration: 'duration({days: 14, hours: 16, minutes: 12})',
  durationNegFraction: 'duration({seconds: -1.5})',
  durationMixed: 'duration({months: -3, days: 2, seconds: -3661.25})',
  durationZero: "duration('PT0S')",
  durationYears: 'duration({years: 1, months: 2})',
  durationNegMonths: 'duration({months: -14})',
  durationNano: 'duration({seconds: -0.000000001})',
  cartesian: 'point({x: 1.5, y: -2.0})',
  cartesian3d: 'point({x: 1.0, y: 2.0, z: 3.25})',
  wgs84: 'point({longitude: 12.5, latitude: 41.9})',
  wgs843d: 'point({longitude: 12.5, latitude: 41.9, height: 100.0})',
  list: "[1, 2.0, 'x', null, [date('2025-01-01'), -0.0]]",
  map: "{a: 1, b: {c: 2.5, d: [localtime('12:00')]}, `odd/key~`: 'k'}",
};

const VALUES_QUERY = `RETURN ${Object.entries(VALUES)
  .map(([k, e]) => `${e} AS \`${k}\``)
  .join(', ')}`;

const GRAPH_QUERY = `MATCH p = (a:ValueProbe {id: 'probe:a'})-[r:PROBES]->(b:ValueProbe {id: 'probe:b'})
  RETURN a, r, p, a.bytes AS bytes, [a, r] AS entities`;

describe('POST /api/cypher values', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    // Test-written probe data: properties of every storable type, bytes only through a driver parameter.
    await driver.executeQuery(
      `CREATE (a:ValueProbe {id: 'probe:a', bytes: $bytes, big: 9223372036854775807, ratio: 3.0,
                 born: date('1971-06-28'), at: datetime('2025-06-17T09:30:00.5[Europe/Berlin]'),
                 where: point({longitude: 12.5, latitude: 41.9}), tags: ['x', 'y']})
              -[:PROBES {weight: 0.5, since: localdatetime('2020-01-01T00:00'), span: duration({days: 1, seconds: -1})}]->
              (:ValueProbe {id: 'probe:b', nan: 0.0 / 0.0})`,
      { bytes: new Int8Array([0, 1, -1, 127, -128, 42]) },
      { database: testNeo4j().database },
    );
    ({ app } = createTestApp(driver));
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  const typed = (query: string, accept = TYPED) =>
    request(app).post('/api/cypher').set('Accept', accept).send({ query });

  /** The typed answer read back into driver values, next to the driver's own values for the same query. */
  async function roundTrip(query: string) {
    const res = await typed(query);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/vnd\.neo4j\.query/);
    // The documented schema (OpenAPI) holds for the real answer.
    const body = QueryApiResponseSchema.parse(JSON.parse(res.text)) as {
      data: { fields: string[]; values: Typed[][] };
      bookmarks: unknown;
    };
    const [expected] = await readRows(driver, query);
    expect(body.data.values).toHaveLength(1);
    const row = body.data.values[0]!;
    return { body, row, expected: expected! };
  }

  it('round-trips every property value type exactly through the typed JSON (compared with the driver’s values)', async () => {
    const { body, row, expected } = await roundTrip(VALUES_QUERY);
    expect(body.data.fields).toEqual(Object.keys(VALUES));
    // A read's answer carries the bookmarks of its transaction too (Neo4j 5: `FB:` + base64).
    expect(body.bookmarks).toEqual([expect.stringMatching(/^FB:[A-Za-z0-9+/=]+$/)]);
    body.data.fields.forEach((field, i) => {
      expect(canon(fromTypedJson(row[i]!)), field).toEqual(canon(expected[field]));
    });
  });

  it('uses the Query API’s $type names and value forms', async () => {
    const { body, row } = await roundTrip(VALUES_QUERY);
    const at = (field: string) => row[body.data.fields.indexOf(field)]!;
    expect(at('maxInt')).toEqual({ $type: 'Integer', _value: '9223372036854775807' });
    expect(at('minInt')).toEqual({ $type: 'Integer', _value: '-9223372036854775808' });
    expect(at('beyondDouble')).toEqual({ $type: 'Integer', _value: '9007199254740993' });
    expect(at('three')).toEqual({ $type: 'Integer', _value: '3' });
    expect(at('threeFloat')).toEqual({ $type: 'Float', _value: '3.0' });
    expect(at('negZero')).toEqual({ $type: 'Float', _value: '-0.0' });
    expect(at('nan')).toEqual({ $type: 'Float', _value: 'NaN' });
    expect(at('inf')).toEqual({ $type: 'Float', _value: 'Infinity' });
    expect(at('negInf')).toEqual({ $type: 'Float', _value: '-Infinity' });
    expect(at('big21')).toEqual({ $type: 'Float', _value: '1.0E21' });
    expect(at('nanString')).toEqual({ $type: 'String', _value: 'NaN' });
    expect(at('nothing')).toEqual({ $type: 'Null', _value: null });
    expect(at('yes')).toEqual({ $type: 'Boolean', _value: true });
    expect(at('date')).toEqual({ $type: 'Date', _value: '2025-08-29' });
    expect(at('time')).toEqual({ $type: 'Time', _value: '12:34:56.789-05:30' });
    expect(at('localTime')).toEqual({ $type: 'LocalTime', _value: '00:00:00.123456' });
    expect(at('berlin')).toEqual({
      $type: 'ZonedDateTime',
      _value: '2025-06-17T09:30:00.5+02:00[Europe/Berlin]',
    });
    expect(at('offset')).toEqual({ $type: 'OffsetDateTime', _value: '2025-06-17T09:30:00+02:00' });
    expect(at('localDateTime')).toEqual({ $type: 'LocalDateTime', _value: '2025-06-17T09:30:00.1' });
    expect(at('duration')).toEqual({ $type: 'Duration', _value: 'P14DT16H12M' });
    expect(at('wgs84')).toEqual({ $type: 'Point', _value: 'SRID=4326;POINT (12.5 41.9)' });
    expect(at('cartesian3d')).toEqual({ $type: 'Point', _value: 'SRID=9157;POINT Z (1.0 2.0 3.25)' });
    expect(at('list')).toMatchObject({ $type: 'List' });
    expect(at('map')).toMatchObject({ $type: 'Map', _value: { a: { $type: 'Integer', _value: '1' } } });
  });

  it('round-trips nodes, relationships, paths and byte arrays with their typed properties', async () => {
    const { body, row, expected } = await roundTrip(GRAPH_QUERY);
    body.data.fields.forEach((field, i) => {
      expect(canon(fromTypedJson(row[i]!)), field).toEqual(canon(expected[field]));
    });
    const node = row[0] as { $type: string; _value: Record<string, unknown> };
    expect(node.$type).toBe('Node');
    expect(Object.keys(node._value).sort()).toEqual(['_element_id', '_labels', '_properties']);
    expect((node._value._properties as Record<string, Typed>).bytes).toEqual({
      $type: 'Base64',
      _value: Buffer.from([0, 1, 255, 127, 128, 42]).toString('base64'),
    });
    expect(row[1]!.$type).toBe('Relationship');
    expect(Object.keys(row[1]!._value as object).sort()).toEqual([
      '_element_id',
      '_end_node_element_id',
      '_properties',
      '_start_node_element_id',
      '_type',
    ]);
    expect(row[2]!.$type).toBe('Path');
    expect((row[2]!._value as Typed[]).map((t) => t.$type)).toEqual(['Node', 'Relationship', 'Node']);
  });

  it('answers the plain JSON with temporals and durations exactly as Cypher’s toString() writes them', async () => {
    const temporal = Object.entries(VALUES).filter(([, e]) =>
      /^(date|time|localtime|datetime|localdatetime|duration)\(/.test(e),
    );
    expect(temporal.length).toBeGreaterThan(20);
    const query = `RETURN ${temporal.map(([k, e]) => `${e} AS \`${k}\`, toString(${e}) AS \`${k}_text\``).join(', ')}`;
    const res = await request(app).post('/api/cypher').send({ query });
    expect(res.status).toBe(200);
    const row = res.body.rows[0] as Record<string, unknown>;
    for (const [k] of temporal) expect(row[k], k).toBe(row[`${k}_text`]);
    expect(row.duration).toBe('P14DT16H12M');
    expect(row.durationMixed).toBe('P-3M2DT-1H-1M-1.25S');
  });

  it('hints in the plain JSON every type that JSON cannot show: 3 vs 3.0, big integers, NaN, a date vs a string', async () => {
    const res = await request(app).post('/api/cypher').send({ query: VALUES_QUERY });
    expect(res.status).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    const row = body.rows[0]!;
    const types = body.types[0]!;
    expect([row.three, types['/three']]).toEqual([3, undefined]);
    expect([row.threeFloat, types['/threeFloat']]).toEqual([3, 'Float']);
    expect([row.maxInt, types['/maxInt']]).toEqual(['9223372036854775807', 'Integer']);
    expect([row.beyondDouble, types['/beyondDouble']]).toEqual(['9007199254740993', 'Integer']);
    expect([row.nan, types['/nan']]).toEqual(['NaN', 'Float']);
    expect([row.nanString, types['/nanString']]).toEqual(['NaN', undefined]);
    expect([row.negZero, types['/negZero']]).toEqual(['-0.0', 'Float']);
    expect([row.date, types['/date']]).toEqual(['2025-08-29', 'Date']);
    expect([row.dateString, types['/dateString']]).toEqual(['2025-08-29', undefined]);
    // The plain format's own hint name (docs/api.md): DateTime, where the typed answer's $type is ZonedDateTime.
    expect(types['/berlin']).toBe('DateTime');
    expect(types['/offset']).toBe('OffsetDateTime');
    expect(types['/duration']).toBe('Duration');
    expect(types['/wgs84']).toBe('Point');
    // Nested values: JSON Pointers into lists and maps (with ~1 for / and ~0 for ~ in keys).
    expect(types['/list/1']).toBe('Float');
    expect(types['/list/0']).toBeUndefined();
    expect(types['/list/4/0']).toBe('Date');
    expect(types['/list/4/1']).toBe('Float');
    expect(types['/map/b/c']).toBe('Float');
    expect(types['/map/b/d/0']).toBe('LocalTime');
    expect(Object.keys(types).some((k) => k.includes('odd'))).toBe(false);
  });

  it('sends typed parameters as their types: an integer past 2^53 exactly, a whole float as a float', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query:
          'RETURN $big AS big, valueType($big) AS bigType, $big + 1 AS next, $one AS one, valueType($one) AS oneType, $plain AS plain, valueType($plain) AS plainType, valueType($small) AS smallType, valueType($huge) AS hugeType',
        params: {
          big: { $type: 'Integer', _value: '9007199254740993' },
          one: { $type: 'Float', _value: '1.0' },
          plain: 1,
          // A JSON number is the value's text where JSON keeps it exactly.
          small: { $type: 'Integer', _value: 42 },
          huge: 1.5e300,
        },
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    expect(body.rows[0]).toMatchObject({
      big: '9007199254740993',
      bigType: 'INTEGER NOT NULL',
      next: '9007199254740994',
      one: 1,
      oneType: 'FLOAT NOT NULL',
      plain: 1,
      plainType: 'INTEGER NOT NULL',
      smallType: 'INTEGER NOT NULL',
      hugeType: 'FLOAT NOT NULL',
    });
    expect(body.types[0]).toMatchObject({ '/big': 'Integer', '/one': 'Float' });
    // A typed value that is not one is refused before anything runs, naming where it is.
    for (const [bad, said] of [
      [
        { $type: 'Integer', _value: '12.5' },
        'params.x.0: expected _value to be a whole number within 64 bits',
      ],
      [
        { $type: 'Integer', _value: '9223372036854775808' },
        'params.x.0: expected _value to be a whole number',
      ],
      [{ $type: 'Float', _value: 'one' }, 'params.x.0: expected _value to be a float'],
      // A whole JSON number past 2^53 was rounded by the parser: sent, it would be another number, and a Float.
      [2 ** 53 + 2, 'params.x.0: 9007199254740994 is past the whole numbers a JSON number keeps exactly'],
      [
        { $type: 'Integer', _value: 2 ** 53 + 2 },
        'params.x.0: expected _value to be the Integer written as text',
      ],
    ] as const) {
      const refused = await request(app)
        .post('/api/cypher')
        .send({ query: 'RETURN $x AS x', params: { x: [bad] } });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error)).toContain(said);
    }
  });

  it('hints the types of node, relationship and path properties in the plain JSON', async () => {
    const res = await request(app).post('/api/cypher').send({ query: GRAPH_QUERY });
    expect(res.status).toBe(200);
    const types = res.body.types[0] as Record<string, string>;
    const row = res.body.rows[0] as { a: { properties: Record<string, unknown> } };
    expect(types['/a']).toBe('Node');
    expect(types['/a/properties/ratio']).toBe('Float');
    expect(types['/a/properties/big']).toBe('Integer');
    expect(types['/a/properties/born']).toBe('Date');
    expect(types['/a/properties/bytes']).toBe('Base64');
    expect(row.a.properties.bytes).toBe(Buffer.from([0, 1, 255, 127, 128, 42]).toString('base64'));
    expect(types['/r']).toBe('Relationship');
    expect(types['/r/properties/span']).toBe('Duration');
    expect(types['/p']).toBe('Path');
    expect(types['/p/edges/0/properties/weight']).toBe('Float');
    expect(types['/p/nodes/1/properties/nan']).toBe('Float');
    expect(types['/entities/1']).toBe('Relationship');
  });

  it('writes a point’s coordinates as other floats are written: -0.0 stays -0.0 in the plain JSON and the table', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query: `RETURN point({x: -0.0, y: 1.0}) AS p, point({x: 0.5, y: -0.0, z: -0.0}) AS p3,
              [point({longitude: -0.0, latitude: 0.0})] AS ps`,
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    const [row, types] = [body.rows[0]!, body.types[0]!];
    expect(row.p).toEqual({ srid: 7203, x: '-0.0', y: 1 });
    expect(row.p3).toEqual({ srid: 9157, x: 0.5, y: '-0.0', z: '-0.0' });
    expect(row.ps).toEqual([{ srid: 4326, x: '-0.0', y: 0 }]);
    // The result table's text: each coordinate a Float, the sign of zero kept.
    expect(scalarText(row.p!, types['/p']!)).toBe('point({srid: 7203, x: -0.0, y: 1.0})');
    expect(scalarText(row.p3!, types['/p3']!)).toBe('point({srid: 9157, x: 0.5, y: -0.0, z: -0.0})');
    expect(literalText(row.ps, '/ps', types)).toBe('[point({srid: 4326, x: -0.0, y: 0.0})]');
  });

  it('writes a map’s keys and strings as Cypher reads them back: a bidi control, a backslash, a backtick (the table’s literal, run again)', async () => {
    // Made-up keys: a bidi control is written \uXXXX (so it cannot reorder the cell), which Cypher reads inside
    // backticks as the character (the manual: Unicode can generally be escaped as \uxxxx); a backslash in a name is
    // then written \u005C, or `a\u0041` would read back as aA.
    const value = {
      [`k${'\u202E'}`]: `v${'\u202E'}`,
      'a\\b': 'a\\b',
      'a\\u0041': 'a\\u0041',
      'b\\\\u0041': 'two backslashes',
      [`c\\${'\u202E'}`]: 'a backslash before a control',
      'back`tick': 'x',
      'مفتاح ب': 'ج',
    };
    const text = literalText(value, '/m', undefined);
    expect(/[\u202E]/.test(text)).toBe(false);
    const res = await request(app)
      .post('/api/cypher')
      .send({ query: `RETURN ${text} AS m` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(CypherResponseSchema.parse(res.body).rows[0]!.m).toEqual(value);
  });

  it('keeps the types of a graph built in Cypher as the client draws it (the rows’ hints become each element’s types)', async () => {
    // Format 2, as the client asks: no real element, so the client collects the graph from the rows' maps.
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query: `RETURN {id: 'v1', labels: ['V'], properties: {w: 1.0, d: date('2025-01-01'), big: 9007199254740993, n: 1}} AS n,
                [{id: 'e1', type: 'T', source: 'v1', target: 'v1', properties: {at: localtime('12:00'), w: 2.0}}] AS r`,
        rows: 'refs',
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    expect(body.graph.nodes).toEqual([]);
    const graph = collectGraph(body.rows, body.types);
    const [node] = graph.nodes;
    const [edge] = graph.edges;
    expect(node!.properties).toEqual({ w: 1, d: '2025-01-01', big: '9007199254740993', n: 1 });
    const types = (item: typeof node | typeof edge) =>
      Object.fromEntries(Object.keys(item!.properties).map((k) => [k, propertyType(item!, k)]));
    expect(types(node)).toEqual({ w: 'Float', d: 'Date', big: 'Integer', n: 'Integer' });
    expect(types(edge)).toEqual({ at: 'LocalTime', w: 'Float' });
    // The exports read the same types: w a column of doubles whose cell is 1.0, not a long 1.
    expect(columnType(graph.nodes, 'w')).toEqual({ type: 'double', cypher: 'Float' });
    expect(typedCell(node!, 'w')).toEqual({ typed: '1.0', number: true });
    expect(columnType(graph.nodes, 'd')).toEqual({ type: 'string', cypher: 'Date' });
  });

  it('answers an Accept it cannot give with 406, naming what it offers, before running anything', async () => {
    const res = await typed("CREATE (:Intruder {id: 'x'})", 'text/csv');
    expect(res.status).toBe(406);
    expect(res.body.error.code).toBe('NOT_ACCEPTABLE');
    expect(res.body.error.message).toContain('text/csv');
    expect(res.body.error.message).toContain('application/json');
    expect(res.body.error.message).toContain('application/vnd.neo4j.query');
    const json = await typed('RETURN 1 AS x', 'application/json');
    expect(json.body.rows).toEqual([{ x: 1 }]);
    const any = await typed('RETURN 1 AS x', '*/*');
    expect(any.body.rows).toEqual([{ x: 1 }]);
    const v11 = await typed('RETURN 1 AS x', 'application/vnd.neo4j.query.v1.1');
    expect(JSON.parse(v11.text).data.values).toEqual([[{ $type: 'Integer', _value: '1' }]]);
  });

  it('gives typed answers the same errors as plain ones (a Cypher error, a write in read mode)', async () => {
    const bad = await typed('RETURN $missing +');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('CYPHER_ERROR');
    const write = await typed("CREATE (:Intruder {id: 'x'})");
    expect(write.status).toBe(403);
    expect(await readRows(driver, 'MATCH (n:Intruder) RETURN n')).toEqual([]);
  });
});
