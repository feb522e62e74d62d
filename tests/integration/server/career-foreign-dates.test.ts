// A career read from foreign-style data (made-up test data: a person and organisations with no ids of ours, whose
// stints are dated with Integer years and a Cypher date, not our text dates) tells the dates the timeline tells, as
// text, and calls a stint with an end left: it read only string dates, so an Integer start and end were null and
// the stint that ended in 2023 current, while the timeline listed Ann joining in 2022 and leaving in 2023.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CareerResponseSchema, TimelineResponseSchema } from '../../../model/api-responses.js';
import { createTestApp, openSeededApp } from '../../support/api.js';
import { apiIdOf } from '../../support/foreign-graph.js';
import { resetDatabase } from '../../support/neo4j.js';

describe('a career dated as a foreign graph dates it', () => {
  let driver: Driver;
  let app: ReturnType<typeof createTestApp>['app'];

  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) =>
      d.executeQuery(
        `CREATE (ann:Person {name: 'Ann'})
       CREATE (ann)-[:WORKED_AT {start: 2022, end: 2023, certainty: 'stated'}]->(:Organization {name: 'Bigco'})
       CREATE (ann)-[:WORKED_AT {start: date('2023-06-01'), certainty: 'stated'}]->(:Organization {name: 'Smallco'})`,
        {},
        { database },
      ),
    ));
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('gives Integer and temporal dates as the timeline does, and an ended stint as left', async () => {
    const ann = await apiIdOf(driver, "MATCH (n:Person {name: 'Ann'})");
    const res = await request(app).get(`/api/people/${encodeURIComponent(ann)}/career`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const career = CareerResponseSchema.parse(res.body);
    expect(career.stints.map((s) => [s.org.name, s.start, s.end, s.left])).toEqual([
      ['Bigco', '2022', '2023', true],
      ['Smallco', '2023-06-01', null, false],
    ]);
    // The move between them, dated by the stint joined.
    expect(career.moves.map((m) => [m.fromStint, m.toStint, m.when])).toEqual([
      [career.stints[0]!.id, career.stints[1]!.id, '2023-06-01'],
    ]);

    // The timeline tells the same dates of the same stints.
    const timeline = TimelineResponseSchema.parse((await request(app).get('/api/timeline')).body);
    const told = timeline.items
      .filter((i) => i.kind !== 'event')
      .map((i) => [i.kind, i.date, i.id])
      .sort();
    expect(told).toEqual(
      [
        ['stint-start', '2022', career.stints[0]!.id],
        ['stint-end', '2023', career.stints[0]!.id],
        ['stint-start', '2023-06-01', career.stints[1]!.id],
      ].sort(),
    );
  });
});
