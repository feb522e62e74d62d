// Helpers for integration tests: the run's Neo4j, a driver to it, and a way to empty it between files.
import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { installBoltNoDelay } from '../../neo4j/no-delay.js';
import { installOwnMapKeys } from '../../neo4j/own-map-keys.js';
import { ensureSchema, loadBundledSources } from '../../seed/index.js';

export function testNeo4j() {
  return inject('neo4j');
}

/**
 * A driver to the run's Neo4j that decodes maps and sends long queries as the application's does (neo4j/connect.ts
 * createDriver).
 */
export function createTestDriver(): Driver {
  installOwnMapKeys();
  installBoltNoDelay();
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

/**
 * The bookmark of the database's last committed transaction: a read transaction's bookmark names the newest
 * transaction it could see, so it changes exactly when something (data, schema or index) has been written.
 */
async function lastTransaction(driver: Driver, database: string): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return JSON.stringify(session.lastBookmarks());
  } finally {
    await session.close();
  }
}

/**
 * Empties the run's database and loads the bundled article with Talent Graph's schema, as `npm start` would.
 * Files run one after the other on one database; when the last file left it exactly as this function seeded it
 * (no transaction committed since, by its bookmark), the reseed is skipped: the graph is the same.
 */
export async function seedArticleAnew(driver: Driver): Promise<void> {
  const { database, seedMarker } = testNeo4j();
  let marked: string | undefined;
  try {
    marked = fs.readFileSync(seedMarker, 'utf8');
  } catch {
    marked = undefined;
  }
  if (marked !== undefined && marked === (await lastTransaction(driver, database))) return;
  fs.rmSync(seedMarker, { force: true });
  await resetDatabase(driver, database);
  await ensureSchema(driver, { database });
  await loadBundledSources(driver, { database });
  fs.writeFileSync(seedMarker, await lastTransaction(driver, database));
}
