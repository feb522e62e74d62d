// The API as the benchmark runs it: `createApp` in its own Node process on a loopback port, configured from the
// environment the bench passes (Neo4j URI and credentials, raised rate limits). Reports its port over IPC and
// exits when the bench goes away.
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver } from '../neo4j/connect.js';
import { createApp } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const config = readConfig();
  const uri = config.neo4j.uri;
  if (!uri || !config.neo4j.password) throw new Error('the bench must pass NEO4J_URI and NEO4J_PASSWORD');
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  const logger = createLogger(config.logLevel);
  const { app } = createApp({
    config,
    driver,
    neo4jUri: uri,
    logger,
    clientDir: path.join(ROOT, 'dist', 'client'),
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 65_000;
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', port });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.send?.({ type: 'error', error: message });
  process.stderr.write(`bench api-server: ${message}\n`);
  process.exit(1);
});
