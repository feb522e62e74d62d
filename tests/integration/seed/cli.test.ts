import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// Runs `npm run seed`'s entry point as a child process against the test Neo4j (NEO4J_URI set, so no embedded
// engine is started). Input: the fictional fixture of tests/fixtures/seed/flows and broken copies of it.
const FIXTURE = 'tests/fixtures/seed/flows/fixture-moves.facts.yaml';
let driver: Driver;
let tmp: string;

function runSeed(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { uri, user, password, database } = testNeo4j();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts', ...args], {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const nodes = async () => Number((await readRows(driver, 'MATCH (n) RETURN count(n) AS n'))[0]!.n);

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  fs.copyFileSync('tests/fixtures/seed/flows/fixture-moves.ar.txt', path.join(tmp, 'fixture-moves.ar.txt'));
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run seed', () => {
  it('exits 1 listing every problem with its place, and writes nothing', async () => {
    const bad = path.join(tmp, 'bad.facts.yaml');
    fs.writeFileSync(
      bad,
      fs
        .readFileSync(FIXTURE, 'utf8')
        .replace('type: WORKED_AT', 'type: EMPLOYED_BY')
        .replace('certainty: stated\n    evidence: ثم', 'certainty: stated\n    evidence: ثمّ'),
    );
    const r = await runSeed([bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Invalid input; nothing was written. 2 problems:');
    expect(r.stderr).toMatch(
      /bad\.facts\.yaml:52:11: facts\[0\]\.type: expected one of WORKED_AT, .* got "EMPLOYED_BY"/,
    );
    expect(r.stderr).toMatch(/bad\.facts\.yaml:\d+:\d+: facts\[1\]\.evidence: not found verbatim in /);
    expect(await nodes()).toBe(0);
  }, 120_000);

  it('loads files, prints the summary table, and is idempotent', async () => {
    const first = await runSeed([FIXTURE]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/:Person\s+5\s+5\s+0\s+0/);
    expect(first.stdout).toMatch(/rows in [\d.]+ s \([\d,]+ rows\/s\); 4 TALENT_FLOW relationships derived/);
    const again = await runSeed([FIXTURE]);
    expect(again.stdout).toMatch(/:Person\s+5\s+0\s+0\s+0/);
  }, 120_000);

  it('refuses --reset without --yes when not on a terminal', async () => {
    const r = await runSeed(['--reset', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--reset deletes every node and relationship; add --yes to confirm when not on a terminal',
    );
    expect(await nodes()).toBeGreaterThan(0);
  }, 120_000);

  it('rejects bad options with the usage text', async () => {
    const r = await runSeed(['--synthetic', '--people', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--people: expected a whole number ≥ 1, got 'many'");
    expect(r.stderr).toContain('Usage: npm run seed');
  }, 120_000);
});
