// GET /api/timeline reads on past a date holding more rows than an answer does: each answer cut at its limit gives the
// cursor of its last row (nextAfter), and ?after=<it> answers the rows strictly after it, so page after page reads
// every row once. Over made-up data written by hand for this test (fictional people at a fictional lab): thirteen
// rows on 2024-03 — sourced stints, events, and three stints written by hand with no id, which only a total order
// (date, kind, id, then the element id) tells apart — and a row before and after it.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema, type TimelineResponse } from '../../../model/api-responses.js';
import { TIMELINE } from '../../../server/queries/timeline.js';
import { openSeededApp } from '../../support/api.js';
import { testNeo4j } from '../../support/neo4j.js';

const FIXTURE = `
CREATE (lab:Organization {id: 'org:tc-lab', name: 'Lab'})
WITH lab
UNWIND range(1, 7) AS n
CREATE (:Person {id: 'person:tc-p' + n, name: 'P' + n})
         -[:WORKED_AT {id: 'tc:p' + n, start: '2024-03', certainty: 'stated', sources: ['source:tc']}]->(lab)
WITH DISTINCT lab
CREATE (:Event {id: 'event:tc-e1', name: 'First deal', date: '2024-03'}),
       (:Event {id: 'event:tc-e2', name: 'Second deal', date: '2024-03'}),
       (:Person {id: 'person:tc-p8', name: 'P8'})-[:WORKED_AT {start: '2024-03'}]->(lab),
       (:Person {id: 'person:tc-p9', name: 'P9'})-[:WORKED_AT {start: '2024-03'}]->(lab),
       (:Person {id: 'person:tc-p10', name: 'P10'})-[:WORKED_AT {start: '2024-03'}]->(lab),
       (:Person {id: 'person:tc-p11', name: 'P11'})
         -[:WORKED_AT {id: 'tc:p11', start: '2023-01', end: '2024-03', certainty: 'stated', sources: ['source:tc']}]->(lab),
       (:Person {id: 'person:tc-p12', name: 'P12'})
         -[:WORKED_AT {id: 'tc:p12', start: '2024-05', certainty: 'implied', sources: ['source:tc']}]->(lab)`;

/** Rows on 2024-03: seven sourced starts, two events, three hand-written starts and one end. */
const ROWS_ON_THE_DATE = 13;
/** The rows of the whole timeline: those and P11's start and P12's. */
const ROWS = ROWS_ON_THE_DATE + 2;

/** An item as a comparable text: what it tells and of whom. */
const told = (i: TimelineResponse['items'][number]) => JSON.stringify([i.date, i.kind, i.title, i.nodes]);

describe('reading the timeline on past a date that holds more rows than an answer', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, database) => d.executeQuery(FIXTURE, {}, { database })));
  });
  afterAll(async () => driver?.close());

  async function timeline(query: string): Promise<TimelineResponse> {
    const res = await request(app).get(`/api/timeline?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TimelineResponseSchema.parse(res.body);
  }

  /** Every part from the first on, each asked for by the one before's cursor, until one is not cut. */
  async function readAll(query: string): Promise<TimelineResponse[]> {
    const parts = [await timeline(query)];
    // A ceiling, never reached when each part reads on: the data has ROWS rows, each part at least one.
    while (parts.at(-1)!.truncated && parts.length <= ROWS) {
      const after = parts.at(-1)!.nextAfter;
      expect(after).toEqual(expect.any(String));
      parts.push(await timeline(`${query}&after=${encodeURIComponent(after!)}`));
    }
    return parts;
  }

  it('reads every item once, part after part, whatever the limit, as the whole answer tells them', async () => {
    const whole = await timeline('limit=100');
    expect({ truncated: whole.truncated, nextAfter: whole.nextAfter }).toEqual({
      truncated: false,
      nextAfter: null,
    });
    expect(whole.items).toHaveLength(ROWS);
    for (const limit of [1, 2, 3, 5]) {
      const parts = await readAll(`limit=${limit}`);
      expect(parts.at(-1)!.truncated, `limit ${limit}`).toBe(false);
      for (const p of parts) expect(p.items.length, `limit ${limit}`).toBeLessThanOrEqual(limit);
      const read = parts.flatMap((p) => p.items.map(told));
      expect(read, `limit ${limit}`).toEqual(whole.items.map(told));
    }
  });

  it('reads on within a window: every row of the one date, nothing outside it', async () => {
    const parts = await readAll('from=2024-03&to=2024-03&limit=4');
    expect(parts.length).toBe(Math.ceil(ROWS_ON_THE_DATE / 4));
    const read = parts.flatMap((p) => p.items);
    expect(new Set(read.map((i) => i.date))).toEqual(new Set(['2024-03']));
    expect(read.map(told).sort()).toEqual((await timeline('from=2024-03&to=2024-03')).items.map(told).sort());
    expect(read).toHaveLength(ROWS_ON_THE_DATE);
  });

  it('refuses a cursor it did not give, naming the parameter and what it expects', async () => {
    const garbage = [
      'not-a-cursor!',
      Buffer.from('{"date":"2024-03"}').toString('base64url'),
      Buffer.from('["2024-03","hire","tc:p1","4:x:1"]').toString('base64url'),
      Buffer.from('["2024-03","event",1,"4:x:1"]').toString('base64url'),
      '',
    ];
    for (const after of garbage) {
      const res = await request(app).get(`/api/timeline?after=${encodeURIComponent(after)}`);
      expect(res.status, after).toBe(400);
      expect(res.body.error.message, after).toBe(
        'Invalid query.after: expected the nextAfter of an earlier /api/timeline answer',
      );
    }
  });

  it('keeps each branch a top-k sort after the cursor, before any endpoint is read', async () => {
    const after = { date: '2024-03', kind: 'event', key: 'event:tc-e1', element: '' };
    const plan = await driver.executeQuery(
      `EXPLAIN ${TIMELINE}`,
      { from: null, to: null, limit: 3, after },
      { database: testNeo4j().database },
    );
    type Operator = { operatorType: string; children: Operator[] };
    const tops: Operator[] = [];
    const walk = (op: Operator) => {
      if (op.operatorType.startsWith('Top')) tops.push(op);
      for (const c of op.children) walk(c);
    };
    walk(plan.summary.plan as unknown as Operator);
    // One per branch, one over their union: no branch sorts all its rows.
    expect(tops.length).toBeGreaterThanOrEqual(4);
  });
});
