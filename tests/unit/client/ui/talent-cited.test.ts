// Each export of the company dashboard cites the sources of the numbers it draws, as the server sends them beside
// each number, and no other: the bars chart its periods' bars and the benchmark's net line, the Sankey the links of the
// counterparts it draws, the CSV its rows. A made-up answer where every number rests on its own source (only the
// sources matter here; the counts are those the charts need to draw a part).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SANKEY_COUNTERPARTS } from '../../../../client/ui/talent-charts.js';
import { barsCited, csvCited, exportsCited, sankeyCited } from '../../../../client/ui/talent-cited.js';
import { periodsCsv } from '../../../../client/ui/talent-csv.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

type Flow = TalentResponse['undated']['hires'];
type Row = TalentResponse['sources'][number];

/** A flow whose every number is 1 and cites `source:<prefix>-<number>`. */
function flow(prefix: string): Flow {
  const at = (k: string) => [`source:${prefix}-${k}`];
  return {
    named: { stated: 1, implied: 1 },
    reported: { stated: 1, implied: 1, unquantified: 1 },
    cited: {
      named: { stated: at('named-stated'), implied: at('named-implied') },
      reported: {
        stated: at('reported-stated'),
        implied: at('reported-implied'),
        unquantified: at('unquantified'),
      },
    },
  };
}
const bucket = (prefix: string) => ({
  hires: flow(`${prefix}-hires`),
  departures: flow(`${prefix}-departures`),
});
const period = (label: string, prefix: string) => ({
  label,
  start: `${label}-01-01`,
  end: `${label}-12-31`,
  ...bucket(prefix),
  net: { named: 0, reported: 0 },
});
const series = (id: string, prefix: string) => ({
  org: { id, name: id, nameAr: null },
  periods: [period('2024', `${prefix}-2024`)],
  undated: bucket(`${prefix}-undated`),
  imprecise: bucket(`${prefix}-imprecise`),
  outside: bucket(`${prefix}-outside`),
});
/** A ranked row with `named` named people (stated), each of its numbers citing `source:<id>-<number>`. */
const row = (id: string, named: number): Row => ({
  org: { id: `org:${id}`, name: id, nameAr: null },
  named: { stated: named, implied: 0 },
  undated: { stated: 1, implied: 0 },
  reported: { stated: 3, implied: 0, unquantified: 0 },
  cited: {
    named: { stated: named ? [`source:${id}-named`] : [], implied: [] },
    undated: { stated: [`source:${id}-undated`], implied: [] },
    reported: { stated: [`source:${id}-reported`], implied: [], unquantified: [] },
  },
});
const answer = (benchmark: boolean): TalentResponse => ({
  ...series('org:lab', 'lab'),
  from: '2024',
  to: '2024',
  interval: 'year',
  divisions: false,
  detail: 'counts',
  cited: ['source:everything'],
  // One more destination with named moves than the Sankey draws, and one with none (reported only).
  sources: [row('rival', 2), row('reported-only', 0)],
  destinations: Array.from({ length: DEFAULT_SANKEY_COUNTERPARTS + 1 }, (_, i) => row(`dest-${i}`, 9 - i)),
  moves: [],
  reports: [],
  benchmark: benchmark ? { ...series('org:bench', 'bench'), cited: ['source:bench-everything'] } : null,
});

const ids = (...parts: string[]) => parts.map((p) => `source:${p}`).sort();
const all = (prefix: string) =>
  ['named-stated', 'named-implied', 'reported-stated', 'reported-implied', 'unquantified'].map(
    (k) => `${prefix}-${k}`,
  );

describe('the sources a dashboard export cites', () => {
  it('bars chart: its periods’ named and reported bars, and the benchmark’s net line (its named moves)', () => {
    const drawn = ['named-stated', 'named-implied', 'reported-stated', 'reported-implied'];
    expect(barsCited(answer(false))).toEqual(
      ids(...['hires', 'departures'].flatMap((k) => drawn.map((d) => `lab-2024-${k}-${d}`))),
    );
    expect(barsCited(answer(true))).toEqual(
      ids(
        ...['hires', 'departures'].flatMap((k) => drawn.map((d) => `lab-2024-${k}-${d}`)),
        ...['hires', 'departures'].flatMap((k) =>
          ['named-stated', 'named-implied'].map((d) => `bench-2024-${k}-${d}`),
        ),
      ),
    );
  });

  it('Sankey: the named moves towards the counterparts it draws, not their reports or undated moves', () => {
    expect(sankeyCited(answer(false))).toEqual(
      ids('rival-named', ...Array.from({ length: DEFAULT_SANKEY_COUNTERPARTS }, (_, i) => `dest-${i}-named`)),
    );
  });

  it('CSV: every number of its rows, the benchmark’s too, and nothing outside the window', () => {
    const rows = (s: string) =>
      ['2024', 'undated', 'imprecise'].flatMap((b) =>
        ['hires', 'departures'].flatMap((k) => all(`${s}-${b}-${k}`)),
      );
    expect(csvCited(answer(true))).toEqual(ids(...rows('lab'), ...rows('bench')));
    const lines = periodsCsv(answer(true)).slice(1).trim().split('\r\n');
    expect(lines.at(-1)).toBe(`sources,${ids(...rows('lab'), ...rows('bench')).join(' ')}`);
    expect(lines.filter((l) => l.startsWith('org:bench,'))).toHaveLength(3);
    expect(periodsCsv(answer(false)).trim().split('\r\n').at(-1)).toBe(
      `sources,${ids(...rows('lab')).join(' ')}`,
    );
  });

  it('CSV: each row cites in its own sources column the sources of its numbers, and no other row’s', () => {
    const [head, ...lines] = periodsCsv(answer(true)).slice(1).trim().split('\r\n');
    expect(head!.split(',').at(-1)).toBe('sources');
    const cell = (org: string, b: string) =>
      lines
        .find((l) => l.startsWith(`${org},${b},`))!
        .split(',')
        .at(-1);
    for (const [org, s] of [
      ['org:lab', 'lab'],
      ['org:bench', 'bench'],
    ] as const)
      for (const b of ['2024', 'undated', 'imprecise'])
        expect(cell(org, b)).toBe(
          ids(...['hires', 'departures'].flatMap((k) => all(`${s}-${b}-${k}`))).join(' '),
        );
  });

  it('asks for the names of every source an export cites, and only those', () => {
    const data = answer(true);
    expect(exportsCited(data)).toEqual([...new Set([...csvCited(data), ...sankeyCited(data)])].sort());
    expect(exportsCited(data)).not.toContain('source:everything');
  });
});
