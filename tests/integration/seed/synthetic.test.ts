import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateSynthetic,
  normalizeName,
  resetGraph,
  seedSynthetic,
  type SeedSummary,
} from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// A small synthetic market (generated, deterministic) loaded in several committed batches.
const PEOPLE = 600;
const SEED = 13;
let driver: Driver;
let first: SeedSummary;
const progress: string[] = [];

const count = async (q: string) => Number((await readRows(driver, q))[0]!.n);

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  first = await seedSynthetic(driver, {
    people: PEOPLE,
    randomSeed: SEED,
    batchSize: 250,
    database: testNeo4j().database,
    onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`),
  });
});
afterAll(async () => driver.close());

describe('seedSynthetic', () => {
  it('loads exactly what the generator produces and reports the rate', async () => {
    const market = generateSynthetic({ people: PEOPLE, randomSeed: SEED });
    const stints = market.peopleBatch(0, PEOPLE).stints.length;
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(PEOPLE);
    expect(await count('MATCH ()-[r:WORKED_AT]->() RETURN count(r) AS n')).toBe(stints);
    expect(await count('MATCH (e:Event) RETURN count(e) AS n')).toBe(market.events.nodes.length);
    expect(first.nodes.Person).toMatchObject({ rows: PEOPLE, created: PEOPLE });
    expect(first.relationships.WORKED_AT).toMatchObject({ rows: stints, created: stints });
    expect(first.rowsPerSecond).toBeGreaterThan(0);
    expect(first.talentFlows).toBeGreaterThan(0);
    expect(progress).toContain(`people 250/${PEOPLE}`);
    expect(progress).toContain(`people ${PEOPLE}/${PEOPLE}`);
  });

  it('marks every fact with the synthetic Source', async () => {
    expect(
      await count("MATCH (s:Source {id: 'source:synthetic'}) WHERE s.synthetic RETURN count(s) AS n"),
    ).toBe(1);
    expect(
      await count(
        "MATCH ()-[r]->() WHERE type(r) <> 'TALENT_FLOW' AND NOT (r.sources = ['source:synthetic'] AND r.certainty = 'stated' AND r.evidence = 'synthetic') RETURN count(r) AS n",
      ),
    ).toBe(0);
  });

  it('is idempotent for the same seed', async () => {
    const again = await seedSynthetic(driver, {
      people: PEOPLE,
      randomSeed: SEED,
      database: testNeo4j().database,
    });
    for (const c of [...Object.values(again.nodes), ...Object.values(again.relationships)])
      expect(c.created).toBe(0);
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(PEOPLE);
  });

  it('makes synthetic people searchable in both scripts', async () => {
    const [p] = await readRows(
      driver,
      "MATCH (p:Person {id: 'person:syn-0000001'}) RETURN p.name AS name, p.nameAr AS nameAr",
    );
    for (const q of [p!.name as string, p!.nameAr as string]) {
      const hits = await readRows(
        driver,
        "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN collect(node.id) AS ids",
        { q: `"${normalizeName(q)}"` },
      );
      expect(hits[0]!.ids).toContain('person:syn-0000001');
    }
  });
});
