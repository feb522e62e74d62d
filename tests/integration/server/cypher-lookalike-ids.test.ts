// POST /api/cypher against the run's real Neo4j: a map of the user's shaped like a node or a relationship stays a Map
// in the result table when its id, type or an end is no string in Cypher but is written as text (a 64-bit integer, a
// date, a duration, NaN, bytes), as it does when they are strings — never a Node or Relationship whose link opens
// nothing. The answer's types are read as the table reads them (client/state/cypher-values.ts typeAt).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeAt } from '../../../client/state/cypher-values.js';
import { CypherFullResponseSchema, CypherRefsResponseSchema } from '../../../model/api-responses.js';
import { resolveRefRows } from '../../../model/cypher-refs.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, testNeo4j } from '../../support/neo4j.js';

/** Column → a value written as text in plain JSON that is no String in Cypher. */
const TEXT_VALUES: Record<string, string> = {
  big: '9007199254740993',
  day: "date('2024-01-01')",
  span: 'duration({days: 2})',
  nan: '0.0 / 0.0',
  // Bytes have no Cypher literal: a made-up node's byte array, written by the driver below.
  raw: 'COLLECT { MATCH (b:LookalikeBytes) RETURN b.data }[0]',
};

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

const post = (body: Record<string, unknown>) =>
  request(app).post('/api/cypher').set('Accept', 'application/json').send(body);

const { database } = testNeo4j();

beforeAll(async () => {
  driver = createTestDriver();
  await driver.executeQuery(
    'CREATE (:LookalikeBytes {data: $bytes})',
    { bytes: new Int8Array([1, 2]) },
    { database },
  );
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await driver.executeQuery('MATCH (b:LookalikeBytes) DELETE b', {}, { database });
  await driver.close();
});

describe('maps shaped like elements whose ids are no strings', () => {
  for (const [name, value] of Object.entries(TEXT_VALUES)) {
    it(`types a node- or relationship-shaped map a Map with ${name} as its id, type or end`, async () => {
      const query =
        `WITH ${value} AS v RETURN {id: v, labels: ['Tweet'], properties: {}} AS n, ` +
        "{id: v, type: 'T', source: 'a', target: 'b', properties: {}} AS byId, " +
        "{id: 'r', type: v, source: 'a', target: 'b', properties: {}} AS byType, " +
        "{id: 'r', type: 'T', source: v, target: 'b', properties: {}} AS bySource, " +
        "{id: 'r', type: 'T', source: 'a', target: v, properties: {}} AS byTarget";
      const res = await post({ query });
      expect(res.status, res.text.slice(0, 300)).toBe(200);
      const body = CypherFullResponseSchema.parse(res.body);
      const [row, hints] = [body.rows[0]!, body.types[0]!];
      expect(typeof (row.n as { id: unknown }).id).toBe('string');
      for (const column of body.columns) expect(typeAt(row[column], `/${column}`, hints), column).toBe('Map');
      // Format 2 says the same.
      const refs = CypherRefsResponseSchema.parse((await post({ query, rows: 'refs' })).body);
      expect(resolveRefRows(refs)).toEqual({ rows: body.rows, types: body.types });
    });
  }
});
