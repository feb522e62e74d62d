// `npm run seed -- --cypher FILE` and `--schema-only` against the run's real Neo4j, as a user runs them (a child
// process of the compiled entry's source). Input: the hand-written foreign graphs of tests/fixtures/foreign.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema, recomputeTalentFlows, resetGraph } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { runSeed } from '../../support/seed-cli.js';

let driver: Driver;
let tmp: string;

const count = async (query: string) => Number((await readRows(driver, query))[0]!.n);
const productIndexes = async () =>
  (await readRows(driver, 'SHOW INDEXES YIELD name RETURN collect(name) AS names'))[0]!.names as string[];

/** Drops every index and constraint, as on a database that was never ours (afterAll puts ours back). */
async function dropSchema(): Promise<void> {
  const { database } = testNeo4j();
  for (const c of await readRows(driver, 'SHOW CONSTRAINTS YIELD name RETURN name'))
    await driver.executeQuery(`DROP CONSTRAINT \`${String(c.name)}\` IF EXISTS`, {}, { database });
  for (const i of await readRows(driver, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await driver.executeQuery(`DROP INDEX \`${String(i.name)}\` IF EXISTS`, {}, { database });
}

beforeAll(async () => {
  driver = createTestDriver();
  await dropSchema();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cypher-'));
});
afterAll(async () => {
  await resetGraph(driver, { database: testNeo4j().database });
  await dropSchema();
  // The files after this one find Talent Graph's schema as every other file leaves it.
  await ensureSchema(driver, { database: testNeo4j().database });
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run seed -- --cypher', () => {
  it('runs every statement of a script, with progress, and loads nothing else', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const r = await runSeed(['--cypher', 'tests/fixtures/foreign/library.cypher']);
    expect(r.stderr).toMatch(/✓ 1\/13 \(line 6\) CREATE CONSTRAINT author_key/);
    expect(r.stderr).toMatch(/✓ 13\/13 \(line 33\) MATCH/);
    expect(r.stderr).toMatch(/library\.cypher: 13 statements applied in [\d.]+ s: .*nodesCreated 10/);
    expect(r.code).toBe(0);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(10);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBe(11);
    // Semicolons and escaped quotes inside strings arrived intact.
    const titles = (await readRows(driver, 'MATCH (b:Book) RETURN b.title AS t ORDER BY b.id')).map(
      (x) => x.t,
    );
    expect(titles).toEqual([
      'Rivers; and Other Roads',
      'The Salt Ledger',
      'Glass "Harbour"',
      "Night 'Shift' Notes",
    ]);
    // None of Talent Graph's own data or schema was written: the user asked only for the script.
    expect(await count('MATCH (n:Person|Organization|Source) RETURN count(n) AS n')).toBe(0);
    expect(await productIndexes()).not.toContain('entity_search');
  });

  it('stops at a failing statement, naming file, statement and line, and says what was applied', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const r = await runSeed(['--cypher', 'tests/fixtures/foreign/broken.cypher']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/broken\.cypher:4: statement 2 of 3 failed: .+/);
    expect(r.stderr).toMatch(
      /Already applied and committed: statement 1 \(nodesCreated 1.*\); nothing after/,
    );
    const ids = (await readRows(driver, 'MATCH (g:Gadget) RETURN g.id AS id')).map((x) => x.id);
    expect(ids).toEqual(['g-1']);
  });

  it('exits 1 with the line of an unclosed string, writing nothing', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const file = path.join(tmp, 'unclosed.cypher');
    fs.writeFileSync(file, "CREATE (:Gadget {id: 'x'});\n\nCREATE (:Gadget {id: 'y});\n");
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:22: A string opened with ' is never closed.`);
    expect(r.stderr).toContain('Nothing from this script was written.');
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('exits 1 naming line and column of a script that is not UTF-8, writing nothing', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const file = path.join(tmp, 'cp1256.cypher');
    // A made-up name, ليلى, in Windows-1256, as Windows' "ANSI" editors save Arabic.
    const head = Buffer.from("CREATE (:Gadget {id: 'a'});\nCREATE (:Gadget {name: '");
    fs.writeFileSync(
      file,
      Buffer.concat([head, Buffer.from([0xe1, 0xed, 0xe1, 0xec]), Buffer.from("'});\n")]),
    );
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${file}:2:25: byte 0xE1 is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); Cypher scripts are UTF-8 — save it with the encoding UTF-8`,
    );
    expect(r.stderr).toContain('Nothing from this script was written.');
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('reads every script before running the first: a later one not UTF-8 or not splittable stops the run first', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const good = path.join(tmp, 'good-first.cypher');
    fs.writeFileSync(good, "CREATE (:Gadget {id: 'first'});\n");
    const latin = path.join(tmp, 'latin-second.cypher');
    fs.writeFileSync(
      latin,
      Buffer.concat([Buffer.from("CREATE (:Gadget {name: '"), Buffer.from([0xe9]), Buffer.from("'});\n")]),
    );
    const r = await runSeed(['--cypher', good, '--cypher', latin]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${latin}:1:25: byte 0xE9 is not UTF-8`);
    expect(r.stderr).not.toContain('Already written and committed');
    const open = path.join(tmp, 'open-quote.cypher');
    fs.writeFileSync(open, "CREATE (:Gadget {name: 'never closed});\n");
    const q = await runSeed(['--cypher', good, '--cypher', open]);
    expect(q.code).toBe(1);
    expect(q.stderr).toContain(`${open}:1:`);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('rolls back a :begin block whose statement fails, and reports only what was committed', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const file = path.join(tmp, 'block.cypher');
    fs.writeFileSync(
      file,
      "CREATE (:Gadget {id: 'a'});\n:begin\nCREATE (:Gadget {id: 'b'});\nRETURN 1/0;\n:commit\nCREATE (:Gadget {id: 'c'});\n",
    );
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/block\.cypher:4: statement 3 of 4 failed: .*\/ by zero/i);
    expect(r.stderr).toMatch(/Already applied and committed: statement 1 \(nodesCreated 1/);
    expect((await readRows(driver, 'MATCH (g:Gadget) RETURN g.id AS id')).map((x) => x.id)).toEqual(['a']);
  });

  it('derives the talent flows again after a script that changed the facts, and says so', async () => {
    const { database } = testNeo4j();
    await resetGraph(driver, { database });
    // Made-up people and organisations: Q left Meta for xAI (two stated stints); R stays at Meta.
    await driver.executeQuery(
      `CREATE (meta:Organization {id: 'org:cs-meta', name: 'Meta', kind: 'company'}),
              (xai:Organization {id: 'org:cs-xai', name: 'xAI', kind: 'company'}),
              (q:Person {id: 'person:cs-q', name: 'Q'}), (r:Person {id: 'person:cs-r', name: 'R'}),
              (q)-[:WORKED_AT {id: 'fact:cs-q-meta', end: '2023-05', left: true, certainty: 'stated', sources: ['source:cs-a']}]->(meta),
              (q)-[:WORKED_AT {id: 'fact:cs-q-xai', start: '2023-06', certainty: 'stated', sources: ['source:cs-a']}]->(xai),
              (r)-[:WORKED_AT {id: 'fact:cs-r-meta', start: '2020', certainty: 'stated', sources: ['source:cs-a']}]->(meta)`,
      {},
      { database },
    );
    await recomputeTalentFlows(driver, { database });
    const flows = () =>
      readRows(driver, 'MATCH (a)-[f:TALENT_FLOW]->(b) RETURN a.id AS from, b.id AS to, f.people AS people');
    expect(await flows()).toEqual([{ from: 'org:cs-meta', to: 'org:cs-xai', people: ['person:cs-q'] }]);
    // The source retracted Q's move: the stint at xAI is deleted, so no move out of Meta is left.
    const file = path.join(tmp, 'retract.cypher');
    fs.writeFileSync(file, "MATCH ()-[r:WORKED_AT {id: 'fact:cs-q-xai'}]->() DELETE r;\n");
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Talent flows and talent indexes derived again after the script: 0 TALENT_FLOW relationships\./,
    );
    expect(await flows()).toEqual([]);
    // A script that adds a move is counted too.
    const hire = path.join(tmp, 'hire.cypher');
    fs.writeFileSync(
      hire,
      "MATCH (r:Person {id: 'person:cs-r'}), (x:Organization {id: 'org:cs-xai'})\n" +
        "CREATE (r)-[:WORKED_AT {id: 'fact:cs-r-xai', start: '2024-02', certainty: 'stated', sources: ['source:cs-b']}]->(x);\n" +
        "MATCH (:Person {id: 'person:cs-r'})-[s:WORKED_AT {id: 'fact:cs-r-meta'}]->() SET s.end = '2024-01', s.left = true;\n",
    );
    const h = await runSeed(['--cypher', hire]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/derived again after the script: 1 TALENT_FLOW relationship\./);
    expect(await flows()).toEqual([{ from: 'org:cs-meta', to: 'org:cs-xai', people: ['person:cs-r'] }]);
  });

  it('derives the talent flows again when a script fails after committing a change to the facts', async () => {
    const { database } = testNeo4j();
    await resetGraph(driver, { database });
    // Made-up people and organisations: Q left Meta for xAI (two stated stints).
    await driver.executeQuery(
      `CREATE (meta:Organization {id: 'org:cs-meta', name: 'Meta', kind: 'company'}),
              (xai:Organization {id: 'org:cs-xai', name: 'xAI', kind: 'company'}),
              (q:Person {id: 'person:cs-q', name: 'Q'}),
              (q)-[:WORKED_AT {id: 'fact:cs-q-meta', end: '2023-05', left: true, certainty: 'stated', sources: ['source:cs-a']}]->(meta),
              (q)-[:WORKED_AT {id: 'fact:cs-q-xai', start: '2023-06', certainty: 'stated', sources: ['source:cs-a']}]->(xai)`,
      {},
      { database },
    );
    await recomputeTalentFlows(driver, { database });
    const flows = () => readRows(driver, 'MATCH (a)-[f:TALENT_FLOW]->(b) RETURN a.id AS from, b.id AS to');
    expect(await flows()).toEqual([{ from: 'org:cs-meta', to: 'org:cs-xai' }]);
    // The first statement retracts Q's move and commits; the second fails, so the run stops with an error.
    const file = path.join(tmp, 'retract-then-fail.cypher');
    fs.writeFileSync(file, "MATCH ()-[r:WORKED_AT {id: 'fact:cs-q-xai'}]->() DELETE r;\nRETURN 1/0;\n");
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Already applied and committed: statement 1/);
    expect(r.stderr).toMatch(
      /Talent flows and talent indexes derived again after what the scripts committed: 0 TALENT_FLOW relationships\./,
    );
    expect(await flows()).toEqual([]);
  });

  it('derives nothing again when the first script fails before committing anything', async () => {
    const { database } = testNeo4j();
    await resetGraph(driver, { database });
    await driver.executeQuery(
      `CREATE (meta:Organization {id: 'org:cs-meta', name: 'Meta', kind: 'company'}),
              (q:Person {id: 'person:cs-q', name: 'Q'}),
              (q)-[:WORKED_AT {id: 'fact:cs-q-meta', start: '2020', certainty: 'stated', sources: ['source:cs-a']}]->(meta)`,
      {},
      { database },
    );
    const file = path.join(tmp, 'fail-first.cypher');
    fs.writeFileSync(file, 'RETURN 1/0;\n');
    const r = await runSeed(['--cypher', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/statement 1 of 1 failed/);
    expect(r.stderr).not.toMatch(/derived again/);
  });

  it('derives nothing after a script on a graph that holds no facts of ours, and says so', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    const r = await runSeed(['--cypher', 'tests/fixtures/foreign/library.cypher']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No facts of Talent Graph's in the database: no talent flows derived.");
    // Not even the derivation's lock: the script's ten nodes are all there is.
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(10);
  });
});

describe('npm run seed -- --schema-only', () => {
  it("creates Talent Graph's indexes and constraints and writes no data", async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    await dropSchema();
    const r = await runSeed(['--schema-only']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/indexes and constraints exist .* no data was written/);
    expect(await productIndexes()).toContain('entity_search');
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(0);
  });

  it('refuses to be combined with a script', async () => {
    const r = await runSeed(['--schema-only', '--cypher', 'tests/fixtures/foreign/library.cypher']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--schema-only cannot be combined/);
  });
});
