// POST /api/cypher against the run's real Neo4j, seeded from the article: results and graph, the row cap,
// writes refused by the database, plan-guard refusals, the server-side timeout, the write token, bad bodies.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponseSchema, ErrorResponseSchema } from '../../../model/api-responses.js';
import { ensureSchema, loadBundledSources } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const WRITE_TOKEN = 'test-write-token-0123456789';

describe('POST /api/cypher', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  let graphSize: { nodes: number; rels: number };

  const cypher = (body: unknown, target = app) =>
    request(target)
      .post('/api/cypher')
      .send(body as object);
  const sizeNow = async () => {
    const [row] = await readRows(
      driver,
      'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
    );
    return { nodes: Number(row!.nodes), rels: Number(row!.rels) };
  };

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await ensureSchema(driver, { database: testNeo4j().database });
    await loadBundledSources(driver, { database: testNeo4j().database });
    ({ app } = createTestApp(driver, { QUERY_TIMEOUT_MS: '2000' }));
    graphSize = await sizeNow();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('returns columns, plain-JSON rows and the graph of every node and relationship in paths, lists and maps', async () => {
    const res = await cypher({
      query: `MATCH p = (m:Person {id: 'person:elon-musk'})-[r:FOUNDED]->(o:Organization {id: 'org:openai'})
              RETURN p, [r] AS rels, {who: m} AS info, 2^62 AS float, toInteger(2^62) AS big, date('2025-08-29') AS day`,
    });
    expect(res.status).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    expect(body.columns).toEqual(['p', 'rels', 'info', 'float', 'big', 'day']);
    expect(body.rows).toHaveLength(1);
    const row = body.rows[0]!;
    expect(row.big).toBe('4611686018427387904');
    expect(row.day).toBe('2025-08-29');
    expect((row.info as { who: { id: string } }).who.id).toBe('person:elon-musk');
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(['org:openai', 'person:elon-musk']);
    expect(body.graph.edges).toHaveLength(1);
    expect(body.graph.edges[0]).toMatchObject({
      type: 'FOUNDED',
      source: 'person:elon-musk',
      target: 'org:openai',
    });
    expect(body.summary).toMatchObject({ rowCount: 1, truncated: false, queryType: 'r' });
  });

  it('answers plain and typed JSON in UTF-8 without an ETag (never stored), compressed when asked, as a GET keeps one', async () => {
    const query = "MATCH (p:Person {id: 'person:andrew-bosworth'}) RETURN p, p.nameAr AS ar";
    const plain = await request(app).post('/api/cypher').set('Accept-Encoding', 'identity').send({ query });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('no-store');
    expect(plain.headers.etag).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text));
    expect(plain.body.rows[0].ar).toBe('أندرو بوسورث');
    const typed = await request(app)
      .post('/api/cypher')
      .set('Accept', 'application/vnd.neo4j.query')
      .send({ query });
    expect(typed.headers['content-type']).toBe('application/vnd.neo4j.query; charset=utf-8');
    expect(typed.headers.etag).toBeUndefined();
    expect(JSON.parse(typed.text).data.values[0][1]).toEqual({ $type: 'String', _value: 'أندرو بوسورث' });
    const big = await request(app)
      .post('/api/cypher')
      .set('Accept-Encoding', 'gzip')
      .send({ query: 'MATCH (n) RETURN n' });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.body.rows.length).toBeGreaterThan(10);
    const search = await request(app).get('/api/search?q=bosworth');
    expect(search.headers.etag).toMatch(/^W\//);
  });

  it('adds the end nodes of relationships returned without them, so every edge has both ends', async () => {
    const res = await cypher({ query: 'MATCH ()-[r:WORKED_AT]->() RETURN r LIMIT 3' });
    expect(res.status).toBe(200);
    const ids = new Set(res.body.graph.nodes.map((n: { id: string }) => n.id));
    expect(res.body.graph.edges).toHaveLength(3);
    for (const e of res.body.graph.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
  });

  it('passes params, with whole numbers as integers', async () => {
    const res = await cypher({
      query: 'UNWIND range(1, $n) AS x RETURN x, $name AS name LIMIT $n',
      params: { n: 2, name: 'ماسك' },
    });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      { x: 1, name: 'ماسك' },
      { x: 2, name: 'ماسك' },
    ]);
  });

  it('cuts a result at the limit and says it was truncated, without pulling the rest', async () => {
    const res = await cypher({ query: 'UNWIND range(1, 100000000) AS x RETURN x', limit: 3 });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect(res.body.summary).toMatchObject({ rowCount: 3, truncated: true });
  });

  it('applies the configured row cap and refuses a larger limit naming the field', async () => {
    const { app: capped } = createTestApp(driver, { QUERY_ROW_CAP: '5' });
    const res = await cypher({ query: 'UNWIND range(1, 10) AS x RETURN x' }, capped);
    expect(res.body.summary).toMatchObject({ rowCount: 5, truncated: true });
    const tooMany = await cypher({ query: 'RETURN 1', limit: 6 }, capped);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('VALIDATION_ERROR');
    expect(tooMany.body.error.message).toContain('body.limit');
  });

  it('reports the database’s notifications', async () => {
    const res = await cypher({ query: 'MATCH (n:NoSuchLabel) RETURN n' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body.summary.notifications)).toContain('UnknownLabelWarning');
  });

  it.each([
    ['CREATE', "CREATE (:Person {id: 'person:intruder', name: 'Intruder'})"],
    ['MERGE', "MERGE (:Organization {id: 'org:intruder'})"],
    ['SET', "MATCH (p:Person {id: 'person:elon-musk'}) SET p.name = 'Hacked'"],
    ['DELETE', "MATCH (p:Person {id: 'person:elon-musk'}) DETACH DELETE p"],
    ['REMOVE', "MATCH (p:Person {id: 'person:elon-musk'}) REMOVE p:Person"],
    ['a write procedure', "CALL db.createLabel('Intruder')"],
  ])('refuses a %s with 403 READ_ONLY and leaves nothing behind', async (_what, query) => {
    const res = await cypher({ query });
    expect(res.status).toBe(403);
    expect(ErrorResponseSchema.parse(res.body).error.code).toBe('READ_ONLY');
    expect(await sizeNow()).toEqual(graphSize);
    const [musk] = await readRows(driver, "MATCH (p:Person {id: 'person:elon-musk'}) RETURN p.name AS name");
    expect(musk?.name).toBe('Elon Musk');
    const labels = await readRows(driver, 'CALL db.labels() YIELD label RETURN collect(label) AS labels');
    expect(labels[0]!.labels).not.toContain('Intruder');
  });

  it.each([
    ['LOAD CSV from a URL', "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line"],
    ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['listing transactions', 'SHOW TRANSACTIONS'],
    ['terminating transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['an administration command', 'SHOW USERS'],
    ['creating a user', "CREATE USER intruder SET PASSWORD 'intruder-password'"],
    ['reading the server settings', 'SHOW SETTINGS'],
    ['a server-managing procedure', 'CALL dbms.listConnections()'],
  ])('refuses %s from its plan with 403', async (_what, query) => {
    const res = await cypher({ query });
    expect(res.status).toBe(403);
    expect(['READ_ONLY', 'FORBIDDEN']).toContain(res.body.error.code);
    expect(res.body.error.message).toMatch(/refused|read-only/);
  });

  it('answers a Cypher error with 400 CYPHER_ERROR and Neo4j’s message, code and position', async () => {
    const res = await cypher({ query: 'MATCH (n RETURN n' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CYPHER_ERROR');
    expect(res.body.error.details.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    // 'MATCH (n RETURN n': the error is at "RETURN", column 10 of the one line the user typed.
    expect(res.body.error.details.position).toEqual({ line: 1, column: 10, offset: 9 });
    expect(res.body.error.message).toMatch(/Invalid input/);
    expect(res.body.error.message).toContain('line 1, column 10 (offset: 9)');
  });

  it('returns the plan for a query the user EXPLAINs', async () => {
    const explain = await cypher({ query: 'EXPLAIN MATCH (n:Person) RETURN n' });
    expect(explain.status).toBe(200);
    expect(explain.body.rows).toEqual([]);
    expect(explain.body.summary.plan.operatorType).toMatch(/^ProduceResults/);
  });

  it('runs PROFILE of a read: rows as usual and the profiled plan with db hits per operator', async () => {
    // A comment before PROFILE is allowed: the keyword need only be the first word of the statement.
    const res = await cypher({
      query:
        '// who worked where\nPROFILE MATCH (p:Person)-[:WORKED_AT]->(o:Organization) RETURN p.name, o.name',
    });
    expect(res.status).toBe(200);
    const body = CypherResponseSchema.parse(res.body);
    const [expected] = await readRows(
      driver,
      'MATCH (:Person)-[:WORKED_AT]->(:Organization) RETURN count(*) AS n',
    );
    expect(body.rows.length).toBe(Number(expected!.n));
    expect(body.rows.length).toBeGreaterThan(0);
    type Op = { operatorType: string; dbHits: number; rows: number; children: Op[] };
    const profile = body.summary.profile as unknown as Op;
    expect(profile.operatorType).toMatch(/^ProduceResults/);
    const all: Op[] = [];
    const walk = (o: Op) => {
      all.push(o);
      o.children.forEach(walk);
    };
    walk(profile);
    expect(all.reduce((sum, o) => sum + o.dbHits, 0)).toBeGreaterThan(0);
    expect(profile.rows).toBe(body.rows.length);
    // The Query API's envelope carries the same profile under its own name.
    const typed = await cypher({ query: 'PROFILE MATCH (n:Person) RETURN count(n) AS c' }).set(
      'Accept',
      'application/vnd.neo4j.query',
    );
    expect(typed.status).toBe(200);
    // The typed media type is not parsed by supertest: its JSON is the text.
    const envelope = JSON.parse(typed.text) as { profiledQueryPlan?: { operatorType: string } };
    expect(envelope.profiledQueryPlan?.operatorType).toMatch(/^ProduceResults/);
  });

  it('refuses PROFILE of a write like the write itself, writing nothing', async () => {
    const before = await sizeNow();
    const res = await cypher({ query: "PROFILE CREATE (:Person {id: 'person:profiled-write'}) RETURN 1" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('READ_ONLY');
    expect(await sizeNow()).toEqual(before);
    // PROFILE hidden after a CYPHER option prefix cannot be checked without it: refused before it runs.
    const hidden = await cypher({ query: 'CYPHER PROFILE MATCH (n:Person) RETURN n' });
    expect(hidden.status).toBe(400);
    expect(hidden.body.error.message).toMatch(/PROFILE/);
    expect(await sizeNow()).toEqual(before);
  });

  it('lets the database terminate a runaway query at the timeout while other requests are served', async () => {
    const marker = `runaway-${Date.now()}`;
    const started = Date.now();
    const runaway = cypher({
      query: `MATCH (a), (b), (c), (d), (e), (f) WHERE '${marker}' <> '' RETURN count(*)`,
    });
    // While it runs, others are answered.
    await new Promise((r) => setTimeout(r, 300));
    const meanwhile = await request(app).get('/api/search?q=musk');
    expect(meanwhile.status).toBe(200);
    expect(meanwhile.body.results.length).toBeGreaterThan(0);
    const res = await runaway;
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('QUERY_TIMEOUT');
    // Terminated, not finished: unbounded, this product of six scans runs for hours; the ceiling is generous for a
    // loaded machine and still far below that.
    expect(Date.now() - started).toBeLessThan(60_000);
    const running = await readRows(driver, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    expect(
      running
        .map((r) => String(r.currentQuery))
        .filter((q) => q.includes(marker) && !q.includes('SHOW TRANSACTIONS')),
    ).toEqual([]);
  });

  describe('writes', () => {
    it('are refused with 403 when the server has no write token', async () => {
      const res = await cypher({ query: "CREATE (:Scratch {id: 'scratch:1'})", mode: 'write' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    });

    it('need the right Bearer token (401 otherwise) and then write; the token never reaches the logs', async () => {
      const { app: writable, logs } = createTestApp(
        driver,
        { ALLOW_WRITE_TOKEN: WRITE_TOKEN },
        { captureLogs: true },
      );
      const query = "CREATE (s:Scratch {id: 'scratch:written'}) RETURN s";
      const none = await request(writable).post('/api/cypher').send({ query, mode: 'write' });
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe('UNAUTHORIZED');
      const wrong = await request(writable)
        .post('/api/cypher')
        .set('Authorization', `Bearer ${WRITE_TOKEN}x`)
        .send({ query, mode: 'write' });
      expect(wrong.status).toBe(401);
      expect(await readRows(driver, 'MATCH (s:Scratch) RETURN s')).toEqual([]);
      const ok = await request(writable)
        .post('/api/cypher')
        .set('Authorization', `Bearer ${WRITE_TOKEN}`)
        .send({ query, mode: 'write' });
      expect(ok.status).toBe(200);
      expect(ok.body.summary.counters.nodesCreated).toBe(1);
      // Not one of our labels: addressed by its elementId, its own `id` kept as a property.
      expect(ok.body.graph.nodes[0].id).toMatch(/^neo4j:/);
      expect(ok.body.graph.nodes[0].properties.id).toBe('scratch:written');
      // The token opens writes only in write mode: a read-mode request is still read-only.
      const readMode = await request(writable)
        .post('/api/cypher')
        .set('Authorization', `Bearer ${WRITE_TOKEN}`)
        .send({ query });
      expect(readMode.status).toBe(403);
      await driver.executeQuery('MATCH (s:Scratch) DELETE s');
      expect(logs.join('')).not.toContain(WRITE_TOKEN);
      expect(logs.length).toBeGreaterThan(0);
    });
  });

  describe('bad requests', () => {
    it('answers malformed JSON with 400 INVALID_JSON', async () => {
      const res = await request(app)
        .post('/api/cypher')
        .set('Content-Type', 'application/json')
        .send('{"query": "RETURN 1"');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_JSON');
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['no Content-Type', undefined],
    ])(
      'answers JSON sent as %s with 415 asking for application/json, not a missing query',
      async (_, type) => {
        const sent = request(app)
          .post('/api/cypher')
          .send(Buffer.from(JSON.stringify({ query: 'RETURN 1' })));
        const res = await (type ? sent.set('Content-Type', type) : sent.unset('Content-Type'));
        expect(res.status).toBe(415);
        expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(res.body.error.message).toContain('send Content-Type: application/json');
        expect(res.body.error.message).toContain(type ?? 'no Content-Type');
      },
    );

    it.each([
      ['"x"', '"x"'],
      ['null', 'null'],
      ['42', 'a number (42)'],
      ['true', 'a boolean (true)'],
      ['[{"query": "RETURN 1"}]', 'a list'],
    ])('says a body of valid JSON %s must be a JSON object', async (body, what) => {
      const res = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toBe(
        `Invalid body: the request body must be a JSON object, got ${what}`,
      );
    });

    it('answers a body over 1 MB with 413', async () => {
      const res = await request(app)
        .post('/api/cypher')
        .send({ query: `RETURN '${'x'.repeat(1_100_000)}'` });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it.each([
      [{ query: 5 }, 'body.query'],
      [{}, 'body.query'],
      [{ query: '   ' }, 'body.query'],
      [{ query: 'RETURN 1', limit: 'ten' }, 'body.limit'],
      [{ query: 'RETURN 1', limit: 0 }, 'body.limit'],
      [{ query: 'RETURN 1', mode: 'admin' }, 'body.mode'],
      [{ query: 'RETURN 1', params: [1, 2] }, 'body.params'],
      [{ query: 'RETURN 1', parameters: {} }, 'body.parameters'],
    ])('answers %j with 400 naming %s', async (body, field) => {
      const res = await cypher(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toContain(field);
    });

    it('refuses parameters nested deeper than 32 levels, however deep, without overflowing the stack', async () => {
      for (const depth of [40, 20_000]) {
        const body = `{"query": "RETURN $p", "params": {"p": ${'['.repeat(depth)}${']'.repeat(depth)}}}`;
        const res = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send(body);
        expect(res.status, `depth ${depth}`).toBe(400);
        expect(res.body.error.message).toContain('body.params');
      }
    });

    it('answers an unknown API route with 404 JSON', async () => {
      const res = await request(app).get('/api/no-such-thing');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body.error.code).toBe('NOT_FOUND');
    });
  });
});
