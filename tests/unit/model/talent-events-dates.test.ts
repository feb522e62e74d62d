// The date and certainty of a hire or departure one person's facts tell more than once (model/talent-events.ts): a
// stated move is dated only by its stated facts, as the timeline dates an item (server/services/timeline-service.ts
// stintItem), and one stint two sources end on different dates is one departure, as sure as its surest fact. The
// careers are made up for these tests (fictional people and organisations): C4 and C5 at Cyan Yards, E2 at Ewe Works.
import { describe, expect, it } from 'vitest';
import { certaintyOf, countedSources, eventSources, eventsOf } from '../../../model/talent-events.js';
import type { TalentPersonRow, TalentStint } from '../../../model/talent-rows.js';

const person = { id: 'person:p', name: 'P', nameAr: null };

function stint(
  id: string,
  start: string | null,
  end: string | null,
  certainty: 'stated' | 'implied',
  source: string,
): TalentStint {
  return {
    id,
    org: 'org:o',
    start,
    end,
    left: end !== null,
    certainty,
    implied: [],
    evidence: null,
    evidenceEn: null,
    note: null,
    sources: [source],
    via: [],
  };
}

/** Each event as `kind when certainty stints (counted sources)`, sorted: the list's order is not under test. */
const told = (row: TalentPersonRow) =>
  eventsOf(row)
    .map(
      (e) =>
        `${e.kind} ${e.when ?? '?'} ${certaintyOf(e).certainty} ${e.stints.map((s) => s.id).join('+')} ` +
        `(${countedSources(e).join(' ')})`,
    )
    .sort();

describe('a stated hire or departure is dated by its stated facts', () => {
  it('dates a stated hire by its stated stint, not the finer date of an implied one of the same move (C4)', () => {
    // At X 2018–2022 (stated, s1), then Y from 2022 (stated, s1); a second source only implies Y from 2022-07.
    const x: TalentStint = { ...stint('c4:x', '2018', '2022', 'stated', 'source:s1'), org: 'org:x' };
    const into = (to: string, implied: string[]) => ({
      from: 'c4:x',
      to,
      fromIn: false,
      toIn: true,
      counterpart: { id: 'org:x', name: 'X', nameAr: null },
      other: x,
      via: [],
      within: [],
      implied,
    });
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('c4:y-a', '2022', null, 'stated', 'source:s1'),
        stint('c4:y-b', '2022-07', null, 'implied', 'source:s2'),
      ],
      moves: [into('c4:y-a', []), into('c4:y-b', ['c4:y-b'])],
    };
    expect(told(row)).toEqual(['hire 2022 stated c4:y-a+c4:y-b (source:s1)']);
  });

  it('dates a stated departure by its stated stint, not the finer end of an implied one of the same stint (C5)', () => {
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('c5:d-a', '2018', '2022', 'stated', 'source:s1'),
        stint('c5:d-b', '2018', '2022-05', 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual([
      'departure 2022 stated c5:d-a+c5:d-b (source:s1)',
      'hire 2018 stated c5:d-a+c5:d-b (source:s1)',
    ]);
  });

  it('still dates an implied move by the finest date of all its facts', () => {
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('a', '2022', null, 'implied', 'source:s1'),
        stint('b', '2022-07', null, 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2022-07 implied a+b (source:s1 source:s2)']);
  });
});

describe('one stint two sources end on different dates', () => {
  it('is one stated departure at the stated end, listing both facts, when the later end is only implied (E2)', () => {
    // At W from 2018: one source states the person left in 2022-03, another only implies 2022-05; nothing after.
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('e2:w-s', '2018', '2022-03', 'stated', 'source:s1'),
        stint('e2:w-i', '2018', '2022-05', 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual([
      'departure 2022-03 stated e2:w-s+e2:w-i (source:s1)',
      'hire 2018 stated e2:w-s+e2:w-i (source:s1)',
    ]);
    const departure = eventsOf(row).find((e) => e.kind === 'departure')!;
    expect(new Set(eventSources(departure))).toEqual(new Set(['source:s1', 'source:s2']));
  });

  it('still leaves a stint another stint begun later spans out: the person left when that one ended', () => {
    // Two different stints (begun apart) that overlap: leaving the first is no departure while the second runs.
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('a', '2018', '2022-03', 'stated', 'source:s1'),
        stint('b', '2019', '2022-05', 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['departure 2022-05 implied b (source:s2)', 'hire 2018 stated a (source:s1)']);
  });

  it('keeps two roles taken up together apart when one is left for elsewhere and the other goes on', () => {
    // Two roles at O from 2020 (both stated): role A ends 2021 with a move to X, role B runs to 2023 with no move.
    // The person is still at O until 2023: no departure in 2021 (the move out of A happens while inside), one in 2023.
    const x: TalentStint = { ...stint('x', '2021', null, 'stated', 'source:s1'), org: 'org:x' };
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('a', '2020', '2021', 'stated', 'source:s1'),
        stint('b', '2020', '2023', 'stated', 'source:s1'),
      ],
      moves: [
        {
          from: 'a',
          to: 'x',
          fromIn: true,
          toIn: false,
          counterpart: { id: 'org:x', name: 'X', nameAr: null },
          other: x,
          via: [],
          within: [],
          implied: [],
        },
      ],
    };
    const departures = told(row).filter((e) => e.startsWith('departure'));
    expect(departures).toEqual(['departure 2023 stated b (source:s1)']);
  });
});

