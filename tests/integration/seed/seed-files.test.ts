import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FULLTEXT_INDEX } from '../../../model/data-model.js';
import { SeedValidationError, formatIssue, importCsv, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// The hand-made fictional fixture of tests/fixtures/seed/flows (see its README).
const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;
let tmp: string;
const database = () => testNeo4j().database;

async function nodeCount(): Promise<number> {
  const [row] = await readRows(driver, 'MATCH (n) RETURN count(n) AS n');
  return Number(row?.n);
}

async function counts() {
  const nodes = await readRows(
    driver,
    'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label',
  );
  const rels = await readRows(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return { nodes, rels };
}

/**
 * Writes a facts file of another (made-up) source into the test's folder, with the given facts; its text holds
 * every fact's evidence. Errors then name it by its bare file name.
 */
function otherSource(name: string, sourceId: string, facts: string[]): string {
  const text = `${name}.en.txt`;
  fs.writeFileSync(
    path.join(tmp, text),
    'Layla Haddad joined Alpha Labs. Delta Research became part of Beta AI.\n',
  );
  fs.writeFileSync(
    path.join(tmp, name),
    [
      'source:',
      `  id: ${sourceId}`,
      '  title: Another test bulletin',
      '  publisher: Fixture Gazette',
      "  published: '2024-07-01'",
      '  language: en',
      '  url: null',
      `  text: ${text}`,
      'facts:',
      ...facts,
      '',
    ].join('\n'),
  );
  return path.join(tmp, name);
}
const LAYLA_JOINED = (id: string, to = 'org:alpha-labs') =>
  `  - { id: ${id}, type: WORKED_AT, from: person:layla-haddad, to: ${to}, certainty: stated, evidence: Layla Haddad joined Alpha Labs, evidenceEn: Layla Haddad joined Alpha Labs }`;

async function seedErrors(paths: string[]): Promise<string[]> {
  const err = await seedFiles(driver, paths, { database: database(), cwd: tmp }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SeedValidationError);
  return (err as SeedValidationError).issues.map(formatIssue);
}

async function factsOf(ids: string[]) {
  return readRows(
    driver,
    'MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.evidenceEn AS e, r.sources AS sources ORDER BY id',
    { ids },
  );
}

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-files-'));
  fs.copyFileSync(
    path.resolve('tests/fixtures/seed/flows/fixture-moves.ar.txt'),
    path.join(tmp, 'fixture-moves.ar.txt'),
  );
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(driver, { database: database() });
});

