// `npm run seed -- --cypher FILE` and `--schema-only` against the run's real Neo4j, as a user runs them (a child
// process of the compiled entry's source). Input: the hand-written foreign graphs of tests/fixtures/foreign.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema, resetGraph } from '../../../seed/index.js';
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
