import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetGraph } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { runSeed } from '../../support/seed-cli.js';

// Runs `npm run seed`'s entry point as a child process against the test Neo4j (NEO4J_URI set, so no embedded
// engine is started). Input: the fictional fixture of tests/fixtures/seed/flows and broken copies of it.
const FIXTURE = 'tests/fixtures/seed/flows/fixture-moves.facts.yaml';
let driver: Driver;
let tmp: string;

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
      /bad\.facts\.yaml:67:11: facts\[0\]\.type: expected one of WORKED_AT, .* got "EMPLOYED_BY"/,
    );
    expect(r.stderr).toMatch(/bad\.facts\.yaml:\d+:\d+: facts\[1\]\.evidence: not found verbatim in /);
    expect(await nodes()).toBe(0);
  }, 120_000);

  it('loads files, prints the summary table, and is idempotent', async () => {
    const first = await runSeed([FIXTURE]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/:Person\s+7\s+7\s+0\s+0/);
    expect(first.stdout).toMatch(/rows in [\d.]+ s \([\d,]+ rows\/s\); 7 TALENT_FLOW relationships derived/);
    // The bookmark of the write: a session (of any process) started with it reads after the seed.
    const bookmarks = /^Bookmarks: (\S+)$/m.exec(first.stdout)?.[1]?.split(',');
    expect(bookmarks?.[0]).toMatch(/^FB:[A-Za-z0-9+/=]+$/);
    const session = driver.session({ database: testNeo4j().database, bookmarks, defaultAccessMode: 'READ' });
    try {
      const res = await session.run('MATCH (p:Person) RETURN count(p) AS n');
      expect(Number(res.records[0]!.get('n'))).toBe(7);
    } finally {
      await session.close();
    }
    const again = await runSeed([FIXTURE]);
    expect(again.stdout).toMatch(/:Person\s+7\s+0\s+0\s+0/);
  }, 120_000);

  it('refuses --reset without --yes when not on a terminal', async () => {
    const r = await runSeed(['--reset', FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--reset deletes every node and relationship; add --yes to confirm when not on a terminal',
    );
    expect(await nodes()).toBeGreaterThan(0);
  }, 120_000);

  it('says which imports were committed when a later one is invalid, instead of "nothing was written"', async () => {
    // A made-up person, and a file with an unknown column.
    const good = path.join(tmp, 'good.csv');
    const bad = path.join(tmp, 'bad.csv');
    fs.writeFileSync(good, 'person_name\nCli Test Person\n');
    fs.writeFileSync(bad, 'person_name,colour\nCli Other Person,red\n');
    const r = await runSeed(['--import', good, '--import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('nothing was written');
    expect(r.stderr).toContain(`Invalid input in ${bad}; nothing of it was written. 1 problem:`);
    expect(r.stderr).toContain(`Already written and committed before it: the import ${good}.`);
    const people = await readRows(
      driver,
      "MATCH (p:Person) WHERE p.name STARTS WITH 'Cli ' RETURN p.name AS name",
    );
    expect(people).toEqual([{ name: 'Cli Test Person' }]);
  }, 120_000);

  it('checks facts files and CSV files before a Cypher script runs: an invalid one stops the run with nothing written', async () => {
    const script = path.join(tmp, 'first.cypher');
    const bad = path.join(tmp, 'bad-type.facts.yaml');
    const badCsv = path.join(tmp, 'bad-column.csv');
    fs.writeFileSync(script, "CREATE (:Gadget {id: 'cli-first'});\n");
    fs.writeFileSync(bad, fs.readFileSync(FIXTURE, 'utf8').replace('type: WORKED_AT', 'type: EMPLOYED_BY'));
    fs.writeFileSync(badCsv, 'person_name,colour\nCli Third Person,red\n');
    const r = await runSeed(['--cypher', script, bad, '--import', badCsv]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Invalid input; nothing was written. 2 problems:');
    expect(r.stderr).toMatch(/bad-type\.facts\.yaml:67:11: facts\[0\]\.type: expected one of WORKED_AT, /);
    expect(r.stderr).toMatch(/bad-column\.csv:1: header, column 2: unknown column "colour"/);
    expect(r.stderr).not.toContain('✓');
    expect(await readRows(driver, 'MATCH (g:Gadget) RETURN g.id AS id')).toEqual([]);
  }, 120_000);

  it('names a Cypher script among what was committed when a facts file after it is invalid', async () => {
    const script = path.join(tmp, 'second.cypher');
    const dangling = path.join(tmp, 'dangling.facts.yaml');
    fs.writeFileSync(script, "CREATE (:Gadget {id: 'cli-second'});\n");
    fs.writeFileSync(
      dangling,
      [
        'source: { id: source:cli-dangling, title: A test note, publisher: Fixture Gazette, published: 2024-07-01, language: en, url: null }',
        'facts:',
        '  - { id: fact:cli-dangling, type: WORKED_AT, from: person:cli-nobody, to: org:alpha-labs, certainty: stated, evidence: x, evidenceEn: x }',
        '',
      ].join('\n'),
    );
    const r = await runSeed(['--cypher', script, dangling]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('nothing was written');
    expect(r.stderr).toContain(`Invalid input in ${dangling}; nothing of it was written. 1 problem:`);
    expect(r.stderr).toMatch(
      /dangling\.facts\.yaml:3:\d+: facts\[0\]\.from: unknown node id "person:cli-nobody"/,
    );
    expect(r.stderr).toContain(`Already written and committed before it: the Cypher script ${script}.`);
    expect(await readRows(driver, 'MATCH (g:Gadget) RETURN g.id AS id')).toEqual([{ id: 'cli-second' }]);
    expect(await readRows(driver, "MATCH (s:Source {id: 'source:cli-dangling'}) RETURN s.id AS id")).toEqual(
      [],
    );
  }, 120_000);

  it('seeds a facts file that refers to a node the Cypher script before it creates', async () => {
    const script = path.join(tmp, 'third.cypher');
    const file = path.join(tmp, 'after-script.facts.yaml');
    fs.writeFileSync(script, "CREATE (:Person {id: 'person:cli-scripted', name: 'Cli Scripted'});\n");
    fs.writeFileSync(
      file,
      [
        'source: { id: source:cli-after-script, title: A test note, publisher: Fixture Gazette, published: 2024-07-01, language: en, url: null }',
        'facts:',
        '  - { id: fact:cli-scripted, type: WORKED_AT, from: person:cli-scripted, to: org:alpha-labs, certainty: stated, evidence: x, evidenceEn: x }',
        '',
      ].join('\n'),
    );
    const r = await runSeed(['--cypher', script, file]);
    expect(r.stderr).not.toContain('Invalid input');
    expect(r.code).toBe(0);
    expect(
      await readRows(
        driver,
        "MATCH (:Person {id: 'person:cli-scripted'})-[r:WORKED_AT]->() RETURN r.id AS id",
      ),
    ).toEqual([{ id: 'fact:cli-scripted' }]);
  }, 120_000);

  it('rejects bad options with the usage text', async () => {
    const r = await runSeed(['--synthetic', '--people', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--people: expected a whole number ≥ 1, got 'many'");
    expect(r.stderr).toContain('Usage: npm run seed');
  }, 120_000);
});
