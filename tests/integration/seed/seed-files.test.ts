import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FULLTEXT_INDEX } from '../../../model/data-model.js';
import { SeedValidationError, resetGraph, seedFiles } from '../../../seed/index.js';
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
