// POST /api/cypher's guardrails against the run's real Neo4j seeded from the article: writes refused by the
// database whatever their disguise (nothing written, schema untouched), runaway and explosive queries terminated
// on the server (gone from SHOW TRANSACTIONS), huge results cut at the row cap, files and URLs refused — all with
// clear errors while other users' requests keep being answered.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { ensureSchema, loadBundledSources, resetGraph } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import {
  callEndpoint,
  closeServer,
  ENDPOINT_CALLS,
  errorCode,
  graphFingerprint,
  listen,
  type CallResult,
  type GraphFingerprint,
} from './helpers.js';

const QUERY_TIMEOUT_MS = 2_000;
/** The server's default deadline for the database's first answer. */
const DB_TIMEOUT_MS = 4_000;
/** How long the server's driver retries a unit of work that failed with a transient error (createDriver). */
const DRIVER_RETRY_MS = 5_000;
/**
 * A ceiling, not a budget: the database terminates a runaway at its 2 s timeout; unterminated, these run for hours.
 * Generous, so that a loaded 2-core machine never fails the test (one answered in 7.04 s against a 7 s budget).
 */
const RUNAWAY_ANSWER_MS = QUERY_TIMEOUT_MS + 28_000;
/** Other users' simple requests while runaways run: answered, not queued behind them (a generous ceiling). */
const MEANWHILE_MS = 15_000;

let driver: Driver;
/** The apps' driver, with the server's own settings (createDriver: bounded timeouts, 5 s of retries). */
let appDriver: Driver;
let server: Server;
let base: string;
/** A second app on the same driver and process with the default query timeout, for everyone else's requests. */
let everydayServer: Server;
let everydayBase: string;
let before: GraphFingerprint;
let schemaBefore: string[];

const database = () => testNeo4j().database;
const cypher = (body: unknown, timeoutMs = 30_000) =>
  callEndpoint(base, { name: 'cypher', method: 'POST', path: '/api/cypher', body }, timeoutMs);

async function schemaObjects(): Promise<string[]> {
  const idx = await readRows(driver, 'SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const con = await readRows(driver, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  return [...idx.map((r) => `index:${r.name}`), ...con.map((r) => `constraint:${r.name}`)];
}

/** Queries other clients have running right now that contain `marker`. */
async function runningWith(marker: string): Promise<string[]> {
  const rows = await readRows(driver, 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
  return rows
    .map((r) => String(r.currentQuery))
    .filter((q) => q.includes(marker) && !q.includes('SHOW TRANSACTIONS'));
}

/** The article's everyday requests (every GET endpoint and a small Cypher query). */
const EVERYDAY = ENDPOINT_CALLS.filter((c) => c.name !== 'openapi');

function describeResults(results: CallResult[]): string {
  return results.map((r) => `${r.name}: ${r.status} ${errorCode(r.body) ?? ''} ${r.ms} ms`).join('\n');
}

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: database() });
  await ensureSchema(driver, { database: database() });
  await loadBundledSources(driver, { database: database() });
  const neo = testNeo4j();
  appDriver = createDriver(neo.uri, neo.user, neo.password);
  const { app } = createTestApp(appDriver, {
    QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
    API_RATE_PER_MINUTE: '100000',
    CYPHER_RATE_PER_MINUTE: '100000',
  });
  ({ server, base } = await listen(app));
  const everyday = createTestApp(appDriver, {
    API_RATE_PER_MINUTE: '100000',
    CYPHER_RATE_PER_MINUTE: '100000',
  });
  ({ server: everydayServer, base: everydayBase } = await listen(everyday.app));
  before = await graphFingerprint(driver, database());
  schemaBefore = await schemaObjects();
  // Warm the query caches so "answered meanwhile" measures serving, not first-time planning.
  for (const call of EVERYDAY) await callEndpoint(everydayBase, call);
});

afterAll(async () => {
  await closeServer(server);
  await closeServer(everydayServer);
  await appDriver?.close();
  await driver?.close();
});

