// The career and the timeline keep the certainty of the facts behind them: a move is stated only when both of
// its stints are, and a timeline item carries its fact's certainty.
import { describe, expect, it } from 'vitest';
import { careerOf } from '../../../../client/state/details.js';
import { parseTimeline } from '../../../../client/state/time-actions.js';
import { articleGraph, edge } from '../fixtures.js';
import { timelineAnswer, timelineItem } from '../answers.js';

describe('certainty of derived career moves and timeline items', () => {
  it('calls a move implied when the stint joined is implied, stated when both stints are stated', () => {
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
