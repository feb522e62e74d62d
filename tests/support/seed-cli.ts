// Runs the seed CLI (`npm run seed -- …args`'s entry point, from source) as a child process against the run's
// Neo4j (NEO4J_URI set, so no embedded engine is started).
import { spawn, type ChildProcess } from 'node:child_process';
import { testNeo4j } from './neo4j.js';

export function spawnSeed(args: string[]): ChildProcess {
  const { uri, user, password, database } = testNeo4j();
  return spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts', ...args], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the seed to its end: its exit code and what it printed on each stream. */
export function runSeed(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnSeed(args);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
