// The company dashboard (issue 15): an organisation's hires and departures per period, where its people came
// from and went to, and a Sankey of those flows — every bar, band and row opens the named people behind it with
// their facts and quotes, or the reports behind a reported count. Loaded on demand with ECharts.
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TalentMove, TalentReport, TalentResponse } from '../../model/talent-response.js';
import type { TalentFilter } from '../api/api.js';
import type { Lang, Theme } from '../state/app-state.js';
import { DEFAULT_DASHBOARD_OPTIONS, type DashboardInterval } from '../state/dashboard-options.js';
import { formatNumber, type MessageKey } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { download } from './download.js';
import { Evidence } from './fact-item.js';
import {
  BAR_SERIES,
  barsLegend,
  citedWithBenchmark,
  barsOption,
  chartSourceLine,
  orgName,
  periodLabel,
  periodsCsv,
  sankeyOption,
} from './talent-charts.js';

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

/** What the people panel lists: the moves and reports behind one bar, row or band. */
interface Drill {
  title: string;
  /**
   * Which named moves, asked of the server when the panel opens (detail=moves with these filters): only the people
   * behind the bar, row or band, with their facts and quotes — a large organisation has tens of thousands.
   */
  moves: TalentFilter | null;
  reports: TalentReport[];
}

function Chart(props: {
  option: object;
  testId: string;
  theme: Theme;
  height: number;
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
      style={{ height: props.height }}
    />
  );
}

function Info({ text }: { text: string }) {
  const t = useT();
  return (
    <details className="talent-info">
      <summary aria-label={t('dashboardInfo')} title={t('dashboardInfo')}>
        i
      </summary>
      <p>{text}</p>
    </details>
  );
}

/**
 * A chart's SVG with its title and legend above and the sources of its numbers listed under it; the PNG is that SVG
 * drawn on a canvas. In Arabic (`rtl`) the words stand at the right and read right to left, as the page does.
 */
