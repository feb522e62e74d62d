// The foreign fixture graph (tests/fixtures/foreign/library.cypher) in the run's Neo4j, as on a database that was
// never ours: every index and constraint dropped, the script loaded with the seed's own loader. restoreOurs puts
// the database back as every other test file expects it (empty, with Talent Graph's schema).
import type { Driver } from 'neo4j-driver';
import { ensureSchema, resetGraph } from '../../seed/index.js';
import { runCypherScript } from '../../seed/run-cypher-script.js';
import { createTestApp, type TestApp } from './api.js';
import { createTestDriver, readRows, testNeo4j } from './neo4j.js';

export const LIBRARY_SCRIPT = 'tests/fixtures/foreign/library.cypher';
/** A foreign graph using some of our label and type names (Person, WORKED_AT, REPORTED_BY) without our certainties. */
export const OUR_NAMES_SCRIPT = 'tests/fixtures/foreign/our-names.cypher';

/** A foreign graph whose nodes have no label (u1 -[:LINK]-> u2, and u3 alone). */
export const UNLABELED_SCRIPT = 'tests/fixtures/foreign/unlabeled.cypher';

/** Drops every index and constraint but the token lookups, as on a database that was never ours. */
export async function dropSchema(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  for (const c of await readRows(driver, 'SHOW CONSTRAINTS YIELD name RETURN name'))
    await driver.executeQuery(`DROP CONSTRAINT \`${String(c.name)}\` IF EXISTS`, {}, { database });
  for (const i of await readRows(driver, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await driver.executeQuery(`DROP INDEX \`${String(i.name)}\` IF EXISTS`, {}, { database });
}

/** An empty database without our schema, then a foreign script (the library by default) loaded into it. */
export async function loadLibrary(driver: Driver, script = LIBRARY_SCRIPT): Promise<void> {
  const { database } = testNeo4j();
  await resetGraph(driver, { database });
  await dropSchema(driver);
  await runCypherScript(driver, script, { database });
}

/** The foreign graph that uses our names (OUR_NAMES_SCRIPT), as loadLibrary loads the library. */
export function loadOurNames(driver: Driver): Promise<void> {
  return loadLibrary(driver, OUR_NAMES_SCRIPT);
}

/**
 * The library graph with a test's own relationships added by `extra` (Cypher over the loaded library), and an app over
 * it; the test's afterAll calls restoreOurs and closes the driver.
 */
export async function openLibraryApp(extra: string): Promise<{ driver: Driver; app: TestApp['app'] }> {
  const driver = createTestDriver();
  await loadLibrary(driver);
  const { app } = createTestApp(driver);
  await driver.executeQuery(extra, {}, { database: testNeo4j().database });
  return { driver, app };
}

/** The API id of the one node a Cypher match of `n` finds, by its elementId (the fallback id of a node not ours). */
export async function apiIdOf(driver: Driver, match: string): Promise<string> {
  const [row] = await readRows(driver, `${match} RETURN elementId(n) AS eid`);
  return `neo4j:${String(row!.eid)}`;
}

/** Empty, with our indexes and constraints only, as the files after this one expect. */
export async function restoreOurs(driver: Driver): Promise<void> {
  const { database } = testNeo4j();
  await resetGraph(driver, { database });
  await dropSchema(driver);
  await ensureSchema(driver, { database });
}

/** The names of every index (to prove nothing was created). */
export async function indexNames(driver: Driver): Promise<string[]> {
  return (await readRows(driver, 'SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) =>
    String(r.name),
  );
}
