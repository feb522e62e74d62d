// The sources each export of the company dashboard cites: of the Source ids the server sends beside each number
// (GET /api/orgs/:id/talent, every count's `cited`), those of the numbers the export draws — the bars chart its
// periods' bars and net lines, the Sankey the links of the counterparts it draws, the CSV its rows — and no other:
// a chart of hires per period must not cite a report of departures, nor a move no period holds.
import type { TalentResponse, TalentSeries } from '../../model/talent-response.js';
import { sankeyCounterparts } from './talent-charts.js';

type Flow = TalentSeries['undated']['hires'];

/** The distinct ids of some lists, sorted. */
function union(lists: Iterable<readonly string[]>): string[] {
  const ids = new Set<string>();
  for (const l of lists) for (const id of l) ids.add(id);
  return [...ids].sort();
}

const namedOf = (f: Flow) => [f.cited.named.stated, f.cited.named.implied];
const reportedOf = (f: Flow) => [f.cited.reported.stated, f.cited.reported.implied];
const periodFlows = (s: TalentSeries) => s.periods.flatMap((p) => [p.hires, p.departures]);

/**
 * The bars chart: each period's named and reported bars (hires and departures) and the net line drawn from the named
 * ones; with a benchmark, its net line — its periods' named moves. The moves no period holds (undated, imprecise) and
 * the reports that give no number are not drawn (the line under the chart and the CSV say them), so not cited.
 */
export function barsCited(data: TalentResponse): string[] {
  return union([
    ...periodFlows(data).flatMap((f) => [...namedOf(f), ...reportedOf(f)]),
    ...(data.benchmark ? periodFlows(data.benchmark).flatMap(namedOf) : []),
  ]);
}

/**
 * The Sankey: the named moves to and from the counterparts it draws (sankeyCounterparts), its stated and implied
 * links — the facts at the organisation and those towards each counterpart. Reports, undated moves and counterparts
 * past its top ones are not drawn.
 */
export function sankeyCited(data: TalentResponse): string[] {
  const { sources, destinations } = sankeyCounterparts(data);
  return union([...sources, ...destinations].flatMap((r) => [r.cited.named.stated, r.cited.named.implied]));
}

/**
 * The CSV: every number of its rows — each period, and the undated and imprecise ones, named and reported, reports
 * that give no number included — of the organisation and of the benchmark. Not the moves outside the window.
 */
export function csvCited(data: TalentResponse): string[] {
  const rows = (s: TalentSeries) => [...s.periods, s.undated, s.imprecise].flatMap(rowLists);
  return union([...rows(data), ...(data.benchmark ? rows(data.benchmark) : [])]);
}

type Bucket = Pick<TalentSeries['undated'], 'hires' | 'departures'>;
const allOf = (f: Flow) => [...namedOf(f), ...reportedOf(f), f.cited.reported.unquantified];
const rowLists = (b: Bucket) => [...allOf(b.hires), ...allOf(b.departures)];

/**
 * One CSV row's sources (a period, the undated or the imprecise moves): those of its own numbers — hires and
 * departures, named and reported, reports that give no number included — so each row can be traced on its own.
 */
export const rowCited = (b: Bucket): string[] => union(rowLists(b));

/** Every source an export of the dashboard cites: the Source nodes to ask for, so each is named in its words. */
export const exportsCited = (data: TalentResponse): string[] => union([csvCited(data), sankeyCited(data)]);