describe('writes in read mode', () => {
  const writes: [string, string, Record<string, unknown>?][] = [
    [
      'CREATE in mixed case after a comment',
      "/* just a read */ cReAtE (:Person {id: 'person:intruder', name: 'Intruder'})",
    ],
    [
      'a write after a long read part',
      "MATCH (p:Person) WITH p ORDER BY p.id LIMIT 3 SET p.name = 'Hacked' RETURN p",
    ],
    ['a write inside FOREACH', 'MATCH (p:Person) FOREACH (x IN [1] | CREATE (:Intruder {of: p.id}))'],
    ['a write inside a CALL subquery', 'CALL () { CREATE (i:Intruder) RETURN i } RETURN i'],
    [
      'a write in batched transactions',
      'UNWIND range(1, 10) AS x CALL (x) { CREATE (:Intruder {x: x}) } IN TRANSACTIONS OF 2 ROWS',
    ],
    [
      'a write whose data comes from parameters',
      'CREATE (n:Person) SET n = $props RETURN n',
      { props: { id: 'person:intruder', name: 'Intruder' } },
    ],
    [
      'MERGE of an existing node with ON MATCH SET',
      "MERGE (p:Person {id: 'person:elon-musk'}) ON MATCH SET p.name = 'Hacked'",
    ],
    ['DETACH DELETE of everything', 'MATCH (n) DETACH DELETE n'],
    ['deleting one relationship', 'MATCH ()-[r:WORKED_AT]->() WITH r LIMIT 1 DELETE r'],
    ['REMOVE of a label', "MATCH (p:Person {id: 'person:elon-musk'}) REMOVE p:Person"],
    ['creating an index', 'CREATE INDEX intruder_index FOR (n:Person) ON (n.intruder)'],
    ['dropping a constraint', 'DROP CONSTRAINT person_id_unique'],
    ['creating a constraint', 'CREATE CONSTRAINT intruder_unique FOR (n:Intruder) REQUIRE n.id IS UNIQUE'],
    ['a write procedure', "CALL db.createProperty('intruderProperty')"],
    [
      'LOAD CSV feeding a CREATE',
      "LOAD CSV FROM 'file:///etc/hostname' AS line CREATE (:Intruder {line: line})",
    ],
  ];

  it.each(writes)('refuses %s with 403 and writes nothing', async (_what, query, params) => {
    const res = await cypher(params ? { query, params } : { query });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorCode(res.body)).toBe('READ_ONLY');
    expect((res.body as { error: { message: string } }).error.message).toMatch(/read-only|refused/);
    expect(await graphFingerprint(driver, database())).toEqual(before);
    expect(await schemaObjects()).toEqual(schemaBefore);
  });
});

