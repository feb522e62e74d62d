// The company dashboard (issue 15): an organisation's hires and departures per period, where its people came
// from and went to, and a Sankey of those flows — every bar, band and row opens the named people behind it with
// their facts and quotes, or the reports behind a reported count. Loaded on demand with ECharts.
import type * as echarts from 'echarts/core';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TalentMove, TalentResponse } from '../../model/talent-response.js';
import { mergeReportRows } from '../../model/report-merge.js';
import type { Lang } from '../state/app-state.js';
import { DEFAULT_DASHBOARD_OPTIONS, type DashboardInterval } from '../state/dashboard-options.js';
import { useApp, useAppState, useT } from './app-context.js';
import { download } from './download.js';
import { Chart } from './talent-chart.js';
import { ChartExports } from './talent-chart-export.js';
import { Info } from './talent-info.js';
import { Legend } from './talent-legend.js';
import { OrgPicker } from './talent-org-picker.js';
import type { Drill } from './talent-people.js';
import { PeopleSection } from './talent-people-section.js';
import { NumbersTable, Ranked, rankedEmptyKey } from './talent-tables.js';
import { briefName } from '../graph/names.js';
import { BAR_SERIES, barsChartWidth, barsLegend, barsOption } from './talent-bars.js';
import {
  apartLine,
  sankeyHeight,
  sankeyLegend,
  chartSourceLine,
  periodLabel,
  sankeyCounterparts,
  sankeyOption,
} from './talent-charts.js';
import { barsCited, exportsCited, sankeyCited } from './talent-cited.js';
import { periodsCsv } from './talent-csv.js';

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
    if (data) void actions.details.ensureSources(exportsCited(data));
  }, [actions, data]);

  const barOpt = useMemo(() => (data ? barsOption(data, lang, theme) : null), [data, lang, theme]);
  const sankeyOpt = useMemo(() => (data ? sankeyOption(data, lang, theme) : null), [data, lang, theme]);
  if (!org)
    return (
      <Shell lang={lang}>
        <p className="hint">{t('dashboardPick')}</p>
      </Shell>
    );
  if (error)
    return (
      <Shell lang={lang}>
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
      </Shell>
    );
  if (!data || data.org.id !== org || !barOpt || !sankeyOpt)
    return (
      <Shell lang={lang}>
        <p className="hint">{t('loading')}</p>
      </Shell>
    );

  const sourceLine = (id: string) => chartSourceLine(id, knownSources[id], lang);
  // Each chart's image cites the sources of what it draws only (talent-cited.ts): the bars those of its periods'
  // bars and of the benchmark's net line, the Sankey those of the links it draws.
  const barsSources = barsCited(data).map(sourceLine);
  const sankeySources = sankeyCited(data).map(sourceLine);
  const kindName = (k: 'hire' | 'departure') =>
    t(k === 'hire' ? 'dashboardSources' : 'dashboardDestinations');
  const openBar = (p: Record<string, unknown>) => {
    const i = p.dataIndex as number;
    const period = data.periods[i];
    const s = BAR_SERIES[p.seriesIndex as number];
    if (!period || !s) return;
    const { kind, certainty } = s;
    const title = t('dashboardPeopleTitle', { what: t(s.key), period: periodLabel(period.label, lang) });
    // A reported bar opens the period's reports of its certainty (a report is stated when one chain of its facts is,
    // as the server counts it: mergeReportRows) — those it counts and those beside them that give no number or a
    // smaller one (overlapping reports count the largest once).
    if (s.reported)
      return setDrill({
        title,
        moves: null,
        reports: mergeReportRows(
          data.reports.filter((r) => r.kind === kind && r.period === period.label),
        ).filter((r) => r.certainty === certainty),
      });
    setDrill({ title, moves: { kind, period: period.label, certainty }, reports: [] });
  };
  const openOrg = (kind: 'hire' | 'departure', orgId: string) => {
    const row = (kind === 'hire' ? data.sources : data.destinations).find((r) => r.org.id === orgId);
    setDrill({
      title: t('dashboardPeopleTitle', {
        what: kindName(kind),
        period: row ? briefName(row.org, lang) : orgId,
      }),
      moves: { kind, counterpart: orgId },
      reports: mergeReportRows(
        data.reports.filter(
          (r) => r.kind === kind && r.placement !== 'outside' && r.counterpart?.id === orgId,
        ),
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
      title: apartLine(data[placement], placement, lang),
      moves: { placement },
      reports: mergeReportRows(data.reports.filter((r) => r.placement === placement)),
    });
  const counterparts = [
    ...new Map([...data.sources, ...data.destinations].map((r) => [r.org.id, r.org])).values(),
  ];
  const { sources: flowsIn, destinations: flowsOut } = sankeyCounterparts(data);
  const sankeyAlone = flowsIn.length === 0 && flowsOut.length === 0;
  const fileName = `talent-${data.org.id.replace(/[^a-z0-9-]+/gi, '-')}`;
  return (
    <Shell lang={lang}>
      <header className="talent-head">
        <h3 dir="auto" data-testid="talent-title">
          {t('dashboardTitle', { org: briefName(data.org, lang) })}
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
              <option value={data.benchmark.org.id}>{briefName(data.benchmark.org, lang)}</option>
            )}
            {counterparts.map((o) => (
              <option key={o.id} value={o.id}>
                {briefName(o, lang)}
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
          {t('dashboardTitle', { org: briefName(data.org, lang) })} <Info text={t('infoBars')} />
          <ChartExports
            chart={() => bars.current}
            name={`${fileName}-periods`}
            title={t('dashboardTitle', { org: briefName(data.org, lang) })}
            legend={barsLegend(data, lang)}
            sources={barsSources}
          />
        </h4>
        <Legend entries={barsLegend(data, lang)} testId="talent-legend" />
        <Chart
          option={barOpt}
          theme={theme}
          height={300}
          width={barsChartWidth(data)}
          testId="talent-bars"
          label={t('dashboardTitle', { org: briefName(data.org, lang) })}
          onClick={openBar}
          chartRef={barsRef}
        />
        <NumbersTable data={data} barOpt={barOpt} lang={lang} openBar={openBar} />
        <p className="talent-apart">
          <button
            type="button"
            className="link-button"
            data-testid="talent-undated"
            onClick={() => openApart('undated')}
          >
            {apartLine(data.undated, 'undated', lang)}
          </button>{' '}
          <button
            type="button"
            className="link-button"
            data-testid="talent-imprecise"
            onClick={() => openApart('imprecise')}
          >
            {apartLine(data.imprecise, 'imprecise', lang)}
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
          kind="hire"
          empty={t(rankedEmptyKey(data, 'hire'), { org: briefName(data.org, lang) })}
          onOpen={(o) => openOrg('hire', o)}
        />
        <Ranked
          title="dashboardDestinations"
          rows={data.destinations}
          lang={lang}
          testId="talent-destinations"
          kind="departure"
          empty={t(rankedEmptyKey(data, 'departure'), { org: briefName(data.org, lang) })}
          onOpen={(o) => openOrg('departure', o)}
        />
      </div>
      <section className="talent-card">
        <h4>
          {t('dashboardSankey')} <Info text={t('infoSankey')} />
          <ChartExports
            chart={() => sankey.current}
            name={`${fileName}-sankey`}
            title={`${t('dashboardSankey')}: ${briefName(data.org, lang)}`}
            legend={sankeyLegend(lang)}
            sources={sankeySources}
          />
        </h4>
        <Legend entries={sankeyLegend(lang)} testId="talent-sankey-legend" />
        <Chart
          option={sankeyOpt}
          theme={theme}
          height={sankeyHeight(data)}
          testId="talent-sankey"
          label={t('dashboardSankey')}
          onClick={openSankey}
          chartRef={sankeyRef}
        />
        {sankeyAlone && (
          <p className="hint" data-testid="talent-sankey-none">
            {t('dashboardSankeyNone')}
          </p>
        )}
      </section>
      {drill && <PeopleSection drill={drill} moves={moves} lang={lang} onClose={() => setDrill(null)} />}
    </Shell>
  );
}

/**
 * The dashboard's frame in every state, its organisation picker first: another organisation can be chosen while one
 * loads, fails or is shown, and before any is.
 */
function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <div className="talent-dashboard" data-testid="talent-dashboard" dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <OrgPicker />
      {children}
    </div>
  );
}
