// The moves no period holds — undated, or dated less precisely than the interval — are sent split by certainty like
// the periods' (the dashboard's line about them says how many are implied), each person once per bucket, stated
// winning. Made-up moves shaped as the stored talent index gives them (no source says any of this).
import { describe, expect, it } from 'vitest';
import type { TalentIndexMove } from '../../../../model/talent-index.js';
import { TalentSeriesSchema } from '../../../../model/talent-response.js';
import type { TalentData } from '../../../../server/repositories/talent-repository.js';
import { movesOf, seriesOf } from '../../../../server/services/talent-service.js';
import { periodsBetween } from '../../../../server/services/talent-periods.js';

const ORG = { id: 'org:made-up-lab', name: 'Made-up Lab', nameAr: null };

const move = (
  person: string,
  kind: 'hire' | 'departure',
  when: string | null,
  certainty: 'stated' | 'implied',
): TalentIndexMove => ({ person, kind, when, certainty, sources: [], counterparts: [] });

function series(moves: TalentIndexMove[]) {
  const data: TalentData = { org: ORG, people: [], index: { moves, cited: [] }, reports: [] };
  const periods = periodsBetween('2024-01', '2024-12', 'month');
  return TalentSeriesSchema.parse(seriesOf(ORG, movesOf(data, periods, 'month'), [], periods));
}

describe('moves counted apart from the periods', () => {
  it('splits the undated named moves by certainty', () => {
    const s = series([
      move('person:a', 'hire', null, 'stated'),
      move('person:b', 'hire', null, 'implied'),
      move('person:c', 'departure', null, 'implied'),
    ]);
    expect(s.undated.hires.named).toEqual({ stated: 1, implied: 1 });
    expect(s.undated.departures.named).toEqual({ stated: 0, implied: 1 });
  });

  it('splits the imprecise ones too (a year with interval=month)', () => {
    const s = series([
      move('person:a', 'departure', '2024', 'implied'),
      move('person:b', 'departure', '2024', 'stated'),
      move('person:c', 'hire', '2024-03', 'implied'),
    ]);
    expect(s.imprecise.departures.named).toEqual({ stated: 1, implied: 1 });
    expect(s.imprecise.hires.named).toEqual({ stated: 0, implied: 0 });
    expect(s.periods.find((p) => p.label === '2024-03')!.hires.named).toEqual({ stated: 0, implied: 1 });
  });

  it('counts a person once per bucket, as stated when one of their moves is', () => {
    const s = series([
      move('person:a', 'departure', null, 'implied'),
      move('person:a', 'departure', null, 'stated'),
      move('person:b', 'departure', null, 'implied'),
      move('person:b', 'departure', null, 'implied'),
    ]);
    expect(s.undated.departures.named).toEqual({ stated: 1, implied: 1 });
  });
});
