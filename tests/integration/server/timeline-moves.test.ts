// GET /api/timeline tells each move once and never as surer than its facts, and its cut never tells half a move:
// over made-up careers (fictional people and organisations, written by hand for this test) at Lab, and at Div, a
// division a stated PART_OF fact places in Lab.
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineResponseSchema, type TimelineItem } from '../../../model/api-responses.js';
import { writeCareers, type CareerRow } from '../../support/careers.js';
import { openSeededApp } from '../../support/api.js';

const CAREERS: Record<string, CareerRow[]> = {
  // One stint two sources state (an article and a CSV import): two facts, one move.
  'person:tl-sam': [
    ['lab', 'tl-sam:article', '2019', null, 'stated', 'source:tl-article'],
    ['lab', 'tl-sam:csv', '2019', null, 'stated', 'source:tl-csv'],
  ],
  // Left Lab (one report, by the month) and Div (another, by the day) at once: one move.
  'person:tl-xin': [
    ['lab', 'tl-xin:lab', '2016', '2025-06', 'stated', 'source:tl-month'],
    ['div', 'tl-xin:div', '2017', '2025-06-12', 'stated', 'source:tl-day'],
  ],
  // Joined Lab, a source states; that it was Div a source only implies.
  'person:tl-chen': [
    ['lab', 'tl-chen:lab', '2021', null, 'stated', 'source:tl-chen'],
    ['div', 'tl-chen:div', '2021', null, 'implied', 'source:tl-chen'],
  ],
};

describe('the timeline of one move told by several facts', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  beforeAll(async () => {
    ({ driver, app } = await openSeededApp(async (d, database) => {
      await writeCareers(d, database, {
        prefix: 'tl',
        careers: CAREERS,
        partOf: { division: 'div', parent: 'lab', id: 'tl:div-part-of-lab', source: 'source:tl-part-of' },
      });
      await d.executeQuery(
        `MATCH (o:Organization) WHERE o.id IN ['org:tl-lab', 'org:tl-div']
         SET o.name = CASE o.id WHEN 'org:tl-lab' THEN 'Lab' ELSE 'Div' END
         WITH 1 AS one MATCH (p:Person) WHERE p.id STARTS WITH 'person:tl-'
         SET p.name = CASE p.id WHEN 'person:tl-sam' THEN 'Sam' WHEN 'person:tl-xin' THEN 'Xin' ELSE 'Chen' END`,
        {},
        { database },
      );
    }));
  });
  afterAll(async () => driver?.close());

  async function timeline(query = '') {
    const res = await request(app).get(`/api/timeline${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return TimelineResponseSchema.parse(res.body);
  }
  const of = (items: TimelineItem[], person: string) =>
    items.filter((i) => i.nodes[0] === person).map((i) => [i.date, i.title, i.certainty, i.stints]);

  it('lists one stint two sources state once, citing both facts', async () => {
    expect(of((await timeline()).items, 'person:tl-sam')).toEqual([
      ['2019', 'Sam joins Lab', 'stated', ['tl-sam:article', 'tl-sam:csv']],
    ]);
    // And both sources, so a client hiding one of them still lists the move.
    const sam = (await timeline()).items.find((i) => i.nodes[0] === 'person:tl-sam')!;
    expect(sam.sources).toEqual(['source:tl-article', 'source:tl-csv']);
  });

  it('lists leaving a division and its parent dated at different precision once, at the finer date', async () => {
    const left = of((await timeline()).items, 'person:tl-xin').filter(([date]) => date!.toString() >= '2025');
    expect(left).toEqual([['2025-06-12', 'Xin leaves Div and Lab', 'stated', ['tl-xin:div', 'tl-xin:lab']]]);
    // Each fact's organisation and each node's labels, for a client hiding some of them.
    const item = (await timeline()).items.find((i) => i.id === 'tl-xin:div' && i.kind === 'stint-end')!;
    expect({ stintOrgs: item.stintOrgs, nodes: item.nodes, nodeLabels: item.nodeLabels }).toEqual({
      stintOrgs: ['org:tl-div', 'org:tl-lab'],
      nodes: ['person:tl-xin', 'org:tl-div', 'org:tl-lab'],
      nodeLabels: [['Person'], ['Organization'], ['Organization']],
    });
  });

  it('never names a division whose stint is only implied in its parent’s stated item', async () => {
    expect(of((await timeline()).items, 'person:tl-chen')).toEqual([
      ['2021', 'Chen joins Lab', 'stated', ['tl-chen:lab']],
      ['2021', 'Chen joins Div', 'implied', ['tl-chen:div']],
    ]);
  });

  it('cuts before the whole last move it cannot keep, and reads on after the last row it kept', async () => {
    // In date order: 2016, 2017, 2019 ×2, 2021 ×2, 2025-06, 2025-06-12. Seven rows end at Lab's 2025-06, half of
    // Xin's move: the answer stops before it, and its cursor reads on after the last row it kept.
    const cut = await timeline('?limit=7');
    expect(cut.truncated).toBe(true);
    expect(cut.nextAfter).toEqual(expect.any(String));
    expect(cut.items.map((i) => i.date)).toEqual(['2016', '2017', '2019', '2021', '2021']);
    const rest = await timeline(`?limit=7&after=${encodeURIComponent(cut.nextAfter!)}`);
    expect({ truncated: rest.truncated, nextAfter: rest.nextAfter }).toEqual({
      truncated: false,
      nextAfter: null,
    });
    expect(rest.items.map((i) => [i.date, i.title])).toEqual([['2025-06-12', 'Xin leaves Div and Lab']]);
  });
});
