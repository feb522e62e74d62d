// The dashboard's Sankey drawn by ECharts itself (server-side SVG, no browser): an organisation whose named moves
// are all undated (Meta in the article) has no link to draw, and its name must still be drawn whole inside the chart,
// not at its corner half above the top. Made-up counts (a counterpart with four undated, implied departures).
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { PALETTE, sankeyOption } from '../../../../client/ui/talent-charts.js';
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

/** A counterpart with named moves in the window: `stated` and `implied` of them. */
const counterpart = (id: string, stated: number, implied: number) => ({
  ...row(id, 0, 0),
  named: { stated, implied },
});

/** The chart as SVG. */
function drawn(data: TalentResponse, lang: 'en' | 'ar'): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(sankeyOption(data, lang, 'light') as echarts.EChartsOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The fill colours of the nodes' blocks (plain rectangles: M … l … Z). */
const blockColours = (svg: string) =>
  [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l[^"]*Z"[^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]!);

/** The links the chart draws, as [fill colour, height] in drawing order (the nodes' blocks left out). */
function drawnLinks(data: TalentResponse, lang: 'en' | 'ar'): [string, number][] {
  const svg = drawn(data, lang);
  // A link is a band between two curves (C … L … C … Z); a node a plain rectangle (l … Z).
  return [...svg.matchAll(/<path d="M[^"]*C[^"]*L[^"]*"[^>]*fill="(#[0-9a-f]+)"/g)].map((m) => {
    const ys = [...m[0].matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((y) => Number(y[1]));
    return [m[1]!, Math.abs(ys[1]! - ys[0]!)];
  });
}

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

  it.each(['en', 'ar'] as const)(
    'draws a counterpart’s implied moves apart from its stated ones, in the implied colour (%s)',
    (lang) => {
      const data = {
        ...answer(0),
        sources: [counterpart('org:made-up-source', 2, 1)],
        destinations: [counterpart('org:made-up-rival', 0, 3)],
      } as unknown as TalentResponse;
      const links = drawnLinks(data, lang);
      // Three links: the source's stated and implied hires apart (2 : 1 in height), the rival's implied departures
      // alone — none of them in the stated colour of departures.
      expect(links.map(([colour]) => colour).sort()).toEqual(
        [PALETTE.hiresStated, PALETTE.hiresImplied, PALETTE.departuresImplied].sort(),
      );
      const height = (colour: string) => links.find(([c]) => c === colour)![1];
      expect(height(PALETTE.hiresStated) / height(PALETTE.hiresImplied)).toBeCloseTo(2, 1);
      // A counterpart's block stands for all its moves: it is in no certainty's colour (the rival's moves are all
      // implied).
      const blocks = blockColours(drawn(data, lang));
      expect(blocks).toHaveLength(3);
      for (const colour of Object.values(PALETTE).filter((c) => c !== PALETTE.net))
        expect(blocks).not.toContain(colour);
    },
  );

  it('says in a link’s tooltip whether its moves are stated or implied, in the page’s language', () => {
    const data = {
      ...answer(0),
      sources: [counterpart('org:made-up-source', 2, 1)],
    } as unknown as TalentResponse;
    for (const [lang, stated, implied] of [
      // Each name isolated (U+2068 … U+2069), so two Latin names around an Arabic arrow keep their order.
      [
        'en',
        '\u2068org:made-up-source\u2069 → \u2068Made-up Lab\u2069<br>Hires (stated): 2',
        'Hires (implied): 1',
      ],
      [
        'ar',
        '\u2068org:made-up-source\u2069 ← \u2068مختبر مختلق\u2069<br>تعيينات (مُصرَّح بها): ٢',
        'تعيينات (ضمنية): ١',
      ],
    ] as const) {
      const option = sankeyOption(data, lang, 'light');
      const format = option.tooltip.formatter;
      const links = option.series[0]!.links;
      expect(links).toHaveLength(2);
      expect(format({ dataType: 'edge', data: links[0]! })).toBe(stated);
      expect(format({ dataType: 'edge', data: links[1]! })).toContain(implied);
    }
  });
});
