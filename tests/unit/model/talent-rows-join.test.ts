// A move out of an organisation into one stint the sources start on different dates (one join, model/one-join.ts) is
// read from TALENT_STINTS as the flows and the career tell it (model/talent-rows.ts personRowOf): into the join's
// surest start, as sure as it. Made-up stints: fictional organisations and sources.
import { describe, expect, it } from 'vitest';
import { certaintyOf, eventsOf } from '../../../model/talent-events.js';
import { personRowOf } from '../../../model/talent-rows.js';

const fact = (
  id: string,
  org: string,
  start: string,
  end: string | null,
  certainty: string,
  source: string,
) => ({
  id,
  org,
  start,
  end,
  left: end !== null,
  certainty,
  role: null,
  sources: [source],
});

const left = fact('f:x', 'org:x', '2018', '2022-03', 'stated', 's1');
const row = (joinStints: Record<string, unknown>[]) =>
  personRowOf(
    {
      person: { id: 'person:p', name: 'P' },
      stints: [{ ...left, implied: [], via: [] }],
      moves: [
        {
          from: 'f:x',
          to: 'f:apr',
          fromIn: true,
          toIn: false,
          counterpart: { id: 'org:y', name: 'Y' },
          other: fact('f:apr', 'org:y', '2022-04', null, 'implied', 's2'),
          otherOrg: 'org:y',
          via: [],
          within: [],
          implied: ['f:apr'],
          joinStints,
        },
      ],
    },
    (e) => e,
  );

describe('a move out into one stint two sources start differently', () => {
  it('is into the stated May start, stated, when an implied April start is the one the next-stint rule reached', () => {
    const r = row([
      left,
      fact('f:apr', 'org:y', '2022-04', null, 'implied', 's2'),
      fact('f:may', 'org:y', '2022-05', null, 'stated', 's1'),
    ]);
    expect(r.moves.map((m) => [m.to, m.other.id, m.implied])).toEqual([['f:may', 'f:may', []]]);
    const departure = eventsOf(r).find((e) => e.kind === 'departure');
    expect(departure?.counterparts.get('org:y')?.certainty).toBe('stated');
  });

  it('stays into the April start, implied, when one source gives both starts (two stints)', () => {
    const r = row([
      left,
      fact('f:apr', 'org:y', '2022-04', null, 'implied', 's2'),
      fact('f:may', 'org:y', '2022-05', null, 'stated', 's2'),
    ]);
    expect(r.moves.map((m) => [m.to, m.other.id, m.implied])).toEqual([['f:apr', 'f:apr', ['f:apr']]]);
  });
});

describe('a move two sources tell with other month dates on both sides (one stint left, one joined)', () => {
  // s1 states org:a left 2020-02 and org:b from 2020-03; s2 implies the same stints left 2020-05 and from 2020-06.
  const told = (
    id: string,
    org: string,
    start: string,
    end: string | null,
    certainty: string,
    source: string,
  ) => ({
    ...fact(id, org, start, end, certainty, source),
    role: org === 'org:b' ? 'Researcher' : null,
  });
  const a1 = told('f:a1', 'org:a', '2015', '2020-02', 'stated', 's1');
  const a2 = told('f:a2', 'org:a', '2015', '2020-05', 'implied', 's2');
  const b1 = told('f:b1', 'org:b', '2020-03', null, 'stated', 's1');
  const b2 = told('f:b2', 'org:b', '2020-06', null, 'implied', 's2');
  const all = [a1, a2, b1, b2];
  const move = (from: typeof a1, to: typeof a1, out: boolean) => ({
    from: from.id,
    to: to.id,
    fromIn: out,
    toIn: !out,
    counterpart: out ? { id: 'org:b', name: 'B' } : { id: 'org:a', name: 'A' },
    other: out ? to : from,
    otherOrg: out ? 'org:b' : 'org:a',
    via: [],
    within: [],
    implied: [from, to].filter((s) => s.certainty !== 'stated').map((s) => s.id),
    joinStints: out ? all : [],
  });
  const rowAt = (out: boolean) =>
    personRowOf(
      {
        person: { id: 'person:p', name: 'P' },
        stints: (out ? [a1, a2] : [b1, b2]).map((s) => ({ ...s, implied: [], via: [] })),
        moves: [move(a1, b1, out), move(a2, b2, out)],
      },
      (e) => e,
    );
  const counted = (out: boolean) =>
    eventsOf(rowAt(out)).map((e) => [
      e.kind,
      e.when,
      e.stints.map((s) => s.id),
      [...e.counterparts.values()].map((c) => [c.org.id, c.certainty]),
    ]);

  it('is one stated departure from the organisation left, in February, both tellings behind it', () => {
    expect(counted(true)).toEqual([
      ['hire', '2015', ['f:a1', 'f:a2'], []],
      ['departure', '2020-02', ['f:a1', 'f:a2'], [['org:b', 'stated']]],
    ]);
  });

  it('is one departure in February, stated by its stated end, when only implied facts tell the join', () => {
    const implied = { ...b1, certainty: 'implied' };
    const row = personRowOf(
      {
        person: { id: 'person:p', name: 'P' },
        stints: [a1, a2].map((s) => ({ ...s, implied: [], via: [] })),
        moves: [
          { ...move(a1, implied, true), joinStints: [a1, a2, implied, b2] },
          { ...move(a2, b2, true), joinStints: [a1, a2, implied, b2] },
        ],
      },
      (e) => e,
    );
    const departures = eventsOf(row).filter((e) => e.kind === 'departure');
    expect(departures.map((e) => [e.when, e.stints.map((s) => s.id), certaintyOf(e).certainty])).toEqual([
      ['2020-02', ['f:a1', 'f:a2'], 'stated'],
    ]);
  });

  it('is one stated hire at the organisation joined, in March, both tellings behind it', () => {
    expect(counted(false)).toEqual([['hire', '2020-03', ['f:b1', 'f:b2'], [['org:a', 'stated']]]]);
  });
});
