// The dashboard's CSV cites the sources of every number it holds: with a benchmark, the benchmark's beside the
// organisation's (made-up series of zeros; only the sources matter here).
import { describe, expect, it } from 'vitest';
import { citedWithBenchmark, periodsCsv } from '../../../../client/ui/talent-charts.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

const side = () => ({
  named: { stated: 0, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
});
const bucket = () => ({ hires: side(), departures: side() });
const series = (id: string) => ({
  org: { id, name: id, nameAr: null },
  periods: [],
  undated: bucket(),
  imprecise: bucket(),
  outside: bucket(),
});

describe('the dashboard CSV', () => {
  it('cites the benchmark’s sources beside the organisation’s, each once', () => {
    const data = {
      ...series('org:omega'),
      cited: ['source:b', 'source:a'],
      benchmark: { ...series('org:beta'), cited: ['source:c', 'source:a'] },
    } as unknown as TalentResponse;
    expect(citedWithBenchmark(data)).toEqual(['source:a', 'source:b', 'source:c']);
    const lines = periodsCsv(data).slice(1).trim().split('\r\n');
    expect(lines.filter((l) => l.startsWith('org:beta,'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('sources,source:a source:b source:c');
    expect(
      periodsCsv({ ...data, benchmark: null })
        .trim()
        .split('\r\n')
        .at(-1),
    ).toBe('sources,source:a source:b');
  });
});
