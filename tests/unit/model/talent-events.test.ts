// Hires and departures from one person's stints at an organisation (model/talent-events.ts), at the boundaries that
// decide whether a stint is a new arrival or the same stay: a stint beginning the day another ends, the day after,
// and two stints beginning together; and, by division, one counterpart for a move out of a division and its parent at
// once. Stints are built here by hand (shaped as tests/fixtures/seed/talent's Karim Aziz).
import { describe, expect, it } from 'vitest';
import {
  certaintyOf,
  counterpartSources,
  countedSources,
  eventPlacings,
  eventSources,
  eventsOf,
  otherStints,
} from '../../../model/talent-events.js';
import type { TalentPersonRow, TalentPlacing, TalentStint } from '../../../model/talent-rows.js';

const person = { id: 'person:p', name: 'P', nameAr: null };

function stint(id: string, start: string | null, end: string | null, left = end !== null): TalentStint {
  return {
    id,
    org: 'org:o',
    start,
    end,
    left,
    certainty: 'stated',
    implied: [],
    evidence: null,
    evidenceEn: null,
    note: null,
    sources: ['source:s'],
    via: [],
  };
}

const events = (...stints: TalentStint[]) => {
  const row: TalentPersonRow = { person, stints, moves: [] };
  // Sorted: the order of the list is not what is under test.
  return eventsOf(row)
    .map((e) => `${e.kind} ${e.when ?? '?'} ${e.stints.map((s) => s.id).join('+')}`)
    .sort();
};

describe('hires and departures of one person', () => {
  it('counts one stay when a stint begins the day another ends: one hire, no departure while still inside', () => {
    expect(events(stint('a', '2019-01', '2021-06'), stint('b', '2021-06', null))).toEqual(['hire 2019-01 a']);
  });

  it('counts a return when a stint begins after another ended: hire, departure, hire', () => {
    expect(events(stint('a', '2019-01', '2021-06'), stint('b', '2021-07', null))).toEqual([
      'departure 2021-06 a',
      'hire 2019-01 a',
      'hire 2021-07 b',
    ]);
  });

  it('counts stints beginning together (a division and its parent) as one hire', () => {
    expect(events(stint('a', '2020-03', null), stint('b', '2020-03', null))).toEqual(['hire 2020-03 a+b']);
  });

  it('counts a return within the same year as its own hire and departure, not merged with the first', () => {
    // Made up: at the organisation from 2024 (the year alone) to 2024-03, and again from 2024-09. The dates compare
    // equal at their common precision (the year), but the first stint ended before the second began.
    expect(events(stint('a', '2024', '2024-03'), stint('b', '2024-09', null))).toEqual([
      'departure 2024-03 a',
      'hire 2024 a',
      'hire 2024-09 b',
    ]);
    // Left in 2024-02, back from 2024-06 and left again in 2024 (the year alone): two departures.
    expect(events(stint('a', '2020', '2024-02'), stint('b', '2024-06', '2024'))).toEqual([
      'departure 2024 b',
      'departure 2024-02 a',
      'hire 2020 a',
      'hire 2024-06 b',
    ]);
  });

  it('counts stints ending together as one departure after one hire', () => {
    expect(events(stint('a', '2020-03', '2024-05'), stint('b', '2020-03', '2024-05'))).toEqual([
      'departure 2024-05 a+b',
      'hire 2020-03 a+b',
    ]);
  });
});

describe('one departure per move out (model/career-moves.ts: a move is the stint joined)', () => {
  // Made up: the organisation asked about and a division of it (FAIR in Meta), left for xAI.
  const move = (from: string, implied: string[] = []) => ({
    from,
    to: 'xai',
    fromIn: true,
    toIn: false,
    counterpart: { id: 'org:xai', name: 'xAI', nameAr: null },
    other: { ...stint('xai', null, null), org: 'org:xai' },
    via: [],
    within: [],
    implied,
  });
  const departures = (stints: TalentStint[], moves: ReturnType<typeof move>[]) =>
    eventsOf({ person, stints, moves })
      .filter((e) => e.kind === 'departure')
      .map((e) => `${e.when ?? '?'} ${e.stints.map((x) => x.id).join('+')} ${certaintyOf(e).certainty}`);

  it('counts the stints left for one stint joined as one departure, at the latest end', () => {
    // Left FAIR in 2024-12 and Meta in 2025-02 (starts unknown) for xAI (start unknown).
    const stints = [stint('fair', null, '2024-12'), stint('meta', null, '2025-02')];
    expect(departures(stints, [move('fair'), move('meta')])).toEqual(['2025-02 fair+meta stated']);
  });

  it('dates a stated departure by the stated stints left: a later end only an implied stint gives is not its date', () => {
    const stints = [
      stint('fair', '2020', '2024-12'),
      { ...stint('meta', '2020', '2025-02'), certainty: 'implied' },
    ];
    expect(departures(stints, [move('fair'), move('meta', ['meta'])])).toEqual(['2024-12 fair+meta stated']);
  });

  it('does not count leaving a stint as a departure when a stint there of unknown start ended later', () => {
    // One stint two sources end differently (2024-12, 2025-01), then xAI from 2025-02: the later one stands between
    // the first and xAI (no move from the first), and the person was there until it ended.
    const stints = [stint('meta-a', null, '2024-12'), stint('meta-b', null, '2025-01')];
    expect(departures(stints, [move('meta-b')])).toEqual(['2025-01 meta-b stated']);
    // Left FAIR in 2024-12 and Meta in 2025-02 (starts unknown), then xAI from 2025-03.
    const h6 = [stint('fair', null, '2024-12'), stint('meta', null, '2025-02')];
    expect(departures(h6, [move('meta')])).toEqual(['2025-02 meta stated']);
  });
});

