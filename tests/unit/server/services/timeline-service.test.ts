// How the timeline tells stints: a person's joining (or leaving) of a division and of its parent on one date is one
// item, as certain as its most certain fact; what no source backs, other dates and unrelated organisations stay apart.
// The rows are the test's own, shaped as the repository returns them (the query is tested against Neo4j in
// tests/integration/server/flows-certainty.test.ts).
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../model/graph.js';
import { encodeTimelineCursor } from '../../../../model/timeline-cursor.js';
import type {
  PersonStint,
  TimelineRepository,
  TimelineRow,
} from '../../../../server/repositories/timeline-repository.js';
import { createTimelineService, cutTimelineRows } from '../../../../server/services/timeline-service.js';

const person: GraphNode = { id: 'person:p', labels: ['Person'], properties: { name: 'Pat', nameAr: 'بات' } };
const org = (id: string, name: string, nameAr?: string): GraphNode => ({
  id,
  labels: ['Organization'],
  properties: { name, ...(nameAr ? { nameAr } : {}) },
});
const META = org('org:meta', 'Meta', 'ميتا');
const FAIR = org('org:fair', 'FAIR');
const MSL = org('org:msl', 'Superintelligence Labs');

function stint(
  id: string,
  at: GraphNode,
  parents: string[],
  certainty: string | null,
  date = '2025-06',
  kind: TimelineRow['kind'] = 'stint-end',
  role?: string,
): TimelineRow {
  return {
    kind,
    date,
    position: { date, kind, key: id, element: `element:${id}` },
    node: null,
    edge: {
      id,
      type: 'WORKED_AT',
      source: person.id,
      target: at.id,
      // The stint's own date, as the repository's rows carry it (the other end unknown unless a test sets it).
      properties: {
        ...(kind === 'stint-start' ? { start: date } : kind === 'stint-end' ? { end: date } : {}),
        ...(certainty ? { certainty } : {}),
        ...(role ? { role } : {}),
      },
    },
    person,
    org: at,
    orgParents: parents,
    reportedBy: [],
    reportedSources: [],
  };
}

/** The row with other properties of its fact set (the other end of the stint). */
const withProps = (r: TimelineRow, props: Record<string, string>): TimelineRow => ({
  ...r,
  edge: { ...r.edge!, properties: { ...r.edge!.properties, ...props } },
});

/** The cursor an answer gives to read on after `row`. */
const after = (row: TimelineRow) => encodeTimelineCursor(row.position);

async function timeline(rows: TimelineRow[], limit = 100) {
  const repo: TimelineRepository = { read: async () => rows };
  return createTimelineService(repo).timeline({ limit });
}

