// One chart of the company dashboard: an ECharts instance drawn as SVG in a div that follows its size, with only
// the chart kinds and components the dashboard uses registered (ECharts loads with the dashboard, on demand).
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Theme } from '../state/app-state.js';

echarts.use([
  BarChart,
  LineChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

export function Chart(props: {
  option: object;
  testId: string;
  theme: Theme;
  height: number;
  /** A width of its own (a chart of few periods), else the card's. */
  width?: number;
  label: string;
  onClick: (p: Record<string, unknown>) => void;
  chartRef?: (c: echarts.ECharts | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(props.onClick);
  click.current = props.onClick;
  const { chartRef } = props;
  useEffect(() => {
    const c = echarts.init(ref.current!, undefined, { renderer: 'svg' });
    chart.current = c;
    chartRef?.(c);
    c.on('click', (p) => click.current(p as unknown as Record<string, unknown>));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current!);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
      chartRef?.(null);
    };
  }, [chartRef]);
  useEffect(() => {
    chart.current?.setOption(props.option as echarts.EChartsCoreOption, true);
  }, [props.option, props.theme]);
  return (
    // dir=ltr: the chart lays out right-to-left itself (inverse axis, reversed Sankey); SVG text that inherits
    // rtl would be anchored from its other end and overlap.
    <div
      ref={ref}
      dir="ltr"
      className="talent-chart"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      style={{ height: props.height, maxInlineSize: props.width }}
    />
  );
}
