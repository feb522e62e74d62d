// `npm start` end to end, as a user runs it: embedded Neo4j, seeded explorer, health ok, Ctrl-C leaves no JVM,
// a second start reuses the data without reseeding, and a third derives again the flows a killed derivation cut short.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../neo4j/embedded.js';
import { captureOutput, waitFor, waitForLine } from '../../support/spawn.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-npm-start-'));
const children: ChildProcess[] = [];

function jvmPids(): number[] {
  const res = spawnSync('pgrep', ['-f', '--', `--data ${dataDir}`], { encoding: 'utf8' });
  return res.stdout.split('\n').filter(Boolean).map(Number);
}

async function start(port: number, neo4jPort: number) {
  const child = spawn(process.execPath, ['scripts/start.mjs', 'server'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JAVA_HOME: process.env.JAVA_HOME,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: String(neo4jPort),
      NEO4J_HEAP_MB: '512',
      NEO4J_PAGECACHE_MB: '128',
      PORT: String(port),
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const { output } = captureOutput(child);
  await waitForLine(child, /Talent Graph is ready at http:\/\/localhost:\d+/, 600_000);
  return { child, output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves a seeded explorer, stops Neo4j on Ctrl-C, and reuses the data on the next start', async () => {
    const [port, neo4jPort] = [await freePort(), await freePort()];
    const first = await start(port, neo4jPort);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health.status).toBe('ok');
    expect(health.neo4j.version).toMatch(/^5\.26\./);
    expect(health.neo4j.uri).toBe(`bolt://127.0.0.1:${neo4jPort}`);
    expect(health.graph.nodes).toBeGreaterThan(20);
    expect(first.output()).toContain('loading the bundled sources');
    expect(first.output()).not.toMatch(/password["':= ]+[A-Za-z0-9_-]{12,}/i);

    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    // "Ready" came after the first screen's queries had run once, and the first page's requests all succeed.
    expect(first.output().indexOf("Warmed up the first screen's queries")).toBeGreaterThan(-1);
    expect(first.output().indexOf("Warmed up the first screen's queries")).toBeLessThan(
      first.output().indexOf('Talent Graph is ready'),
    );
    for (const path of ['/api/schema', '/api/search?q=meta', '/api/health'])
      expect((await fetch(`http://127.0.0.1:${port}${path}`)).status, path).toBe(200);

    expect(jvmPids().length).toBeGreaterThan(0);
    expect(await stop(first.child)).toBe(0);
    await waitFor(() => (jvmPids().length === 0 ? true : undefined), 20_000, 'the JVM to exit');

    const second = await start(port, neo4jPort);
    expect(second.output()).toContain('already holds data; not seeding');
    const again = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(again.graph).toEqual(health.graph);

    // A derivation of the flows cut short (its process killed while it held the lock, its lease run out): the next
    // start derives them again, and the flows say so until it has.
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${neo4jPort}`,
      neo4j.auth.basic('neo4j', fs.readFileSync(path.join(dataDir, '.password'), 'utf8').trim()),
    );
    try {
      await driver.executeQuery(
        "MERGE (d:TalentFlowDerivation {id: 'talent-flows'}) SET d.holder = 'a-killed-process', d.until = 1",
      );
    } finally {
      await driver.close();
    }
    expect(await stop(second.child)).toBe(0);
    await waitFor(() => (jvmPids().length === 0 ? true : undefined), 20_000, 'the JVM to exit');

    const third = await start(port, neo4jPort);
    expect(third.output()).toContain('was cut short');
    const derived = await waitFor(
      async () => {
        // An answer other than 200 (the database busy deriving on a loaded machine: 503) is asked again.
        const res = await fetch(`http://127.0.0.1:${port}/api/flows`);
        if (!res.ok) return undefined;
        const body = await res.json();
        return body.derivation.running || body.derivation.failed ? undefined : body;
      },
      300_000,
      'the flows to be derived again',
    );
    expect(derived.flows.some((f: { id: string }) => f.id === 'flow:org:meta->org:xai')).toBe(true);
    await waitFor(
      () => (third.output().includes('Talent flows derived again') ? true : undefined),
      60_000,
      'its log',
    );
    expect(await stop(third.child)).toBe(0);
    await waitFor(() => (jvmPids().length === 0 ? true : undefined), 20_000, 'the JVM to exit');
  }, 900_000);
});
