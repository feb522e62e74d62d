// GET /api/orgs/:id/talent: an organisation's hires and departures per period. A stint's start is a hire, its
// end (or `left` without an end: an undated departure) a departure; a move inside the organisation (between
// two of its divisions) is neither, and each person is counted once per move. Named people and reported
// (unnamed) counts are kept apart, each split by certainty; undated and imprecise ones are counted apart. Each number
// comes with the sources of what it counts (talent-cites.ts), so a chart cites only what it draws.
import { earliestDay, latestDay } from '../../model/dates.js';
import type { TalentQuery } from '../../model/api.js';
import { mergeReportRows, outranks, reportKey } from '../../model/report-merge.js';
import {
  certaintyOf,
  eventPlacings,
  eventSources,
  otherStints,
  eventsOf,
  type TalentCertainty as Certainty,
} from '../../model/talent-events.js';
import type { Brief, TalentPlacing, TalentStint } from '../../model/talent-rows.js';
import { indexMoveOf, type TalentIndexMove } from '../../model/talent-index.js';
import type { TalentMove, TalentReport, TalentResponse, TalentSeries } from '../../model/talent-response.js';
import type { TalentData, TalentRepository } from '../repositories/talent-repository.js';
import {
  CERTAINTIES,
  noNamedCited,
  noReportedCited,
  reportCites,
  sentMove,
  sourcesOf,
  type CountedMove,
} from './talent-cites.js';
import { periodsBetween, place, type Interval, type PeriodBounds } from './talent-periods.js';
import { largestPerCounterpart, NO_COUNTERPART, rank } from './talent-ranked.js';

export type { CountedMove } from './talent-cites.js';
export { rank } from './talent-ranked.js';

/** A PART_OF fact a count rolls a division up along, as a fact of the move or report counted by it. */
const partOf = (p: TalentPlacing) => ({
  id: p.id,
  type: 'PART_OF',
  org: p.org,
  start: null,
  end: null,
  role: null,
  certainty: p.certainty,
  evidence: p.evidence,
  evidenceEn: p.evidenceEn,
  note: p.note,
  sources: p.sources,
  placing: { division: p.division, parent: p.parent },
});

const workedAt = (s: TalentStint) => ({
  id: s.id,
  type: 'WORKED_AT',
  org: s.org,
  start: s.start,
  end: s.end,
  role: null,
  certainty: s.certainty,
  evidence: s.evidence,
  evidenceEn: s.evidenceEn,
  note: s.note,
  sources: s.sources,
  placing: null,
});

/** place() of a move's date, once per distinct date: a large organisation's 70k moves share a few thousand dates. */
function placeByDate(periods: PeriodBounds[], interval: Interval) {
  const seen = new Map<string | null, ReturnType<typeof place>>();
  return (when: string | null) => {
    let p = seen.get(when);
    if (!p) seen.set(when, (p = place(when, when, periods, interval)));
    return p;
  };
}

export function movesOf(data: TalentData, periods: PeriodBounds[], interval: Interval): CountedMove[] {
  const placed = placeByDate(periods, interval);
  // Read live, a move is first made what the index stores (model/talent-index.ts indexMoveOf): the counts, and the
  // sources each count cites, then come from one shape whichever way the organisation is read.
  const counted = (m: TalentIndexMove) => ({
    kind: m.kind,
    when: m.when,
    ...placed(m.when),
    certainty: m.certainty,
    counterparts: m.counterparts.map((c) => ({ org: c.org, certainty: c.certainty })),
    cites: { own: m.sources, towards: m.counterparts.map((c) => c.sources) },
  });
  // The stored index has what the counts need (who, which way, when, how certain, to or from where, what each
  // count cites), not the facts.
  if (data.index)
    return data.index.moves.map((m) => ({
      person: { id: m.person, name: null, nameAr: null },
      ...counted(m),
      impliedBy: [],
      facts: [],
    }));
  return data.people.flatMap((row) =>
    eventsOf(row).map((e) => ({
      person: e.person,
      ...counted(indexMoveOf(e)),
      impliedBy: certaintyOf(e).impliedBy,
      facts: [...e.stints.map(workedAt), ...otherStints(e).map(workedAt), ...eventPlacings(e).map(partOf)],
    })),
  );
}

export function reportsOf(data: TalentData, periods: PeriodBounds[], interval: Interval): TalentReport[] {
  return data.reports.map((r) => {
    const since = r.since ?? r.date;
    const until = r.until ?? r.date ?? r.published;
    return {
      id: r.id,
      name: r.name,
      kind: r.direction,
      count: r.count,
      countQualifier: r.countQualifier,
      since,
      until,
      ...place(since, until, periods, interval),
      certainty: r.implied.length === 0 ? 'stated' : 'implied',
      counterpart: r.counterpart,
      facts: [
        ...r.facts.map((f) => ({ ...f, type: 'PARTICIPATED_IN', start: null, end: null, placing: null })),
        ...r.placedBy.map(partOf),
      ],
    };
  });
}