describe('what a hire or departure is counted along', () => {
  const placing = (id: string, org: string, source: string): TalentPlacing => ({
    id,
    org,
    division: { id: org, name: null, nameAr: null },
    parent: { id: 'org:parent', name: null, nameAr: null },
    certainty: 'stated',
    evidence: null,
    evidenceEn: null,
    note: null,
    sources: [source],
  });

  it('cites the PART_OF facts that place its stint and roll its counterpart up, each once, beside the stints', () => {
    // A stint at a division placed in the organisation by one PART_OF fact; the person came from a division of
    // another organisation, rolled up to it by another.
    const inDivision = {
      ...stint('s', '2020', null),
      via: [placing('fact:div-in-o', 'org:div', 'source:structure')],
    };
    const before: TalentStint = {
      ...stint('t', '2018', '2020'),
      org: 'org:other-div',
      sources: ['source:t'],
    };
    const up = placing('fact:other-div-in-other', 'org:other-div', 'source:other-structure');
    const row: TalentPersonRow = {
      person,
      stints: [inDivision],
      moves: [
        {
          from: 't',
          to: 's',
          fromIn: false,
          toIn: true,
          counterpart: { id: 'org:other', name: 'Other', nameAr: null },
          other: before,
          via: [up, up],
          within: [],
          implied: [],
        },
      ],
    };
    const [hire] = eventsOf(row);
    expect(hire?.kind).toBe('hire');
    expect(eventPlacings(hire!).map((p) => p.id)).toEqual(['fact:div-in-o', 'fact:other-div-in-other']);
    expect([...new Set(eventSources(hire!))].sort()).toEqual([
      'source:other-structure',
      'source:s',
      'source:structure',
      'source:t',
    ]);
  });
});

