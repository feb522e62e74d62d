// GET /api/schema names a byte array's type as the rest of the API does, Base64 (model/value-types.ts), not the
// LIST<INTEGER> Cypher's valueType() calls it, while a list of integers stays LIST<INTEGER>. Made-up test data: a
// foreign graph's :Blob nodes holding bytes written through a driver parameter, a list of integers, and both under
// one key.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponseSchema, SchemaResponseSchema } from '../../../model/api-responses.js';
import { createTestApp, openSeededApp } from '../../support/api.js';
import { resetDatabase } from '../../support/neo4j.js';

/** Five bytes, 0 -1 16 62 63: "AP8QPj8=" in Base64. */
const BYTES = Int8Array.from([0, -1, 16, 62, 63]);

describe('bytes in the schema', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) =>
      d.executeQuery(
        `CREATE (:Blob {data: $b, nums: [1, 2], either: $b})
       CREATE (:Blob {data: $b, nums: [3], either: [1, 2]})`,
        { b: BYTES },
        { database },
      ),
    ));
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('types a byte array Base64, as the Cypher results do, and a list of integers LIST<INTEGER>', async () => {
    const res = await request(app).get('/api/schema');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const blob = SchemaResponseSchema.parse(res.body).labels.find((l) => l.label === 'Blob')!;
    const types = Object.fromEntries(blob.properties.map((p) => [p.key, p.types]));
    expect(types).toEqual({
      data: ['Base64'],
      nums: ['LIST<INTEGER>'],
      either: ['Base64', 'LIST<INTEGER>'],
    });

    // The type a result gives the same value.
    const cypher = await request(app)
      .post('/api/cypher')
      .send({ query: 'MATCH (b:Blob) RETURN b.data AS data LIMIT 1' });
    expect(cypher.status, JSON.stringify(cypher.body)).toBe(200);
    const result = CypherResponseSchema.parse(cypher.body) as {
      rows: Record<string, unknown>[];
      types?: Record<string, string>[];
    };
    expect(result.rows[0]!.data).toBe('AP8QPj8=');
    expect(result.types?.[0]?.['/data']).toBe('Base64');
  });
});
