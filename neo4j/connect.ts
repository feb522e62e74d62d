// Opens the one Neo4j driver of a process: to NEO4J_URI when set, else to the embedded engine it starts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { redactUri } from './config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import type { Log } from './build.js';

export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
export const DEFAULT_ACQUISITION_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_POOL_SIZE = 100;

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  /** The URI without credentials. */
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver and stops the embedded engine if this process started it. */
  close(): Promise<void>;
}

export interface DriverOptions {
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
}

/** Creates a driver with bounded timeouts, so a dead or hanging database fails fast instead of hanging requests. */
export function createDriver(uri: string, user: string, password: string, opts: DriverOptions = {}): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: opts.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: opts.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS,
    maxConnectionPoolSize: opts.maxPoolSize ?? DEFAULT_MAX_POOL_SIZE,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'talent-graph/0.1',
  });
}

/** The embedded engine's password: NEO4J_PASSWORD, else one generated on first run and kept (0600) in the data folder. */
export function embeddedPassword(config: Neo4jConfig): string {
  if (config.password) return config.password;
  const file = path.join(config.dataDir, '.password');
  try {
    const saved = fs.readFileSync(file, 'utf8').trim();
    if (saved.length >= 8) return saved;
  } catch {
    // first run
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const generated = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

export async function openNeo4j(config: Neo4jConfig, log: Log = () => {}, driverOpts: DriverOptions = {}): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  let password: string;
  if (config.uri) {
    uri = config.uri;
    if (!config.password) {
      log('NEO4J_PASSWORD is not set; trying the default password.');
    }
    password = config.password ?? 'neo4j';
  } else {
    password = embeddedPassword(config);
    log(`Starting the embedded Neo4j (data in ${config.dataDir})…`);
    embedded = await startEmbeddedNeo4j({
      dataDir: config.dataDir,
      port: config.embeddedPort,
      user: config.user,
      password,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      log,
    });
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config.user, password, driverOpts);
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    throw err;
  }
  return {
    driver,
    database: config.database,
    uri: redactUri(uri),
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
