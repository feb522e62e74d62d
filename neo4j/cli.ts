// `npm run neo4j -- build|start`: builds the launcher jar, or runs the embedded Neo4j in the foreground.
import { ensureLauncher } from './build.js';
import { ensureClassArchive } from './class-archive.js';
import { loadDotEnv, readNeo4jConfig } from './config.js';
import { embeddedPassword } from './connect.js';
import { startEmbeddedNeo4j } from './embedded.js';
import { assertJava } from './java.js';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function main(): Promise<void> {
  const cmd = process.argv[2] ?? 'start';
  if (cmd === 'build') {
    const jar = await ensureLauncher(log);
    await ensureClassArchive(assertJava(), jar, log);
    log('The Neo4j launcher is ready.');
    return;
  }
  if (cmd !== 'start') {
    throw new Error(`Unknown command '${cmd}': expected 'build' or 'start'.`);
  }
  loadDotEnv();
  const config = readNeo4jConfig();
  const db = await startEmbeddedNeo4j({
    dataDir: config.dataDir,
    port: config.embeddedPort,
    user: config.user,
    password: embeddedPassword(config),
    heapMb: config.heapMb,
    pageCacheMb: config.pageCacheMb,
    log,
  });
  log(
    `Neo4j ${db.version} is running at ${db.uri} (user ${db.user}; data in ${config.dataDir}). Ctrl-C stops it.`,
  );
  const stop = () => void db.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
