// Writes made-up careers straight into Neo4j for the flows tests: each person's stints (WORKED_AT with their dates,
// certainty and sources) at organisations `org:<prefix>-<name>`, and one stated PART_OF placing a division in its
// parent. The flows are derived by the test (recomputeTalentFlows), as the seed would after a load.
import type { Driver } from 'neo4j-driver';

/** One stint: [organisation name, stint id, start, end, certainty, the source(s) it cites]. */
export type CareerRow = [string, string, string, string | null, 'stated' | 'implied', string | string[]];

export interface CareersFixture {
  /** Organisation ids are `org:<prefix>-<name>`. */
  prefix: string;
  /** person id → stints. */
  careers: Record<string, CareerRow[]>;
  /** The division placed in its parent by one stated PART_OF fact (names as in the stints). */
  partOf: { division: string; parent: string; id: string; source: string };
}

export async function writeCareers(driver: Driver, database: string, f: CareersFixture): Promise<void> {
  const org = (name: string) => `org:${f.prefix}-${name}`;
  const stints = Object.entries(f.careers).flatMap(([person, rows]) =>
    rows.map(([name, id, start, end, certainty, sources]) => ({
      person,
      org: org(name),
      id,
      start,
      end,
      certainty,
      sources: typeof sources === 'string' ? [sources] : sources,
    })),
  );
  await driver.executeQuery(
    `UNWIND $stints AS s
     MERGE (p:Person {id: s.person}) ON CREATE SET p.name = s.person
     MERGE (o:Organization {id: s.org}) ON CREATE SET o.name = s.org
     CREATE (p)-[:WORKED_AT {id: s.id, start: s.start, end: s.end, certainty: s.certainty, sources: s.sources}]->(o)`,
    { stints },
    { database },
  );
  await driver.executeQuery(
    `MATCH (d:Organization {id: $division}), (o:Organization {id: $parent})
     CREATE (d)-[:PART_OF {id: $id, certainty: 'stated', sources: [$source]}]->(o)`,
    {
      division: org(f.partOf.division),
      parent: org(f.partOf.parent),
      id: f.partOf.id,
      source: f.partOf.source,
    },
    { database },
  );
}
