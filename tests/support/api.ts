// Builds the Express app against the run's Neo4j for API integration tests, with config overrides and an
// optional log capture (to check what the logs contain).
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import type { DeriveFlows } from '../../server/services/derivation-service.js';
import { ensureSchema } from '../../seed/index.js';
import { createTestDriver, resetDatabase, seedArticleAnew, testNeo4j } from './neo4j.js';

/** The time limits of test apps: the largest DB_TIMEOUT_MS accepts. */
export const GENEROUS_TIMEOUT_MS = 120_000;

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  /** Everything logged, when `captureLogs` was set. */
  logs: string[];
}

export function createTestApp(
  driver: Driver,
  env: Record<string, string> = {},
  opts: {
    captureLogs?: boolean;
    uri?: string;
    password?: string;
    /** Run after a write through POST /api/cypher (main.ts gives the seed's derivation); none by default. */
    deriveFlows?: DeriveFlows;
  } = {},
): TestApp {
  const uri = opts.uri ?? testNeo4j().uri;
  const config = readConfig({
    NEO4J_URI: uri,
    NEO4J_PASSWORD: opts.password ?? testNeo4j().password,
    // The test machine may be loaded (2 cores, several suites and JVMs): a slow answer is not what these tests
    // check, so the time limits are generous unless a test sets its own (the timeout tests do).
    QUERY_TIMEOUT_MS: String(GENEROUS_TIMEOUT_MS),
    DB_TIMEOUT_MS: String(GENEROUS_TIMEOUT_MS),
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = opts.captureLogs ? createLogger('debug', sink) : createLogger('silent');
  const { app } = createApp({ config, driver, neo4jUri: uri, logger, deriveFlows: opts.deriveFlows });
  return { app, logs };
}

/** The article seeded anew and a test app over it (most API files' beforeAll); close the driver afterwards. */
export async function openArticleApp(
  env: Record<string, string> = {},
): Promise<{ driver: Driver; app: TestApp['app'] }> {
  const driver = createTestDriver();
  await seedArticleAnew(driver);
  return { driver, app: createTestApp(driver, env).app };
}

/**
 * A database emptied, given our schema and seeded by `seed` (a fixture, facts written by hand), and a test app over
 * it (a beforeAll of API files that need other data than the article); close the driver afterwards.
 */
export async function openSeededApp(
  seed: (driver: Driver, database: string) => Promise<unknown>,
): Promise<{ driver: Driver; app: TestApp['app'] }> {
  const driver = createTestDriver();
  const { database } = testNeo4j();
  await resetDatabase(driver, database);
  await ensureSchema(driver, { database });
  await seed(driver, database);
  return { driver, app: createTestApp(driver).app };
}
