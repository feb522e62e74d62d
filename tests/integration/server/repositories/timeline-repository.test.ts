// The timeline's rows through the repository against the run's real Neo4j seeded from the article (seed/sources) and a
// probe person: the rows of one person carry one list of that person's stints, so the service works out where each
// stint leads once per person (timeline-service.ts joinsOf caches by the list), not once per row — on a large graph
// the timeline recomputed it for every row it compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDatabase, type Database } from '../../../../server/db/database.js';
import { createTimelineRepository } from '../../../../server/repositories/timeline-repository.js';
import { createTestDriver, seedArticleAnew, testNeo4j } from '../../../support/neo4j.js';
import { withProbe } from '../../../support/repositories.js';

const LIMITS = { queryTimeoutMs: 120_000, dbTimeoutMs: 60_000 };

describe('timeline rows', () => {
  let driver: Driver;
  let db: Database;

  beforeAll(async () => {
    driver = createTestDriver();
    await seedArticleAnew(driver);
    db = createDatabase(driver, testNeo4j().database, LIMITS.dbTimeoutMs);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("gives one person's rows one list of that person's stints", async () => {
    // A made-up person with a stint ended and another begun: three rows.
    const cleanup =
      "MATCH (n) WHERE n.id IN ['person:probe-tl', 'org:probe-tl-a', 'org:probe-tl-b'] DETACH DELETE n";
    await withProbe(driver, cleanup, async (session) => {
      await session.run(
        `CREATE (p:Person {id: 'person:probe-tl', name: 'Probe'}),
                (a:Organization {id: 'org:probe-tl-a', name: 'A'}), (b:Organization {id: 'org:probe-tl-b', name: 'B'}),
                (p)-[:WORKED_AT {id: 'fact:probe-tl-1', start: '2001', end: '2002', certainty: 'stated'}]->(a),
                (p)-[:WORKED_AT {id: 'fact:probe-tl-2', start: '2003', certainty: 'stated'}]->(b)`,
      );
      const rows = await createTimelineRepository(db, LIMITS).read({
        from: '2001',
        to: '2003',
        limit: 100,
        after: undefined,
      });
      const mine = rows.filter((r) => r.person?.id === 'person:probe-tl');
      expect(mine.map((r) => [r.kind, r.date])).toEqual([
        ['stint-start', '2001'],
        ['stint-end', '2002'],
        ['stint-start', '2003'],
      ]);
      expect(mine[0]!.personStints).toHaveLength(2);
      expect(mine.every((r) => r.personStints === mine[0]!.personStints)).toBe(true);
    });
  });
});
