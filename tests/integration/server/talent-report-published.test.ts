// GET /api/orgs/:id/talent against Neo4j: a departures report with no end of its own ("at least 14 left since
// January") is dated by when the sources that report it were published — only the sources a REPORTED_BY fact that a
// source backs names. A REPORTED_BY written by hand (no certainty: no source behind it) names a source that backs
// nothing here, so it neither dates the report nor is cited. Read live and from the stored talent index, the same.
// All data here is made up for this test (organisations, person, events and sources are fictional).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentResponseSchema } from '../../../model/api-responses.js';
import { DEPARTURES_EVENT_KIND } from '../../../model/data-model.js';
import { ensureSchema, rebuildTalentIndex } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const database = testNeo4j().database;
const driver = createTestDriver();
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  await resetDatabase(driver);
  await ensureSchema(driver, { database });
  // A lab with one stint (so it has an index), a report "since January" reported by the article (stated REPORTED_BY,
  // published 2025-08-29) and, by hand, by an earlier note (published 2025-02-01); and a report that only the note,
  // by hand, says reports (no date of its own, no source behind its REPORTED_BY).
  await driver.executeQuery(
    `CREATE (lab:Organization {id: 'org:rp-lab', name: 'Made-up Lab'}),
            (rival:Organization {id: 'org:rp-rival', name: 'Made-up Rival'}),
            (p:Person {id: 'person:rp-mover', name: 'Made-up Mover'}),
            (article:Source {id: 'source:rp-article', publisher: 'Made-up Times', published: '2025-08-29'}),
            (note:Source {id: 'source:rp-note', publisher: 'Made-up Note', published: '2025-02-01'}),
            (e:Event {id: 'event:rp-exodus', kind: $kind, name: 'At least 14 leave Made-up Lab', count: 14,
                      countQualifier: 'at least', since: '2025-01'}),
            (u:Event {id: 'event:rp-unbacked', kind: $kind, name: 'Some leave Made-up Lab', count: 3})
     CREATE (p)-[:WORKED_AT {id: 'fact:rp-mover-lab', start: '2020', end: '2021', left: true, certainty: 'stated',
                             sources: ['source:rp-article']}]->(lab),
            (lab)-[:PARTICIPATED_IN {id: 'fact:rp-exodus-from', role: 'from', certainty: 'stated',
                                     sources: ['source:rp-article']}]->(e),
            (rival)-[:PARTICIPATED_IN {id: 'fact:rp-exodus-to', role: 'to', certainty: 'stated',
                                       sources: ['source:rp-article']}]->(e),
            (e)-[:REPORTED_BY {id: 'fact:rp-exodus-reported', certainty: 'stated',
                               sources: ['source:rp-article']}]->(article),
            (e)-[:REPORTED_BY {id: 'fact:rp-exodus-by-hand'}]->(note),
            (lab)-[:PARTICIPATED_IN {id: 'fact:rp-unbacked-from', role: 'from', certainty: 'stated',
                                     sources: ['source:rp-article']}]->(u),
            (u)-[:REPORTED_BY {id: 'fact:rp-unbacked-by-hand'}]->(note)`,
    { kind: DEPARTURES_EVENT_KIND },
    { database },
  );
  app = createTestApp(driver).app;
});
afterAll(async () => driver.close());

async function talent(url: string) {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TalentResponseSchema.parse(res.body);
}

/** Each report's [id, since, until, placement, period], and whether the note is cited anywhere in the answer. */
async function reportDates() {
  const body = await talent('/api/orgs/org:rp-lab/talent?interval=quarter');
  return {
    reports: body.reports.map((r) => [r.id, r.since, r.until, r.placement, r.period]).sort(),
    noteCited: JSON.stringify(body).includes('source:rp-note'),
  };
}

describe('a departures report dated by when it was published', () => {
  it('takes the date from sources a sourced REPORTED_BY names only, live and from the talent index', async () => {
    const expected = {
      reports: [
        // Since January, until the article's publication, over three quarters: not until the hand-written note's
        // earlier one, within the first quarter.
        ['event:rp-exodus', '2025-01', '2025-08-29', 'imprecise', null],
        // No sourced REPORTED_BY, no date of its own: undated.
        ['event:rp-unbacked', null, null, 'undated', null],
      ],
      noteCited: false,
    };
    expect(await reportDates()).toEqual(expected);
    expect(await rebuildTalentIndex(driver, { database, minStints: 0 })).toBeGreaterThan(0);
    expect(await reportDates()).toEqual(expected);
  });
});
