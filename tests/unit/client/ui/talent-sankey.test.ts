// The dashboard's Sankey drawn by ECharts itself (server-side SVG, no browser): an organisation whose named moves
// are all undated (Meta in the article) has no link to draw, and its name must still be drawn whole inside the chart,
// not at its corner half above the top. Made-up counts (a counterpart with four undated, implied departures).
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { sankeyOption } from '../../../../client/ui/talent-charts.js';
import type { TalentResponse } from '../../../../model/talent-response.js';

const WIDTH = 600;
const HEIGHT = 260;
const side = () => ({
  named: { stated: 0, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
});
const bucket = () => ({ hires: side(), departures: side() });
const row = (id: string, named: number, undated: number) => ({
  org: { id, name: id, nameAr: null },
  named: { stated: named, implied: 0 },
  undated: { stated: 0, implied: undated },
  reported: side().reported,
});
const answer = (named: number) =>
  ({
    org: { id: 'org:made-up-lab', name: 'Made-up Lab', nameAr: 'مختبر مختلق' },
    periods: [],
    undated: bucket(),
    imprecise: bucket(),
    outside: bucket(),
    sources: [],
    destinations: [row('org:made-up-rival', named, 4)],
    reports: [],
    moves: [],
    cited: [],
    benchmark: null,
  }) as unknown as TalentResponse;

/** Where the chart draws a text: the translate of its SVG element (null when it has none). */
function drawnAt(data: TalentResponse, lang: 'en' | 'ar', text: string): [number, number] | null {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(sankeyOption(data, lang, 'light') as echarts.EChartsOption);
    const svg = chart.renderToSVGString();
    const el = svg.match(new RegExp(`<text[^>]*>${text}</text>`))?.[0] ?? '';
    const at = el.match(/transform="translate\(([^ ]+) ([^)]+)\)"/);
    return at ? [Number(at[1]), Number(at[2])] : null;
  } finally {
    chart.dispose();
  }
}

describe('the dashboard Sankey', () => {
  it('draws the organisation’s name inside the chart when no move has a counterpart to draw', () => {
    for (const [lang, name] of [
      ['en', 'Made-up Lab'],
      ['ar', 'مختبر مختلق'],
    ] as const) {
      const at = drawnAt(answer(0), lang, name);
      expect(at).not.toBeNull();
      const [x, y] = at!;
      // Inside, with room for a line of text above and below its middle.
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(WIDTH - 100);
      expect(y).toBeGreaterThan(12);
      expect(y).toBeLessThan(HEIGHT - 12);
    }
  });

  it('still draws it beside its flows when there are some', () => {
    const at = drawnAt(answer(1), 'en', 'Made-up Lab');
    expect(at).not.toBeNull();
    expect(at![1]).toBeGreaterThan(12);
  });
});
