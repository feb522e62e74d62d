import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError, formatIssue, importCsv, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// Fictional fixtures: see tests/fixtures/seed/csv/README.md and tests/fixtures/seed/flows/README.md.
const FLOWS = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const CSV = (name: string) => path.resolve('tests/fixtures/seed/csv', name);

let driver: Driver;
let tmp: string;
const database = () => testNeo4j().database;

/** Writes a CSV (made-up rows) into the test's folder; errors then name it by its bare file name. */
function csvFile(name: string, lines: string[] | Uint8Array): string {
  fs.writeFileSync(path.join(tmp, name), Array.isArray(lines) ? `${lines.join('\n')}\n` : lines);
  return name;
}
const importTmp = (name: string) => importCsv(driver, name, { database: database(), cwd: tmp });
async function tmpErrors(name: string): Promise<string[]> {
  const err = await importTmp(name).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeedValidationError);
  return (err as SeedValidationError).issues.map(formatIssue);
}

async function countAll(): Promise<string> {
  const [r] = await readRows(
    driver,
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN toString(count(DISTINCT n)) + "/" + toString(count(r)) AS c',
  );
  return r!.c as string;
}

async function importErrors(file: string): Promise<string[]> {
  const err = await importCsv(driver, file, { database: database() }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeedValidationError);
  return (err as SeedValidationError).issues.map(formatIssue);
}

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-csv-'));
  await resetGraph(driver, { database: database() });
  await seedFiles(driver, [FLOWS], { database: database() });
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('importCsv', () => {
  it('rejects unknown columns and bad values with file, line, row and column, writing nothing', async () => {
    const before = await countAll();
    expect(await importErrors(CSV('invalid.csv'))).toEqual([
      'tests/fixtures/seed/csv/invalid.csv:1: header, column 10: unknown column "colour" (expected some of person_id, person_name, person_name_ar, person_aliases, org_id, org_name, org_name_ar, org_aliases, org_kind, stint_id, role, start, end, left, certainty, source_id, source_title, source_publisher, source_published, source_language, source_url, evidence, evidence_en, note)',
    ]);
    expect(await importErrors(CSV('invalid-rows.csv'))).toEqual([
      'tests/fixtures/seed/csv/invalid-rows.csv:2: row 1, column end: expected end (2020) to be at or after start (2021)',
      'tests/fixtures/seed/csv/invalid-rows.csv:3: row 2, column org_kind: is required for a new organisation (org:epsilon-works), e.g. company, lab, team',
      'tests/fixtures/seed/csv/invalid-rows.csv:3: row 2, column certainty: is required for a stint: every fact names its source, the verbatim evidence, its English rendering and its certainty (stated or implied)',
      'tests/fixtures/seed/csv/invalid-rows.csv:5: row 4, column start: expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists, got "2022-02-30"',
      'tests/fixtures/seed/csv/invalid-rows.csv:4: row 3, column source_id: unknown source "source:nowhere": describe it (source_title, source_publisher…) on one row, or seed it first',
    ]);
    expect(await countAll()).toBe(before);
  });

  it('resolves people and organisations across scripts and spellings and reports every merge', async () => {
    const summary = await importCsv(driver, CSV('resolve.csv'), { database: database() });
    expect(summary.merges).toEqual([
      'tests/fixtures/seed/csv/resolve.csv row 1: person → person:layla-haddad (Layla Haddad, already in the graph), matched by name "LAYLA HADDAD" (normalised "layla haddad")',
      'tests/fixtures/seed/csv/resolve.csv row 1: organisation → org:alpha-labs (Alpha Labs, already in the graph), matched by name "مختبرات الفا" (normalised "مختبرات الفا")',
      'tests/fixtures/seed/csv/resolve.csv row 2: person → person:yusuf-amin (Yusuf Amin, already in the graph), matched by name "يُوسُف أمين" (normalised "يوسف امين")',
      'tests/fixtures/seed/csv/resolve.csv row 2: organisation → org:alpha-labs (Alpha Labs, already in the graph), matched by name "Alpha" (normalised "alpha")',
      'tests/fixtures/seed/csv/resolve.csv row 3: organisation → org:beta-ai (Beta AI, already in the graph), matched by name "Beta AI" (normalised "beta ai")',
      'tests/fixtures/seed/csv/resolve.csv row 4: person → person:karim-zaki (Karim Zaki, first seen earlier in this file), matched by name "Karim Zaki" (normalised "karim zaki")',
    ]);
    expect(summary.nodes.Person).toMatchObject({ created: 1, updated: 1 });
    expect(summary.nodes.Organization).toMatchObject({ created: 1 });
    expect(summary.relationships.WORKED_AT).toMatchObject({ rows: 4, created: 4 });
    const [layla] = await readRows(
      driver,
      "MATCH (p:Person {id: 'person:layla-haddad'}) RETURN p.aliases AS aliases, p.searchText AS s",
    );
    expect(layla).toEqual({ aliases: ['L. Haddad'], s: 'layla haddad | ليلي حداد | l haddad' });
    const karim = await readRows(
      driver,
      "MATCH (p:Person {id: 'person:karim-zaki'})-[r:WORKED_AT]->(o) RETURN o.id AS org, r.sources AS sources ORDER BY org",
    );
    expect(karim).toEqual([
      { org: 'org:beta-ai', sources: ['source:fixture-csv'] },
      { org: 'org:delta-robotics', sources: ['source:fixture-csv'] },
    ]);
    const [flow] = await readRows(
      driver,
      "MATCH (:Organization {id: 'org:delta-robotics'})-[f:TALENT_FLOW]->(b) RETURN b.id AS to, f.people AS people",
    );
    expect(flow).toEqual({ to: 'org:beta-ai', people: ['person:karim-zaki'] });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await countAll();
    const again = await importCsv(driver, CSV('resolve.csv'), { database: database() });
    expect(again.relationships.WORKED_AT).toMatchObject({ created: 0, updated: 0 });
    expect(again.nodes.Person ?? { created: 0, updated: 0 }).toMatchObject({ created: 0, updated: 0 });
    expect(await countAll()).toBe(before);
  });
});

