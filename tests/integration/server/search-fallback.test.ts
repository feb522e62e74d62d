// Search's two queries against the run's real Neo4j: names and prefixes from searchText alone, and the fuzzy
// fallback over every indexed field for typos and for nodes written without searchText (hand-made data below).
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

describe('search by searchText with a fuzzy fallback', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];
  const ids = async (q: string) =>
    ((await request(app).get(`/api/search?q=${encodeURIComponent(q)}`)).body.results as { id: string }[]).map(
      (r) => r.id,
    );

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await ensureSchema(driver, { database: testNeo4j().database });
    await driver.executeQuery(
      `CREATE (:Person {id: 'person:samira', name: 'Samira Haddad', nameAr: 'سميرة حداد', aliases: ['Sam Haddad'],
                        aliasesText: 'Sam Haddad', searchText: 'samira haddad | سميره حداد | sam haddad'}),
              (:Person {id: 'person:unindexed', name: 'Nadia Qasim'})`,
      {},
      { database: testNeo4j().database },
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: testNeo4j().database });
    ({ app } = createTestApp(driver));
  });
  afterAll(async () => {
    await driver.close();
  });

  it('finds names, Arabic names, aliases and prefixes through searchText', async () => {
    expect(await ids('samira')).toEqual(['person:samira']);
    expect(await ids('سميرة')).toEqual(['person:samira']);
    expect(await ids('sam hadd')).toEqual(['person:samira']);
  });

  it('falls back to one typo, and to nodes written without searchText', async () => {
    expect(await ids('samria')).toEqual(['person:samira']);
    expect(await ids('nadia')).toEqual(['person:unindexed']);
  });
});
