// A join is never chained through a stint no move leads into: two stints the next-stint rule leads into from
// different places are two moves, even when a third start, led into from nowhere, is alike each of them (review
// finding: the career dropped a whole move, the flows dated it before the person left, the dashboard counted one
// hire). Made-up stints.
import { describe, expect, it } from 'vitest';
import { joinedMoves, type JoinStint } from '../../../model/one-join.js';

const stint = (
  id: string,
  orgId: string,
  start: string,
  end: string | null,
  stated: boolean,
  source: string,
): JoinStint => ({ id, orgId, start, end, left: end !== null, stated, sources: [source] });

// X at PX until 2020-03, Z at PZ until 2020-06; at O: A from 2020-04 (implied), B from 2020-05, C from 2020-07.
const stints = [
  stint('X', 'PX', '2019-01', '2020-03', true, 'S1'),
  stint('A', 'O', '2020-04', null, false, 'S2'),
  stint('Z', 'PZ', '2020-01', '2020-06', true, 'S5'),
  stint('B', 'O', '2020-05', null, true, 'S3'),
  stint('C', 'O', '2020-07', null, true, 'S4'),
];

describe('joins of stints led into from different places', () => {
  it('keeps both moves in the career: X to B (one join with A), and Z to C', () => {
    const moves = joinedMoves(stints).map((m) => ({
      from: m.from.id,
      to: m.to.id,
      when: m.when,
      joined: m.joined.map((s) => s.id),
    }));
    expect(moves).toEqual([
      { from: 'X', to: 'B', when: '2020-05', joined: ['A'] },
      { from: 'Z', to: 'C', when: '2020-07', joined: [] },
    ]);
  });

  it('is whatever order the stints come in', () => {
    const shown = (list: JoinStint[]) => joinedMoves(list).map((m) => `${m.from.id}>${m.to.id}`);
    expect(shown([...stints].reverse())).toEqual(shown(stints));
  });
});
