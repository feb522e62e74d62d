// The timeline tells a join as the career does: a start led into from nowhere, alike two starts the next-stint rule
// leads into from different places, must not merge their two joins into one item (review finding: one item for P,
// R and Q, where the career has two moves). Made-up stints: X at PX until 2020-03, Z at PZ until 2020-05; at O, P from
// 2020-04, Q from 2020-05 and R (implied) from 2020-05-15.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../model/graph.js';
import type { PersonStint, TimelineRow } from '../../../../server/repositories/timeline-repository.js';
import { groupTimelineRows } from '../../../../server/services/timeline-service.js';

const person: GraphNode = { id: 'person:p', labels: ['Person'], properties: { name: 'Pat' } };
const org = (id: string): GraphNode => ({ id, labels: ['Organization'], properties: { name: id } });

function fact(id: string, at: string, props: Record<string, string>, source: string, certainty = 'stated') {
  const edge: GraphEdge = {
    id,
    type: 'WORKED_AT',
    source: person.id,
    target: at,
    properties: { ...props, certainty, sources: [source] },
  };
  return { edge, org: org(at), orgParents: [] as string[] };
}

const facts: PersonStint[] = [
  fact('X', 'PX', { start: '2019-01', end: '2020-03' }, 's1'),
  fact('Z', 'PZ', { start: '2019-01', end: '2020-05' }, 's5'),
  fact('P', 'O', { start: '2020-04' }, 's2'),
  fact('Q', 'O', { start: '2020-05' }, 's3'),
  fact('R', 'O', { start: '2020-05-15' }, 's4', 'implied'),
] as PersonStint[];

function startRow(f: PersonStint): TimelineRow {
  const date = String(f.edge.properties.start);
  return {
    kind: 'stint-start',
    date,
    position: { date, kind: 'stint-start', key: f.edge.id, element: `e:${f.edge.id}` },
    node: null,
    edge: f.edge,
    person,
    org: f.org,
    orgParents: [],
    reportedBy: [],
    reportedSources: [],
    personStints: facts,
  } as unknown as TimelineRow;
}

describe('joins the timeline tells', () => {
  it('keeps two joins led into from different places apart, whatever start lies between them', () => {
    const ids = (rows: TimelineRow[]) =>
      groupTimelineRows(rows).map((x) => (Array.isArray(x) ? x.map((r) => r.edge!.id) : [x.edge!.id]));
    const starts = facts.slice(2).map(startRow);
    const told = ids(starts);
    // P (from X) and Q (from Z) are two moves; R may join either, never both.
    expect(told.find((g) => g.includes('P'))).not.toContain('Q');
    expect(ids([...starts].reverse()).find((g) => g.includes('P'))).not.toContain('Q');
  });
});
