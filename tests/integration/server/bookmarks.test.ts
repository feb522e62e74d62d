// Causal consistency against the run's real Neo4j: POST /api/cypher answers the bookmarks of its transaction and
// reads after the ones a request sends (body `bookmarks`, Neo4j-Bookmarks header on GET endpoints); the server's
// own units of work all chain through the driver's one bookmark manager; bad bookmarks are refused clearly.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CypherResponseSchema,
  ErrorResponseSchema,
  QueryApiResponseSchema,
} from '../../../model/api-responses.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase } from '../../support/neo4j.js';

const WRITE_TOKEN = 'test-write-token-0123456789';
const DB_TIMEOUT_MS = 3_000;

describe('bookmarks', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  const cypher = (body: object, accept = 'application/json') =>
    request(app)
      .post('/api/cypher')
      .set('Accept', accept)
      .set('Authorization', `Bearer ${WRITE_TOKEN}`)
      .send(body);

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    ({ app } = createTestApp(driver, {
      ALLOW_WRITE_TOKEN: WRITE_TOKEN,
      DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
    }));
  });
  afterAll(async () => {
    await driver.close();
  });

  it('a write through POST /api/cypher answers its bookmarks, in both formats', async () => {
    const plain = await cypher({ query: "CREATE (:Probe {id: 'probe:a'})", mode: 'write' });
    expect(plain.status).toBe(200);
    const body = CypherResponseSchema.parse(plain.body);
    expect(body.bookmarks.length).toBeGreaterThan(0);

    const typed = await cypher(
      { query: "CREATE (:Probe {id: 'probe:b'})", mode: 'write' },
      'application/vnd.neo4j.query',
    );
    expect(typed.status).toBe(200);
    const typedBody = QueryApiResponseSchema.parse(JSON.parse(typed.text));
    expect(typedBody.bookmarks.length).toBeGreaterThan(0);
    expect(typedBody.bookmarks).not.toEqual(body.bookmarks);
  });

  it("chains the server's own reads after its writes through the driver's one bookmark manager", async () => {
    const manager = driver.executeQueryBookmarkManager;
    const write = await cypher({
      query: "CREATE (:Person {id: 'person:chained-probe', name: 'Chained Probe'})",
      mode: 'write',
    });
    expect(write.status).toBe(200);
    const written = CypherResponseSchema.parse(write.body).bookmarks;
    // The write's bookmarks are now the manager's: the next unit of work of this driver starts from them.
    expect([...(await manager.getBookmarks())]).toEqual(expect.arrayContaining(written));

    // A built-in read (GET /api/nodes/:id) begins its transaction after them: the manager is told that the bookmarks
    // the read started from (previous) are the write's, and replaces them with the read's.
    const updates = vi.spyOn(manager, 'updateBookmarks');
    try {
      const read = await request(app).get('/api/nodes/person%3Achained-probe');
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).toContain('Chained Probe');
      const previous = updates.mock.calls.map(([prev]) => [...prev]);
      expect(previous.some((prev) => written.every((b) => prev.includes(b)))).toBe(true);
    } finally {
      updates.mockRestore();
    }
  });

  it('reads after the bookmarks a request sends, in the body (POST /api/cypher) or the Neo4j-Bookmarks header', async () => {
    const write = await cypher({
      query: "CREATE (:Person {id: 'person:sent-probe', name: 'Sent Probe'})",
      mode: 'write',
    });
    const bookmarks = CypherResponseSchema.parse(write.body).bookmarks;
    const read = await cypher({
      query: "MATCH (p:Person {id: 'person:sent-probe'}) RETURN p.name AS name",
      bookmarks,
    });
    expect(read.status).toBe(200);
    expect(CypherResponseSchema.parse(read.body).rows).toEqual([{ name: 'Sent Probe' }]);
    const viaHeader = await request(app)
      .get('/api/nodes/person%3Asent-probe')
      .set('Neo4j-Bookmarks', bookmarks.join(', '));
    expect(viaHeader.status).toBe(200);
    expect(JSON.stringify(viaHeader.body)).toContain('Sent Probe');
  });

  it('refuses a malformed bookmark with 400 naming the parameter, before Neo4j', async () => {
    const body = await cypher({ query: 'RETURN 1', bookmarks: ['not a bookmark!'] });
    expect(body.status).toBe(400);
    const err = ErrorResponseSchema.parse(body.body).error;
    expect(err.code).toBe('VALIDATION_ERROR');
    expect(err.message).toMatch(/^Invalid body\.bookmarks\.0: expected a Neo4j bookmark/);

    const notList = await cypher({ query: 'RETURN 1', bookmarks: 'FB:abc' });
    expect(notList.status).toBe(400);
    expect(ErrorResponseSchema.parse(notList.body).error.message).toMatch(/^Invalid body\.bookmarks: /);

    const header = await request(app)
      .get('/api/search')
      .query({ q: 'x' })
      .set('Neo4j-Bookmarks', 'FB:ok, {bad}');
    expect(header.status).toBe(400);
    const herr = ErrorResponseSchema.parse(header.body).error;
    expect(herr.code).toBe('VALIDATION_ERROR');
    expect(herr.message).toMatch(/^Invalid header Neo4j-Bookmarks: expected a Neo4j bookmark/);
  });

  it("maps a well-formed bookmark Neo4j cannot parse to 400 with Neo4j's own error", async () => {
    const res = await cypher({ query: 'RETURN 1', bookmarks: ['FB:AAAA'] });
    expect(res.status).toBe(400);
    const err = ErrorResponseSchema.parse(res.body).error;
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.message).toMatch(/^Invalid bookmarks: the database refused them/);
    expect(err.details).toMatchObject({ neo4jCode: 'Neo.ClientError.Transaction.InvalidBookmark' });
  });

  it('answers 503 within the deadline for a bookmark of a transaction the database never reached', async () => {
    const write = await cypher({ query: "CREATE (:Probe {id: 'probe:future'})", mode: 'write' });
    const [real] = CypherResponseSchema.parse(write.body).bookmarks;
    // Neo4j 5's bookmark: packstream bytes ending in the transaction id and an empty list; swap in a far-away id.
    const raw = Buffer.from(real!.slice(3), 'base64');
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0x91, 0xcc, 0x10]));
    const future = `FB:${Buffer.concat([raw.subarray(0, 19), Buffer.from([0xca, 0x7f, 0xff, 0xff, 0xff, 0x90])]).toString('base64')}`;

    const body = await cypher({ query: 'RETURN 1', bookmarks: [future] });
    expect(body.status).toBe(503);
    expect(ErrorResponseSchema.parse(body.body).error).toMatchObject({ code: 'DB_UNAVAILABLE' });
    expect(body.body.error.message).toMatch(/bookmarks/);

    const header = await request(app).get('/api/nodes/person%3Asent-probe').set('Neo4j-Bookmarks', future);
    expect(header.status).toBe(503);
    expect(ErrorResponseSchema.parse(header.body).error.code).toBe('DB_UNAVAILABLE');

    // The refused bookmark never reached the shared manager: the next plain read works.
    const after = await request(app).get('/api/nodes/person%3Asent-probe');
    expect(after.status).toBe(200);
  });
});
