// The company dashboard's bar chart (ECharts option, a pure function of the talent answer, the language and the
// theme): hires up and departures down per period, named moves stacked by certainty, reported counts in stacks of
// their own, the net line; its legend, and the series in order for the click handler and the numbers table.
import type { TalentResponse } from '../../model/talent-response.js';
import { formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import type { Lang, Theme } from '../state/app-state.js';
import { briefName } from '../graph/names.js';
import { colours, PALETTE, periodLabel } from './talent-charts.js';

type Certainty = 'stated' | 'implied';

/**
 * What a bar stands for: hires or departures, named or reported (by reports that name nobody), of one certainty. Its
 * key names its colour (PALETTE) and its legend entry (a message).
 */
export interface BarSeries {
  key: keyof typeof PALETTE & MessageKey;
  kind: 'hire' | 'departure';
  reported: boolean;
  certainty: Certainty;
}

/**
 * The bar chart's series, in order (the click handler and the numbers table read them back by index). A reported
 * count is split by certainty as the named ones are: a count only implied is never drawn as stated.
 */
export const BAR_SERIES: readonly BarSeries[] = [
  { key: 'hiresStated', kind: 'hire', reported: false, certainty: 'stated' },
  { key: 'hiresImplied', kind: 'hire', reported: false, certainty: 'implied' },
  { key: 'departuresStated', kind: 'departure', reported: false, certainty: 'stated' },
  { key: 'departuresImplied', kind: 'departure', reported: false, certainty: 'implied' },
  { key: 'reportedHiresStated', kind: 'hire', reported: true, certainty: 'stated' },
  { key: 'reportedHiresImplied', kind: 'hire', reported: true, certainty: 'implied' },
  { key: 'reportedDeparturesStated', kind: 'departure', reported: true, certainty: 'stated' },
  { key: 'reportedDeparturesImplied', kind: 'departure', reported: true, certainty: 'implied' },
];

/** A series' number in a period: hires up, departures down. */
function barValue(s: BarSeries, p: TalentResponse['periods'][number]): number {
  const flow = s.kind === 'hire' ? p.hires : p.departures;
  const n = s.reported ? flow.reported[s.certainty] : flow.named[s.certainty];
  return s.kind === 'hire' ? n : -n;
}

/**
 * Bars: named hires up and departures down, each stacked by certainty; reported hires and reported departures in
 * stacks of their own (never added to the named), each stacked by certainty too, hatched, the implied part lighter.
 */
export function barsOption(data: TalentResponse, lang: Lang, theme: Theme) {
  const c = colours(theme);
  const rtl = lang === 'ar';
  const p = data.periods;
  const series: Record<string, unknown>[] = BAR_SERIES.map((s) => ({
    name: t(lang, s.key),
    type: 'bar',
    stack: s.reported ? (s.kind === 'hire' ? 'reportedHires' : 'reportedDepartures') : 'named',
    data: p.map((x) => barValue(s, x)),
    itemStyle: {
      color: PALETTE[s.key],
      ...(s.reported
        ? { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: 0.8 } }
        : {}),
    },
    barMaxWidth: 28,
    emphasis: { focus: 'series' },
  }));
  series.push({
    name: t(lang, 'netNamed'),
    type: 'line',
    data: p.map((x) => x.net.named),
    itemStyle: { color: PALETTE.net },
    lineStyle: { width: 2 },
    symbolSize: 6,
    z: 5,
  });
  if (data.benchmark)
    series.push({
      name: t(lang, 'netBenchmark', { org: briefName(data.benchmark.org, lang) }),
      type: 'line',
      data: data.benchmark.periods.map((x) => x.net.named),
      itemStyle: { color: PALETTE.benchmark },
      lineStyle: { width: 2, type: 'dashed' },
      symbolSize: 5,
      z: 4,
    });
  const num = (v: number) => formatNumber(Math.abs(v), lang);
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: 'inherit' },
    // The legend is HTML beside the chart (barsLegend): SVG text of right-to-left scripts overlaps ECharts' own.
    legend: { show: false },
    tooltip: {
      trigger: 'item',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? num(v) : String(v ?? '')),
    },
    grid: { top: 16, bottom: 28, left: 44, right: 44, containLabel: true },
    xAxis: {
      type: 'category',
      inverse: rtl,
      data: p.map((x) => periodLabel(x.label, lang)),
      axisLabel: { color: c.muted },
      axisLine: { lineStyle: { color: c.line } },
    },
    yAxis: {
      type: 'value',
      position: rtl ? 'right' : 'left',
      minInterval: 1,
      axisLabel: { color: c.muted, formatter: (v: number) => (v < 0 ? '−' : '') + num(v) },
      splitLine: { lineStyle: { color: c.line } },
    },
    series,
  };
}

/** Periods up to which the bar chart is as wide as its bars need, not the dashboard's width. */
const FEW_PERIODS = 3;

/**
 * The bar chart's width in pixels when it holds few periods (its axis, and ~120 px a period), else undefined: the
 * dashboard's width. One period's bar stood alone in a chart ~900 px wide.
 */
export function barsChartWidth(data: TalentResponse): number | undefined {
  const n = data.periods.length;
  return n <= FEW_PERIODS ? 160 + 120 * Math.max(1, n) : undefined;
}

/** The bar chart's legend entries (name and colour), drawn as HTML. */
export function barsLegend(
  data: TalentResponse,
  lang: Lang,
): { name: string; color: string; line: boolean }[] {
  return [
    ...BAR_SERIES.map((s) => ({ name: t(lang, s.key), color: PALETTE[s.key], line: false })),
    { name: t(lang, 'netNamed'), color: PALETTE.net, line: true },
    ...(data.benchmark
      ? [
          {
            name: t(lang, 'netBenchmark', { org: briefName(data.benchmark.org, lang) }),
            color: PALETTE.benchmark,
            line: true,
          },
        ]
      : []),
  ];
}