function chartSvg(
  c: echarts.ECharts,
  title: string,
  legend: { name: string; color: string }[],
  sources: string[],
  dark: boolean,
  rtl: boolean,
): string {
  const esc = (x: string) =>
    x.replace(/[<&"]/g, (ch) => (ch === '<' ? '&lt;' : ch === '&' ? '&amp;' : '&quot;'));
  const svg = c.renderToSVGString();
  const height = c.getHeight();
  const width = c.getWidth();
  // In right-to-left text, "start" is the right end: each line ends at x and runs leftwards.
  const at = (x: number) => (rtl ? width - x : x);
  const dir = rtl ? ' direction="rtl"' : '';
  const top = 28 + (legend.length > 0 ? 18 * legend.length : 0);
  const head = [
    `<text x="${at(8)}" y="18" font-size="14" font-weight="bold" font-family="sans-serif"${dir}>${esc(title)}</text>`,
    ...legend.map(
      (l, i) =>
        `<rect x="${rtl ? width - 20 : 8}" y="${30 + i * 18}" width="12" height="10" fill="${esc(l.color)}"/><text x="${at(26)}" y="${39 + i * 18}" font-size="12" font-family="sans-serif"${dir}>${esc(l.name)}</text>`,
    ),
  ];
  const foot = sources.map(
    (src, i) =>
      `<text x="${at(8)}" y="${top + height + 18 + i * 16}" font-size="12" font-family="sans-serif"${dir}>${esc(src)}</text>`,
  );
  const extra = top + 24 + sources.length * 16;
  return svg
    .replace(/height="(\d+)"/, (_, h: string) => `height="${Number(h) + extra}"`)
    .replace(
      /viewBox="0 0 (\d+) (\d+)"/,
      (_, w: string, h: string) => `viewBox="0 0 ${w} ${Number(h) + extra}"`,
    )
    .replace(
      /(<svg[^>]*>)/,
      `$1<g fill="${dark ? '#e6e6e6' : '#1f2328'}">${head.join('')}</g><g transform="translate(0 ${top})">`,
    )
    .replace('</svg>', `</g><g fill="${dark ? '#9aa0a6' : '#57606a'}">${foot.join('')}</g></svg>`);
}

async function svgToPng(svg: string, background: string): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.width * 2;
    canvas.height = img.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function ChartExports(props: {
  chart: () => echarts.ECharts | null;
  name: string;
  title: string;
  legend: { name: string; color: string }[];
  sources: string[];
}) {
  const t = useT();
  const theme = useAppState((s) => s.theme);
  const lang = useAppState((s) => s.lang);
  const save = async (kind: 'svg' | 'png') => {
    const c = props.chart();
    if (!c) return;
    const svg = chartSvg(c, props.title, props.legend, props.sources, theme === 'dark', lang === 'ar');
    if (kind === 'svg') download(`${props.name}.svg`, svg, 'image/svg+xml');
    else
      download(
        `${props.name}.png`,
        await svgToPng(svg, theme === 'dark' ? '#15191e' : '#ffffff'),
        'image/png',
      );
  };
  return (
    <span className="talent-exports">
      <button
        type="button"
        className="link-button"
        data-testid={`${props.name}-svg`}
        onClick={() => void save('svg')}
      >
        {t('chartSvg')}
      </button>
      <button
        type="button"
        className="link-button"
        data-testid={`${props.name}-png`}
        onClick={() => void save('png')}
      >
        {t('chartPng')}
      </button>
    </span>
  );
}

function MoveItem({ move, lang }: { move: TalentMove; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-move" data-certainty={move.certainty}>
      <p>
        <strong dir="auto">{orgName(move.person, lang)}</strong> ·{' '}
        {t(move.kind === 'hire' ? 'dashboardHire' : 'dashboardDeparture')}
        {move.when ? ` · ${periodLabel(move.when, lang)}` : ''} ·{' '}
        <span className={`certainty-${move.certainty}`}>{t(move.certainty)}</span>
        {move.counterparts.length > 0 && (
          <>
            {' · '}
            {move.kind === 'hire' ? '←' : '→'}{' '}
            <span dir="auto">
              {move.counterparts.map((c) => orgName(c.org, lang)).join(t('listSeparator'))}
            </span>
          </>
        )}
      </p>
      {move.facts.map((f) => (
        <Evidence
          key={f.id}
          edge={{
            id: f.id,
            type: f.type,
            source: move.person.id,
            target: f.org ?? '',
            properties: { evidence: f.evidence, evidenceEn: f.evidenceEn, certainty: f.certainty },
          }}
          sources={f.sources.map((id) => ({ id, node: null }))}
        />
      ))}
    </li>
  );
}

function ReportItem({ report, lang }: { report: TalentReport; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-report" data-certainty={report.certainty}>
      <p dir="auto">
        <strong>{report.name ?? report.id}</strong> ·{' '}
        {t('dashboardReportLine', {
          count: report.count === null ? '—' : formatNumber(report.count, lang),
          qualifier: report.countQualifier ?? '',
          certainty: t(report.certainty),
        })}
      </p>
      {report.facts.map((f) => (
        <Evidence
          key={f.id}
          edge={{
            id: f.id,
            type: f.type,
            source: report.id,
            target: '',
            properties: { evidence: f.evidence, evidenceEn: f.evidenceEn, certainty: f.certainty },
          }}
          sources={f.sources.map((id) => ({ id, node: null }))}
        />
      ))}
    </li>
  );
}

function Ranked(props: {
  title: MessageKey;
  rows: TalentResponse['sources'];
  lang: Lang;
  testId: string;
  onOpen: (orgId: string) => void;
}) {
  const t = useT();
  const max = Math.max(
    1,
    ...props.rows.map((r) =>
      Math.max(r.named.stated + r.named.implied, r.reported.stated + r.reported.implied),
    ),
  );
  return (
    <section className="talent-card">
      <h4>
        {t(props.title)} <Info text={t('infoRanked')} />
      </h4>
      <ol className="talent-ranked" data-testid={props.testId}>
        {props.rows.map((r) => {
          const named = r.named.stated + r.named.implied;
          const reported = r.reported.stated + r.reported.implied;
          return (
            <li key={r.org.id}>
              <button
                type="button"
                className="talent-row"
                onClick={() => props.onOpen(r.org.id)}
                data-org={r.org.id}
              >
                <span className="talent-row-name" dir="auto">
                  {orgName(r.org, props.lang)}
                </span>
                <span className="talent-row-bar" aria-hidden="true">
                  <span className="stated" style={{ width: `${(100 * r.named.stated) / max}%` }} />
                  <span className="implied" style={{ width: `${(100 * r.named.implied) / max}%` }} />
                </span>
                <span className="talent-row-count">
                  {formatNumber(named, props.lang)}
                  {r.named.implied > 0 && ` (${formatNumber(r.named.implied, props.lang)} ${t('implied')})`}
                  {r.undated.stated + r.undated.implied > 0 &&
                    `${t('listSep')}+${formatNumber(r.undated.stated + r.undated.implied, props.lang)} ?`}
                  {(reported > 0 || r.reported.unquantified > 0) &&
                    `${t('listSep')}${t('reported')} ${reported > 0 ? formatNumber(reported, props.lang) : '—'}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function TalentDashboard() {
  const { actions } = useApp();
  const t = useT();
  const org = useAppState((s) => s.dashboardOrg);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const knownSources = useAppState((s) => s.sources);
  // In the app's state, not the component's: a link from the dashboard reopens the same period and comparison.
  const { interval, compare, divisions } = useAppState((s) => s.dashboardOptions);
  const [data, setData] = useState<TalentResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [moves, setMoves] = useState<TalentMove[] | null>(null);
  const bars = useRef<echarts.ECharts | null>(null);
  const sankey = useRef<echarts.ECharts | null>(null);
  // The charts are reachable by the browser tests (as the canvas is through __talentGraph): to click a bar.
  const expose = () =>
    ((window as unknown as { __talentCharts?: object }).__talentCharts = {
      bars: bars.current,
      sankey: sankey.current,
    });
  const barsRef = useCallback((c: echarts.ECharts | null) => {
    bars.current = c;
    expose();
  }, []);
  const sankeyRef = useCallback((c: echarts.ECharts | null) => {
    sankey.current = c;
    expose();
  }, []);

  useEffect(() => {
    if (!org) return;
    let live = true;
    setError(null);
    actions
      .loadTalent(org, {
        interval,
        divisions,
        detail: 'counts',
        ...(compare && compare !== org ? { compare } : {}),
      })
      .then((answer) => live && setData(answer))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [actions, org, interval, compare, divisions]);
  useEffect(() => {
    setDrill(null);
    setMoves(null);
  }, [org, interval, compare, divisions]);
  // The moves and their quotes are fetched once, on the first click: a large organisation has thousands.
  const drillFilter = drill?.moves ?? null;
  const from = data?.from ?? undefined;
  const to = data?.to ?? undefined;
  useEffect(() => {
    setMoves(null);
    if (!org || !drillFilter) return;
    let live = true;
    // Over the window the counts were drawn for, so the periods are the same.
    actions
      .loadTalent(org, { interval, divisions, detail: 'moves', from, to, ...drillFilter })
      .then((answer) => live && setMoves(answer.moves))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [actions, org, interval, divisions, drillFilter, from, to]);

  // The charts' images cite their sources by name: the Source nodes are asked for once the numbers arrive (the
  // scene may not hold them), and the images name a source by its id only while its node is not known.
  useEffect(() => {
    if (data) void actions.details.ensureSources(citedWithBenchmark(data));
  }, [actions, data]);

  const barOpt = useMemo(() => (data ? barsOption(data, lang, theme) : null), [data, lang, theme]);
  const sankeyOpt = useMemo(() => (data ? sankeyOption(data, lang, theme) : null), [data, lang, theme]);
  if (!org)
    return (
      <div className="talent-dashboard" data-testid="talent-dashboard">
        <p className="hint">{t('dashboardPick')}</p>
      </div>
    );
  if (error)
    return (
      <div className="talent-dashboard" data-testid="talent-dashboard">
        {/* The server's message is English: its own direction, so its punctuation stays at its end. */}
        <p className="error" dir="auto">
          {error}
        </p>
        {/* A setting the server refused (a benchmark that is not an organisation here, too many periods) can be undone
            without the header the answer would have drawn. */}
        {(interval !== DEFAULT_DASHBOARD_OPTIONS.interval || compare || divisions) && (
          <button
            type="button"
            className="link-button"
            onClick={() => actions.setDashboardOptions(DEFAULT_DASHBOARD_OPTIONS)}
            data-testid="talent-reset"
          >
            {t('dashboardReset')}
          </button>
        )}
      </div>
    );
  if (!data || data.org.id !== org || !barOpt || !sankeyOpt)
    return (
      <div className="talent-dashboard" data-testid="talent-dashboard">
        <p className="hint">{t('loading')}</p>
      </div>
    );

  const sourceLine = (id: string) => chartSourceLine(id, knownSources[id], lang);
  const sources = data.cited.map(sourceLine);
  // The bars chart draws the benchmark's net line too: its image cites the benchmark's sources beside these.
  const barsSources = citedWithBenchmark(data).map(sourceLine);
  const kindName = (k: 'hire' | 'departure') =>
    t(k === 'hire' ? 'dashboardSources' : 'dashboardDestinations');
  const openBar = (p: Record<string, unknown>) => {
    const i = p.dataIndex as number;
    const period = data.periods[i];
    const s = BAR_SERIES[p.seriesIndex as number];
    if (!period || !s) return;
    const kind = s.key.toLowerCase().includes('hire') ? 'hire' : 'departure';
    const label = periodLabel(period.label, lang);
    if (s.key.startsWith('reported'))
      return setDrill({
        title: t('dashboardPeopleTitle', { what: t(s.label), period: label }),
        moves: null,
        reports: data.reports.filter((r) => r.kind === kind && r.period === period.label),
      });
    const certainty = s.key.endsWith('Stated') ? 'stated' : 'implied';
    setDrill({
      title: t('dashboardPeopleTitle', { what: t(s.label), period: label }),
      moves: { kind, period: period.label, certainty },
      reports: [],
    });
  };
  const openOrg = (kind: 'hire' | 'departure', orgId: string) => {
    const row = (kind === 'hire' ? data.sources : data.destinations).find((r) => r.org.id === orgId);
    setDrill({
      title: t('dashboardPeopleTitle', {
        what: kindName(kind),
        period: row ? orgName(row.org, lang) : orgId,
      }),
      moves: { kind, counterpart: orgId },
      reports: data.reports.filter(
        (r) => r.kind === kind && r.placement !== 'outside' && r.counterpart?.id === orgId,
      ),
    });
  };
  const openSankey = (p: Record<string, unknown>) => {
    const d = p.data as { org?: string; kind?: 'hire' | 'departure'; key?: string } | undefined;
    if (d?.org && d.kind) openOrg(d.kind, d.org);
    else if (d?.key?.startsWith('in:')) openOrg('hire', d.key.slice(3));
    else if (d?.key?.startsWith('out:')) openOrg('departure', d.key.slice(4));
  };
  const openApart = (placement: 'undated' | 'imprecise') =>
    setDrill({
      title: t(placement === 'undated' ? 'dashboardUndated' : 'dashboardImprecise', {
        hires: formatNumber(data[placement].hires.named.stated + data[placement].hires.named.implied, lang),
        departures: formatNumber(
          data[placement].departures.named.stated + data[placement].departures.named.implied,
          lang,
        ),
      }),
      moves: { placement },
      reports: data.reports.filter((r) => r.placement === placement),
    });
  const total = (c: { named: { stated: number; implied: number } }) => c.named.stated + c.named.implied;
  const counterparts = [
    ...new Map([...data.sources, ...data.destinations].map((r) => [r.org.id, r.org])).values(),
  ];
  const fileName = `talent-${data.org.id.replace(/[^a-z0-9-]+/gi, '-')}`;
  return (
    <div className="talent-dashboard" data-testid="talent-dashboard" dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <header className="talent-head">
        <h3 dir="auto" data-testid="talent-title">
          {t('dashboardTitle', { org: orgName(data.org, lang) })}
        </h3>
        <label>
          {t('dashboardInterval')}{' '}
          <select
            value={interval}
            onChange={(e) => actions.setDashboardOptions({ interval: e.target.value as DashboardInterval })}
            data-testid="talent-interval"
          >
            <option value="year">{t('intervalYear')}</option>
            <option value="quarter">{t('intervalQuarter')}</option>
            <option value="month">{t('intervalMonth')}</option>
          </select>
        </label>
        <label>
          {t('dashboardBenchmark')}{' '}
          <select
            value={compare}
            onChange={(e) => actions.setDashboardOptions({ compare: e.target.value })}
            data-testid="talent-compare"
          >
            <option value="">{t('dashboardNoBenchmark')}</option>
            {/* A benchmark from a link that is not among this organisation's counterparts is listed too, not hidden. */}
            {data.benchmark && !counterparts.some((o) => o.id === data.benchmark!.org.id) && (
              <option value={data.benchmark.org.id}>{orgName(data.benchmark.org, lang)}</option>
            )}
            {counterparts.map((o) => (
              <option key={o.id} value={o.id}>
                {orgName(o, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={divisions}
            onChange={(e) => actions.setDashboardOptions({ divisions: e.target.checked })}
          />{' '}
          {t('dashboardDivisions')}
        </label>
        <button
          type="button"
          className="tool-button"
          data-testid="talent-csv"
          onClick={() => download(`${fileName}.csv`, periodsCsv(data), 'text/csv;charset=utf-8')}
        >
          {t('chartCsv')}
        </button>
      </header>
      <section className="talent-card">
        <h4>
          {t('dashboardTitle', { org: orgName(data.org, lang) })} <Info text={t('infoBars')} />
          <ChartExports
            chart={() => bars.current}
            name={`${fileName}-periods`}
            title={t('dashboardTitle', { org: orgName(data.org, lang) })}
            legend={barsLegend(data, lang)}
            sources={barsSources}
          />
        </h4>
        <ul className="talent-legend" data-testid="talent-legend">
          {barsLegend(data, lang).map((l) => (
            <li key={l.name}>
              <span
                className={l.line ? 'swatch line' : 'swatch'}
                style={{ background: l.color }}
                aria-hidden="true"
              />{' '}
              {l.name}
            </li>
          ))}
        </ul>
        <Chart
          option={barOpt}
          theme={theme}
          height={300}
          testId="talent-bars"
          label={t('dashboardTitle', { org: orgName(data.org, lang) })}
          onClick={openBar}
          chartRef={barsRef}
        />
        <details className="talent-numbers" data-testid="talent-numbers">
          <summary>{t('dashboardNumbers')}</summary>
          <div className="talent-table-wrap">
            <table className="talent-table">
              <thead>
                <tr>
                  <th />
                  {data.periods.map((p) => (
                    <th key={p.label} scope="col">
                      {periodLabel(p.label, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {BAR_SERIES.map((ser, si) => (
                  <tr key={ser.key}>
                    <th scope="row">{t(ser.label)}</th>
                    {data.periods.map((p, pi) => {
                      const v = Math.abs((barOpt.series[si] as { data: number[] }).data[pi] ?? 0);
                      return (
                        <td key={p.label}>
                          {v === 0 ? (
                            formatNumber(0, lang)
                          ) : (
                            <button
                              type="button"
                              className="link-button"
                              data-testid={`talent-cell-${si}-${pi}`}
                              onClick={() => openBar({ seriesIndex: si, dataIndex: pi })}
                            >
                              {formatNumber(v, lang)}
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <p className="talent-apart">
          <button
            type="button"
            className="link-button"
            data-testid="talent-undated"
            onClick={() => openApart('undated')}
          >
            {t('dashboardUndated', {
              hires: formatNumber(total(data.undated.hires), lang),
              departures: formatNumber(total(data.undated.departures), lang),
            })}
          </button>{' '}
          <button
            type="button"
            className="link-button"
            data-testid="talent-imprecise"
            onClick={() => openApart('imprecise')}
          >
            {t('dashboardImprecise', {
              hires: formatNumber(total(data.imprecise.hires), lang),
              departures: formatNumber(total(data.imprecise.departures), lang),
            })}
          </button>{' '}
          <Info text={t('infoUndated')} />
        </p>
      </section>
      <div className="talent-grid">
        <Ranked
          title="dashboardSources"
          rows={data.sources}
          lang={lang}
          testId="talent-sources"
          onOpen={(o) => openOrg('hire', o)}
        />
        <Ranked
          title="dashboardDestinations"
          rows={data.destinations}
          lang={lang}
          testId="talent-destinations"
          onOpen={(o) => openOrg('departure', o)}
        />
      </div>
      <section className="talent-card">
        <h4>
          {t('dashboardSankey')} <Info text={t('infoSankey')} />
          <ChartExports
            chart={() => sankey.current}
            name={`${fileName}-sankey`}
            title={`${t('dashboardSankey')}: ${orgName(data.org, lang)}`}
            legend={[]}
            sources={sources}
          />
        </h4>
        <Chart
          option={sankeyOpt}
          theme={theme}
          height={260}
          testId="talent-sankey"
          label={t('dashboardSankey')}
          onClick={openSankey}
          chartRef={sankeyRef}
        />
      </section>
      {drill && (
        <section className="talent-card talent-people" data-testid="talent-people" aria-live="polite">
          <h4 dir="auto">
            {drill.title}{' '}
            <button type="button" className="link-button" onClick={() => setDrill(null)}>
              {t('dashboardClose')}
            </button>
          </h4>
          {drill.moves && !moves && <p className="hint">{t('loading')}</p>}
          {(!drill.moves || (moves && moves.length === 0)) && drill.reports.length === 0 && (
            <p className="hint">{t('dashboardNoPeople')}</p>
          )}
          <ul>
            {(drill.moves && moves ? moves : []).map((m) => (
              <MoveItem key={`${m.person.id}-${m.kind}-${m.when ?? ''}`} move={m} lang={lang} />
            ))}
            {drill.reports.map((r) => (
              <ReportItem key={r.id} report={r} lang={lang} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