describe('one stint two sources start on different dates', () => {
  it('is one stated hire at the stated start, listing both facts, when the earlier start is only implied', () => {
    // At O from 2022-05 (stated, s1); a second source only implies 2022-04; both going on. The timeline tells one
    // stated join in May (model/one-join.ts): the dashboard counted an implied hire in April.
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('d:stated', '2022-05', null, 'stated', 'source:s1'),
        stint('d:implied', '2022-04', null, 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2022-05 stated d:implied+d:stated (source:s1)']);
    const hire = eventsOf(row)[0]!;
    expect(new Set(eventSources(hire))).toEqual(new Set(['source:s1', 'source:s2']));
  });

  it('counts the organisation the move came from stated when only the implied April start made the move implied', () => {
    // Left X (stated) in 2022-03; the next-stint rule leads into the implied April start, the stated May one is the
    // same stint: the flows and the career draw the move from X stated (seed/flow-joins.ts), so does the dashboard.
    const x: TalentStint = { ...stint('d:x', '2018', '2022-03', 'stated', 'source:s1'), org: 'org:x' };
    const move = (implied: string[]) => ({
      from: 'd:x',
      to: 'd:implied',
      fromIn: false,
      toIn: true,
      counterpart: { id: 'org:x', name: 'X', nameAr: null },
      other: x,
      via: [],
      within: [],
      implied,
    });
    const stints = [
      stint('d:stated', '2022-05', null, 'stated', 'source:s1'),
      stint('d:implied', '2022-04', null, 'implied', 'source:s2'),
    ];
    const counterpart = (implied: string[]) =>
      eventsOf({ person, stints, moves: [move(implied)] })[0]!.counterparts.get('org:x')?.certainty;
    expect(counterpart(['d:implied'])).toBe('stated');
    // Implied by the stint left too (or a PART_OF fact): still implied.
    expect(counterpart(['d:x', 'd:implied'])).toBe('implied');
  });

  it('dates one stint two sources state different starts of at the earlier, as the timeline does', () => {
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('d:b', '2022-05-10', null, 'stated', 'source:s2'),
        stint('d:a', '2022-04', null, 'stated', 'source:s1'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2022-04 stated d:a+d:b (source:s1 source:s2)']);
  });

  it('never joins two roles through a start of unsaid role: the June start joins the April one it is alike, not May’s', () => {
    // Engineer from 2022-04 (implied, s2), Researcher from 2022-05 (stated, s1), a start of no role 2022-06 (stated, s3):
    // June is alike each of the others, which differ from each other.
    const row: TalentPersonRow = {
      person,
      stints: [
        { ...stint('a', '2022-04', null, 'implied', 'source:s2'), role: 'Engineer' },
        { ...stint('b', '2022-05', null, 'stated', 'source:s1'), role: 'Researcher' },
        stint('c', '2022-06', null, 'stated', 'source:s3'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2022-06 stated a+c (source:s3)']);
  });

  it('joins a start through any start of the hire it is one stint with, as the timeline does', () => {
    // Ends equal at common precision are not transitive: d (to 2023-09) is one stint with c (to 2023), not with a
    // (to 2023-05); c is with a. The timeline tells a, c and d as one join: so does the dashboard.
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('d', '2022-08', '2023-09', 'stated', 'source:s3'),
        stint('a', '2022-04', '2023-05', 'implied', 'source:s1'),
        stint('c', '2022-06', '2023', 'implied', 'source:s2'),
      ],
      moves: [],
    };
    expect(told(row).filter((e) => e.startsWith('hire'))).toEqual(['hire 2022-08 stated a+c+d (source:s3)']);
  });

  it('counts a promotion no hire: a later role while the first goes on is another stint, not the first told again', () => {
    const row: TalentPersonRow = {
      person,
      stints: [
        { ...stint('r', '2020', null, 'implied', 'source:s2'), role: 'Researcher' },
        { ...stint('d', '2023', null, 'stated', 'source:s1'), role: 'Director' },
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2020 implied r (source:s2)']);
  });

  it('keeps a second role begun later, ended differently, a stint inside the first: no second hire, the first alone', () => {
    // Role A from 2020 going on (implied), role B 2021–2022 (stated): B ends apart from A, so it is a role taken up
    // while inside, not A told again.
    const row: TalentPersonRow = {
      person,
      stints: [
        stint('a', '2020', null, 'implied', 'source:s2'),
        stint('b', '2021', '2022', 'stated', 'source:s1'),
      ],
      moves: [],
    };
    expect(told(row)).toEqual(['hire 2020 implied a (source:s2)']);
  });
});
