// One stint the sources start on different dates is one join (model/one-join.ts), as the career and the dashboard
// count one move; two roles at one organisation joined from different places are two. Made-up stints.
import { describe, expect, it } from 'vitest';
import { joinedFrom, joinedMoves, oneJoin, type JoinStint } from '../../../model/one-join.js';

const stint = (
  id: string,
  orgId: string,
  start: string | null,
  end: string | null = null,
  stated = true,
): JoinStint => ({ id, orgId, start, end, left: end !== null, stated });

/** A stint one source tells (`source`), of role Researcher at org:b and unsaid elsewhere. */
const told = (
  id: string,
  orgId: string,
  start: string,
  end: string | null,
  stated: boolean,
  source: string,
): JoinStint => ({
  id,
  orgId,
  start,
  end,
  left: end !== null,
  stated,
  role: orgId === 'org:b' ? 'Researcher' : null,
  sources: [source],
});

describe('one join of one stint the sources start differently', () => {
  it('is one join: stated April, implied May, both going on, after a stint elsewhere', () => {
    const stints = [
      stint('x', 'org:x', '2018', '2022-03'),
      stint('a', 'org:y', '2022-04'),
      stint('b', 'org:y', '2022-05', null, false),
    ];
    expect(oneJoin(stints[1]!, stints[2]!, joinedFrom(stints))).toBe(true);
  });

  it('is two joins when the next-stint rule joins each from a different stint left', () => {
    const stints = [
      stint('x', 'org:x', '2018', '2022-03'),
      stint('a', 'org:y', '2022-04'),
      stint('w', 'org:w', '2020', '2022-08'),
      stint('b', 'org:y', '2022-09', null, false),
    ];
    expect(joinedFrom(stints).get('b')).toEqual(['w']);
    expect(oneJoin(stints[1]!, stints[3]!, joinedFrom(stints))).toBe(false);
  });

  it('is two joins at other organisations, one stay after the other, or stints ending differently', () => {
    const none = new Map<string, string[]>();
    expect(oneJoin(stint('a', 'org:y', '2022-04'), stint('b', 'org:z', '2022-05'), none)).toBe(false);
    expect(oneJoin(stint('a', 'org:y', '2020', '2021'), stint('b', 'org:y', '2022'), none)).toBe(false);
    expect(oneJoin(stint('a', 'org:y', '2022-04', '2023'), stint('b', 'org:y', '2022-05'), none)).toBe(false);
    expect(
      oneJoin(stint('a', 'org:y', '2022-04', '2023-01'), stint('b', 'org:y', '2022-05', '2023'), none),
    ).toBe(true);
  });

  it('is two joins for a promotion or a second role, or two starts one source gives', () => {
    const none = new Map<string, string[]>();
    const told = (
      id: string,
      start: string,
      role: string | null,
      source: string,
      stated = true,
    ): JoinStint => ({
      ...stint(id, 'org:y', start, null, stated),
      role,
      sources: [source],
    });
    // Researcher from 2020 (implied), Director from 2023 (stated), both going on: a promotion, not one stint.
    expect(
      oneJoin(told('a', '2020', 'Researcher', 's2', false), told('b', '2023', 'Director', 's1'), none),
    ).toBe(false);
    // One source giving two starts at one organisation tells two stints.
    expect(oneJoin(told('a', '2022-04', null, 's1'), told('b', '2022-05', null, 's1'), none)).toBe(false);
    // The same role (or one not said) from two sources: one stint told twice.
    expect(
      oneJoin(told('a', '2022-04', 'Researcher', 's1'), told('b', '2022-05', 'researcher ', 's2'), none),
    ).toBe(true);
    expect(oneJoin(told('a', '2022-04', 'Researcher', 's1'), told('b', '2022-05', null, 's2'), none)).toBe(
      true,
    );
  });

  it('leaves starts equal at common precision to the rule of one move by date', () => {
    expect(oneJoin(stint('a', 'org:y', '2022'), stint('b', 'org:y', '2022-05'), new Map())).toBe(false);
  });
});

describe('a move into one join (joinedMoves)', () => {
  const at = (
    id: string,
    start: string,
    stated: boolean,
    source: string,
    role: string | null = null,
  ): JoinStint => ({ id, orgId: 'org:y', start, end: null, left: false, stated, role, sources: [source] });
  const left = { ...stint('x', 'org:x', '2018', '2022-03'), sources: ['s1'] };
  const told = (stints: JoinStint[]) =>
    joinedMoves(stints).map((m) => [m.from.id, m.to.id, m.when, m.to.stated, m.joined.map((s) => s.id)]);

  it('is told by the stated start, dated by it, the implied earlier start joined with it', () => {
    expect(told([left, at('apr', '2022-04', false, 's2'), at('may', '2022-05', true, 's1')])).toEqual([
      ['x', 'may', '2022-05', true, ['apr']],
    ]);
  });

  it('is told by the stated earlier start, the implied later one joined with it', () => {
    expect(told([left, at('apr', '2022-04', true, 's1'), at('may', '2022-05', false, 's2')])).toEqual([
      ['x', 'apr', '2022-04', true, ['may']],
    ]);
  });

  it('is two moves when another stint left leads into the later start (two joins, as the timeline tells them)', () => {
    const w = { ...stint('w', 'org:w', '2019', '2022-05-01'), sources: ['s3'] };
    const moves = joinedMoves([left, w, at('apr', '2022-04', false, 's2'), at('may', '2022-05', true, 's1')]);
    expect(moves.map((m) => [m.from.id, m.to.id, m.joined.length])).toEqual([
      ['x', 'apr', 0],
      ['w', 'may', 0],
    ]);
  });

  it('joins neither two starts one source gives nor a promotion: the move is into the first', () => {
    expect(told([left, at('apr', '2022-04', false, 's2'), at('may', '2022-05', true, 's2')])).toEqual([
      ['x', 'apr', '2022-04', false, []],
    ]);
    expect(
      told([
        left,
        at('apr', '2022-04', false, 's2', 'Engineer'),
        at('may', '2022-05', true, 's1', 'Director'),
      ]),
    ).toEqual([['x', 'apr', '2022-04', false, []]]);
  });
});

describe('joins of stints led into from different places', () => {
  // A join never chains through a start led into from nowhere (review finding: the career dropped a whole move, the flows
  // dated it before the person left, the dashboard counted one hire). X at PX until 2020-03, Z at PZ until 2020-06; at
  // O: A from 2020-04 (implied), B from 2020-05, C from 2020-07.
  const stints = [
    told('X', 'PX', '2019-01', '2020-03', true, 'S1'),
    told('A', 'O', '2020-04', null, false, 'S2'),
    told('Z', 'PZ', '2020-01', '2020-06', true, 'S5'),
    told('B', 'O', '2020-05', null, true, 'S3'),
    told('C', 'O', '2020-07', null, true, 'S4'),
  ];

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
