// GET /api/timeline tells the stints a person left for one stint joined as one leaving, as the career lists one move
// and the dashboard counts one departure: dated once (the latest end among the stints left, of the stated ones for a
// stated move), naming every stint left and citing their sources, in the window of that date only, whatever the
// window or the cut reads of the others. Over the made-up careers of tests/support/one-date-graph.ts.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema, type TimelineItem } from '../../../model/api-responses.js';
import { openSeededApp } from '../../support/api.js';
import { ONE_DATE_GRAPH } from '../../support/one-date-graph.js';

describe('the timeline tells one leaving per move', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await d.executeQuery(ONE_DATE_GRAPH.replace(/^\s*\/\/.*$/gm, ''), {}, { database });
    }));
  });
  afterAll(async () => driver?.close());

  async function timeline(query = '') {
    const res = await request(app).get(`/api/timeline${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TimelineResponseSchema.parse(res.body);
  }
  /** A person's leavings: [date, title, certainty, stints, sources]. */
  const leavings = (items: TimelineItem[], person: string) =>
    items
      .filter((i) => i.nodes[0] === person && i.kind === 'stint-end')
      .map((i) => [i.date, i.title, i.certainty, i.stints, i.sources]);

  it('tells leaving a division and its parent for one stint joined once, at the latest end (h6)', async () => {
    expect(leavings((await timeline()).items, 'person:od1')).toEqual([
      [
        '2025-02',
        'One leaves FAIR and Meta',
        'stated',
        ['fact:od1-fair', 'fact:od1-meta'],
        ['source:od-a', 'source:od-b'],
      ],
    ]);
    // Also when the stint joined has no start (od3): one leaving, at the latest end, as the career dates the move.
    expect(leavings((await timeline()).items, 'person:od3')).toEqual([
      [
        '2025-02',
        'Three leaves FAIR and Meta',
        'stated',
        ['fact:od3-fair', 'fact:od3-meta'],
        ['source:od-a', 'source:od-b'],
      ],
    ]);
  });

  it('tells one stint two sources end differently once, at the later end (b2)', async () => {
    expect(leavings((await timeline()).items, 'person:od2')).toEqual([
      [
        '2025-01',
        'Two leaves Meta',
        'stated',
        ['fact:od2-meta-b', 'fact:od2-meta-a'],
        ['source:od-b', 'source:od-a'],
      ],
    ]);
  });

  it('dates a stated move’s leaving by its stated stints, naming the implied one beside them', async () => {
    expect(leavings((await timeline()).items, 'person:od7')).toEqual([
      [
        '2024-12',
        'Seven leaves FAIR and Meta',
        'stated',
        ['fact:od7-fair', 'fact:od7-meta'],
        ['source:od-a', 'source:od-b'],
      ],
    ]);
  });

  it('keeps a stint that led nowhere its own leaving', async () => {
    expect(leavings((await timeline()).items, 'person:od5')).toEqual([
      ['2020', 'Five leaves Meta', 'stated', ['fact:od5-meta'], ['source:od-a']],
      ['2021', 'Five leaves Google', 'stated', ['fact:od5-google'], ['source:od-b']],
    ]);
  });

  it('tells a leaving in the window of its date only, naming the stints left before the window', async () => {
    expect(leavings((await timeline('?from=2024-10&to=2024-12')).items, 'person:od1')).toEqual([]);
    expect(leavings((await timeline('?from=2025-02&to=2025-02')).items, 'person:od1')).toEqual([
      [
        '2025-02',
        'One leaves FAIR and Meta',
        'stated',
        ['fact:od1-fair', 'fact:od1-meta'],
        ['source:od-a', 'source:od-b'],
      ],
    ]);
  });
});
