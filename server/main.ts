// The server's entry (compiled to dist/server/main.js; `npm start` builds what is stale first, see scripts/start.mjs):
// validates config, starts (or connects to) Neo4j, seeds an empty database, serves API and client, and on Ctrl-C /
// SIGTERM stops everything, the embedded Neo4j included. With WEB_CONCURRENCY > 1 this process is the cluster
// primary (server/cluster-primary.ts) and each API worker runs the same file, connecting to the primary's Neo4j.
import { DEFAULT_STOP_TIMEOUT_MS } from '../neo4j/embedded.js';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import path from 'node:path';
import { EmbeddedNeo4jError } from '../neo4j/java.js';
import { loadDotEnv } from '../neo4j/config.js';
import { openNeo4j, type Neo4jConnection } from '../neo4j/connect.js';
import { findProjectRoot } from '../neo4j/project-root.js';
import { INTERNAL_LABELS } from '../model/labels.js';
import { createApp } from './app.js';
import type { DerivationService } from './services/derivation-service.js';
import { runClusterPrimary } from './cluster-primary.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { createLogger } from './logger.js';
import { adoptPrimaryBookmarks } from './workers.js';
import { warmUp } from './warm-up.js';

const CLIENT_DIR = path.join(findProjectRoot(import.meta.url), 'dist', 'client');
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** Of that grace, how long a derivation of the flows after a write may take to end. */
const DEFAULT_DERIVATION_STOP_WAIT_MS = 5_000;
/** Beyond the launcher's own stop bound, before giving up on Neo4j's stop. */
const NEO4J_STOP_MARGIN_MS = 5_000;

/**
 * Seeds an empty database. Returns whether a derivation of the talent flows was cut short (its process stopped while
 * deriving: the flows may be half swapped), for the caller to derive them again.
 */
async function seedIfEmpty(conn: Neo4jConnection, log: (msg: string) => void): Promise<boolean> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: 'READ' });
  let empty: boolean;
  try {
    // Our own storage nodes (a talent index, the lock of the flows' derivation) are not data: a database that holds
    // only them is empty.
    const res = await session.run(
      `RETURN NOT EXISTS { MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $internal) } AS empty`,
      { internal: [...INTERNAL_LABELS] },
    );
    empty = Boolean(res.records[0]?.get('empty'));
  } finally {
    await session.close();
  }
  if (!empty) {
    log('The database already holds data; not seeding.');
    // main.ts is the composition root: it is the one server file allowed to call the seed.
    const { countOutdatedTalentFlows, countOutdatedTalentIndexes, derivationCutShort } =
      await import('../seed/index.js');
    const cutShort = await derivationCutShort(conn.driver, { database: conn.database });
    if (cutShort)
      log(
        'A derivation of the talent flows was cut short (its process stopped): deriving them again in the background.',
      );
    const outdated = await countOutdatedTalentFlows(conn.driver, { database: conn.database });
    const why = [
      outdated.undated > 0 &&
        `${outdated.undated} without the dates of their moves (a time window can only estimate them, ranked by all-time size)`,
      outdated.undivided > 0 &&
        `${outdated.undivided} without their own moves told apart from their divisions' (the view by division leaves ` +
          'out a move between their ends themselves by someone who also moved through a division)',
      outdated.perPerson > 0 &&
        `${outdated.perPerson} without the certainty of each move (in a time window, someone stated by an earlier ` +
          'move may show stated for an implied move in it)',
      outdated.unspanned > 0 &&
        `${outdated.unspanned} without the dates of their named moves and of their reports apart (the explorer ` +
          'dates the named moves by the reports too, or the reports by the named moves)',
      outdated.unsourced > 0 &&
        `${outdated.unsourced} without their moves' sources apart (a flow's stated, implied and reported parts cite ` +
          "each other's sources, and by division an overview flow its divisions' moves')",
      outdated.unplaced > 0 &&
        `${outdated.unplaced} without the sources of the PART_OF facts that roll a division's moves into them (their ` +
          "named parts cite the stints' sources only)",
      outdated.unwindowed > 0 &&
        `${outdated.unwindowed} without each mover's sources beside their moves (in a time window their named parts ` +
          'cite the sources of all their moves, and say so)',
      outdated.overcited > 0 &&
        `${outdated.overcited} whose implied part also cites the implied moves of people counted stated (sources ` +
          'behind no move it draws)',
      outdated.unsplit > 0 &&
        `${outdated.unsplit} without the certainties of the parts drawn of them (a path search judges each by its one ` +
          'certainty, not by what the view draws of it)',
      outdated.otherVersion > 0 &&
        `${outdated.otherVersion} derived by other rules than this version's (which moves there are, when each ` +
          'happened and how sure it is may differ: a stint joined with no start, one standing between two others)',
    ].filter(Boolean);
    if (why.length > 0)
      log(
        `Talent flows derived by an older version: ${why.join('; ')}. ` +
          'Stop the explorer and run `npm run seed -- --derive` to derive them again.',
      );
    const indexes = await countOutdatedTalentIndexes(conn.driver, conn.database);
    if (indexes > 0)
      log(
        `${indexes} talent index(es) stored by an older version: those organisations' dashboards are counted live, ` +
          'more slowly. Stop the explorer and run `npm run seed -- --derive` to store them again.',
      );
    return cutShort;
  }
  log('The database is empty: loading the bundled sources…');
  // main.ts is the composition root: it is the one server file allowed to call the seed.
  const seed = await import('../seed/index.js');
  await seed.ensureSchema(conn.driver, { database: conn.database });
  const summary = await seed.loadBundledSources(conn.driver, { database: conn.database });
  const count = (m: Record<string, { created: number }>) =>
    Object.values(m).reduce((n, c) => n + c.created, 0);
  log(
    `Seeded ${summary.sources.length} source(s): ${count(summary.nodes)} nodes, ${count(summary.relationships)} relationships, ` +
      `${summary.talentFlows} talent flows in ${(summary.ms / 1000).toFixed(1)} s.`,
  );
  return false;
}