const zeroFlow = () => ({
  named: { stated: 0, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
  cited: { named: noNamedCited(), reported: noReportedCited() },
});
const zeroBucket = () => ({ hires: zeroFlow(), departures: zeroFlow() });
type Flow = ReturnType<typeof zeroFlow>;

/** The Source ids behind the whole answer: the facts of every move and report it holds (each number's are apart). */
function citedOf(data: TalentData, reports: TalentReport[]): string[] {
  return [
    ...new Set([
      ...(data.index?.cited ?? data.people.flatMap((row) => eventsOf(row).flatMap(eventSources))),
      ...reports.flatMap((r) => r.facts.flatMap((f) => f.sources)),
    ]),
  ].sort();
}

/** The benchmark's series over the same periods, with the sources behind its own numbers. */
function benchmarkOf(bench: TalentData, periods: PeriodBounds[], interval: Interval) {
  const reports = reportsOf(bench, periods, interval);
  return {
    ...seriesOf(bench.org, movesOf(bench, periods, interval), reports, periods),
    cited: citedOf(bench, reports),
  };
}

/**
 * Named people once per bucket (stated wins); reports by the largest count per counterpart, each report then once.
 * TALENT_REPORTS gives a report one row per counterpart it names: one report of 10 leaving for OpenAI and Anthropic
 * is the largest for both, and summing per counterpart counted its 10 twice. A report counts once, as sure as
 * mergeReportRows (model/report-merge.ts) says — the rule its listing follows; one that gives no number is one
 * unquantified report. Each number cites the sources of what it counts, and nothing else (talent-cites.ts).
 */
function fill(flow: Flow, moves: CountedMove[], reports: TalentReport[]): void {
  const people = new Map<string, Certainty>();
  for (const m of moves) if (people.get(m.person.id) !== 'stated') people.set(m.person.id, m.certainty);
  for (const c of people.values()) flow.named[c] += 1;
  // Someone counted stated is cited by their stated moves alone: an implied move of theirs beside them is counted
  // nowhere (as a flow's implied part cites only the people it counts implied).
  for (const c of CERTAINTIES)
    flow.cited.named[c] = sourcesOf(
      moves.filter((m) => m.certainty === c && people.get(m.person.id) === c).map((m) => m.cites.own),
    );
  // Each report from all of its rows, not only those it is the largest for: one implied towards A and stated
  // towards B, B's largest another report, is stated.
  const merged = new Map(mergeReportRows(reports).map((r) => [reportKey(r), r]));
  const cites = reportCites(reports);
  const citesOf = (rows: readonly TalentReport[]) =>
    sourcesOf(rows.map((r) => cites.get(reportKey(r)) ?? []));
  const largest = largestPerCounterpart(reports);
  const unquantified = [...merged.values()].filter((r) => r.count === null);
  flow.reported.unquantified += unquantified.length;
  flow.cited.reported.unquantified = citesOf(unquantified);
  // A report that names no counterpart ("30 left Meta") may count the people of every other ("14 left for xAI"): it
  // overlaps them all, so it stands for them when it says more (or as much, stated), and they for it otherwise.
  const anywhere = largest.get(NO_COUNTERPART);
  largest.delete(NO_COUNTERPART);
  const named = [...new Set([...largest.values()].map(reportKey))].map((key) => merged.get(key)!);
  const whole = { count: named.reduce((n, r) => n + r.count!, 0), certainty: strongestOf(named) };
  const general = anywhere && merged.get(reportKey(anywhere))!;
  const counted = general && (!named.length || outranks(general, whole)) ? [general] : named;
  for (const r of counted) flow.reported[r.certainty] += r.count!;
  // A report a larger one stands for is counted in no number here, so cited by none (its bar's list still shows it).
  for (const c of CERTAINTIES) flow.cited.reported[c] = citesOf(counted.filter((r) => r.certainty === c));
}

/** Stated only when every report of a sum is: "as much, stated" must not let an implied part pass as stated. */
const strongestOf = (rows: readonly { certainty: Certainty }[]): Certainty =>
  rows.every((r) => r.certainty === 'stated') ? 'stated' : 'implied';

export function seriesOf(
  org: Brief,
  moves: CountedMove[],
  reports: TalentReport[],
  periods: PeriodBounds[],
): TalentSeries {
  // One pass groups the moves and reports by where they fall (a period's label, or undated/imprecise/outside).
  type Group = { hire: [CountedMove[], TalentReport[]]; departure: [CountedMove[], TalentReport[]] };
  const groups = new Map<string, Group>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { hire: [[], []], departure: [[], []] }));
    return g;
  };
  const keyOf = (x: { placement: string; period: string | null }) =>
    x.placement === 'period' ? `p:${x.period}` : x.placement;
  for (const m of moves) group(keyOf(m))[m.kind][0].push(m);
  for (const r of reports) group(keyOf(r))[r.kind][1].push(r);
  const bucket = (key: string) => {
    const b = zeroBucket();
    const g = groups.get(key);
    if (g) {
      fill(b.hires, g.hire[0], g.hire[1]);
      fill(b.departures, g.departure[0], g.departure[1]);
    }
    return b;
  };
  const total = (f: Flow) => f.named.stated + f.named.implied;
  const reported = (f: Flow) => f.reported.stated + f.reported.implied;
  return {
    org,
    periods: periods.map((p) => {
      const b = bucket(`p:${p.label}`);
      return {
        ...p,
        ...b,
        net: {
          named: total(b.hires) - total(b.departures),
          reported: reported(b.hires) - reported(b.departures),
        },
      };
    }),
    undated: bucket('undated'),
    imprecise: bucket('imprecise'),
    outside: bucket('outside'),
  };
}