describe('timeline service', () => {
  it('tells leaving a division and its parent on one date as one item, division first, as its stated fact', async () => {
    const { items } = await timeline([
      stint('f:meta', META, [], 'implied'),
      stint('f:fair', FAIR, ['org:meta'], 'stated', '2025-06', 'stint-end', 'research scientist'),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'stint-end',
      date: '2025-06',
      id: 'f:fair',
      stints: ['f:fair', 'f:meta'],
      // Which organisation each fact is at, and each node's labels: what a client hiding some of them needs.
      stintOrgs: ['org:fair', 'org:meta'],
      nodes: ['person:p', 'org:fair', 'org:meta'],
      nodeLabels: [['Person'], ['Organization'], ['Organization']],
      title: 'Pat leaves FAIR and Meta (research scientist)',
      titleAr: 'يغادر بات FAIR وميتا (research scientist)',
      role: 'research scientist',
      certainty: 'stated',
    });
  });

  it('calls the item implied when every fact it tells is implied', async () => {
    const { items } = await timeline([
      stint('f:fair', FAIR, ['org:meta'], 'implied', '2024', 'stint-start'),
      stint('f:meta', META, [], 'implied', '2024', 'stint-start'),
    ]);
    expect(items.map((i) => [i.title, i.certainty])).toEqual([['Pat joins FAIR and Meta', 'implied']]);
    expect(items[0]!.titleAr).toBe('ينضمّ بات إلى FAIR وميتا');
  });

  it('keeps apart what no source backs, other dates, joining from leaving, and two divisions of no shared row', async () => {
    const { items } = await timeline([
      stint('f:meta', META, [], null),
      stint('f:fair', FAIR, ['org:meta'], 'stated'),
      stint('f:fair-start', FAIR, ['org:meta'], 'stated', '2020', 'stint-start'),
      stint('f:meta-start', META, [], 'stated', '2019', 'stint-start'),
      stint('f:msl', MSL, ['org:meta'], 'stated', '2025-07'),
      stint('f:fair-2', FAIR, ['org:meta'], 'stated', '2025-07'),
    ]);
    // In date order, whatever order the rows came in.
    expect(items.map((i) => [i.stints, i.certainty])).toEqual([
      [['f:meta-start'], 'stated'],
      [['f:fair-start'], 'stated'],
      [['f:meta'], 'unsourced'],
      [['f:fair'], 'stated'],
      [['f:msl'], 'stated'],
      [['f:fair-2'], 'stated'],
    ]);
  });

  it('tells two divisions and their parent as one item whatever order their rows come in', async () => {
    const { items } = await timeline([
      stint('f:msl', MSL, ['org:meta'], 'stated'),
      stint('f:fair', FAIR, ['org:meta'], 'stated'),
      stint('f:meta', META, [], 'stated'),
    ]);
    expect(items.map((i) => i.stints)).toEqual([['f:msl', 'f:fair', 'f:meta']]);
    expect(items.map((i) => i.stintOrgs)).toEqual([['org:msl', 'org:fair', 'org:meta']]);
  });

  it('tells one stint two sources state (two facts) as one item citing both', async () => {
    const { items } = await timeline([
      stint('f:meta-article', META, [], 'stated', '2019', 'stint-start', 'CEO'),
      stint('f:meta-csv', META, [], 'stated', '2019', 'stint-start', 'CEO'),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'f:meta-article',
      stints: ['f:meta-article', 'f:meta-csv'],
      // Both facts at Meta, named once among the nodes.
      stintOrgs: ['org:meta', 'org:meta'],
      nodes: ['person:p', 'org:meta'],
      nodeLabels: [['Person'], ['Organization']],
      title: 'Pat joins Meta (CEO)',
      titleAr: 'ينضمّ بات إلى ميتا (CEO)',
      certainty: 'stated',
    });
  });

  it('tells leaving a division and its parent dated at different precision as one item, at the finer date', async () => {
    const { items } = await timeline([
      stint('f:meta', META, [], 'stated', '2025-06'),
      stint('f:fair', FAIR, ['org:meta'], 'stated', '2025-06-12'),
    ]);
    expect(items.map((i) => [i.date, i.title, i.stints])).toEqual([
      ['2025-06-12', 'Pat leaves FAIR and Meta', ['f:fair', 'f:meta']],
    ]);
  });

  it('keeps apart two stints one after the other whose dates agree only at their common precision', async () => {
    // Pat left Meta in 2024-03 and joined FAIR in 2024-09: two moves, though '2024' and '2024-09' agree by the year.
    const { items } = await timeline([
      withProps(stint('f:meta', META, [], 'stated', '2024', 'stint-start'), { end: '2024-03' }),
      stint('f:fair', FAIR, ['org:meta'], 'stated', '2024-09', 'stint-start'),
    ]);
    expect(items.map((i) => [i.date, i.stints])).toEqual([
      ['2024', ['f:meta']],
      ['2024-09', ['f:fair']],
    ]);
  });

  it('never tells an implied division stint as stated beside its parent’s stated one', async () => {
    const { items } = await timeline([
      stint('f:fair', FAIR, ['org:meta'], 'implied', '2025-06', 'stint-start'),
      stint('f:meta', META, [], 'stated', '2025-06', 'stint-start'),
    ]);
    expect(items.map((i) => [i.title, i.certainty, i.stints])).toEqual([
      ['Pat joins Meta', 'stated', ['f:meta']],
      ['Pat joins FAIR', 'implied', ['f:fair']],
    ]);
  });

  it('names a parent in the stated item of a stated division, and keeps another implied division apart', async () => {
    const { items } = await timeline([
      stint('f:msl', MSL, ['org:meta'], 'implied', '2025-06', 'stint-start'),
      stint('f:fair', FAIR, ['org:meta'], 'stated', '2025-06', 'stint-start'),
      stint('f:meta', META, [], 'implied', '2025-06', 'stint-start'),
    ]);
    expect(items.map((i) => [i.title, i.certainty, i.stints])).toEqual([
      ['Pat joins FAIR and Meta', 'stated', ['f:fair', 'f:meta']],
      ['Pat joins Superintelligence Labs', 'implied', ['f:msl']],
    ]);
  });

  it('cuts before every row of a date equal to the first left out at their common precision', async () => {
    const other = stint('f:x', org('org:x', 'X'), [], 'stated', '2025-05');
    // Read one past the limit: FAIR's, left 2025-06-12, the same move as Meta's of 2025-06 that the limit keeps.
    const { items, truncated, nextAfter } = await timeline(
      [
        other,
        stint('f:meta', META, [], 'stated', '2025-06'),
        stint('f:fair', FAIR, ['org:meta'], 'stated', '2025-06-12'),
      ],
      2,
    );
    // Read on after the last row kept: Meta's and FAIR's come in the next part, and nothing kept does.
    expect({ truncated, nextAfter }).toEqual({ truncated: true, nextAfter: after(other) });
    expect(items.map((i) => i.id)).toEqual(['f:x']);
  });

  it('never tells a move in halves across the cut, though equal at common precision is not transitive', async () => {
    const earlier = stint('f:x', org('org:x', 'X'), [], 'stated', '2024-03', 'stint-start');
    const meta = stint('f:meta', META, [], 'stated', '2025', 'stint-start');
    const fair = stint('f:fair', FAIR, ['org:meta'], 'stated', '2025-05', 'stint-start');
    const later = stint('f:y', org('org:y', 'Y'), [], 'stated', '2025-06-12', 'stint-start');
    // Meta's '2025' goes with the first row left out (2025-06-12); FAIR's '2025-05' does not, but is the same move.
    const first = await timeline([earlier, meta, fair, later], 3);
    expect(first.items.map((i) => i.id)).toEqual(['f:x']);
    expect(first.nextAfter).toBe(after(earlier));
    // Read on from there, the move is one item.
    const rest = await timeline([meta, fair, later], 3);
    expect(rest.items.map((i) => [i.id, i.stints])).toEqual([
      ['f:fair', ['f:fair', 'f:meta']],
      ['f:y', ['f:y']],
    ]);
  });

  it('reads on past a date holding more rows than an answer, by the last row kept', async () => {
    const rows = ['a', 'b', 'c'].map((x) => stint(`f:${x}`, org(`org:${x}`, x), [], 'stated', '2020'));
    const first = await timeline(rows, 2);
    // More rows on one date than an answer holds: cut at the limit, and the next part reads on after 'b'.
    expect(first.items.map((i) => i.id)).toEqual(['f:a', 'f:b']);
    expect({ truncated: first.truncated, nextAfter: first.nextAfter }).toEqual({
      truncated: true,
      nextAfter: after(rows[1]!),
    });
  });

  it('reads on when a coarse date reaches across the answer, rather than none again and again', async () => {
    const coarse = stint('f:meta', META, [], 'stated', '2025', 'stint-start');
    const rows = [
      coarse,
      ...['a', 'b'].map((x) => stint(`f:${x}`, org(`org:${x}`, x), [], 'stated', '2025-03')),
    ];
    const { items, nextAfter } = await timeline(rows, 2);
    expect(items.map((i) => i.id)).toEqual(['f:meta', 'f:a']);
    expect(nextAfter).toBe(after(rows[1]!));
  });

  it('on one date, ends before a move the limit would tell in halves, by the rows it read', async () => {
    const x = stint('f:x', org('org:x', 'X'), [], 'stated');
    const meta = stint('f:meta', META, [], 'stated');
    const fair = stint('f:fair', FAIR, ['org:meta'], 'stated');
    // All of 2025-06: the row read past the limit (FAIR's) is Pat's move with Meta's, which the limit would keep.
    const { items, nextAfter } = await timeline([x, meta, fair], 2);
    expect(items.map((i) => i.id)).toEqual(['f:x']);
    expect(nextAfter).toBe(after(x));
  });

  it('on one date, ends before a start whose companion sorts after every row read, not telling the move in halves', async () => {
    // In the order (ids as keys): X, Pat at Meta, Q at Z, Pat at FAIR (part of Meta), W — all joined in 2025-06.
    const x = stint('f:a-x', org('org:x', 'X'), [], 'stated', '2025-06', 'stint-start');
    const fairAt = { date: '2025-06', key: 'f:d-fair', element: 'element:f:d-fair' };
    const meta = { ...stint('f:b-meta', META, [], 'stated', '2025-06', 'stint-start'), companions: [fairAt] };
    const fair = {
      ...stint('f:d-fair', FAIR, ['org:meta'], 'stated', '2025-06', 'stint-start'),
      companions: [{ date: '2025-06', key: 'f:b-meta', element: 'element:f:b-meta' }],
    };
    const other = { ...person, id: 'person:q' };
    const z = { ...stint('f:c-z', org('org:z', 'Z'), [], 'stated', '2025-06', 'stint-start'), person: other };
    const w = { ...stint('f:e-w', org('org:w', 'W'), [], 'stated', '2025-06', 'stint-start'), person: other };
    // FAIR's row sorts after Z's, the first left out: Pat's move would be told in halves.
    const { items, nextAfter } = await timeline([x, meta, z], 2);
    expect(items.map((i) => i.id)).toEqual(['f:a-x']);
    expect(nextAfter).toBe(after(x));
    // Its companion read within the answer: the move is whole, kept.
    const whole = await timeline([x, meta, z, fair, w], 4);
    expect(whole.items.map((i) => i.stints)).toEqual([['f:a-x'], ['f:d-fair', 'f:b-meta'], ['f:c-z']]);
    // Opening the answer, Pat's move cannot be kept whole; Q's, joining Z and its division Z2, still is.
    const z2 = org('org:z2', 'Z2');
    const q1 = { ...stint('f:c-q1', z2, ['org:z'], 'stated', '2025-06', 'stint-start'), person: other };
    const q2 = {
      ...stint('f:c-q2', org('org:z', 'Z'), [], 'stated', '2025-06', 'stint-start'),
      person: other,
    };
    expect(cutTimelineRows([meta, q1, q2, w], 2).kept.map((r) => r.edge?.id)).toEqual(['f:b-meta']);
  });

  it('leaves a start whose companion lies outside the window to the cut at the limit', () => {
    const x = stint('f:a-x', org('org:x', 'X'), [], 'stated', '2025-06', 'stint-start');
    // Pat's FAIR stint starts 2025-06-01: equal to 2025-06 at their common precision, but before the window.
    const meta = {
      ...stint('f:b-meta', META, [], 'stated', '2025-06', 'stint-start'),
      companions: [{ date: '2025-06-01', key: 'f:d-fair', element: 'element:f:d-fair' }],
    };
    const z = {
      ...stint('f:c-z', org('org:z', 'Z'), [], 'stated', '2025-06', 'stint-start'),
      person: { ...person, id: 'person:q' },
    };
    expect(cutTimelineRows([x, meta, z], 2, { from: '2025-06-05' }).kept).toEqual([x, meta]);
    expect(cutTimelineRows([x, meta, z], 2).kept).toEqual([x]);
  });

  it('ends an answer before a join whose other start, on another date, is not read yet: told once, not in halves', async () => {
    const q = { ...person, id: 'person:q' };
    const x = { ...stint('f:x', org('org:x', 'X'), [], 'stated', '2022-03', 'stint-start'), person: q };
    const z = { ...stint('f:z', org('org:z', 'Z'), [], 'stated', '2022-04-20', 'stint-start'), person: q };
    // Pat's Meta stint, one source implying April, another stating May: one join (model/one-join.ts).
    const a = {
      ...withProps(stint('f:a', META, [], 'implied', '2022-04', 'stint-start'), {}),
      companions: [{ date: '2022-05', key: 'f:b', element: 'element:f:b' }],
    };
    const b = {
      ...stint('f:b', META, [], 'stated', '2022-05', 'stint-start'),
      companions: [{ date: '2022-04', key: 'f:a', element: 'element:f:a' }],
    };
    a.edge = { ...a.edge!, properties: { ...a.edge!.properties, sources: ['source:s2'] } };
    b.edge = { ...b.edge!, properties: { ...b.edge!.properties, sources: ['source:s1'] } };
    const late = { ...stint('f:y', org('org:y', 'Y'), [], 'stated', '2022-06', 'stint-start'), person: q };
    expect(cutTimelineRows([x, a, z, b, late], 3).kept).toEqual([x]);
    // Read whole, it is one join, stated, at the stated start (its stated fact first).
    const { items } = await timeline([x, a, z, b, late]);
    expect(items.filter((i) => i.nodes[0] === person.id).map((i) => [i.date, i.certainty, i.stints])).toEqual(
      [['2022-05', 'stated', ['f:b', 'f:a']]],
    );
  });

  it('still ends a page opening with a start it waits on before another join it would halve', () => {
    const p2 = { ...person, id: 'person:p2' };
    const q = { ...person, id: 'person:q' };
    const start = (id: string, who: GraphNode, date: string, companion: string | null) => ({
      ...stint(id, META, [], 'stated', date, 'stint-start'),
      person: who,
      ...(companion
        ? { companions: [{ date: companion, key: `${id}-again`, element: `element:${id}-again` }] }
        : {}),
    });
    // W1 (Pat) waits on a start of 2021-01, far ahead; W3 (P2) on C3 of 2020-05, just past this page.
    const w1 = start('f:w1', person, '2020-01', '2021-01');
    const r = start('f:r', q, '2020-02', null);
    const w3 = start('f:w3', p2, '2020-03', '2020-05');
    const n = start('f:n', { ...person, id: 'person:n' }, '2020-04', null);
    const c3 = start('f:w3-again', p2, '2020-05', '2020-03');
    // Without W1 the page ends before W3; with W1 opening it, W1 alone is kept rather than W3 told in halves.
    expect(cutTimelineRows([r, w3, n, c3], 2).kept).toEqual([r]);
    expect(cutTimelineRows([w1, r, w3, n, c3], 3).kept).toEqual([w1, r]);
  });

  it('never joins two roles through a start of unsaid role on the date of one of them, whatever the rows’ order', async () => {
    const at = (id: string, date: string, certainty: string, source: string, role?: string) => {
      const r = stint(id, META, [], certainty, date, 'stint-start', role);
      return { ...r, edge: { ...r.edge!, properties: { ...r.edge!.properties, sources: [source] } } };
    };
    const a = at('f:a', '2022-04', 'implied', 'source:s2', 'Engineer');
    const b = at('f:b', '2022-06', 'stated', 'source:s1', 'Researcher');
    const c = at('f:c', '2022-06', 'stated', 'source:s3');
    for (const rows of [
      [a, b, c],
      [a, c, b],
    ]) {
      const { items } = await timeline(rows);
      expect(items.map((i) => [i.date, i.certainty, i.stints]).sort()).toEqual([
        ['2022-06', 'stated', ['f:b']],
        ['2022-06', 'stated', ['f:c', 'f:a']],
      ]);
    }
  });

  it('never joins two roles through a start of unsaid role, as the dashboard counts them', async () => {
    const at = (id: string, date: string, certainty: string, source: string, role?: string) => {
      const r = stint(id, META, [], certainty, date, 'stint-start', role);
      return { ...r, edge: { ...r.edge!, properties: { ...r.edge!.properties, sources: [source] } } };
    };
    const { items } = await timeline([
      at('f:a', '2022-04', 'implied', 'source:s2', 'Engineer'),
      at('f:b', '2022-05', 'stated', 'source:s1', 'Researcher'),
      at('f:c', '2022-06', 'stated', 'source:s3'),
    ]);
    expect(items.map((i) => [i.date, i.certainty, i.stints]).sort()).toEqual([
      ['2022-05', 'stated', ['f:b']],
      ['2022-06', 'stated', ['f:c', 'f:a']],
    ]);
  });

  it('cuts one move longer than an answer at the limit, still reading on', async () => {
    const meta = stint('f:meta', META, [], 'stated');
    const fair = stint('f:fair', FAIR, ['org:meta'], 'stated');
    const { items, truncated, nextAfter } = await timeline([meta, fair], 1);
    expect(items.map((i) => i.stints)).toEqual([['f:meta']]);
    expect({ truncated, nextAfter }).toEqual({ truncated: true, nextAfter: after(meta) });
  });

  it('dates a stated item by its stated facts, not by an implied fact’s finer date', async () => {
    const { items } = await timeline([
      stint('f:stated', META, [], 'stated', '2025', 'stint-start'),
      stint('f:implied', META, [], 'implied', '2025-06-12', 'stint-start'),
    ]);
    expect(items.map((i) => [i.stints, i.certainty, i.date])).toEqual([
      [['f:stated', 'f:implied'], 'stated', '2025'],
    ]);
  });

  it('gives no cursor when it tells everything', async () => {
    const { truncated, nextAfter } = await timeline([stint('f:meta', META, [], 'stated')], 1);
    expect({ truncated, nextAfter }).toEqual({ truncated: false, nextAfter: null });
  });

  it('leaves out a person’s stints of the date the limit cuts, not telling half a move', async () => {
    const fair = stint('f:fair', FAIR, ['org:meta'], 'implied');
    const other = stint('f:x', org('org:x', 'X'), [], 'stated', '2025-05');
    // The repository reads one row past the limit: Meta's, of the same person, date and kind as FAIR's.
    const { items, truncated } = await timeline([other, fair, stint('f:meta', META, [], 'stated')], 2);
    expect(truncated).toBe(true);
    expect(items.map((i) => i.id)).toEqual(['f:x']);
  });

  it('tells two divisions and their parent left on one date as one item', async () => {
    const { items } = await timeline([
      stint('f:msl', MSL, ['org:meta'], 'stated'),
      stint('f:meta', META, [], 'stated'),
      stint('f:fair', FAIR, ['org:meta'], 'stated'),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe('Pat leaves Superintelligence Labs, FAIR, and Meta');
    expect(items[0]!.stints).toEqual(['f:msl', 'f:fair', 'f:meta']);
  });

  it('keeps an event an item of its own with no stints, as sure as the sources that report it', async () => {
    const event = (id: string, certainty?: string): GraphNode => ({
      id,
      labels: ['Event'],
      properties: { name: 'Deal', kind: 'deal', ...(certainty ? { certainty } : {}) },
    });
    const row = (node: GraphNode, reportedBy: unknown[]): TimelineRow => ({
      kind: 'event',
      date: '2025',
      position: { date: '2025', kind: 'event', key: node.id, element: `element:${node.id}` },
      node,
      edge: null,
      person: null,
      org: null,
      orgParents: [],
      reportedBy,
      reportedSources: [],
    });
    const { items } = await timeline([
      row(event('event:stated'), ['implied', 'stated']),
      row(event('event:implied'), ['implied', 'maybe']),
      row(event('event:own', 'implied'), ['stated']),
      row(event('event:by-hand'), []),
    ]);
    expect(items.map((i) => [i.id, i.certainty])).toEqual([
      ['event:stated', 'stated'],
      ['event:implied', 'implied'],
      ['event:own', 'implied'],
      ['event:by-hand', 'unsourced'],
    ]);
    expect(items[0]).toMatchObject({
      stints: [],
      stintOrgs: [],
      nodes: ['event:stated'],
      nodeLabels: [['Event']],
      title: 'Deal',
      eventKind: 'deal',
    });
  });

  it('names the sources its facts cite, each once: every stint’s of a move, the reports’ of an event', async () => {
    const citing = (r: TimelineRow, sources: string[]): TimelineRow => ({
      ...r,
      edge: { ...r.edge!, properties: { ...r.edge!.properties, sources } },
    });
    const { items } = await timeline([
      citing(stint('f:fair', FAIR, ['org:meta'], 'stated'), ['source:a', 'source:b']),
      citing(stint('f:meta', META, [], 'stated'), ['source:b', 'source:c']),
      stint('f:msl', MSL, [], null, '2025-07'),
      {
        kind: 'event',
        date: '2025-08',
        position: { date: '2025-08', kind: 'event', key: 'event:deal', element: 'element:event:deal' },
        node: { id: 'event:deal', labels: ['Event'], properties: { name: 'Deal' } },
        edge: null,
        person: null,
        org: null,
        orgParents: [],
        reportedBy: ['stated', 'stated'],
        reportedSources: ['source:d', 'source:e', 'source:d'],
      },
    ]);
    expect(items.map((i) => [i.id, i.sources])).toEqual([
      ['f:fair', ['source:a', 'source:b', 'source:c']],
      // A stint no source backs cites none.
      ['f:msl', []],
      ['event:deal', ['source:d', 'source:e']],
    ]);
  });
});

describe('timeline service: one leaving per move (model/leavings.ts)', () => {
  const XAI = org('org:xai', 'xAI');
  // h6: Pat left FAIR (part of Meta) in 2024-12 and Meta in 2025-02, starts unknown, and joined xAI in 2025-03.
  const fact = (
    id: string,
    at: GraphNode,
    parents: string[],
    props: Record<string, string>,
    source: string,
  ) => ({
    edge: {
      id,
      type: 'WORKED_AT',
      source: person.id,
      target: at.id,
      properties: { ...props, certainty: 'stated', sources: [source] },
    },
    org: at,
    orgParents: parents,
  });
  const facts: PersonStint[] = [
    fact('f:fair', FAIR, ['org:meta'], { end: '2024-12' }, 'source:a'),
    fact('f:meta', META, [], { end: '2025-02' }, 'source:b'),
    fact('f:xai', XAI, [], { start: '2025-03' }, 'source:c'),
  ];
  const end = (i: 0 | 1): TimelineRow => ({
    ...stint(
      facts[i]!.edge.id,
      facts[i]!.org,
      facts[i]!.orgParents,
      'stated',
      String(facts[i]!.edge.properties.end),
    ),
    edge: facts[i]!.edge,
    personStints: facts,
  });
  const told = (items: { date: string; title: string; stints: string[]; sources: string[] }[]) =>
    items.map((i) => [i.date, i.title, i.stints, i.sources]);
  const ONE = ['2025-02', 'Pat leaves FAIR and Meta', ['f:fair', 'f:meta'], ['source:a', 'source:b']];

  it('tells leaving a division and its parent for one stint joined once, at the latest end, citing both', async () => {
    expect(told((await timeline([end(0), end(1)])).items)).toEqual([ONE]);
  });

  it('tells it in the window of its date only, naming the stint left before the window', async () => {
    expect(told((await timeline([end(0)])).items)).toEqual([]);
    expect(told((await timeline([end(1)])).items)).toEqual([ONE]);
  });

  it('tells it whole after a cut between the stints left', async () => {
    const other = stint('f:x', org('org:x', 'X'), [], 'stated', '2025-01');
    const first = await timeline([end(0), other, end(1)], 2);
    expect(first.items.map((i) => i.id)).toEqual(['f:x']);
    expect(first.nextAfter).toBe(after(other));
    expect(told((await timeline([end(1)])).items)).toEqual([ONE]);
  });

  it('tells a leaving once when a page full of its date is cut between its stints', async () => {
    // FAIR and Meta both left in 2025-02; the page of two holds another row of that date and FAIR's, and the next
    // page Meta's: one of the two rows tells it, on whichever page it falls.
    const together: PersonStint[] = [
      fact('f:fair', FAIR, ['org:meta'], { end: '2025-02' }, 'source:a'),
      fact('f:meta', META, [], { end: '2025-02' }, 'source:b'),
      facts[2]!,
    ];
    const endOf = (i: 0 | 1): TimelineRow => ({
      ...stint(together[i]!.edge.id, together[i]!.org, together[i]!.orgParents, 'stated', '2025-02'),
      edge: together[i]!.edge,
      personStints: together,
    });
    const other = stint('f:a-other', org('org:x', 'X'), [], 'stated', '2025-02');
    const first = await timeline([other, endOf(0), endOf(1)], 2);
    expect(first.truncated).toBe(true);
    const second = await timeline([endOf(1)]);
    const leavings = [...first.items, ...second.items].filter((i) => i.stints.includes('f:meta'));
    expect(told(leavings)).toEqual([
      ['2025-02', 'Pat leaves FAIR and Meta', ['f:fair', 'f:meta'], ['source:a', 'source:b']],
    ]);
    // Read whole, the same one item.
    const whole = (await timeline([other, endOf(0), endOf(1)])).items.filter((i) =>
      i.stints.includes('f:meta'),
    );
    expect(told(whole)).toEqual(told(leavings));
  });
});
