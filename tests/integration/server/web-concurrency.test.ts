// WEB_CONCURRENCY=2 as a user runs it: the primary starts (and seeds) the embedded Neo4j once and two API workers behind one
// port (proved by their pids), the rate limit is counted across both, a killed worker is replaced (health shows it),
// and a second app process on the same database (as a replica would be) reads a write made through the first by
// its bookmarks. SIGTERM stops workers, then Neo4j.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponseSchema, HealthResponseSchema } from '../../../model/api-responses.js';
import { freePort } from '../../../neo4j/embedded.js';
import { captureOutput, isAlive, waitFor, waitForLine } from '../../support/spawn.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-web-concurrency-'));
const PASSWORD = 'web-concurrency-test-pw';
const WRITE_TOKEN = 'web-concurrency-write-token-0123';
const API_LIMIT = 24;
const CALL_CEILING_MS = 30_000;
/**
 * A probe retried until a condition holds gives up on a silent connection sooner: right after a worker is killed the
 * cluster may hand a connection to it, and that one is never answered.
 */
const PROBE_CEILING_MS = 5_000;
const children: ChildProcess[] = [];

interface Answer {
  status: number;
  body: unknown;
}

let client = 0;
/**
 * One request on a fresh connection (so the cluster may hand it to any worker). Each request comes from its own
 * client address (X-Forwarded-For, trusted from loopback) unless `from` is given, so only the rate-limit test
 * spends a client's budget.
 */
function call(
  port: number,
  method: string,
  url: string,
  opts: { body?: object; from?: string; headers?: Record<string, string>; ceilingMs?: number } = {},
) {
  client += 1;
  const from = opts.from ?? `10.1.${(client >> 8) & 255}.${client & 255}`;
  const payload = opts.body ? JSON.stringify(opts.body) : undefined;
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: false,
        headers: {
          'X-Forwarded-For': from,
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    // A connection the cluster handed to a worker as it was killed is never answered: give up on it (a ceiling).
    const ceiling = opts.ceilingMs ?? CALL_CEILING_MS;
    req.setTimeout(ceiling, () => req.destroy(new Error(`no answer within ${ceiling} ms`)));
    req.end(payload);
  });
}

async function health(port: number, from?: string, ceilingMs?: number) {
  const res = await call(port, 'GET', '/api/health', {
    ...(from ? { from } : {}),
    ...(ceilingMs ? { ceilingMs } : {}),
  });
  return { status: res.status, body: res.status === 200 ? HealthResponseSchema.parse(res.body) : undefined };
}

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JAVA_HOME: process.env.JAVA_HOME,
      LOG_LEVEL: 'info',
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return { child, ...captureOutput(child) };
}

function jvmPids(): number[] {
  const res = spawnSync('pgrep', ['-f', '--', `--data ${dataDir}`], { encoding: 'utf8' });
  return res.stdout.split('\n').filter(Boolean).map(Number);
}