describe('the counterpart of a move out of a division and its parent at once (by division)', () => {
  // Karim Aziz's case: at Omega Group and its division Omega Vision until 2021-07, then at Sigma Works (asked about).
  const atSigma: TalentStint = { ...stint('sigma', '2021-09', null), org: 'org:sigma' };
  const left = (id: string, org: string, certainty: 'stated' | 'implied') => ({
    from: id,
    to: 'sigma',
    fromIn: false,
    toIn: true,
    counterpart: { id: org, name: org, nameAr: null },
    other: { ...stint(id, '2018', '2021-07'), org, certainty },
    via: [],
    within: org === 'org:omega-vision' ? ['org:omega-group'] : [],
    implied: certainty === 'implied' ? [id] : [],
  });
  const counterparts = (group: 'stated' | 'implied', vision: 'stated' | 'implied') => {
    const row: TalentPersonRow = {
      person,
      stints: [atSigma],
      moves: [left('group', 'org:omega-group', group), left('vision', 'org:omega-vision', vision)],
    };
    const hires = eventsOf(row);
    expect(hires).toHaveLength(1);
    return [...hires[0]!.counterparts.values()].map((c) => [c.org.id, c.certainty]);
  };

  it('keeps the division alone when both are as sure: one hire from one counterpart', () => {
    expect(counterparts('stated', 'stated')).toEqual([['org:omega-vision', 'stated']]);
    expect(counterparts('implied', 'implied')).toEqual([['org:omega-vision', 'implied']]);
  });

  it('keeps the parent when only the division is implied, so the move is not made less sure than its facts say', () => {
    expect(counterparts('stated', 'implied')).toEqual([['org:omega-group', 'stated']]);
    expect(counterparts('implied', 'stated')).toEqual([['org:omega-vision', 'stated']]);
  });

  it('still cites the stint at the counterpart not kept: a fact behind the move', () => {
    const withSources = (id: string, org: string) => {
      const m = left(id, org, 'stated');
      return { ...m, other: { ...m.other, sources: [`source:${id}`] } };
    };
    const [hire] = eventsOf({
      person,
      stints: [atSigma],
      moves: [withSources('group', 'org:omega-group'), withSources('vision', 'org:omega-vision')],
    });
    expect([...hire!.counterparts.keys()]).toEqual(['org:omega-vision']);
    expect(otherStints(hire!).map((s) => s.id)).toEqual(['vision', 'group']);
    expect(new Set(eventSources(hire!))).toEqual(new Set(['source:s', 'source:group', 'source:vision']));
  });

  it('cites a folded stint towards the counterpart kept in its place, when its move was as sure', () => {
    const withSources = (id: string, org: string, certainty: 'stated' | 'implied') => {
      const m = left(id, org, certainty);
      return { ...m, other: { ...m.other, sources: [`source:${id}`] } };
    };
    const hire = (group: 'stated' | 'implied', vision: 'stated' | 'implied') =>
      eventsOf({
        person,
        stints: [atSigma],
        moves: [
          withSources('group', 'org:omega-group', group),
          withSources('vision', 'org:omega-vision', vision),
        ],
      })[0]!;
    // Both as sure: the division kept, the parent's stint folded into it and cited with it.
    expect(counterpartSources(hire('stated', 'stated'), 'org:omega-vision')).toEqual([
      'source:vision',
      'source:group',
    ]);
    // The implied division beside a stated parent backs no part of the stated move towards the parent.
    const sure = hire('stated', 'implied');
    expect(counterpartSources(sure, 'org:omega-group')).toEqual(['source:group']);
    // Still a fact behind the move: listed and cited with the whole answer.
    expect(new Set(eventSources(sure))).toEqual(new Set(['source:s', 'source:group', 'source:vision']));
    // Not a counterpart: nothing towards it.
    expect(counterpartSources(sure, 'org:omega-vision')).toEqual([]);
  });

  it('keeps a counterpart when PART_OF facts written in a cycle place it in itself or in each other', () => {
    const hires = (within: Record<string, string[]>) =>
      eventsOf({
        person,
        stints: [atSigma],
        moves: Object.entries(within).map(([org, w], i) => ({ ...left(`s${i}`, org, 'stated'), within: w })),
      }).map((e) => [...e.counterparts.keys()]);
    expect(hires({ 'org:loop': ['org:loop'] })).toEqual([['org:loop']]);
    const [pair] = hires({ 'org:a': ['org:b'], 'org:b': ['org:a'] });
    expect(pair).toHaveLength(1);
  });
});

describe('the sources a hire or departure cites where it is counted', () => {
  const sourced = (s: TalentStint, certainty: 'stated' | 'implied', source: string): TalentStint => ({
    ...s,
    certainty,
    sources: [source],
  });

  it('cites a stated move by its stated stints: an implied stint of the same move backs no part of it', () => {
    // Made up: one hire seen through two stints beginning together, one stated, one only implied.
    const [hire] = eventsOf({
      person,
      stints: [
        sourced(stint('a', '2020-03', null), 'stated', 'source:stated'),
        sourced(stint('b', '2020-03', null), 'implied', 'source:implied'),
      ],
      moves: [],
    });
    expect(countedSources(hire!)).toEqual(['source:stated']);
    // Every fact is still behind it: listed and cited with the whole answer.
    expect(new Set(eventSources(hire!))).toEqual(new Set(['source:stated', 'source:implied']));
  });

  it('cites an implied move by all of its stints, with the PART_OF facts that place them', () => {
    const inDivision: TalentStint = {
      ...sourced(stint('a', '2020-03', null), 'stated', 'source:a'),
      implied: ['fact:div-in-o'],
      via: [
        {
          id: 'fact:div-in-o',
          org: 'org:div',
          division: { id: 'org:div', name: null, nameAr: null },
          parent: { id: 'org:o', name: null, nameAr: null },
          certainty: 'implied',
          evidence: null,
          evidenceEn: null,
          note: null,
          sources: ['source:structure'],
        },
      ],
    };
    const [hire] = eventsOf({
      person,
      stints: [inDivision, sourced(stint('b', '2020-03', null), 'implied', 'source:b')],
      moves: [],
    });
    expect(countedSources(hire!)).toEqual(['source:a', 'source:structure', 'source:b']);
  });
});
