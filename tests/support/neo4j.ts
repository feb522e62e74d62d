// Helpers for integration tests: the run's Neo4j, a driver to it, and a way to empty it between files.
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { ensureSchema, loadBundledSources } from '../../seed/index.js';

export function testNeo4j() {
  return inject('neo4j');
}

export function createTestDriver(): Driver {
  const { uri, user, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function resetDatabase(driver: Driver, database = testNeo4j().database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Runs a read query and returns plain records. */
export async function readRows(driver: Driver, query: string, params: Record<string, unknown> = {}) {
  const res = await driver.executeQuery(query, params, { database: testNeo4j().database, routing: 'READ' });
  return res.records.map((r) => r.toObject());
}

/** Empties the run's database and loads the bundled article with Talent Graph's schema, as `npm start` would. */
export async function seedArticleAnew(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetDatabase(driver, database);
  await ensureSchema(driver, { database });
  await loadBundledSources(driver, { database });
}
