// A move out of an organisation into one stint the sources start on different dates (one join, model/one-join.ts) is
// read from TALENT_STINTS as the flows and the career tell it (model/talent-rows.ts personRowOf): into the join's
// surest start, as sure as it. Made-up stints: fictional organisations and sources.
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../../model/talent-events.js';
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
