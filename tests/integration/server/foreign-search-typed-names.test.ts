// GET /api/search on a database that is not ours, against the run's real Neo4j: a node is named, and its matched
// name told, by its real String properties only, as the canvas, the details panel and the result table name it — a
// date, a big integer or bytes written as text in the API's JSON is no name, by the scan and by a user's own
// full-text index alike. Data: the foreign library graph (tests/fixtures/foreign/library.cypher) plus made-up
// :Stamp and :Thing nodes written here (test data, not facts).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/api.js';
import { loadLibrary, restoreOurs } from '../../support/foreign-graph.js';
import { createTestDriver, testNeo4j } from '../../support/neo4j.js';

interface Result {
  labels: string[];
  name: string | null;
  nameAr: string | null;
  matched: string | null;
}

let driver: Driver;
let app: ReturnType<typeof createTestApp>['app'];

const search = async (q: string) => {
  const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { method: string; results: Result[] };
};

beforeAll(async () => {
  driver = createTestDriver();
  await loadLibrary(driver);
  await driver.executeQuery(
    `CREATE (:Stamp {at: date('2024-01-01'), big: 9007199254740993, code: 'S-1'}),
            (:Thing {name: date('2024-01-01'), title: 'Tessera'}),
            (:Thing {name: 9007199254740993, title: 'Quorumbig'}),
            (:Thing {name: $bytes, nameAr: date('2024-02-02'), title: 'Bytewise'})`,
    { bytes: new Int8Array([1, 2, 3]) },
    { database: testNeo4j().database },
  );
  ({ app } = createTestApp(driver));
});
afterAll(async () => {
  await restoreOurs(driver);
  await driver.close();
});

/** What each search's first result is called, and which of its names matched. */
const expectNamed = async (method: string) => {
  const stamp = await search('S-1');
  expect(stamp.method).toBe(method);
  expect(stamp.results[0]).toMatchObject({ labels: ['Stamp'], name: 'S-1', matched: 'S-1' });
  for (const title of ['Tessera', 'Quorumbig', 'Bytewise']) {
    const thing = await search(title);
    expect(thing.method).toBe(method);
    expect(thing.results.map((r) => [r.labels, r.name, r.nameAr, r.matched])).toEqual([
      [['Thing'], title, null, title],
    ]);
  }
};

describe('search names a foreign node by its String properties only', () => {
  it('without any full-text index (the scan)', async () => {
    await expectNamed('scan');
  });

  it('through a full-text index the user made', async () => {
    const { database } = testNeo4j();
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX user_codes IF NOT EXISTS FOR (n:Stamp|Thing) ON EACH [n.code, n.title]',
      {},
      { database },
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    try {
      // A new app: the list of indexes is reused for a few seconds.
      ({ app } = createTestApp(driver));
      await expectNamed('fulltext');
    } finally {
      await driver.executeQuery('DROP INDEX user_codes IF EXISTS', {}, { database });
    }
  });
});
