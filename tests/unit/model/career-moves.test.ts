// Moves between stints, by the same "next stint" rule the seed uses for TALENT_FLOW.
import { describe, expect, it } from 'vitest';
import {
  computeMoves,
  inWindow,
  latestEnd,
  nextStint,
  sortStints,
  type Move,
  type Stint,
} from '../../../model/career-moves.js';
import { moveCertainty } from '../../../model/certainty.js';

/** A stint; `certainty` only for the rule that tells a stated move by its stated stints (ledByStated). */
const s = (
  id: string,
  orgId: string,
  x: Partial<Stint> & { certainty?: string } = {},
): Stint & { certainty?: string } => ({
  id,
  orgId,
  ...x,
});

describe('career moves', () => {
  it('moves from an ended stint to the earliest stint that starts at or after its end', () => {
    const stints = [
      s('a', 'org:a', { start: '2018', end: '2020-03' }),
      s('b', 'org:b', { start: '2020-05', end: '2022' }),
      s('c', 'org:c', { start: '2023' }),
    ];
    const moves = computeMoves(stints);
    expect(moves.map((m) => [m.from.id, m.to.id, m.when])).toEqual([
      ['a', 'b', '2020-05'],
      ['b', 'c', '2023'],
    ]);
  });

  it('compares partial dates at their common precision', () => {
    expect(nextStint(s('a', 'x', { end: '2025-03' }), [s('b', 'y', { start: '2025' })])?.id).toBe('b');
  });

  it('follows an undated departure only with a current stint that did not start earlier', () => {
    const left = s('left-meta', 'org:meta', { left: true });
    expect(computeMoves([left, s('xai', 'org:xai')]).map((m) => [m.to.id, m.when])).toEqual([['xai', null]]);
    expect(computeMoves([left, s('old', 'org:old', { end: '2010' })])).toEqual([]);
  });

  it('counts one move for a stint joined after leaving two (a division and its parent), the others kept beside it', () => {
    const moves = computeMoves([
      s('left-meta', 'org:meta', { left: true }),
      s('left-fair', 'org:fair', { left: true }),
      s('xai', 'org:xai'),
    ]);
    expect(moves.map((m) => [m.from.id, m.also.map((x) => x.id), m.to.id])).toEqual([
      ['left-fair', ['left-meta'], 'xai'],
    ]);
  });

  it('dates a move into a stint of unknown start by the last stint left', () => {
    const moves = computeMoves([
      s('fair', 'org:fair', { start: '2019', end: '2023' }),
      s('meta', 'org:meta', { start: '2019', end: '2025' }),
      s('xai', 'org:xai'),
    ]);
    expect(moves.map((m) => [m.from.id, m.also.map((x) => x.id), m.when])).toEqual([
      ['fair', ['meta'], '2025'],
    ]);
  });

  it('tells a stated move by its stated stints: the first stated stint left is from, and only they date it', () => {
    // A stated division stint and its parent's implied one (the parent's id sorts first, and it ended later), left
    // for a stated stint of unknown start.
    const stints = [
      s('alpha', 'org:alpha', { start: '2018', end: '2022-08', certainty: 'implied' }),
      s('delta', 'org:delta', { start: '2018', end: '2022-05', certainty: 'stated' }),
      s('beta', 'org:beta', { certainty: 'stated' }),
    ];
    const tell = (m: Move<Stint>) => [m.from.id, m.also.map((x) => x.id), m.to.id, m.when];
    expect(computeMoves(stints).map(tell)).toEqual([['delta', ['alpha'], 'beta', '2022-08']]);
    const stated = (x: Stint & { certainty?: string }) => x.certainty === 'stated';
    expect(computeMoves(stints, { stated }).map(tell)).toEqual([['delta', ['alpha'], 'beta', '2022-05']]);
    // With a start of its own the joined stint dates the move; the parent's implied stint still does not lead it.
    const dated = stints.map((x) => (x.id === 'beta' ? { ...x, start: '2022-09' } : x));
    expect(computeMoves(dated, { stated }).map(tell)).toEqual([['delta', ['alpha'], 'beta', '2022-09']]);
    // Left on the same date, the parent's implied stint (its id first) would lead the move.
    const renamed = dated.map((x) => (x.id === 'alpha' ? { ...x, id: 'a-parent', end: '2022-05' } : x));
    expect(computeMoves(renamed).map(tell)).toEqual([['a-parent', ['delta'], 'beta', '2022-09']]);
    expect(computeMoves(renamed, { stated }).map(tell)).toEqual([['delta', ['a-parent'], 'beta', '2022-09']]);
    // An implied move (the stint joined implied) is left as it is: every stint left backs it alike.
    const impliedJoin = renamed.map((x) => (x.id === 'beta' ? { ...x, certainty: 'implied' } : x));
    expect(computeMoves(impliedJoin, { stated }).map(tell)).toEqual([
      ['a-parent', ['delta'], 'beta', '2022-09'],
    ]);
  });

  it('joins the stated one of two facts that start the stint joined on the same date, whatever their ids', () => {
    // Made up: one stint at Y told by two sources on the same start, one stating it and one implying it; the stint
    // at X left for it is stated. The move is stated (the stated facts make one chain), in either order of ids.
    const stated = (x: Stint & { certainty?: string }) => x.certainty === 'stated';
    const certaintyOf = (x: Stint & { certainty?: string }) =>
      x.certainty === 'stated' ? 'stated' : 'implied';
    for (const [first, second] of [
      ['implied', 'stated'],
      ['stated', 'implied'],
    ] as const) {
      const stints = [
        s('x', 'org:x', { start: '2018', end: '2022-03', certainty: 'stated' }),
        s('y-a', 'org:y', { start: '2022-04', certainty: first }),
        s('y-b', 'org:y', { start: '2022-04', certainty: second }),
      ];
      const joined = first === 'stated' ? 'y-a' : 'y-b';
      expect(nextStint(stints[0]!, stints, stated)?.id).toBe(joined);
      const moves = computeMoves(stints, { stated });
      expect(moves.map((m) => [m.from.id, m.to.id, m.when])).toEqual([['x', joined, '2022-04']]);
      const m = moves[0]!;
      expect(moveCertainty([m.from, ...m.also].map(certaintyOf), certaintyOf(m.to))).toBe('stated');
    }
  });

  it('calls a move as certain as its best chain: stated when the stint joined and one stint left are', () => {
    expect(moveCertainty(['implied', 'stated'], 'stated')).toBe('stated');
    expect(moveCertainty(['implied', 'stated'], 'implied')).toBe('implied');
    expect(moveCertainty(['implied', 'unsourced'], 'stated')).toBe('implied');
    expect(moveCertainty(['unsourced'], 'stated')).toBe('unsourced');
  });

  it('does not skip a stint of unknown start that ended between a stint left and the one joined', () => {
    // Made up: at Meta 2015–2020, at Google until 2021 (start unknown), then at xAI from 2022. Google stands between
    // Meta and xAI: one move, Google→xAI; leaving Meta led to no stint the facts name.
    const stints = [
      s('meta', 'org:meta', { start: '2015', end: '2020' }),
      s('google', 'org:google', { end: '2021', left: true }),
      s('xai', 'org:xai', { start: '2022' }),
    ];
    expect(nextStint(stints[0]!, stints)).toBeUndefined();
    expect(computeMoves(stints).map((m) => [m.from.id, m.also.map((x) => x.id), m.to.id, m.when])).toEqual([
      ['google', [], 'xai', '2022'],
    ]);
    // Ended on the same date (at their common precision), or after xAI began, it stands between nothing.
    const sameEnd = stints.map((x) => (x.id === 'google' ? { ...x, end: '2020' } : x));
    expect(computeMoves(sameEnd).map((m) => [m.from.id, m.also.map((x) => x.id)])).toEqual([
      ['google', ['meta']],
    ]);
    const later = stints.map((x) => (x.id === 'google' ? { ...x, end: '2023' } : x));
    expect(computeMoves(later).map((m) => [m.from.id, m.to.id])).toEqual([['meta', 'xai']]);
  });

  it('does not count a new stint at the same organisation as a move', () => {
    expect(computeMoves([s('a', 'org:a', { end: '2020' }), s('b', 'org:a', { start: '2021' })])).toEqual([]);
  });

  it('sorts stints by start, undated last', () => {
    expect(
      sortStints([s('u', 'x'), s('b', 'x', { start: '2021' }), s('a', 'x', { start: '2019-06' })]).map(
        (x) => x.id,
      ),
    ).toEqual(['a', 'b', 'u']);
  });

  it('places partial dates in a window at their common precision', () => {
    expect(inWindow('2025', '2025-03', '2025-09')).toBe(true);
    expect(inWindow('2025-02', '2025-03', undefined)).toBe(false);
    expect(inWindow('2024-12-31', undefined, '2024')).toBe(true);
  });
});

describe('latestEnd', () => {
  it('takes the coarser of ends equal at their common precision, in whatever order they come', () => {
    expect(latestEnd(['2025-05', '2025'])).toBe('2025');
    expect(latestEnd(['2025', '2025-05'])).toBe('2025');
    expect(latestEnd(['2024-12', null, '2025-02-10', '2025-02'])).toBe('2025-02');
    expect(latestEnd([undefined, null])).toBeNull();
  });
});
