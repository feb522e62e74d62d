// The stored talent index keeps, beside each move, the sources each count of it cites (where it is counted, and
// towards each counterpart), so a dashboard read from the index cites what one read live does; an index of an older
// format, without them, is no index (the organisation is read live). Made-up moves and sources.
import { describe, expect, it } from 'vitest';
import { decodeTalentIndex, encodeTalentIndex, type TalentIndex } from '../../../model/talent-index.js';

const org = (id: string) => ({ id, name: id, nameAr: null });

const INDEX: TalentIndex = {
  moves: [
    {
      person: 'person:a',
      kind: 'hire',
      when: '2024-02',
      certainty: 'stated',
      sources: ['source:lab'],
      counterparts: [
        { org: org('org:rival'), certainty: 'stated', sources: ['source:rival'] },
        { org: org('org:other'), certainty: 'implied', sources: ['source:other', 'source:lab'] },
      ],
    },
    {
      person: 'person:b',
      kind: 'departure',
      when: null,
      certainty: 'implied',
      sources: [],
      counterparts: [],
    },
  ],
  cited: ['source:lab', 'source:other', 'source:rival'],
};

describe('the stored talent index', () => {
  it('gives back each move’s sources and each counterpart’s as they were stored', () => {
    expect(decodeTalentIndex(encodeTalentIndex(INDEX))).toEqual(INDEX);
  });

  it('stores each source id once, however many moves cite it', () => {
    const text = encodeTalentIndex(INDEX);
    expect(text.split('"source:lab"')).toHaveLength(3); // once in the table, once in `cited`
  });

  it('is no index when written in the format before the sources were kept beside each move', () => {
    const older = JSON.parse(encodeTalentIndex(INDEX)) as Record<string, unknown>;
    expect(decodeTalentIndex(JSON.stringify({ ...older, format: 5 }))).toBeNull();
    const { sources: _sources, ...withoutTable } = older;
    expect(decodeTalentIndex(JSON.stringify(withoutTable))).toBeNull();
  });
});
