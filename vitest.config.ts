// Test projects, run one group after the other:
//   unit         pure logic, in parallel, no database (npm run test:unit starts no JVM);
//   integration  against the run's one throwaway embedded Neo4j, one file at a time (Neo4j Community has a single
//                user database, so no two files may use it at once);
//   processes    files that start their own engines or `npm start` and kill, stop or freeze them (fault injection);
//   browser      real Chromium against the run's Neo4j, one file at a time.
// Only integration and browser name the global setup that starts the shared Neo4j, so it starts only when one of
// them has a test to run. groupOrder runs the groups one after the other in one `vitest run`; `npm test`
// (scripts/test.mjs) runs them as three vitest runs side by side (browser; unit and integration; processes), since a
// group has one worker count, each run with its own shared engine.
import { defineConfig } from 'vitest/config';

const SHARED_NEO4J = ['tests/support/global-setup.ts'];

/** Files that start their own Neo4j or server processes and inject faults into them. */
const OWN_PROCESSES = [
  'tests/integration/neo4j/embedded.test.ts',
  'tests/integration/server/cluster-primary.test.ts',
  'tests/integration/reliability/db-faults.test.ts',
  'tests/integration/reliability/engine-restart.test.ts',
  'tests/integration/server/health-faults.test.ts',
  'tests/integration/server/npm-start.test.ts',
  'tests/integration/server/start.test.ts',
  'tests/integration/server/web-concurrency.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          globalSetup: SHARED_NEO4J,
          include: ['tests/integration/**/*.test.ts'],
          exclude: OWN_PROCESSES,
          environment: 'node',
          fileParallelism: false,
          // One worker runs the files one after the other and keeps its module cache: importing the server, the
          // seed and the driver again for every file cost ~1.5 s a file. Files share no module state (factories).
          isolate: false,
          // Ceilings, not budgets: a test's first requests plan the flows' large queries on a cold engine, and on a
          // loaded 2-core machine that ran at half speed (the browser tests and the own-process JVMs beside it) one
          // such test took over 60 s where it takes 1 s idle. The test apps' own query limits are 120 s
          // (tests/support/api.ts), so a test waits as long as they do; a real hang still fails.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'processes',
          sequence: { groupOrder: 2 },
          include: OWN_PROCESSES,
          environment: 'node',
          // One at a time: two at once measured no faster (373 s against 367 s), each file's JVM starts keep both
          // cores busy.
          fileParallelism: false,
          // These files start ~13 short-lived JVMs (their own engines, and those of the `npm start` they spawn) that
          // answer a few queries each. The quick JIT tier alone started Neo4j in 8.3 s instead of 10.7 s with 45 %
          // of the CPU time on a slow 2-core machine. The run's long-lived shared engine keeps the full JIT: on a
          // long query load the quick tier alone measured 1.4–2x slower.
          env: { JDK_JAVA_OPTIONS: '-XX:TieredStopAtLevel=1' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 3 },
          globalSetup: SHARED_NEO4J,
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // As for integration: one worker, modules (server, playwright-core) imported once for every file.
          isolate: false,
          // A ceiling, not a budget: on a loaded 2-core machine a first page can take a minute to draw.
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
