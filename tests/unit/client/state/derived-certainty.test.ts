// The career and the timeline keep the certainty of the facts behind them: a move is stated only when both of
// its stints are, and a timeline item carries its fact's certainty.
import { describe, expect, it } from 'vitest';
import { careerOf } from '../../../../client/state/details.js';
import { splitFlows } from '../../../../client/state/flows.js';
import { factDates } from '../../../../client/graph/names.js';
import { addToScene, EMPTY_SCENE } from '../../../../client/state/scene.js';
import { parseTimeline } from '../../../../client/state/time-actions.js';
import { edgeInWindow, sceneDates, timeContext } from '../../../../client/state/time.js';
import { articleGraph, edge } from '../fixtures.js';
import { timelineAnswer, timelineItem } from '../answers.js';

describe('certainty of derived career moves and timeline items', () => {
  it('calls a move implied when the stint joined is implied, stated when the stint joined and one left are stated', () => {
    const g = articleGraph();
    const moves = [
      { fromStint: 'fact:xinlei-chen-left-meta', toStint: 'fact:xinlei-chen-joined-xai', when: '2025-03' },
    ];
    expect(careerOf('person:xinlei-chen', g, moves).moves.map((m) => m.certainty)).toEqual(['implied']);
    const stated = {
      nodes: g.nodes,
      edges: [
        edge('fact:a', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', { end: '2024' }),
        edge('fact:b', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', { start: '2025' }),
      ],
    };
    expect(careerOf('person:xinlei-chen', stated).moves.map((m) => m.certainty)).toEqual(['stated']);
  });

  it('computes here a move into one stint two sources start differently as the server does: by its stated start', () => {
    const g = articleGraph();
    const scene = {
      nodes: g.nodes,
      edges: [
        edge('fact:left', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', { start: '2018', end: '2025-03' }),
        // One stint at xAI: an implied April start (source s2), a stated May one (source s1): one join.
        edge('fact:apr', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
          start: '2025-04',
          certainty: 'implied',
          sources: ['source:s2'],
        }),
        edge('fact:may', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
          start: '2025-05',
          sources: ['source:s1'],
        }),
      ],
    };
    expect(
      careerOf('person:xinlei-chen', scene).moves.map((m) => [m.from.id, m.to.id, m.at, m.certainty]),
    ).toEqual([['fact:left', 'fact:may', '2025-05', 'stated']]);
  });

  it('tells a stated move computed here by its stated stints, not by an implied parent stint left beside them', () => {
    const g = articleGraph();
    const scene = {
      nodes: g.nodes,
      edges: [
        // FAIR's stint stated, Meta's (its parent, first by id) only implied, both left the same month; xAI joined, stated.
        edge('fact:p-1-meta', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', {
          start: '2018',
          end: '2024-05',
          certainty: 'implied',
        }),
        edge('fact:p-2-fair', 'WORKED_AT', 'person:xinlei-chen', 'org:fair', {
          start: '2018',
          end: '2024-05',
        }),
        edge('fact:p-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', { start: '2024-06' }),
      ],
    };
    const moves = careerOf('person:xinlei-chen', scene).moves;
    expect(
      moves.map((m) => [m.from.edge.id, m.also.map((a) => a.edge.id), m.to.edge.id, m.certainty]),
    ).toEqual([['fact:p-2-fair', ['fact:p-1-meta'], 'fact:p-xai', 'stated']]);
  });

  it('makes no move of a stint no source backs, and calls a move onto a known one unsourced, never stated', () => {
    const g = articleGraph();
    const byHand = {
      nodes: g.nodes,
      edges: [
        edge('fact:a', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', { end: '2024' }),
        // Written by hand through Cypher: no certainty, no source.
        {
          id: 'hand:b',
          type: 'WORKED_AT',
          source: 'person:xinlei-chen',
          target: 'org:xai',
          properties: { start: '2025' },
        },
      ],
    };
    // Computed here (no server answer): the stint no source backs makes no move.
    expect(careerOf('person:xinlei-chen', byHand).moves).toEqual([]);
    // Given as a move (an older answer), it is called unsourced.
    const given = [{ fromStint: 'fact:a', toStint: 'hand:b', when: '2025' }];
    expect(careerOf('person:xinlei-chen', byHand, given).moves.map((m) => m.certainty)).toEqual([
      'unsourced',
    ]);
    const implied = {
      nodes: g.nodes,
      edges: [
        edge('fact:a', 'WORKED_AT', 'person:xinlei-chen', 'org:meta', { end: '2024', certainty: 'implied' }),
        {
          id: 'hand:b',
          type: 'WORKED_AT',
          source: 'person:xinlei-chen',
          target: 'org:xai',
          properties: { start: '2025' },
        },
      ],
    };
    expect(careerOf('person:xinlei-chen', implied, given).moves.map((m) => m.certainty)).toEqual([
      'unsourced',
    ]);
  });

  it('keeps the certainty of each timeline item', () => {
    const items = parseTimeline(
      timelineAnswer([
        timelineItem({ kind: 'stint-start', date: '2021-02', id: 'fact:rami-gamma', certainty: 'implied' }),
        timelineItem({ kind: 'stint-start', date: '2024-03', id: 'fact:omar-beta', certainty: 'stated' }),
      ]),
    );
    expect(items.map((i) => [i.id, i.certainty])).toEqual([
      ['fact:rami-gamma', 'implied'],
      ['fact:omar-beta', 'stated'],
    ]);
  });
});

describe('a whole talent flow in the network scene', () => {
  // As a Cypher result or a path brings it: Meta → xAI as the seed stores it for the article (4 named, all implied;
  // a stated report of at least 14), and a made-up flow of 1 stated and 9 implied movers.
  const orgs = ['org:meta', 'org:xai', 'org:a', 'org:b'].map((id) => ({
    id,
    labels: ['Organization'],
    properties: { id },
  }));
  const metaXai = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
    count: 4,
    statedCount: 0,
    impliedCount: 4,
    reportedCount: 14,
    reportedQualifier: 'at least',
    eventIds: ['event:meta-to-xai-departures-2025'],
    impliedEventIds: [],
    certainty: 'stated',
    sources: ['source:a'],
    statedSources: [],
    impliedSources: ['source:a'],
    reportSources: ['source:a'],
    // The report is dated, the named moves are not: the flow's own dates are the report's.
    since: '2025-01',
    until: null,
    movedSince: '',
    movedUntil: '',
  });
  const mixed = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', {
    count: 10,
    statedCount: 1,
    impliedCount: 9,
    certainty: 'stated',
    eventIds: [],
    movedSince: '2024-03',
    movedUntil: '2024-09',
  });

  it('enters as its parts, each with its own certainty: no implied move drawn as stated', () => {
    const scene = addToScene(EMPTY_SCENE, { nodes: orgs, edges: [metaXai, mixed] });
    const drawn = Object.values(scene.edges).map((e) => [e.id, e.properties.count, e.properties.certainty]);
    expect(drawn).toEqual([
      ['flow:org:meta->org:xai#implied', 4, 'implied'],
      ['flow:org:meta->org:xai#reported', 4, 'stated'],
      ['flow:org:a->org:b', 1, 'stated'],
      ['flow:org:a->org:b#implied', 9, 'implied'],
    ]);
    // The named parts are dated by the named moves alone (none dated: no dates, not the report's).
    expect(factDates(scene.edges['flow:org:meta->org:xai#implied']!)).toBe('');
    expect(factDates(scene.edges['flow:org:meta->org:xai#reported']!)).toBe('2025-01 –');
    expect(factDates(scene.edges['flow:org:a->org:b']!)).toBe('2024-03 – 2024-09');
    // Adding the parts again (the flow view's, or the same scene) splits nothing twice.
    const again = addToScene(scene, { nodes: [], edges: Object.values(scene.edges) });
    expect(Object.keys(again.edges)).toEqual(Object.keys(scene.edges));
  });

  it('keeps a flow with no part to draw as it is (written by hand, or another database’s type of that name)', () => {
    const bare = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', { note: 'by hand' });
    const scene = addToScene(EMPTY_SCENE, { nodes: orgs, edges: [bare] });
    expect(Object.keys(scene.edges)).toEqual(['flow:org:a->org:b']);
  });

  it('calls a report implied when every report behind the stored flow is', () => {
    const reportOnly = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', {
      count: 0,
      statedCount: 0,
      impliedCount: 0,
      eventIds: ['event:x'],
      impliedEventIds: ['event:x'],
    });
    expect(
      splitFlows({ nodes: orgs, edges: [reportOnly] }).edges.map((e) => [e.id, e.properties.certainty]),
    ).toEqual([['flow:org:a->org:b#reported', 'implied']]);
  });

  it('dates each part by its own moves or reports: none is there as of a date before any of them', () => {
    // Test data: named moves of 2025, a report of the first half of 2024 behind the same stored flow.
    const stored = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', {
      count: 2,
      statedCount: 2,
      impliedCount: 0,
      reportedCount: 5,
      eventIds: ['event:e'],
      impliedEventIds: [],
      since: '2024-01',
      until: '2025-06',
      movedSince: '2025-02',
      movedUntil: '2025-06',
      reportSince: '2024-01',
      reportUntil: '2024-06',
    });
    const scene = addToScene(EMPTY_SCENE, { nodes: orgs, edges: [stored] });
    const named = scene.edges['flow:org:a->org:b']!;
    const reported = scene.edges['flow:org:a->org:b#reported']!;
    expect(factDates(named)).toBe('2025-02 – 2025-06');
    expect(factDates(reported)).toBe('2024-01 – 2024-06');
    const ctx = timeContext(scene);
    const asOf = (to: string) => ({ from: null, to });
    // As of 2024-12 the report is there, no named move yet; as of 2025-03 both.
    expect(edgeInWindow(named, asOf('2024-12'), ctx)).toBe(false);
    expect(edgeInWindow(reported, asOf('2024-12'), ctx)).toBe(true);
    expect(edgeInWindow(named, asOf('2025-03'), ctx)).toBe(true);
    expect(edgeInWindow(reported, asOf('2023-12'), ctx)).toBe(false);
    // The time slider stops where each part comes in (2025-02: the first named move) and is complete.
    expect(sceneDates(scene)).toEqual(['2024-01', '2024-06', '2025-02', '2025-06']);
    // A flow derived before the reports were spanned apart: its reported part keeps the flow's own dates.
    const { reportSince: _s, reportUntil: _u, ...older } = stored.properties;
    const before = addToScene(EMPTY_SCENE, { nodes: orgs, edges: [{ ...stored, properties: older }] });
    expect(factDates(before.edges['flow:org:a->org:b#reported']!)).toBe('2024-01 – 2025-06');
  });
});
