import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, loadBundledSources, resetGraph } from '../../../seed/index.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// The shipped example, seed/examples/people.csv (facts of the bundled article in CSV form, spelt differently),
// imported after the bundled sources, as docs/import.md describes.
let driver: Driver;
const count = async (q: string) => Number((await readRows(driver, q))[0]!.n);

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  await loadBundledSources(driver, { database: testNeo4j().database });
});
afterAll(async () => driver.close());

describe('seed/examples/people.csv', () => {
  it('resolves every person and organisation to the article’s, creating none', async () => {
    const people = await count('MATCH (p:Person) RETURN count(p) AS n');
    const orgs = await count('MATCH (o:Organization) RETURN count(o) AS n');
    const summary = await importCsv(driver, 'seed/examples/people.csv', { database: testNeo4j().database });
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(people);
    expect(await count('MATCH (o:Organization) RETURN count(o) AS n')).toBe(orgs);
    expect(summary.merges).toEqual([
      'seed/examples/people.csv row 1: person → person:andrew-bosworth (Andrew Bosworth, already in the graph), matched by name "ANDREW BOSWORTH" (normalised "andrew bosworth")',
      'seed/examples/people.csv row 1: organisation → org:meta (Meta, already in the graph), matched by name "META" (normalised "meta")',
      'seed/examples/people.csv row 2: person → person:sam-altman (Sam Altman, already in the graph), matched by name "Sam Altman" (normalised "sam altman")',
      'seed/examples/people.csv row 2: organisation → org:openai (OpenAI, already in the graph), matched by id',
      'seed/examples/people.csv row 3: person → person:alan-rice (Alan Rice, already in the graph), matched by id',
      'seed/examples/people.csv row 3: organisation → org:meta (Meta, already in the graph), matched by name "Meta" (normalised "meta")',
    ]);
    expect(summary.relationships.WORKED_AT).toMatchObject({ rows: 3, created: 3 });
    const [altman] = await readRows(
      driver,
      "MATCH (:Person {id: 'person:sam-altman'})-[r:WORKED_AT]->(:Organization {id: 'org:openai'}) WHERE r.id STARTS WITH 'fact:csv-' RETURN r.role AS role, r.start AS start, r.evidence AS evidence",
    );
    expect(altman).toEqual({
      role: 'CEO',
      start: '2019',
      evidence: 'ألتمان، الرئيس التنفيذي لشركة OpenAI منذ عام 2019',
    });
  });
});