describe('WEB_CONCURRENCY=2', () => {
  let port: number;
  let neo4jPort: number;
  let primary: ReturnType<typeof startServer>;

  beforeAll(async () => {
    [port, neo4jPort] = [await freePort(), await freePort()];
    primary = startServer({
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: String(neo4jPort),
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_HEAP_MB: '512',
      NEO4J_PAGECACHE_MB: '128',
      ALLOW_WRITE_TOKEN: WRITE_TOKEN,
      API_RATE_PER_MINUTE: String(API_LIMIT),
    });
    await waitForLine(
      primary.child,
      /Talent Graph is ready at http:\/\/localhost:\d+ \(2 API workers/,
      600_000,
    );
  });

  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const pid of jvmPids()) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves requests from two worker processes, both listed by health', async () => {
    const seen = new Set<number>();
    let workers: number[] = [];
    await waitFor(
      async () => {
        const { body } = await health(port);
        if (body) {
          seen.add(body.pid);
          workers = body.workers.pids;
        }
        return seen.size >= 2 ? true : undefined;
      },
      120_000,
      'answers from two different API processes',
    );
    expect(workers).toHaveLength(2);
    expect([...seen].sort()).toEqual([...workers].sort());
    expect(workers).not.toContain(primary.child.pid);
    // One embedded Neo4j, started and seeded once by the primary; both workers serve the seeded graph.
    const count = (text: string) => primary.output().split(text).length - 1;
    expect(count('Starting the embedded Neo4j')).toBe(1);
    expect(count('loading the bundled sources')).toBe(1);
    expect((await health(port)).body).toMatchObject({ status: 'ok', graph: { nodes: expect.any(Number) } });
    expect(((await health(port)).body as { graph: { nodes: number } }).graph.nodes).toBeGreaterThan(20);
  });

  it('counts the rate limit across both workers: the limit is hit at the configured count', async () => {
    const from = '10.200.0.1';
    const servedBy = new Set<number>();
    let ok = 0;
    for (let i = 0; i < API_LIMIT * 3; i++) {
      const res = await health(port, from);
      if (res.status === 429) break;
      expect(res.status).toBe(200);
      ok += 1;
      servedBy.add(res.body!.pid);
    }
    // Per-process limits would have let up to twice the limit through.
    expect(ok).toBe(API_LIMIT);
    expect(servedBy.size).toBe(2);
    // Every worker refuses this client now, whichever gets the connection.
    for (let i = 0; i < 6; i++) expect((await health(port, from)).status).toBe(429);
  });

  it('a read sent with the bookmarks of a write through one app reads it through a second app process', async () => {
    const write = await call(port, 'POST', '/api/cypher', {
      body: { query: "CREATE (:Person {id: 'person:replica-probe', name: 'Replica Probe'})", mode: 'write' },
      headers: { Authorization: `Bearer ${WRITE_TOKEN}` },
    });
    expect(write.status).toBe(200);
    const { bookmarks } = CypherResponseSchema.parse(write.body);
    expect(bookmarks.length).toBeGreaterThan(0);

    const replicaPort = await freePort();
    const replica = startServer({
      PORT: String(replicaPort),
      NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`,
      NEO4J_PASSWORD: PASSWORD,
      SEED_ON_EMPTY: 'false',
    });
    await waitForLine(replica.child, /Talent Graph is ready at http:\/\/localhost:\d+/, 300_000);
    const read = await call(replicaPort, 'POST', '/api/cypher', {
      body: { query: "MATCH (p:Person {id: 'person:replica-probe'}) RETURN p.name AS name", bookmarks },
    });
    expect(read.status).toBe(200);
    expect(CypherResponseSchema.parse(read.body).rows).toEqual([{ name: 'Replica Probe' }]);
    // A built-in read endpoint takes them in the Neo4j-Bookmarks header.
    const node = await call(replicaPort, 'GET', '/api/nodes/person%3Areplica-probe', {
      headers: { 'Neo4j-Bookmarks': bookmarks.join(',') },
    });
    expect(node.status).toBe(200);
    expect(JSON.stringify(node.body)).toContain('Replica Probe');
    replica.child.kill('SIGTERM');
    expect(await replica.exited).toBe(0);
  }, 600_000);

  it('stops with the reason when its workers cannot start (the port is taken), the running cluster untouched', async () => {
    const second = startServer({
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`,
      NEO4J_PASSWORD: PASSWORD,
      SEED_ON_EMPTY: 'false',
    });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(second.output()).toMatch(/An API worker could not start \(exit code 1\); stopping\./);
    // The running cluster is untouched.
    expect((await health(port)).status).toBe(200);
  }, 600_000);

  it('replaces a worker that is killed, and health lists the new one', async () => {
    const before = (await waitFor(async () => (await health(port)).body, 60_000, 'health')).workers.pids;
    expect(before).toHaveLength(2);
    const victim = before[0]!;
    process.kill(victim, 'SIGKILL');
    const after = await waitFor(
      async () => {
        const { body } = await health(port, undefined, PROBE_CEILING_MS).catch(() => ({ body: undefined }));
        return body && body.workers.count === 2 && !body.workers.pids.includes(victim)
          ? body.workers.pids
          : undefined;
      },
      300_000,
      'a new worker in place of the killed one',
    ).catch((err: Error) => {
      throw new Error(`${err.message}; the server said:\n${primary.output().slice(-4000)}`);
    });
    expect(isAlive(victim)).toBe(false);
    const replacement = after.find((p) => !before.includes(p))!;
    expect(replacement).toBeDefined();
    await waitFor(
      async () =>
        (await health(port, undefined, PROBE_CEILING_MS).catch(() => ({ body: undefined }))).body?.pid ===
        replacement
          ? true
          : undefined,
      300_000,
      'an answer from the new worker',
    );
    expect(primary.output()).toMatch(new RegExp(`API worker ${victim} stopped unexpectedly`));
  }, 600_000);

  it('stops workers and Neo4j on SIGTERM', async () => {
    const { workers } = (await health(port)).body!;
    expect(jvmPids().length).toBeGreaterThan(0);
    primary.child.kill('SIGTERM');
    expect(await primary.exited, `the server said:\n${primary.output().slice(-4000)}`).toBe(0);
    for (const pid of workers.pids) expect(isAlive(pid)).toBe(false);
    await waitFor(() => (jvmPids().length === 0 ? true : undefined), 30_000, 'the JVM to exit');
  });
});
