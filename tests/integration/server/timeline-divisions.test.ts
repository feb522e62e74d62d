// The timeline tells joining or leaving a division and its parent on one date as one item only where a source states
// the division is part of the parent: over the fictional fixture of tests/fixtures/seed/flows (Rami Khalil at Delta
// Research and Alpha Labs, 2017 – 2020-12), with the PART_OF fact and his Alpha Labs stint made implied by hand for
// this test. One item "leaves Delta Research and Alpha Labs", as sure as its surest stint, would say stated what a
// source only implies.
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema } from '../../../model/api-responses.js';
import { seedFiles } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

describe('the timeline of a division and its parent placed only by an implied fact', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await seedFiles(d, [FIXTURE], { database });
      await d.executeQuery(
        `MATCH ()-[p:PART_OF {id: 'fact:delta-part-of-alpha'}]->(), ()-[s:WORKED_AT {id: 'fact:rami-alpha'}]->()
         SET p.certainty = 'implied', s.certainty = 'implied'`,
        {},
        { database },
      );
    }));
  });
  afterAll(async () => driver?.close());

  it('tells each stint apart, each as sure as its own fact', async () => {
    const res = await request(app).get('/api/timeline');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const timeline = TimelineResponseSchema.parse(res.body);
    const left = timeline.items.filter(
      (i) => i.nodes[0] === 'person:rami-khalil' && i.kind === 'stint-end' && i.date === '2020-12',
    );
    expect(left.map((i) => [i.title, i.certainty]).sort()).toEqual([
      ['Rami Khalil leaves Alpha Labs', 'implied'],
      ['Rami Khalil leaves Delta Research', 'stated'],
    ]);
  });
});
