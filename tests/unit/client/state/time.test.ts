// The time slider's reading of stints that ended without a date: bounded by the stint the person moved to, by the
// rule the careers and the flows use (model/career-moves.ts), and never by a stint held beside it or written by hand.
// The stints are made up for these tests.
import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../../model/graph.js';
import type { GraphNode } from '../../../../model/graph.js';
import {
  edgeInWindow,
  inferredStintEnds,
  nodeInWindow,
  stintEndedBy,
  type TimeContext,
} from '../../../../client/state/time.js';

const stint = (id: string, target: string, properties: GraphEdge['properties']): GraphEdge => ({
  id,
  type: 'WORKED_AT',
  source: 'person:p',
  target,
  properties: { certainty: 'stated', ...properties },
});

describe('stints that ended without a date', () => {
  it('end by the start of the current stint that followed them, as the career moves there', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      stint('xai', 'org:xai', { start: '2022' }),
    ];
    expect([...inferredStintEnds(edges)]).toEqual([['meta', '2022']]);
  });

  it('are not ended by a division stint held beside them, nor by a stint no source backs', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      // FAIR, a division of Meta, joined in 2018 and left too: held beside Meta's stint, it does not end it.
      stint('fair', 'org:fair', { start: '2018', left: true }),
      // Written by hand (no certainty, no source): it dates nothing.
      { ...stint('hand', 'org:acme', { start: '2020' }), properties: { start: '2020' } },
      stint('xai', 'org:xai', { start: '2022' }),
    ];
    const ends = inferredStintEnds(edges);
    expect(ends.get('meta')).toBe('2022');
    expect(ends.get('fair')).toBe('2022');
    const ctx: TimeContext = { nodes: {}, stintEnds: ends };
    // In 2020 Meta's and FAIR's stints were still going on, as far as the sources tell.
    const meta = edges[0]!;
    expect(stintEndedBy(meta, '2020', ctx)).toBe(false);
    expect(edgeInWindow(meta, { from: '2019', to: '2020' }, ctx)).toBe(true);
    expect(stintEndedBy(meta, '2023', ctx)).toBe(true);
  });

  it('stay unbounded without a dated stint to follow them', () => {
    const edges = [
      stint('meta', 'org:meta', { start: '2016', left: true }),
      stint('xai', 'org:xai', {}),
      // An ended stint that started later is not what they moved to: it bounds nothing.
      stint('old', 'org:old', { start: '2019', end: '2020' }),
    ];
    expect(inferredStintEnds(edges).size).toBe(0);
  });
});

describe('events and sources in a time window', () => {
  const node = (id: string, label: string, properties: GraphNode['properties']): GraphNode => ({
    id,
    labels: [label],
    properties,
  });
  // As the article's departures event: "at least 14 left Meta for xAI since January 2025", no end given.
  const since = node('event:to-xai', 'Event', { kind: 'departures', since: '2025-01', count: 14 });
  const until = node('event:spring', 'Event', { kind: 'departures', since: '2025-01', until: '2025-02' });
  const onDate = node('event:bid', 'Event', { kind: 'bid', date: '2025-02-10' });
  const source = node('source:rosa', 'Source', { published: '2025-08-29' });
  const ctx: TimeContext = { nodes: { [since.id]: since, [source.id]: source }, stintEnds: new Map() };
  const participation: GraphEdge = {
    id: 'fact:p',
    type: 'PARTICIPATED_IN',
    source: 'org:meta',
    target: since.id,
    properties: { certainty: 'stated', role: 'from' },
  };

  it('shows an event that reports a period while the period overlaps the window, as its report is counted', () => {
    const w = { from: '2025-03', to: '2025-06' };
    expect(nodeInWindow(since, w)).toBe(true);
    expect(edgeInWindow(participation, w, ctx)).toBe(true);
    // A period that ended before the window, and a dated event outside it, are not in it.
    expect(nodeInWindow(until, w)).toBe(false);
    expect(nodeInWindow(onDate, w)).toBe(false);
    // Before the period began, it is in no window and not yet as of a date.
    expect(nodeInWindow(since, { from: '2024-01', to: '2024-12' })).toBe(false);
    expect(nodeInWindow(since, { from: null, to: '2024-12' })).toBe(false);
    expect(nodeInWindow(until, { from: null, to: '2025-06' })).toBe(true);
  });

  it('shows a source as of the window’s end, as its REPORTED_BY facts are drawn', () => {
    const reported: GraphEdge = {
      id: 'fact:r',
      type: 'REPORTED_BY',
      source: onDate.id,
      target: source.id,
      properties: { certainty: 'stated' },
    };
    const w = { from: '2025-09', to: '2025-12' };
    expect(edgeInWindow(reported, w, ctx)).toBe(true);
    expect(nodeInWindow(source, w)).toBe(true);
    // Not yet published: neither the source nor its facts.
    expect(nodeInWindow(source, { from: '2025-01', to: '2025-03' })).toBe(false);
    expect(edgeInWindow(reported, { from: '2025-01', to: '2025-03' }, ctx)).toBe(false);
  });
});
