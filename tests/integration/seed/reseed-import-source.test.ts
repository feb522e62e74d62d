// A facts file declaring a source a CSV import created: the file's declared fields win, what the import described
// that the file does not declare stays (on this seed and every later one), and a warning names the source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// The hand-made fictional fixture (see its README); its source declares no url.
const MOVES = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;
let tmp: string;
const database = () => testNeo4j().database;

async function source() {
  const [row] = await readRows(
    driver,
    "MATCH (s:Source {id: 'source:fixture-moves'}) RETURN s.title AS title, s.publisher AS publisher, s.published AS published, s.url AS url, s.titleEn AS titleEn",
  );
  return row!;
}
const sourceWarnings = (warnings: string[]) => warnings.filter((w) => w.startsWith('source:fixture-moves'));

beforeAll(async () => {
  driver = createTestDriver();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reseed-import-source-'));
  await resetGraph(driver, { database: database() });
  // A made-up description of the source, with a url the facts file does not declare.
  fs.writeFileSync(
    path.join(tmp, 'source.csv'),
    'source_id,source_title,source_publisher,source_published,source_url\nsource:fixture-moves,A bulletin,Fixture Gazette,2024-06,https://example.org/bulletin\n',
  );
  await importCsv(driver, 'source.csv', { database: database(), cwd: tmp });
});
afterAll(async () => {
  await driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a facts file declaring a source an import created', () => {
  it("sets the file's fields, keeps the import's url, and names the source and what changed", async () => {
    const summary = await seedFiles(driver, [MOVES], { database: database() });
    expect(await source()).toEqual({
      title: 'نشرة تجريبية',
      titleEn: 'A test bulletin',
      publisher: 'Fixture Gazette',
      published: '2024-06-01',
      url: 'https://example.org/bulletin',
    });
    expect(sourceWarnings(summary.warnings)).toEqual([
      expect.stringMatching(
        /^source:fixture-moves: .*replaced published "2024-06" with "2024-06-01", title "A bulletin" with "نشرة تجريبية"; kept url "https:\/\/example\.org\/bulletin"/,
      ),
    ]);
  });

  it('keeps the url on a later seed too, changing nothing and saying nothing', async () => {
    const again = await seedFiles(driver, [MOVES], { database: database() });
    expect((await source()).url).toBe('https://example.org/bulletin');
    expect(again.nodes.Source).toMatchObject({ created: 0, updated: 0 });
    expect(sourceWarnings(again.warnings)).toEqual([]);
  });
});
