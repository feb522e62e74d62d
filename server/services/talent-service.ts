// GET /api/orgs/:id/talent: an organisation's hires and departures per period. A stint's start is a hire, its
// end (or `left` without an end: an undated departure) a departure; a move inside the organisation (between
// two of its divisions) is neither, and each person is counted once per move. Named people and reported
// (unnamed) counts are kept apart, each split by certainty; undated and imprecise ones are counted apart.
import { comparePartialDates, earliestDay, latestDay } from '../../model/dates.js';
import type { TalentQuery } from '../../model/api.js';
import type { TalentMove, TalentReport, TalentResponse, TalentSeries } from '../../model/talent-response.js';
import type {
  Brief,
  TalentData,
  TalentPersonRow,
  TalentRepository,
  TalentStint,
} from '../repositories/talent-repository.js';
import { periodsBetween, place, type Interval, type PeriodBounds } from './talent-periods.js';

type Certainty = 'stated' | 'implied';
type Kind = 'hire' | 'departure';

interface Event {
  person: Brief;
  kind: Kind;
  when: string | null;
  stints: TalentStint[];
  counterparts: Map<string, { org: Brief; certainty: Certainty; other: TalentStint }>;
}

const isCurrent = (t: TalentStint) => t.end === null && !t.left;
const stintImplied = (s: TalentStint) => [...(s.certainty === 'implied' ? [s.id] : []), ...s.implied];

/** Events per row: the window and the moves both read them. */
const eventCache = new WeakMap<TalentPersonRow, Event[]>();

/** The hires and departures of one person at the organisation (computed once per row). */
export function eventsOf(row: TalentPersonRow): Event[] {
  let out = eventCache.get(row);
  if (!out) eventCache.set(row, (out = computeEvents(row)));
  return out;
}

/** The hires and departures of one person at the organisation, each move once. */
function computeEvents(row: TalentPersonRow): Event[] {
  const inside = row.stints;
  const events: Event[] = [];
  const add = (kind: Kind, when: string | null, s: TalentStint, moves: TalentPersonRow['moves']) => {
    // The same move seen through two stints (a division's and its parent's): one event, at the finer date.
    let e = events.find(
      (x) =>
        x.kind === kind &&
        (x.when === null ? when === null : when !== null && comparePartialDates(x.when, when) === 0),
    );
    if (!e) {
      e = { person: row.person, kind, when, stints: [], counterparts: new Map() };
      events.push(e);
    }
    if (when !== null && e.when !== null && when.length > e.when.length) e.when = when;
    e.stints.push(s);
    for (const m of moves) {
      if (!m.counterpart) continue;
      const certainty: Certainty = m.implied.length === 0 ? 'stated' : 'implied';
      const had = e.counterparts.get(m.counterpart.id);
      if (!had || (had.certainty === 'implied' && certainty === 'stated'))
        e.counterparts.set(m.counterpart.id, { org: m.counterpart, certainty, other: m.other });
    }
  };
  for (const s of inside) {
    const into = row.moves.filter((m) => m.to === s.id);
    const covered =
      s.start !== null &&
      inside.some(
        (t) =>
          t.id !== s.id &&
          t.start !== null &&
          comparePartialDates(t.start, s.start!) < 0 &&
          (isCurrent(t) || (t.end !== null && comparePartialDates(t.end, s.start!) >= 0)),
      );
    if (!into.some((m) => m.fromIn) && !covered)
      add(
        'hire',
        s.start,
        s,
        into.filter((m) => !m.fromIn),
      );
  }
  for (const s of inside) {
    if (s.end === null && !s.left) continue;
    const out = row.moves.filter((m) => m.from === s.id);
    const covered =
      s.end !== null &&
      inside.some(
        (t) =>
          t.id !== s.id &&
          t.start !== null &&
          comparePartialDates(t.start, s.end!) <= 0 &&
          (isCurrent(t) || (t.end !== null && comparePartialDates(t.end, s.end!) > 0)),
      );
    if (!out.some((m) => m.toIn) && !covered)
      add(
        'departure',
        s.end,
        s,
        out.filter((m) => !m.toIn),
      );
  }
  // An undated stint beside a dated one of the same kind may be the same stint: it is not counted twice.
  return events.filter((e) => e.when !== null || !events.some((x) => x.kind === e.kind && x.when !== null));
}

function certaintyOf(e: Event): { certainty: Certainty; impliedBy: string[] } {
  if (e.stints.some((s) => stintImplied(s).length === 0)) return { certainty: 'stated', impliedBy: [] };
  return { certainty: 'implied', impliedBy: [...new Set(e.stints.flatMap(stintImplied))] };
}

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
  sources: s.sources,
});

