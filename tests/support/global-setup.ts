// Starts one throwaway embedded Neo4j (free port, temporary data folder) for the test projects that need the run's
// database, unless NEO4J_TEST_URI names one; tests never touch .data. It is a global setup of those projects only,
// so `npm run test:unit` starts no JVM. Vitest runs each project's global setup in one process, so the projects
// share one engine through a reference count on globalThis; the last teardown stops it, JVM included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  version: string;
  /**
   * A file of this run where seedArticleAnew notes the database's last transaction after it seeded the article, so
   * the next file that asks for the article graph skips the reseed when nothing has been written since.
   */
  seedMarker: string;
}

export const TEST_PASSWORD = 'talent-graph-test';

/**
 * The test files empty and reseed the one database all the time, so its statistics swing from nothing to a graph and
 * back; by default Neo4j then plans every cached query again (10 s after a change of more than 75 %). Planning, not
 * running, was most of the engine's CPU time in the integration project (a JFR profile: Cypher's parser, semantic
 * checks and planner, and the JIT compiling them). A plan fitted to other data is as correct, only perhaps slower,
 * and these tests judge results, not speed. Measured alone on the 2-core machine, in two pairs of runs: the project
 * took 408 s → 345 s and 412 s → 376 s (the second pair with the machine slower during the run with the settings), the
 * engine's CPU 471 s → 378 s and 487 s → 421 s. (A larger query cache changed nothing; the quick JIT tier alone made
 * it slower.)
 */
export const TEST_ENGINE_SETTINGS = {
  'dbms.cypher.min_replan_interval': '1h',
  'dbms.cypher.statistics_divergence_threshold': '1.0',
};

interface Shared {
  users: number;
  ready: Promise<{ info: TestNeo4j; stop: () => Promise<void> }>;
}

const KEY = Symbol.for('talent-graph.test-neo4j');
const holder = globalThis as unknown as { [KEY]?: Shared };

async function start(): Promise<{ info: TestNeo4j; stop: () => Promise<void> }> {
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    const seedMarker = path.join(os.tmpdir(), `talent-graph-test-article-seed-${process.pid}.json`);
    return {
      info: {
        uri,
        user: process.env.NEO4J_TEST_USER ?? 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? TEST_PASSWORD,
        database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
        version: 'external',
        seedMarker,
      },
      stop: async () => fs.rmSync(seedMarker, { force: true }),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-graph-test-neo4j-'));
  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      password: TEST_PASSWORD,
      heapMb: 1536,
      pageCacheMb: 512,
      settings: TEST_ENGINE_SETTINGS,
      log: (m) => process.stderr.write(`[neo4j] ${m}\n`),
    });
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    info: {
      uri: embedded.uri,
      user: embedded.user,
      password: TEST_PASSWORD,
      database: 'neo4j',
      version: embedded.version,
      seedMarker: path.join(dataDir, 'article-seed.json'),
    },
    stop: async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = holder[KEY];
  if (!shared) {
    shared = { users: 0, ready: start() };
    holder[KEY] = shared;
  }
  shared.users += 1;
  const { info } = await shared.ready;
  project.provide('neo4j', info);
  return async () => {
    const s = holder[KEY];
    if (!s) return;
    s.users -= 1;
    if (s.users > 0) return;
    delete holder[KEY];
    await (await s.ready).stop();
  };
}