describe('seedFiles', () => {
  it('creates the id constraints and the entity_search full-text index with its analyzer, all online', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const rows = await readRows(
      driver,
      'SHOW INDEXES YIELD name, type, state, options RETURN name, type, state, options',
    );
    const byName = new Map(rows.map((r) => [r.name as string, r]));
    const ft = byName.get(FULLTEXT_INDEX.name)!;
    expect(ft.type).toBe('FULLTEXT');
    expect(ft.state).toBe('ONLINE');
    expect((ft.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe(
      'standard-no-stop-words',
    );
    for (const name of [
      'person_id_unique',
      'organization_id_unique',
      'worked_at_id_unique',
      'event_date',
      'worked_at_start',
    ]) {
      expect(byName.get(name)?.state, name).toBe('ONLINE');
    }
  });

  it('is idempotent: a second run creates and updates nothing and leaves the same counts', async () => {
    const first = await seedFiles(driver, [FIXTURE], { database: database() });
    expect(first.nodes.Person).toMatchObject({ rows: 7, created: 7, updated: 0 });
    expect(first.relationships.WORKED_AT).toMatchObject({ rows: 16, created: 16 });
    const before = await counts();
    const second = await seedFiles(driver, [FIXTURE], { database: database() });
    for (const c of [...Object.values(second.nodes), ...Object.values(second.relationships)])
      expect(c).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(await counts()).toEqual(before);
    expect(second.talentFlows).toBe(first.talentFlows);
  });

  it('writes nothing of a source whose second batch fails', async () => {
    let calls = 0;
    const attempt = seedFiles(driver, [FIXTURE], {
      database: database(),
      batchSize: 2,
      onBatch: (info) => {
        calls += 1;
        if (info.batch === 2) throw new Error('injected failure in batch 2');
      },
    });
    await expect(attempt).rejects.toThrow('injected failure in batch 2');
    expect(calls).toBe(2);
    expect(await nodeCount()).toBe(0);
  });

  it('rejects an invalid set of files with every issue and writes nothing', async () => {
    const bad = path.join(tmp, 'bad.facts.yaml');
    fs.writeFileSync(
      bad,
      fs
        .readFileSync(FIXTURE, 'utf8')
        .replace('source:fixture-moves', 'source:bad-copy')
        .replace("start: '2019-03'", "start: '2019-3'")
        .replace('to: org:gamma-corp\n    start', 'to: org:delta\n    start')
        .replaceAll('id: person:', 'id: person:copy-'),
    );
    const err = await seedFiles(driver, [FIXTURE, bad], { database: database() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    const messages = (err as SeedValidationError).issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain(
      'facts[0].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists, got "2019-3"',
    );
    expect(messages).toContain(
      'facts[3].to: unknown node id "org:delta" — declare it under nodes in one of the files being seeded (or seed the file that declares it first)',
    );
    expect(
      messages.filter((m) => m.startsWith('nodes[5].id: duplicate node id "org:alpha-labs"')),
    ).toHaveLength(1);
    expect(await nodeCount()).toBe(0);
  });

  it('removes facts deleted from the file and updates changed ones on the next run', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const edited = path.join(tmp, 'fixture-moves.facts.yaml');
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const cut = text.indexOf('  - id: fact:mona-gamma');
    const end = text.indexOf('  - id: fact:mona-alpha');
    fs.writeFileSync(
      edited,
      text.slice(0, cut) +
        text.slice(end).replace('to: org:alpha-labs\n    left: true', 'to: org:beta-ai\n    left: true'),
    );
    const s = await seedFiles(driver, [edited], { database: database() });
    expect(s.relationships.WORKED_AT).toMatchObject({ rows: 15, created: 1, updated: 0, deleted: 2 });
    const mona = await readRows(
      driver,
      "MATCH (:Person {id: 'person:mona-saleh'})-[r:WORKED_AT]->(o) RETURN r.id AS id, o.id AS org",
    );
    expect(mona).toEqual([{ id: 'fact:mona-alpha', org: 'org:beta-ai' }]);
  });

  it("refuses a fact id another source stated, whatever the fact's type and ends, and keeps that source's fact", async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const taken = ['fact:layla-alpha', 'fact:layla-beta', 'fact:delta-part-of-alpha'];
    const before = { facts: await factsOf(taken), counts: await counts() };
    const other = otherSource('other.facts.yaml', 'source:other-bulletin', [
      LAYLA_JOINED('fact:layla-alpha'),
      LAYLA_JOINED('fact:layla-beta'),
      '  - { id: fact:delta-part-of-alpha, type: PART_OF, from: org:delta-research, to: org:beta-ai, certainty: stated, evidence: Delta Research became part of Beta AI, evidenceEn: Delta Research became part of Beta AI }',
      LAYLA_JOINED('fact:layla-other'),
    ]);
    expect(await seedErrors([other])).toEqual([
      'other.facts.yaml:10:11: facts[0].id: fact:layla-alpha is already in the graph as the WORKED_AT fact person:layla-haddad → org:alpha-labs, stated by source:fixture-moves; a fact in the graph is never overwritten — give this fact an id no fact has',
      'other.facts.yaml:11:11: facts[1].id: fact:layla-beta is already in the graph as the WORKED_AT fact person:layla-haddad → org:beta-ai, stated by source:fixture-moves; a fact in the graph is never overwritten — give this fact an id no fact has',
      'other.facts.yaml:12:11: facts[2].id: fact:delta-part-of-alpha is already in the graph as the PART_OF fact org:delta-research → org:alpha-labs, stated by source:fixture-moves; a fact in the graph is never overwritten — give this fact an id no fact has',
    ]);
    expect(await factsOf(taken)).toEqual(before.facts);
    expect(await counts()).toEqual(before.counts);
  });

  it('seeds a source again after another file listed it among its nodes, keeping its facts and text', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const cited = otherSource('cited.facts.yaml', 'source:cited-bulletin', [
      LAYLA_JOINED('fact:layla-cited'),
    ]);
    await seedFiles(driver, [cited], { database: database(), cwd: tmp });
    // Another source cites it, listing it among its nodes as the article lists the reports it cites.
    const citing = otherSource('citing.facts.yaml', 'source:citing-bulletin', [
      LAYLA_JOINED('fact:layla-citing'),
    ]);
    fs.writeFileSync(
      citing,
      fs
        .readFileSync(citing, 'utf8')
        .replace(
          'facts:',
          "nodes:\n  - { id: source:cited-bulletin, label: Source, name: The cited bulletin, publisher: Fixture Gazette, published: '2024-07' }\nfacts:",
        ),
    );
    await seedFiles(driver, [citing], { database: database(), cwd: tmp });
    const [kept] = await readRows(
      driver,
      "MATCH (s:Source {id: 'source:cited-bulletin'}) RETURN s.factIds AS factIds, s.fullText IS NOT NULL AS text",
    );
    expect(kept).toEqual({ factIds: ['fact:layla-cited'], text: true });
    // Its own file, edited, seeds again: its fact is its own, and updated.
    fs.writeFileSync(cited, fs.readFileSync(cited, 'utf8').replace('to: org:alpha-labs', 'to: org:beta-ai'));
    await seedFiles(driver, [cited], { database: database(), cwd: tmp });
    const [moved] = await readRows(
      driver,
      "MATCH ()-[r:WORKED_AT {id: 'fact:layla-cited'}]->(o) RETURN o.id AS org",
    );
    expect(moved).toEqual({ org: 'org:beta-ai' });
  });

  it('refuses a fact id a CSV import gave a stint, even in a file of the source the import cited', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    fs.writeFileSync(
      path.join(tmp, 'stint.csv'),
      'person_id,org_id,stint_id,certainty,source_id,evidence,evidence_en\n' +
        'person:layla-haddad,org:gamma-corp,fact:layla-gamma,stated,source:fixture-moves,quote,a quote\n',
    );
    await importCsv(driver, 'stint.csv', { database: database(), cwd: tmp });
    const before = await factsOf(['fact:layla-gamma']);
    expect(before).toHaveLength(1);
    const edited = path.join(tmp, 'fixture-moves.facts.yaml');
    const text = fs.readFileSync(FIXTURE, 'utf8');
    fs.writeFileSync(edited, text.replace('  - id: fact:layla-beta\n', '  - id: fact:layla-gamma\n'));
    const line = text.slice(0, text.indexOf('  - id: fact:layla-beta')).split('\n').length;
    expect(await seedErrors([edited])).toEqual([
      `fixture-moves.facts.yaml:${line}:9: facts[1].id: fact:layla-gamma is already in the graph as the WORKED_AT fact person:layla-haddad → org:gamma-corp, stated by source:fixture-moves through an import or a script, not by its facts file; a fact in the graph is never overwritten — give this fact an id no fact has`,
    ]);
    expect(await factsOf(['fact:layla-gamma'])).toEqual(before);
    expect(await factsOf(['fact:layla-beta'])).toHaveLength(1);
  });

  it('moves a fact from one file to another seeded with it in the same run', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const edited = path.join(tmp, 'fixture-moves.facts.yaml');
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const cut = text.indexOf('  - id: fact:layla-alpha');
    const end = text.indexOf('  - id: fact:layla-beta');
    fs.writeFileSync(edited, text.slice(0, cut) + text.slice(end));
    const other = otherSource('other.facts.yaml', 'source:other-bulletin', [
      LAYLA_JOINED('fact:layla-alpha'),
    ]);
    await seedFiles(driver, [edited, other], { database: database() });
    expect(await factsOf(['fact:layla-alpha'])).toEqual([
      {
        id: 'fact:layla-alpha',
        type: 'WORKED_AT',
        from: 'person:layla-haddad',
        to: 'org:alpha-labs',
        e: 'Layla Haddad joined Alpha Labs',
        sources: ['source:other-bulletin'],
      },
    ]);
    const owners = await readRows(
      driver,
      "MATCH (s:Source) WHERE 'fact:layla-alpha' IN s.factIds RETURN s.id AS id",
    );
    expect(owners).toEqual([{ id: 'source:other-bulletin' }]);
  });

  it('stores the search properties with normalised names in both scripts', async () => {
    await seedFiles(driver, [FIXTURE], { database: database() });
    const [alpha] = await readRows(
      driver,
      "MATCH (o:Organization {id: 'org:alpha-labs'}) RETURN o.aliasesText AS a, o.searchText AS s",
    );
    expect(alpha).toEqual({ a: 'Alpha | ألفا', s: 'alpha labs | مختبرات الفا | alpha | الفا' });
    const hits = await readRows(
      driver,
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id ORDER BY id",
      { q: 'الفا' },
    );
    expect(hits.map((h) => h.id)).toContain('org:alpha-labs');
  });
});
