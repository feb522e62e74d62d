// Re-seeding a facts file keeps what a CSV import added to its people and organisations (names, Arabic names,
// aliases, kinds), while the file stays the authority for the values it declares itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../model/normalize.js';
import { importCsv, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// The hand-made fictional fixture of tests/fixtures/seed/flows (see its README), edited in the test's folder.
const FIXTURE_DIR = path.resolve('tests/fixtures/seed/flows');
const FIXTURE_TEXT = fs.readFileSync(path.join(FIXTURE_DIR, 'fixture-moves.facts.yaml'), 'utf8');
const SARA = '  - { id: person:sara-kim, label: Person, name: Sara Kim, nameAr: سارة كيم }';
const OMAR = '  - { id: person:omar-nasser, label: Person, name: Omar Nasser, nameAr: عمر ناصر }';
const LAYLA = '  - { id: person:layla-haddad, label: Person, name: Layla Haddad, nameAr: ليلى حداد }';

let driver: Driver;
let tmp: string;
const database = () => testNeo4j().database;

/** The fixture with some of its node lines replaced (the bundled file, as its maintainers edit it). */
function factsFile(replace: [string, string][]): string {
  let text = FIXTURE_TEXT;
  for (const [from, to] of replace) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const file = path.join(tmp, 'fixture-moves.facts.yaml');
  fs.writeFileSync(file, text);
  return file;
}
/** Sara Kim without an Arabic name: the one an import gives her. */
const BASE: [string, string][] = [[SARA, '  - { id: person:sara-kim, label: Person, name: Sara Kim }']];
const seed = (replace: [string, string][] = BASE) =>
  seedFiles(driver, [factsFile(replace)], { database: database() });

async function person(id: string) {
  const [row] = await readRows(
    driver,
    'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.nameAr AS nameAr, p.aliases AS aliases, p.searchText AS searchText',
    { id },
  );
  return row!;
}
async function snapshot() {
  return readRows(
    driver,
    'MATCH (n) WHERE n:Person OR n:Organization RETURN n.id AS id, properties(n) AS props ORDER BY id',
  );
}

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reseed-keeps-'));
  fs.copyFileSync(path.join(FIXTURE_DIR, 'fixture-moves.ar.txt'), path.join(tmp, 'fixture-moves.ar.txt'));
  await resetGraph(driver, { database: database() });
  await seed();
  fs.writeFileSync(
    path.join(tmp, 'names.csv'),
    [
      'person_id,person_name_ar,person_aliases',
      'person:sara-kim,سارة كيم,Sara K. Kim',
      'person:layla-haddad,,Layla H. Haddad',
      '',
    ].join('\n'),
  );
  await importCsv(driver, 'names.csv', { database: database(), cwd: tmp });
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('re-seeding after a CSV import', () => {
  it('keeps the Arabic name and the aliases the import added, and finds them', async () => {
    await seed();
    expect(await person('person:sara-kim')).toEqual({
      name: 'Sara Kim',
      nameAr: 'سارة كيم',
      aliases: ['Sara K. Kim'],
      searchText: searchTextOf(['Sara Kim', 'سارة كيم', 'Sara K. Kim']),
    });
    expect(await person('person:layla-haddad')).toEqual({
      name: 'Layla Haddad',
      nameAr: 'ليلى حداد',
      aliases: ['Layla H. Haddad'],
      searchText: searchTextOf(['Layla Haddad', 'ليلى حداد', 'Layla H. Haddad']),
    });
  });

  it('changes nothing when run twice', async () => {
    await seed();
    const before = await snapshot();
    const again = await seed();
    expect(again.nodes.Person).toMatchObject({ created: 0, updated: 0 });
    expect(again.nodes.Organization).toMatchObject({ created: 0, updated: 0 });
    expect(again.warnings.filter((w) => w.includes('seeding removed'))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('names what it removes that no import recorded, as an import of before the records left it', async () => {
    // An alias an older import wrote with no record of it: the file does not declare it.
    await driver.executeQuery(
      "MATCH (p:Person {id: 'person:omar-nasser'}) SET p.aliases = ['O. Nasser']",
      {},
      { database: database() },
    );
    const summary = await seed();
    expect(summary.warnings.filter((w) => w.includes('seeding removed'))).toEqual([
      expect.stringMatching(/^person:omar-nasser: seeding removed "O\. Nasser".*import that file again$/),
    ]);
  });

  it("still applies the file's changes to its own values, beside the import's", async () => {
    // The file adds an alias of its own to Layla, drops Omar's Arabic name and gives Sara one of its own.
    const changed = await seed([
      [LAYLA, LAYLA.replace(' }', ', aliases: [L. Haddad] }')],
      [OMAR, '  - { id: person:omar-nasser, label: Person, name: Omar Nasser }'],
      [SARA, SARA.replace('سارة كيم', 'ساره كيم')],
    ]);
    expect((await person('person:layla-haddad')).aliases).toEqual(['L. Haddad', 'Layla H. Haddad']);
    expect((await person('person:omar-nasser')).nameAr).toBeNull();
    // Said: a name taken away is never lost unnoticed.
    expect(changed.warnings.filter((w) => w.includes('seeding removed'))).toEqual([
      expect.stringMatching(/^person:omar-nasser: seeding removed "عمر ناصر"/),
    ]);
    expect((await person('person:sara-kim')).nameAr).toBe('ساره كيم');
    // The import's spelling normalises as the file's (ة/ه), so only the file's is kept: said too.
    expect(changed.warnings.filter((w) => w.includes('seeding respelled'))).toEqual([
      expect.stringMatching(
        /^person:sara-kim: seeding respelled "سارة كيم" as "ساره كيم": a CSV import added/,
      ),
    ]);

    // The file drops its alias and Sara's Arabic name again: the import's values are what remains.
    await seed();
    expect(await person('person:layla-haddad')).toMatchObject({
      aliases: ['Layla H. Haddad'],
      searchText: searchTextOf(['Layla Haddad', 'ليلى حداد', 'Layla H. Haddad']),
    });
    expect((await person('person:sara-kim')).nameAr).toBe('سارة كيم');
    const again = await seed();
    expect(again.nodes.Person).toMatchObject({ created: 0, updated: 0 });
  });
});
