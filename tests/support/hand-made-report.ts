// A departures report written by hand for a test over the fictional flows fixture (tests/fixtures/seed/flows): `count`
// people leaving Beta AI for Gamma Corp in 2024-03, both its facts of one certainty, citing source:hand-made.
import type { Driver } from 'neo4j-driver';
import { testNeo4j } from './neo4j.js';

export async function addHandMadeReport(
  driver: Driver,
  id: string,
  count: number,
  certainty: 'stated' | 'implied',
): Promise<void> {
  await driver.executeQuery(
    `MATCH (b:Organization {id: 'org:beta-ai'}), (g:Organization {id: 'org:gamma-corp'})
     CREATE (e:Event {id: $id, kind: 'departures', name: 'Hand-made report', count: $count,
                      countQualifier: 'at least', date: '2024-03'})
     CREATE (b)-[:PARTICIPATED_IN {id: $id + ':from', role: 'from', certainty: $certainty,
                                   sources: ['source:hand-made']}]->(e)
     CREATE (g)-[:PARTICIPATED_IN {id: $id + ':to', role: 'to', certainty: $certainty,
                                   sources: ['source:hand-made']}]->(e)`,
    { id, count, certainty },
    { database: testNeo4j().database },
  );
}