export function movesOf(data: TalentData, periods: PeriodBounds[], interval: Interval): TalentMove[] {
  return data.people.flatMap((row) =>
    eventsOf(row).map((e) => ({
      person: e.person,
      kind: e.kind,
      when: e.when,
      ...place(e.when, e.when, periods, interval),
      ...certaintyOf(e),
      counterparts: [...e.counterparts.values()].map((c) => ({ org: c.org, certainty: c.certainty })),
      facts: [
        ...e.stints.map(workedAt),
        ...[...e.counterparts.values()]
          .map((c) => workedAt(c.other))
          .filter((f, i, a) => a.findIndex((x) => x.id === f.id) === i),
      ],
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
      facts: r.facts.map((f) => ({ ...f, type: 'PARTICIPATED_IN', start: null, end: null })),
    };
  });
}

const zeroFlow = () => ({
  named: { stated: 0, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
});
const zeroBucket = () => ({ hires: zeroFlow(), departures: zeroFlow() });
type Flow = ReturnType<typeof zeroFlow>;

/** Named people once per bucket (stated wins), reports by the largest count per counterpart. */
function fill(flow: Flow, moves: TalentMove[], reports: TalentReport[]): void {
  const people = new Map<string, Certainty>();
  for (const m of moves) if (people.get(m.person.id) !== 'stated') people.set(m.person.id, m.certainty);
  for (const c of people.values()) flow.named[c] += 1;
  const largest = new Map<string, TalentReport>();
  for (const r of reports) {
    if (r.count === null) {
      flow.reported.unquantified += 1;
      continue;
    }
    const key = r.counterpart?.id ?? '';
    const had = largest.get(key);
    if (!had || r.count > had.count! || (r.count === had.count && r.certainty === 'stated'))
      largest.set(key, r);
  }
  for (const r of largest.values()) flow.reported[r.certainty] += r.count!;
}

export function seriesOf(
  org: Brief,
  moves: TalentMove[],
  reports: TalentReport[],
  periods: PeriodBounds[],
): TalentSeries {
  // One pass groups the moves and reports by where they fall (a period's label, or undated/imprecise/outside).
  type Group = { hire: [TalentMove[], TalentReport[]]; departure: [TalentMove[], TalentReport[]] };
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

/** Counterparts ranked by the larger of named (in the window) and reported people. */
export function rank(moves: TalentMove[], reports: TalentReport[], kind: Kind): TalentResponse['sources'] {
  const rows = new Map<string, TalentResponse['sources'][number]>();
  const entry = (org: Brief) => {
    let r = rows.get(org.id);
    if (!r) {
      r = {
        org,
        named: { stated: 0, implied: 0 },
        undated: { stated: 0, implied: 0 },
        ...{ reported: zeroFlow().reported },
      };
      rows.set(org.id, r);
    }
    return r;
  };
  const seen = new Map<string, Certainty>();
  for (const m of moves) {
    if (m.kind !== kind || m.placement === 'outside') continue;
    for (const c of m.counterparts) {
      const key = `${m.placement === 'undated' ? 'u' : 'd'}|${c.org.id}|${m.person.id}`;
      const had = seen.get(key);
      if (had === 'stated' || had === c.certainty) continue;
      const counts = m.placement === 'undated' ? entry(c.org).undated : entry(c.org).named;
      if (had === 'implied') counts.implied -= 1;
      counts[c.certainty] += 1;
      seen.set(key, c.certainty);
    }
  }
  const largest = new Map<string, TalentReport>();
  for (const r of reports) {
    if (r.kind !== kind || !r.counterpart || r.placement === 'outside') continue;
    if (r.count === null) {
      entry(r.counterpart).reported.unquantified += 1;
      continue;
    }
    const had = largest.get(r.counterpart.id);
    if (!had || r.count > had.count! || (r.count === had.count && r.certainty === 'stated'))
      largest.set(r.counterpart.id, r);
  }
  for (const r of largest.values()) entry(r.counterpart!).reported[r.certainty] += r.count!;
  const size = (r: TalentResponse['sources'][number]) =>
    Math.max(r.named.stated + r.named.implied, r.reported.stated + r.reported.implied);
  const undatedSize = (r: TalentResponse['sources'][number]) => r.undated.stated + r.undated.implied;
  return [...rows.values()].sort(
    (a, b) => size(b) - size(a) || undatedSize(b) - undatedSize(a) || a.org.id.localeCompare(b.org.id),
  );
}

/** The window's ends: as asked, else the earliest and latest dates of the moves and reports. */
function windowOf(q: TalentQuery, data: TalentData[]): { from: string | null; to: string | null } {
  const dates: string[] = [];
  for (const d of data) {
    for (const row of d.people) for (const e of eventsOf(row)) if (e.when) dates.push(e.when);
    for (const r of d.reports)
      for (const x of [r.since ?? r.date, r.until ?? r.date ?? r.published]) if (x) dates.push(x);
  }
  const from = q.from ?? dates.map(earliestDay).sort()[0] ?? null;
  const to = q.to ?? dates.map(latestDay).sort().pop() ?? null;
  return {
    from: from && to && from > to && !q.from ? to : from,
    to: from && to && to < from && !q.to ? from : to,
  };
}

export function createTalentService(repo: TalentRepository) {
  return {
    async talent(orgId: string, q: TalentQuery): Promise<TalentResponse> {
      const evidence = q.detail === 'moves';
      const data = await repo.read(orgId, q.divisions, evidence);
      const bench = q.compare ? await repo.read(q.compare, q.divisions, false) : null;
      const { from, to } = windowOf(q, bench ? [data, bench] : [data]);
      const periods = from && to ? periodsBetween(from, to, q.interval) : [];
      const moves = movesOf(data, periods, q.interval);
      const reports = reportsOf(data, periods, q.interval);
      return {
        ...seriesOf(data.org, moves, reports, periods),
        from,
        to,
        interval: q.interval,
        divisions: q.divisions,
        detail: q.detail,
        cited: [
          ...new Set([
            ...moves.flatMap((m) => m.facts.flatMap((f) => f.sources)),
            ...reports.flatMap((r) => r.facts.flatMap((f) => f.sources)),
          ]),
        ].sort(),
        sources: rank(moves, reports, 'hire'),
        destinations: rank(moves, reports, 'departure'),
        moves: evidence ? moves : [],
        reports,
        benchmark: bench
          ? seriesOf(
              bench.org,
              movesOf(bench, periods, q.interval),
              reportsOf(bench, periods, q.interval),
              periods,
            )
          : null,
      };
    },
  };
}
export type TalentService = ReturnType<typeof createTalentService>;
