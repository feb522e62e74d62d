// `npm run seed -- --derive` against the run's real Neo4j, as a user runs it (a child process): the talent flows and
// indexes are derived again from the facts already in the database, and nothing is loaded — not the bundled article
// beside a user's own import. What the explorer's "derived by an older version" notes tell the user to run. Data: the
// hand-made fictional careers of tests/fixtures/seed/flows (README there).
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DERIVATION_VERSION } from '../../../model/flow-derivation.js';
import { countOutdatedTalentFlows, resetGraph, seedFiles } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';
import { runSeed } from '../../support/seed-cli.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;
const database = () => testNeo4j().database;
const count = async (query: string) => Number((await readRows(driver, query))[0]!.n);

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: database() });
  await seedFiles(driver, [FIXTURE], { database: database() });
});
afterAll(async () => {
  await resetGraph(driver, { database: database() });
  await driver.close();
});

describe('npm run seed -- --derive', () => {
  it('derives the flows an older version stored again, and loads nothing', async () => {
    const nodes = await count(
      'MATCH (n) WHERE NOT n:TalentIndex AND NOT n:TalentFlowDerivation RETURN count(n) AS n',
    );
    const flows = await count('MATCH ()-[f:TALENT_FLOW]->() RETURN count(f) AS n');
    // As an older version left them: another derivation's number on every flow.
    await driver.executeQuery(
      'MATCH ()-[f:TALENT_FLOW]->() SET f.derivation = $older',
      { older: DERIVATION_VERSION - 1 },
      { database: database() },
    );
    expect((await countOutdatedTalentFlows(driver, { database: database() })).otherVersion).toBe(flows);

    const r = await runSeed(['--derive']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`derived again from the facts in the database: ${flows} TALENT_FLOW`),
    );
    expect((await countOutdatedTalentFlows(driver, { database: database() })).otherVersion).toBe(0);
    expect(await count('MATCH ()-[f:TALENT_FLOW]->() RETURN count(f) AS n')).toBe(flows);
    // Not one node more: the bundled article is not loaded.
    expect(
      await count('MATCH (n) WHERE NOT n:TalentIndex AND NOT n:TalentFlowDerivation RETURN count(n) AS n'),
    ).toBe(nodes);
    expect(await count("MATCH (s:Source) WHERE s.id STARTS WITH 'source:rosa' RETURN count(s) AS n")).toBe(0);
  });

  it('is refused beside anything that loads or deletes data, saying so', async () => {
    for (const args of [
      ['--derive', '--reset', '--yes'],
      ['--derive', '--synthetic'],
      ['--derive', FIXTURE],
    ]) {
      const r = await runSeed(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--derive cannot be combined with/);
    }
  });
});