/**
 * The seed's derivation of the talent flows, for the server to run after a write: only on a database that holds
 * something it reads or writes (one that is not ours gets none of our nodes); `npm run seed -- --cypher` runs the
 * same after its scripts.
 */
function createDeriveFlows(conn: Neo4jConnection): () => Promise<void> {
  return async () => {
    // main.ts is the composition root: it is the one server file allowed to call the seed.
    const { recomputeTalentFlowsAfterWrite } = await import('../seed/index.js');
    await recomputeTalentFlowsAfterWrite(conn.driver, { database: conn.database });
  };
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    loadDotEnv();
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel, undefined, {
    pretty: Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production',
  });
  const log = (msg: string) => logger.info(msg);
  if (cluster.isPrimary && config.webConcurrency > 1) {
    // The primary serves no request: a derivation cut short is run again here, once for every worker.
    const seedAndMend = async (c: Neo4jConnection) => {
      if (await seedIfEmpty(c, log))
        void createDeriveFlows(c)().then(
          () => log('Talent flows derived again.'),
          (err: Error) => log(`Deriving the talent flows again failed: ${err.message}`),
        );
    };
    await runClusterPrimary({ config, logger, seedIfEmpty: seedAndMend });
    return;
  }
  const worker = cluster.isWorker;

  let conn: Neo4jConnection | undefined;
  let server: Server | undefined;
  let derivation: DerivationService | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down…`);
    const force = setTimeout(() => process.exit(1), DEFAULT_SHUTDOWN_GRACE_MS);
    force.unref();
    if (server) {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        server!.closeIdleConnections();
        setTimeout(() => server!.closeAllConnections(), 2_000).unref();
      });
    }
    // A derivation of the flows after a write may end within part of the grace; one still running is cut short, and
    // its lease ended now, so the next start derives the flows again.
    if (derivation && conn) {
      await Promise.race([
        derivation.idle(),
        new Promise((r) => setTimeout(r, DEFAULT_DERIVATION_STOP_WAIT_MS)),
      ]);
      const { expireOwnDerivationLocks } = await import('../seed/index.js');
      await expireOwnDerivationLocks(conn.driver, { database: conn.database }).catch(() => {});
    }
    // The grace above is for the HTTP server; stopping an embedded Neo4j is bounded by its launcher (SIGKILL after
    // DEFAULT_STOP_TIMEOUT_MS), and on a busy machine it may take longer than the HTTP grace: it gets its own.
    clearTimeout(force);
    setTimeout(() => process.exit(1), DEFAULT_STOP_TIMEOUT_MS + NEO4J_STOP_MARGIN_MS).unref();
    await conn?.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker whose primary is gone has no one to restart or stop it: it stops itself.
  if (worker) process.on('disconnect', () => void shutdown('Primary gone'));

  conn = await openNeo4j(config.neo4j, log, {}, { supervise: true });
  if (stopping) return;
  if (worker) await adoptPrimaryBookmarks(conn.driver);
  const { app, context } = createApp({
    config,
    driver: conn.driver,
    neo4jUri: conn.uri,
    logger,
    clientDir: CLIENT_DIR,
    // After a write through POST /api/cypher the flows are derived from the changed facts again.
    deriveFlows: createDeriveFlows(conn),
  });
  derivation = context.services.derivation;
  const health = await context.services.health.check();
  if (health.status === 'ok') {
    log(
      `Neo4j ${health.neo4j.version} ${health.neo4j.edition} at ${conn.uri}${conn.embedded ? ' (embedded)' : ''}, database '${conn.database}'.`,
    );
  }
  // In a cluster the primary seeded before starting the workers.
  // A derivation cut short is run again as after a write (it waits on shutdown like one).
  if (config.seedOnEmpty && !worker && (await seedIfEmpty(conn, log))) derivation.afterWrite();
  // "Ready" means the first page is served warm: its queries have run once against this database.
  const warm = await warmUp(context.services);
  if (warm.failed.length === 0)
    log(`Warmed up the first screen's queries in ${(warm.ms / 1000).toFixed(1)} s.`);
  else
    logger.warn(
      `The warm-up did not finish (${warm.failed.map((f) => `${f.step}: ${f.error}`).join('; ')}); serving anyway.`,
    );

  server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new ConfigError(
              'PORT',
              `Port ${config.port} on ${config.host} is already in use; set PORT to another port.`,
            )
          : err,
      ),
    );
  });
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 120_000;
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  if (worker) log(`API worker ${process.pid} is listening on port ${port}.`);
  else log(`Talent Graph is ready at http://${shown}:${port}`);
}

main().catch(async (err) => {
  const message =
    err instanceof ConfigError || err instanceof EmbeddedNeo4jError
      ? err.message
      : `Start-up failed: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
