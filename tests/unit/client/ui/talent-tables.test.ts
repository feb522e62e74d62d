// A ranked row of the dashboard says how many of each of its numbers a source only implies — the named people, the
// undated ones (in words, not a bare "?") and the count reports give without names — so no implied number reads as
// stated. Made-up rows, as Omega Group's sources hold Sigma Works: four hires a report only implies
// (tests/fixtures/seed/talent).
import { describe, expect, it } from 'vitest';
import { rankedCountText } from '../../../../client/ui/talent-tables.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

const row = (
  named: [number, number],
  undated: [number, number],
  reported: [number, number, number],
): TalentResponse['sources'][number] => ({
  org: { id: 'org:made-up-rival', name: 'Made-up Rival', nameAr: null },
  named: { stated: named[0], implied: named[1] },
  undated: { stated: undated[0], implied: undated[1] },
  reported: { stated: reported[0], implied: reported[1], unquantified: reported[2] },
  cited: {
    named: { stated: [], implied: [] },
    undated: { stated: [], implied: [] },
    reported: { stated: [], implied: [], unquantified: [] },
  },
});

describe('a ranked row’s count', () => {
  it('says how many of a reported count are implied, as it does of the named people, and none where all are stated', () => {
    expect(rankedCountText(row([0, 0], [0, 0], [0, 4, 0]), 'en')).toBe('0 · reported 4 (4 implied)');
    expect(rankedCountText(row([3, 1], [1, 1], [2, 3, 0]), 'en')).toBe(
      '4 (1 implied) · +2 undated (1 implied) · reported 5 (3 implied)',
    );
    expect(rankedCountText(row([1, 0], [0, 0], [5, 0, 0]), 'en')).toBe('1 · reported 5');
    expect(rankedCountText(row([1, 0], [0, 0], [0, 0, 1]), 'en')).toBe('1 · reported —');
  });

  it('says it in Arabic, in Arabic digits', () => {
    expect(rankedCountText(row([0, 0], [0, 0], [0, 4, 0]), 'ar')).toBe('٠، مُبلَّغ عنه ٤ (٤ ضمني)');
    expect(rankedCountText(row([1, 0], [0, 2], [0, 0, 0]), 'ar')).toBe('١، +٢ بلا تاريخ (٢ ضمني)');
  });
});
