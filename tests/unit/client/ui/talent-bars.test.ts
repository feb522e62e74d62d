// The dashboard's bar chart never draws a reported count a source only implies as stated: reported hires and
// departures (counts from reports that name nobody) are split by certainty as the named ones are, the implied part
// lighter, both hatched and stacked apart from the named moves; drawn by ECharts itself (server-side SVG, no
// browser). Made-up counts: in 2022, 3 stated and 4 implied reported hires, 1 stated and 2 implied reported
// departures.
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { BAR_SERIES, barsLegend, barsOption } from '../../../../client/ui/talent-bars.js';
import { PALETTE } from '../../../../client/ui/talent-charts.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

const flow = (named: [number, number], reported: [number, number]) => ({
  named: { stated: named[0], implied: named[1] },
  reported: { stated: reported[0], implied: reported[1], unquantified: 0 },
});
const answer = {
  org: { id: 'org:made-up-lab', name: 'Made-up Lab', nameAr: 'مختبر مختلق' },
  periods: [
    {
      label: '2022',
      start: '2022-01-01',
      end: '2022-12-31',
      hires: flow([1, 0], [3, 4]),
      departures: flow([0, 1], [1, 2]),
      net: { named: 0, reported: 5 },
    },
  ],
  benchmark: null,
} as unknown as TalentResponse;

/** The series of the option by its name in the UI's language. */
const seriesNamed = (option: ReturnType<typeof barsOption>, name: string) =>
  option.series.find((s) => s.name === name) as
    { data: number[]; stack: string; itemStyle: { color: string; decal?: unknown } } | undefined;

/** The bars ECharts draws, as [fill colour, top, height, hatched] (a hatch is a pattern drawn over its bar). */
function drawnBars(data: TalentResponse): { colour: string; y: number; height: number; hatched: boolean }[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  try {
    chart.setOption(barsOption(data, 'en', 'light') as echarts.EChartsOption);
    const svg = chart.renderToSVGString();
    const rects = [
      ...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l[\d.]+ 0l0 (-?[\d.]+)l[^"]*Z" fill="([^"]+)"/g),
    ];
    return rects.flatMap((m, i) => {
      if (!m[4]!.startsWith('#') || Number(m[3]) === 0) return [];
      const next = rects[i + 1];
      return [
        {
          colour: m[4]!,
          y: Number(m[2]),
          height: Number(m[3]),
          hatched: Boolean(next && next[1] === m[1] && next[2] === m[2] && next[4]!.startsWith('url(')),
        },
      ];
    });
  } finally {
    chart.dispose();
  }
}

/** Relative luminance of a #rrggbb colour (WCAG), to compare lighter and darker. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('the dashboard bar chart', () => {
  it('splits a period’s reported hires and departures by certainty, never one figure that reads as stated', () => {
    const option = barsOption(answer, 'en', 'light');
    expect(seriesNamed(option, 'Reported hires (unnamed, stated)')?.data).toEqual([3]);
    expect(seriesNamed(option, 'Reported hires (unnamed, implied)')?.data).toEqual([4]);
    expect(seriesNamed(option, 'Reported departures (unnamed, stated)')?.data).toEqual([-1]);
    expect(seriesNamed(option, 'Reported departures (unnamed, implied)')?.data).toEqual([-2]);
    // The numbers table and the click handler read a series by its index in BAR_SERIES: the option keeps that order.
    expect(option.series.slice(0, BAR_SERIES.length).map((s) => s.name)).toEqual(
      barsLegend(answer, 'en')
        .slice(0, BAR_SERIES.length)
        .map((l) => l.name),
    );
  });

  it('stacks each kind’s reported parts together, apart from the named moves, hatched, the implied part lighter', () => {
    const option = barsOption(answer, 'en', 'light');
    const series = (name: string) => seriesNamed(option, name)!;
    for (const kind of ['hires', 'departures']) {
      const stated = series(`Reported ${kind} (unnamed, stated)`);
      const implied = series(`Reported ${kind} (unnamed, implied)`);
      expect(implied.stack).toBe(stated.stack);
      expect(stated.stack).not.toBe(series(`${kind === 'hires' ? 'Hires' : 'Departures'} (stated)`).stack);
      expect(stated.itemStyle.decal).toBeDefined();
      expect(implied.itemStyle.decal).toEqual(stated.itemStyle.decal);
      expect(luminance(implied.itemStyle.color)).toBeGreaterThan(luminance(stated.itemStyle.color));
    }
    expect(series('Reported hires (unnamed, stated)').stack).not.toBe(
      series('Reported departures (unnamed, stated)').stack,
    );
  });

  it('draws the implied reported hires on the stated ones in the implied colour, each hatched', () => {
    const bars = drawnBars(answer);
    const bar = (colour: string) => bars.find((b) => b.colour === colour)!;
    const stated = bar(PALETTE.reportedHiresStated);
    const implied = bar(PALETTE.reportedHiresImplied);
    expect(stated).toBeDefined();
    expect(implied).toBeDefined();
    // 3 stated, 4 implied on top of them (upwards is negative in SVG).
    expect(implied.height / stated.height).toBeCloseTo(4 / 3, 1);
    expect(implied.y).toBeCloseTo(stated.y + stated.height, 0);
    expect(stated.hatched && implied.hatched).toBe(true);
    // Departures are drawn down: 1 stated, then 2 implied under it, in their own colours.
    const left = bar(PALETTE.reportedDeparturesStated);
    const leftImplied = bar(PALETTE.reportedDeparturesImplied);
    expect(leftImplied.height / left.height).toBeCloseTo(2, 1);
    expect(leftImplied.y).toBeCloseTo(left.y + left.height, 0);
  });

  it('names each reported part in its legend with its certainty, in English and in Arabic', () => {
    const legend = (lang: 'en' | 'ar') =>
      barsLegend(answer, lang)
        .filter((l) => !l.line)
        .slice(4);
    expect(legend('en')).toEqual([
      { name: 'Reported hires (unnamed, stated)', color: PALETTE.reportedHiresStated, line: false },
      { name: 'Reported hires (unnamed, implied)', color: PALETTE.reportedHiresImplied, line: false },
      { name: 'Reported departures (unnamed, stated)', color: PALETTE.reportedDeparturesStated, line: false },
      {
        name: 'Reported departures (unnamed, implied)',
        color: PALETTE.reportedDeparturesImplied,
        line: false,
      },
    ]);
    expect(legend('ar').map((l) => l.name)).toEqual([
      'تعيينات مُبلَّغ عنها (بلا أسماء، مُصرَّح بها)',
      'تعيينات مُبلَّغ عنها (بلا أسماء، ضمنية)',
      'مغادرات مُبلَّغ عنها (بلا أسماء، مُصرَّح بها)',
      'مغادرات مُبلَّغ عنها (بلا أسماء، ضمنية)',
    ]);
  });
});