// Made-up rows about the fixture's fictional people (tests/fixtures/seed/flows), written per test.
const STINT_HEADER =
  'person_id,person_name,org_id,stint_id,role,start,certainty,source_id,source_title,source_publisher,evidence,evidence_en';

describe('importCsv keeps what the graph holds', () => {
  it('refuses a file that is not UTF-8, naming the line and column of the first bad byte, writing nothing', async () => {
    const before = await countAll();
    const head = new TextEncoder().encode('person_name,person_name_ar\nNadia Test,');
    // "سام" in Windows-1256, as Excel's plain "CSV" saves Arabic.
    csvFile('cp1256.csv', Uint8Array.from([...head, 0xd3, 0xc7, 0xe3, 0x0a]));
    expect(await tmpErrors('cp1256.csv')).toEqual([
      'cp1256.csv:2:12: CSV syntax: byte 0xD3 is not UTF-8: the file is in another encoding (Windows-1256, Latin-1…); save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8) and import it again',
    ]);
    expect(await countAll()).toBe(before);
  });

  it('names the line and column where an unclosed quote opens, writing nothing', async () => {
    csvFile('open-quote.csv', [
      'person_name,note',
      'Nadia Test,"fine"',
      'Nadia Test,"never closed',
      'Other,x',
    ]);
    expect(await tmpErrors('open-quote.csv')).toEqual([
      'open-quote.csv:3:12: CSV syntax: field 2 of this record opens with a quote that is never closed; close it with " (a quote inside a quoted field is written "")',
    ]);
  });

  it('records the same stint stated by two sources as two facts, each with its own evidence', async () => {
    const row = (src: string, title: string, evidence: string) =>
      `,Nadia Test,org:gamma-corp,,analyst,2023,stated,${src},${title},Fixture Weekly,${evidence},${evidence}`;
    csvFile('source-a.csv', [STINT_HEADER, row('source:fixture-a', 'Bulletin A', 'quote A')]);
    csvFile('source-b.csv', [STINT_HEADER, row('source:fixture-b', 'Bulletin B', 'quote B')]);
    await importTmp('source-a.csv');
    await importTmp('source-b.csv');
    expect(
      await readRows(
        driver,
        "MATCH (:Person {name: 'Nadia Test'})-[r:WORKED_AT]->(:Organization {id: 'org:gamma-corp'}) RETURN r.sources AS sources, r.evidence AS evidence ORDER BY evidence",
      ),
    ).toEqual([
      { sources: ['source:fixture-a'], evidence: 'quote A' },
      { sources: ['source:fixture-b'], evidence: 'quote B' },
    ]);
    const again = await importTmp('source-a.csv');
    expect(again.relationships.WORKED_AT).toMatchObject({ rows: 1, created: 0, updated: 0 });
  });

  it('does not write again a stint an earlier version imported under its default id of then', async () => {
    // Before the default id included the source, it hashed person, organisation, start, end and role.
    const legacyId = `fact:csv-${crypto
      .createHash('sha1')
      .update(['person:omar-nasser', 'org:beta-ai', '2024', '', 'tester'].join('|'))
      .digest('hex')
      .slice(0, 12)}`;
    await driver.executeQuery(
      `MATCH (p:Person {id: 'person:omar-nasser'}), (o:Organization {id: 'org:beta-ai'})
       CREATE (p)-[:WORKED_AT {id: $id, role: 'tester', start: '2024', certainty: 'stated',
                               sources: ['source:fixture-moves'], evidence: 'q', evidenceEn: 'q'}]->(o)`,
      { id: legacyId },
      { database: database() },
    );
    csvFile('legacy.csv', [
      STINT_HEADER,
      'person:omar-nasser,,org:beta-ai,,tester,2024,stated,source:fixture-moves,,,q,q',
    ]);
    await importTmp('legacy.csv');
    const stints = await readRows(
      driver,
      "MATCH (:Person {id: 'person:omar-nasser'})-[r:WORKED_AT {role: 'tester'}]->(:Organization {id: 'org:beta-ai'}) RETURN r.id AS id",
    );
    expect(stints).toEqual([{ id: legacyId }]);
    await driver.executeQuery(
      'MATCH ()-[r:WORKED_AT {id: $id}]->() DELETE r',
      { id: legacyId },
      { database: database() },
    );
  });

  it('refuses a stint_id that another fact has, and never overwrites a fact', async () => {
    const before = await countAll();
    csvFile('taken-ids.csv', [
      STINT_HEADER,
      'person:layla-haddad,,org:alpha-labs,fact:delta-part-of-alpha,,,stated,source:fixture-moves,,,quote,quote',
      'person:layla-haddad,,org:alpha-labs,fact:layla-alpha,,2019-03,stated,source:fixture-moves,,,other quote,other quote',
    ]);
    expect(await tmpErrors('taken-ids.csv')).toEqual([
      'taken-ids.csv:2: row 1, column stint_id: fact:delta-part-of-alpha is already in the graph as the PART_OF fact org:delta-research → org:alpha-labs; give a stint_id no fact has (or leave it empty)',
      'taken-ids.csv:3: row 2, column stint_id: fact:layla-alpha is already in the graph with other end, evidence, evidenceEn, left; a fact in the graph is never overwritten — give a new stint_id to record this one beside it',
    ]);
    const [fact] = await readRows(
      driver,
      "MATCH ()-[r:WORKED_AT {id: 'fact:layla-alpha'}]->() RETURN r.evidenceEn AS e",
    );
    expect(fact).toEqual({ e: 'Layla Haddad joined Alpha Labs in March 2019 and left it in May 2022' });
    expect(await countAll()).toBe(before);
  });

  it('refuses to describe a source already in the graph differently, and keeps its title', async () => {
    csvFile('redescribe.csv', [
      'source_id,source_title,source_publisher',
      'source:fixture-moves,Another title,Fixture Gazette',
    ]);
    expect(await tmpErrors('redescribe.csv')).toEqual([
      'redescribe.csv:2: row 1, column source_title: source:fixture-moves is already in the graph with title "نشرة تجريبية"; a source in the graph is not described again — leave the source_… cells empty to cite it, or give a new source_id',
    ]);
    const [src] = await readRows(
      driver,
      "MATCH (s:Source {id: 'source:fixture-moves'}) RETURN s.title AS title",
    );
    expect(src).toEqual({ title: 'نشرة تجريبية' });
  });

  it('refuses an unknown person_id without a name, and a new id whose name is an existing person’s', async () => {
    csvFile('unknown-ids.csv', [
      'person_id,person_name',
      'person:layla-hadad,',
      'person:l-haddad,Layla Haddad',
    ]);
    expect(await tmpErrors('unknown-ids.csv')).toEqual([
      'unknown-ids.csv:2: row 1, column person_id: no person person:layla-hadad is in the graph or on an earlier row; check the id, or give person_name (or person_name_ar) to add a new person',
      'unknown-ids.csv:3: row 2, column person_id: person:l-haddad is a new id, but the name "Layla Haddad" is that of person:layla-haddad (Layla Haddad); give that person_id to mean the same person, or another name for a new one',
    ]);
  });

  it('reports every cell a row would not use instead of dropping it', async () => {
    csvFile('unused-cells.csv', [
      'person_name,org_id,org_kind,certainty,evidence,note,source_id,source_url',
      'Nadia Test,,,stated,quote,a note,,https://example.org/a',
      ',org:alpha-labs,company,,,,,',
    ]);
    expect(await tmpErrors('unused-cells.csv')).toEqual([
      'unused-cells.csv:2: row 1, column source_url: describes a source only together with source_id and source_title or source_publisher on the same row',
      'unused-cells.csv:2: row 1, column certainty: a stint needs both a person and an organisation on the same row',
      'unused-cells.csv:2: row 1, column evidence: a stint needs both a person and an organisation on the same row',
      'unused-cells.csv:2: row 1, column note: a stint needs both a person and an organisation on the same row',
      'unused-cells.csv:3: row 2, column org_kind: org:alpha-labs is already an organisation of kind "lab"; leave org_kind empty or give "lab" (an import does not change what the graph says)',
    ]);
  });

  it('does not resolve a name to a node without an id, so the stint is written, not dropped', async () => {
    await driver.executeQuery("CREATE (:Person {name: 'Idless Test'})", {}, { database: database() });
    try {
      csvFile('idless.csv', [
        STINT_HEADER,
        ',Idless Test,org:gamma-corp,,,,stated,source:fixture-a,,,quote C,quote C',
      ]);
      const summary = await importTmp('idless.csv');
      expect(summary.relationships.WORKED_AT).toMatchObject({ rows: 1, created: 1 });
      expect(
        await readRows(
          driver,
          "MATCH (p:Person {name: 'Idless Test'})-[r:WORKED_AT]->() RETURN p.id AS id, r.evidence AS evidence",
        ),
      ).toEqual([{ id: 'person:idless-test', evidence: 'quote C' }]);
    } finally {
      await driver.executeQuery(
        "MATCH (p:Person {name: 'Idless Test'}) WHERE p.id IS NULL DELETE p",
        {},
        {
          database: database(),
        },
      );
    }
  });
});