describe('runaway and explosive queries', () => {
  it('terminates a runaway cartesian product on the server at the timeout (gone from SHOW TRANSACTIONS) with 504', async () => {
    const marker = `runaway-${Date.now()}`;
    const res = await cypher({
      query: `MATCH (a), (b), (c), (d), (e), (f) WHERE '${marker}' <> '' RETURN count(*)`,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(504);
    expect(errorCode(res.body)).toBe('QUERY_TIMEOUT');
    expect((res.body as { error: { message: string } }).error.message).toMatch(/terminated by the database/);
    expect(res.ms).toBeLessThan(RUNAWAY_ANSWER_MS);
    expect(await runningWith(marker)).toEqual([]);
  });

  it('terminates an unbounded variable-length pattern that explodes on the article graph', async () => {
    const marker = `varlength-${Date.now()}`;
    const res = await cypher({ query: `MATCH p = (a)-[*]-(b) WHERE '${marker}' <> '' RETURN count(p)` });
    expect(res.status, JSON.stringify(res.body)).toBe(504);
    expect(errorCode(res.body)).toBe('QUERY_TIMEOUT');
    expect(res.ms).toBeLessThan(RUNAWAY_ANSWER_MS);
    expect(await runningWith(marker)).toEqual([]);
  });

  it('bounds a deep variable-length pattern: cut at the row cap with a deduplicated graph, or terminated at the timeout', async () => {
    const marker = `deep-${Date.now()}`;
    const res = await cypher({ query: `MATCH p = (a:Person)-[*1..12]-(b) WHERE '${marker}' <> '' RETURN p` });
    expect(res.ms).toBeLessThan(RUNAWAY_ANSWER_MS);
    expect([200, 504], JSON.stringify(res.body).slice(0, 500)).toContain(res.status);
    if (res.status === 200) {
      const body = res.body as {
        rows: unknown[];
        summary: { rowCount: number; truncated: boolean };
        graph: { nodes: { id: string }[]; edges: { id: string }[] };
      };
      expect(body.summary).toMatchObject({ rowCount: 5000, truncated: true });
      expect(body.rows).toHaveLength(5000);
      expect(new Set(body.graph.nodes.map((n) => n.id)).size).toBe(body.graph.nodes.length);
      expect(new Set(body.graph.edges.map((e) => e.id)).size).toBe(body.graph.edges.length);
      expect(body.graph.nodes.length).toBeLessThanOrEqual(before.nodes);
    } else {
      expect(errorCode(res.body)).toBe('QUERY_TIMEOUT');
    }
    expect(await runningWith(marker)).toEqual([]);
  });

  it('cuts a result of a hundred million rows at the row cap quickly, without pulling the rest', async () => {
    const marker = `huge-${Date.now()}`;
    const res = await cypher({ query: `UNWIND range(1, 100000000) AS x RETURN x, '${marker}' AS m` });
    expect(res.status).toBe(200);
    const body = res.body as { rows: { x: number }[]; summary: { rowCount: number; truncated: boolean } };
    expect(body.summary).toMatchObject({ rowCount: 5000, truncated: true });
    expect(body.rows.at(-1)).toEqual({ x: 5000, m: marker });
    expect(res.ms).toBeLessThan(RUNAWAY_ANSWER_MS);
    expect(await runningWith(marker)).toEqual([]);
  });

  it('stops a query that collects more than one transaction may hold (memory limit or timeout), and the database stays up', async () => {
    const res = await cypher({
      query: 'UNWIND range(1, 50000000) AS x RETURN size(collect(toString(x))) AS n',
    });
    expect([400, 504], JSON.stringify(res.body)).toContain(res.status);
    expect(['CYPHER_ERROR', 'QUERY_TIMEOUT']).toContain(errorCode(res.body));
    // The memory error is transient to the driver, which retries a unit of work for up to 5 s.
    expect(res.ms).toBeLessThan(RUNAWAY_ANSWER_MS + DB_TIMEOUT_MS + DRIVER_RETRY_MS);
    expect((await callEndpoint(base, ENDPOINT_CALLS[0]!)).status).toBe(200);
  });

  it('keeps answering other users while several runaway queries run at once', async () => {
    // The runaways get a longer timeout here, so they are certainly still running while everyone else is served.
    const crowdTimeoutMs = 8_000;
    const crowd = createTestApp(appDriver, {
      QUERY_TIMEOUT_MS: String(crowdTimeoutMs),
      DB_TIMEOUT_MS: String(DB_TIMEOUT_MS),
      CYPHER_RATE_PER_MINUTE: '100000',
    });
    const { server: crowdServer, base: crowdBase } = await listen(crowd.app);
    try {
      const marker = `crowd-${Date.now()}`;
      const heavy = (query: string) =>
        callEndpoint(
          crowdBase,
          { name: 'runaway', method: 'POST', path: '/api/cypher', body: { query } },
          crowdTimeoutMs + 15_000,
        );
      const runaways = [
        ...[1, 2, 3].map((i) =>
          heavy(`MATCH (a), (b), (c), (d), (e), (f) WHERE '${marker}-${i}' <> '' RETURN count(*)`),
        ),
        heavy(`MATCH p = (a)-[*]-(b) WHERE '${marker}-path' <> '' RETURN count(p)`),
      ];
      // Wait until the database is really busy with all four, then serve everyone else.
      const busySince = Date.now();
      while ((await runningWith(marker)).length < 4 && Date.now() - busySince < 5_000)
        await new Promise((r) => setTimeout(r, 50));
      const busy = (await runningWith(marker)).length;
      const meanwhile = await Promise.all(EVERYDAY.map((c) => callEndpoint(everydayBase, c, 15_000)));
      const stillRunning = (await runningWith(marker)).length;
      for (const r of meanwhile) {
        expect(r.status, describeResults(meanwhile)).toBe(200);
        expect(r.ms, describeResults(meanwhile)).toBeLessThan(MEANWHILE_MS);
      }
      expect(busy, 'all four runaways were running').toBe(4);
      expect(stillRunning, 'the runaways were still running while the others were answered').toBeGreaterThan(
        0,
      );
      const answers = await Promise.all(runaways);
      for (const a of answers) {
        expect(a.status, describeResults(answers)).toBe(504);
        expect(errorCode(a.body)).toBe('QUERY_TIMEOUT');
      }
      expect(await runningWith(marker)).toEqual([]);
    } finally {
      await closeServer(crowdServer);
    }
  }, 60_000);
});

describe('files, URLs and the server itself', () => {
  it.each([
    ['a file:// URL', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['a relative file', "LOAD CSV FROM 'passwd' AS line RETURN line"],
    ['an http:// URL', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"],
    ['an https:// URL', "LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN line"],
    ['a URL built from a parameter', 'LOAD CSV FROM $url AS line RETURN line'],
    [
      'LOAD CSV hidden in a subquery',
      "CALL () { LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line } RETURN line",
    ],
  ])('refuses LOAD CSV from %s with 403 before anything is read', async (_what, query) => {
    const res = await cypher({ query, params: { url: 'file:///etc/passwd' } });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorCode(res.body)).toBe('READ_ONLY');
    expect((res.body as { error: { message: string } }).error.message).toMatch(/LOAD CSV/);
    expect(JSON.stringify(res.body)).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });

  it.each([
    ['terminating transactions', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"'],
    ['listing connections', 'CALL dbms.listConnections()'],
    ['reading the configuration', 'CALL dbms.listConfig()'],
    ['listing users', 'SHOW USERS'],
  ])('refuses %s with 403 from its plan', async (_what, query) => {
    const res = await cypher({ query });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorCode(res.body)).toBe('READ_ONLY');
  });

  it.each([
    ['administration through USE system', 'USE system SHOW USERS'],
    ['creating a database', 'CREATE DATABASE intruder'],
    ['stopping the database', 'STOP DATABASE neo4j'],
    ['dropping the database', 'DROP DATABASE neo4j'],
    ['creating a user', "CREATE USER intruder SET PASSWORD 'intruder-password'"],
  ])(
    'refuses %s (403, or 400 when the database itself rejects the command) and the database keeps serving',
    async (_what, query) => {
      const res = await cypher({ query });
      expect([400, 403], JSON.stringify(res.body)).toContain(res.status);
      expect(['READ_ONLY', 'FORBIDDEN', 'CYPHER_ERROR']).toContain(errorCode(res.body));
      const users = await readRows(driver, 'SHOW USERS YIELD user RETURN collect(user) AS users');
      expect(users[0]!.users).toEqual(['neo4j']);
      expect((await callEndpoint(base, ENDPOINT_CALLS[3]!)).status).toBe(200);
    },
  );

  it('left the graph and the schema exactly as seeded', async () => {
    expect(await graphFingerprint(driver, database())).toEqual(before);
    expect(await schemaObjects()).toEqual(schemaBefore);
    expect((await callEndpoint(base, ENDPOINT_CALLS[0]!)).status).toBe(200);
  });
});
