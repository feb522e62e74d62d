// A re-seed's warning that it removed a name reaches the user even when the run fails after that source committed:
// the removal is in the database then, so the warning cannot wait for the summary of a run that never finishes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCsv, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { runSeed } from '../../support/seed-cli.js';

// The hand-made fictional fixtures (see their READMEs): two sources, seeded in this order.
const MOVES = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const TALENT = path.resolve('tests/fixtures/seed/talent/fixture-talent.facts.yaml');

let driver: Driver;
let tmp: string;
const database = () => testNeo4j().database;

/** Omar's alias as an import of before imports recorded what they added left it: the file does not declare it. */
async function giveOmarAnUnrecordedAlias() {
  await driver.executeQuery(
    "MATCH (p:Person {id: 'person:omar-nasser'}) SET p.aliases = ['O. Nasser']",
    {},
    { database: database() },
  );
}
async function omarsAliases() {
  const [row] = await readRows(driver, "MATCH (p:Person {id: 'person:omar-nasser'}) RETURN p.aliases AS a");
  return row!.a;
}

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reseed-warnings-'));
  fs.copyFileSync(MOVES.replace('.facts.yaml', '.ar.txt'), path.join(tmp, 'fixture-moves.ar.txt'));
});
beforeEach(async () => {
  await resetGraph(driver, { database: database() });
  await seedFiles(driver, [MOVES, TALENT], { database: database() });
  await giveOmarAnUnrecordedAlias();
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a re-seed that removed a name and then fails', () => {
  it('has said so as the source committed, before the later source failed', async () => {
    const said: string[] = [];
    const run = seedFiles(driver, [MOVES, TALENT], {
      database: database(),
      onWarning: (w) => said.push(w),
      onBatch: (info) => {
        if (info.source === 'source:fixture-talent') throw new Error('the disk is full');
      },
    });
    await expect(run).rejects.toThrow('the disk is full');
    // The first source committed the removal…
    expect(await omarsAliases()).toBeNull();
    // …and the user was told of it.
    expect(said).toEqual([expect.stringMatching(/^person:omar-nasser: seeding removed "O\. Nasser"/)]);
  });

  it('prints the warning from `npm run seed` when an import after the facts file is invalid', async () => {
    const bad = path.join(tmp, 'bad.csv');
    fs.writeFileSync(bad, 'person_id,no_such_column\nperson:x,1\n');
    const r = await runSeed([MOVES, '--import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^warning: person:omar-nasser: seeding removed "O\. Nasser"/m);
    expect(r.stderr).toContain('Already written and committed before it: the facts file');
    expect(await omarsAliases()).toBeNull();
  }, 120_000);
});

/** The moves fixture with one of its lines replaced, as its maintainers edit it. */
function editedMoves(from: string, to: string): string {
  const text = fs.readFileSync(MOVES, 'utf8');
  expect(text).toContain(from);
  const file = path.join(tmp, 'fixture-moves.facts.yaml');
  fs.writeFileSync(file, text.replace(from, to));
  return file;
}
const SARA = '  - { id: person:sara-kim, label: Person, name: Sara Kim, nameAr: سارة كيم }';
const respelled = (warnings: string[]) => warnings.filter((w) => w.includes('seeding respelled'));
async function names(id: string) {
  const [row] = await readRows(
    driver,
    'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.nameAr AS nameAr, p.aliases AS aliases',
    { id },
  );
  return row!;
}

describe('a re-seed that respells a name (one normalising alike)', () => {
  it('says so when the spelling it replaces is one a CSV import added', async () => {
    fs.writeFileSync(path.join(tmp, 'alias.csv'), 'person_id,person_aliases\nperson:sara-kim,Sara K. Kim\n');
    await importCsv(driver, 'alias.csv', { database: database(), cwd: tmp });
    const summary = await seedFiles(
      driver,
      [editedMoves(SARA, SARA.replace(' }', ', aliases: [SARA K. KIM] }'))],
      {
        database: database(),
      },
    );
    expect((await names('person:sara-kim')).aliases).toEqual(['SARA K. KIM']);
    expect(respelled(summary.warnings)).toEqual([
      expect.stringMatching(/^person:sara-kim: seeding respelled "Sara K\. Kim" as "SARA K\. KIM"/),
    ]);
  });

  it('says so when a name of unknown origin gives way to another field of the file', async () => {
    // An alias an import of before the records wrote, which the file's own name now spells otherwise.
    await driver.executeQuery(
      "MATCH (p:Person {id: 'person:sara-kim'}) SET p.aliases = ['sara kim']",
      {},
      { database: database() },
    );
    const summary = await seedFiles(driver, [MOVES], { database: database() });
    expect((await names('person:sara-kim')).aliases).toBeNull();
    expect(respelled(summary.warnings)).toEqual([
      expect.stringMatching(/^person:sara-kim: seeding respelled "sara kim" as "Sara Kim"/),
    ]);
  });

  it("says nothing of the file's own edit of its own value", async () => {
    const summary = await seedFiles(
      driver,
      [editedMoves(SARA, SARA.replace('name: Sara Kim', 'name: SARA KIM'))],
      {
        database: database(),
      },
    );
    expect((await names('person:sara-kim')).name).toBe('SARA KIM');
    expect(respelled(summary.warnings)).toEqual([]);
  });
});
