// The run's shared Neo4j (tests/support/global-setup.ts) runs with the test settings it names, passed through the
// embedded launcher's settings file: the proof that `settings` reaches the engine.
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_ENGINE_SETTINGS } from '../../support/global-setup.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

const driver = createTestDriver();
afterAll(() => driver.close());

describe("the run's shared Neo4j", () => {
  it('does not plan cached queries again after each reseed when the run started it (its test settings are in force)', async () => {
    const rows = await readRows(
      driver,
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
      { names: Object.keys(TEST_ENGINE_SETTINGS) },
    );
    const found = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    if (testNeo4j().version === 'external') {
      // A database named by NEO4J_TEST_URI keeps its own values; the settings exist there too.
      expect(Object.keys(found).sort()).toEqual(Object.keys(TEST_ENGINE_SETTINGS).sort());
    } else {
      expect(found).toEqual({
        'dbms.cypher.min_replan_interval': '1h',
        'dbms.cypher.statistics_divergence_threshold': '1.0',
      });
    }
  });
});
