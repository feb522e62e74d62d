// The company dashboard's bar chart (ECharts option, a pure function of the talent answer, the language and the
// theme): hires up and departures down per period, named moves stacked by certainty, reported counts in stacks of
// their own, the net line; its legend, and the series in order for the click handler and the numbers table.
import type { TalentResponse } from '../../model/talent-response.js';
import { formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import type { Lang, Theme } from '../state/app-state.js';
import { briefName } from '../graph/names.js';
import { colours, PALETTE, periodLabel } from './talent-charts.js';

/** What a bar stands for: a series of the bar chart, in order (the click handler reads it back by index). */
export const BAR_SERIES: { key: keyof typeof PALETTE; label: MessageKey }[] = [
  { key: 'hiresStated', label: 'hiresStated' },
  { key: 'hiresImplied', label: 'hiresImplied' },
  { key: 'departuresStated', label: 'departuresStated' },
  { key: 'departuresImplied', label: 'departuresImplied' },
  { key: 'reportedHires', label: 'reportedHires' },
  { key: 'reportedDepartures', label: 'reportedDepartures' },
];

/** Bars: named hires up and departures down, each stacked by certainty; reported counts in their own stacks. */
export function barsOption(data: TalentResponse, lang: Lang, theme: Theme) {
  const c = colours(theme);
  const rtl = lang === 'ar';
  const p = data.periods;
  const values: Record<(typeof BAR_SERIES)[number]['key'], number[]> = {
    hiresStated: p.map((x) => x.hires.named.stated),
    hiresImplied: p.map((x) => x.hires.named.implied),
    departuresStated: p.map((x) => -x.departures.named.stated),
    departuresImplied: p.map((x) => -x.departures.named.implied),
    reportedHires: p.map((x) => x.hires.reported.stated + x.hires.reported.implied),
    reportedDepartures: p.map((x) => -(x.departures.reported.stated + x.departures.reported.implied)),
    net: [],
    benchmark: [],
  };
  const stack = (key: string) => (key.startsWith('reported') ? key : 'named');
  const series: Record<string, unknown>[] = BAR_SERIES.map((s) => ({
    name: t(lang, s.label),
    type: 'bar',
    stack: stack(s.key),
    data: values[s.key],
    itemStyle: {
      color: PALETTE[s.key],
      ...(s.key.startsWith('reported')
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

/** The bar chart's legend entries (name and colour), drawn as HTML. */
export function barsLegend(
  data: TalentResponse,
  lang: Lang,
): { name: string; color: string; line: boolean }[] {
  return [
    ...BAR_SERIES.map((s) => ({ name: t(lang, s.label), color: PALETTE[s.key], line: false })),
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
