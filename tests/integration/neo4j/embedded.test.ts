// The embedded Neo4j launcher against the real engine: start, auth, Cypher, stop, restart with data, no orphan JVM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j } from '../../../neo4j/embedded.js';
import { isAlive, waitFor, waitForLine } from '../../support/spawn.js';

const PASSWORD = 'launcher-test-pw';
const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-launcher-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('startEmbeddedNeo4j', () => {
  it('starts the real engine with auth, answers Cypher, keeps data across a restart with further settings that never turn auth off, and leaves no JVM when stopped', async () => {
    const dataDir = tempDir();
    const db = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      password: PASSWORD,
      heapMb: 512,
      pageCacheMb: 128,
    });
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.version).toMatch(/^5\.26\./);
    // The password is not on the JVM's command line, which every user of the machine can read through ps.
    const cmdline = fs.readFileSync(`/proc/${db.pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('neo4j-launcher.jar');
    expect(cmdline).not.toContain(PASSWORD);
    const driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', PASSWORD));
    await driver.executeQuery("CREATE (:Probe {id: 'probe:1', name: 'ماسك'})");
    const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.name AS name, 40 + 2 AS answer');
    expect(records[0]?.get('name')).toBe('ماسك');
    expect(records[0]?.get('answer').toNumber()).toBe(42);
    await driver.close();

    const wrong = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await wrong.close();

    await db.stop();
    expect(isAlive(db.pid)).toBe(false);

    // The restart also takes further settings: they reach the engine, and none overrides the launcher's own.
    const again = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      password: PASSWORD,
      heapMb: 512,
      pageCacheMb: 128,
      settings: { 'dbms.cypher.min_replan_interval': '1h', 'dbms.security.auth_enabled': 'false' },
    });
    const d2 = neo4j.driver(again.uri, neo4j.auth.basic('neo4j', PASSWORD));
    const res = await d2.executeQuery('MATCH (p:Probe) RETURN count(p) AS n');
    expect(res.records[0]?.get('n').toNumber()).toBe(1);
    const settings = await d2.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['dbms.cypher.min_replan_interval', 'dbms.security.auth_enabled'] RETURN name, value ORDER BY name",
    );
    expect(settings.records.map((r) => `${r.get('name')}=${r.get('value')}`)).toEqual([
      'dbms.cypher.min_replan_interval=1h',
      'dbms.security.auth_enabled=true',
    ]);
    await d2.close();
    const stillWrong = neo4j.driver(again.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(stillWrong.verifyConnectivity()).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await stillWrong.close();
    await again.stop();
    expect(isAlive(again.pid)).toBe(false);
  }, 300_000);

  it('says which port is taken instead of failing obscurely', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      await expect(startEmbeddedNeo4j({ dataDir: tempDir(), port, password: PASSWORD })).rejects.toThrow(
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use.*NEO4J_EMBEDDED_PORT`, 's'),
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a password shorter than Neo4j accepts, with a clear message', async () => {
    await expect(startEmbeddedNeo4j({ dataDir: tempDir(), port: 0, password: 'short' })).rejects.toThrow(
      /at least 8 characters/,
    );
  });

  it("refuses an unknown Neo4j setting at start in Neo4j's own words, naming the setting", async () => {
    await expect(
      startEmbeddedNeo4j({
        dataDir: tempDir(),
        port: 0,
        password: PASSWORD,
        settings: { 'dbms.cypher.min_replan_intervl': '1h' },
      }),
    ).rejects.toThrow(
      /settings are not valid: .*No declared setting with name: dbms\.cypher\.min_replan_intervl/,
    );
  });

  it('refuses a setting that would break the settings file before it starts Java', async () => {
    const broken: Record<string, string>[] = [
      { 'Bad Name': '1' },
      { 'dbms.cypher.min_replan_interval': '1h\nbolt.enabled=false' },
    ];
    for (const settings of broken) {
      await expect(
        startEmbeddedNeo4j({ dataDir: tempDir(), port: 0, password: PASSWORD, settings }),
      ).rejects.toThrow(
        /cannot be passed to the embedded engine: expected a dotted lower-case name and a one-line value/,
      );
    }
  });

  it('takes the JVM down when its parent is killed with SIGKILL', async () => {
    const script = path.join(tempDir(), 'parent.mts');
    const embeddedModule = path.resolve('neo4j/embedded.ts');
    fs.writeFileSync(
      script,
      `import { startEmbeddedNeo4j } from ${JSON.stringify(embeddedModule)};
const db = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(tempDir())}, port: 0, password: ${JSON.stringify(PASSWORD)}, heapMb: 512, pageCacheMb: 128 });
console.log('JVM_PID=' + db.pid);
setInterval(() => {}, 1000);
`,
    );
    // One process (no tsx wrapper), so SIGKILL hits the very process that holds the JVM's stdin.
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const m = await waitForLine(parent, /JVM_PID=(\d+)/, 120_000);
    const jvm = Number(m[1]);
    expect(isAlive(jvm)).toBe(true);
    parent.kill('SIGKILL');
    await waitFor(() => !isAlive(jvm) || undefined, 30_000, 'the orphaned JVM to exit');
    expect(isAlive(jvm)).toBe(false);
  }, 300_000);
});
