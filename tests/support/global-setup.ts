// Starts one throwaway embedded Neo4j (free port, temporary data folder) for the whole test run, unless
// NEO4J_TEST_URI names one; tests never touch .data. Stopped at the end, JVM included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; version: string };
  }
}

export const TEST_PASSWORD = 'talent-graph-test';

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    project.provide('neo4j', {
      uri,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? TEST_PASSWORD,
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
      version: 'external',
    });
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-graph-test-neo4j-'));
  embedded = await startEmbeddedNeo4j({
    dataDir,
    port: 0,
    password: TEST_PASSWORD,
    heapMb: 1536,
    pageCacheMb: 512,
    log: (m) => process.stderr.write(`[neo4j] ${m}\n`),
  });
  project.provide('neo4j', {
    uri: embedded.uri,
    user: embedded.user,
    password: TEST_PASSWORD,
    database: 'neo4j',
    version: embedded.version,
  });
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