/** The window's ends: as asked, else the earliest and latest dates of the moves and reports. */
function windowOf(q: TalentQuery, data: TalentData[]): { from: string | null; to: string | null } {
  // One pass for the extremes (a sort of every date cost a large organisation ~100 ms per request).
  let earliest: string | null = null;
  let latest: string | null = null;
  const seen = new Set<string>();
  const see = (x: string | null) => {
    if (!x || seen.has(x)) return;
    seen.add(x);
    const a = earliestDay(x);
    const b = latestDay(x);
    if (earliest === null || a < earliest) earliest = a;
    if (latest === null || b > latest) latest = b;
  };
  for (const d of data) {
    for (const row of d.people) for (const e of eventsOf(row)) see(e.when);
    for (const m of d.index?.moves ?? []) see(m.when);
    for (const r of d.reports) for (const x of [r.since ?? r.date, r.until ?? r.date ?? r.published]) see(x);
  }
  const from = q.from ?? earliest;
  const to = q.to ?? latest;
  return {
    from: from && to && from > to && !q.from ? to : from,
    to: from && to && to < from && !q.to ? from : to,
  };
}

/**
 * The moves a drill-down lists (kind, period, placement, certainty, counterpart), or null to list them all. The bars
 * count a person once per period and kind, stated when one of their moves there is (fill): an implied bar's list
 * leaves out someone its stated bar counts, so each list names the people its bar counts. `all`: every move the
 * numbers count.
 */
export function movesFilter(q: TalentQuery, all: readonly TalentMove[]): ((m: TalentMove) => boolean) | null {
  const { kind, period, placement, certainty, counterpart } = q;
  if (!kind && !period && !placement && !certainty && !counterpart) return null;
  // By counterpart the ranked rows count each counterpart's own moves, with their own certainty: no one is left out.
  const countedStated =
    certainty === 'implied' && !counterpart
      ? new Set(all.filter((m) => m.certainty === 'stated').map(bucketOf))
      : null;
  return (m) =>
    (!kind || m.kind === kind) &&
    (!period || m.period === period) &&
    (!placement || m.placement === placement) &&
    (!certainty || m.certainty === certainty) &&
    (!countedStated || !countedStated.has(bucketOf(m))) &&
    (!counterpart || (m.placement !== 'outside' && m.counterparts.some((c) => c.org.id === counterpart)));
}

/** Where fill counts a move's person: by person, kind and bucket (a period, or undated, imprecise, outside). */
function bucketOf(m: TalentMove): string {
  return JSON.stringify([m.person.id, m.kind, m.placement === 'period' ? m.period : m.placement]);
}

export function createTalentService(repo: TalentRepository) {
  return {
    async talent(orgId: string, q: TalentQuery): Promise<TalentResponse> {
      const evidence = q.detail === 'moves';
      const filtered = movesFilter(q, []) !== null;
      // A drill-down (moves, filtered) into an organisation with a talent index reads the counts, and who is behind
      // the filter, from the index; then the facts and quotes of those people only.
      const data = await repo.read(orgId, q.divisions, evidence, evidence && filtered);
      const bench = q.compare ? await repo.read(q.compare, q.divisions, false) : null;
      const { from, to } = windowOf(q, bench ? [data, bench] : [data]);
      const periods = from && to ? periodsBetween(from, to, q.interval) : [];
      const moves = movesOf(data, periods, q.interval);
      const filter = movesFilter(q, moves);
      const reports = reportsOf(data, periods, q.interval);
      let listed: CountedMove[] = [];
      if (evidence && data.index && filter) {
        const people = [...new Set(moves.filter(filter).map((m) => m.person.id))];
        const rows = people.length ? await repo.people(orgId, q.divisions, people) : [];
        listed = movesOf({ ...data, index: null, people: rows }, periods, q.interval).filter(filter);
      } else if (evidence) listed = filter ? moves.filter(filter) : moves;
      return {
        ...seriesOf(data.org, moves, reports, periods),
        from,
        to,
        interval: q.interval,
        divisions: q.divisions,
        detail: q.detail,
        cited: citedOf(data, reports),
        sources: rank(moves, reports, 'hire'),
        destinations: rank(moves, reports, 'departure'),
        moves: listed.map(sentMove),
        reports,
        benchmark: bench ? benchmarkOf(bench, periods, q.interval) : null,
      };
    },
  };
}
export type TalentService = ReturnType<typeof createTalentService>;
