// The dashboard's charts are sized to what they hold: one period's bars (or two, or three) in a chart as narrow as
// those bars need, and a Sankey with one counterpart a side as low as one link needs, not a chart the dashboard's
// width or 260 px high around a single bar or block (nor the organisation's lone block when it has no named
// counterpart); with more, they keep their full size.
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { barsChartWidth, barsOption } from '../../../../client/ui/talent-bars.js';
import { sankeyHeight, sankeyOption } from '../../../../client/ui/talent-charts.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

const flow = (named: number) => ({
  named: { stated: named, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
});
const period = (year: number) => ({
  label: String(year),
  start: `${year}-01-01`,
  end: `${year}-12-31`,
  hires: flow(2),
  departures: flow(1),
  net: { named: 1, reported: 0 },
});
const counterpart = (id: string) => ({
  org: { id, name: id, nameAr: null },
  named: { stated: 2, implied: 0 },
  undated: { stated: 0, implied: 0 },
});
const answer = (periods: number, counterparts: number) =>
  ({
    org: { id: 'org:made-up-lab', name: 'Made-up Lab', nameAr: 'مختبر مختلق' },
    periods: Array.from({ length: periods }, (_, i) => period(2015 + i)),
    sources: Array.from({ length: counterparts }, (_, i) => counterpart(`org:from-${i}`)),
    destinations: Array.from({ length: counterparts }, (_, i) => counterpart(`org:to-${i}`)),
    benchmark: null,
  }) as unknown as TalentResponse;

describe('the dashboard charts’ size', () => {
  it('makes one period’s bar chart narrow, and keeps many periods’ the dashboard’s width', () => {
    expect(barsChartWidth(answer(1, 1))).toBeLessThanOrEqual(320);
    expect(barsChartWidth(answer(2, 1))!).toBeGreaterThan(barsChartWidth(answer(1, 1))!);
    expect(barsChartWidth(answer(8, 1))).toBeUndefined();
  });

  it('draws one period’s bars and axis whole in that width', () => {
    const data = answer(1, 1);
    const width = barsChartWidth(data)!;
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height: 300 });
    try {
      chart.setOption(barsOption(data, 'ar', 'light') as echarts.EChartsOption);
      const svg = chart.renderToSVGString();
      expect(svg).toContain('>٢٠١٥<');
      expect(svg).toMatch(/fill="#2e7d32"/);
    } finally {
      chart.dispose();
    }
  });

  it('makes a Sankey of one counterpart a side low, and one of many its full height', () => {
    expect(sankeyHeight(answer(3, 1))).toBeLessThanOrEqual(140);
    expect(sankeyHeight(answer(3, 2))).toBeGreaterThan(sankeyHeight(answer(3, 1)));
    expect(sankeyHeight(answer(3, 6))).toBe(260);
    // Nothing to link: the organisation alone, a small block.
    expect(sankeyHeight(answer(3, 0))).toBeLessThanOrEqual(120);
    const data = answer(3, 1);
    const chart = echarts.init(null, undefined, {
      renderer: 'svg',
      ssr: true,
      width: 600,
      height: sankeyHeight(data),
    });
    try {
      chart.setOption(sankeyOption(data, 'en', 'light') as echarts.EChartsOption);
      expect(chart.renderToSVGString()).toContain('>org:from-0<');
    } finally {
      chart.dispose();
    }
  });
});
