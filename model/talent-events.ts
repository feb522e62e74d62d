// An organisation's hires and departures, person by person, from the rows of TALENT_STINTS (model/talent-queries.ts):
// a stint's start is a hire, its end (or `left` without an end) a departure; a move inside the organisation is
// neither, and each move counts once. Pure: the server reads it per request, the seed stores it in the talent index.
import { latestEnd } from './career-moves.js';
import { comparePartialDates } from './dates.js';
import { moveDate } from './move-date.js';
import { joinsWithAll, oneAfterTheOther, oneJoin, type JoinStint } from './one-join.js';
import type { Brief, TalentPersonRow, TalentPlacing, TalentStint } from './talent-rows.js';

export type TalentCertainty = 'stated' | 'implied';
export type TalentKind = 'hire' | 'departure';

export interface TalentEvent {
  person: Brief;
  kind: TalentKind;
  when: string | null;
  stints: TalentStint[];
  counterparts: Map<
    string,
    { org: Brief; certainty: TalentCertainty; other: TalentStint; via: TalentPlacing[]; within: string[] }
  >;
  /**
   * Stints at the other end of the move whose organisation is not counted as a counterpart (oneCounterpartPerMove:
   * a division and its parent left at once): still facts behind the move, cited with it — each with the counterpart
   * it was folded into and how sure its own move was, so the part drawn towards that counterpart can cite it.
   */
  alsoBehind: FoldedStint[];
}

/** A stint at the other end of a move whose organisation oneCounterpartPerMove folded into a kept counterpart. */
export interface FoldedStint {
  stint: TalentStint;
  /** The id of the counterpart kept in its place. */
  into: string;
  /** The certainty of the move towards the organisation folded in. */
  certainty: TalentCertainty;
}

const isCurrent = (t: TalentStint) => t.end === null && !t.left;
const stintImplied = (s: TalentStint) => [...(s.certainty === 'implied' ? [s.id] : []), ...s.implied];

/** Events per row: the window and the moves both read them. */
const eventCache = new WeakMap<TalentPersonRow, TalentEvent[]>();

/** The hires and departures of one person at the organisation (computed once per row). */
export function eventsOf(row: TalentPersonRow): TalentEvent[] {
  let out = eventCache.get(row);
  if (!out) eventCache.set(row, (out = computeEvents(row)));
  return out;
}

/**
 * Whether a stint other than `s` keeps the person inside across `at`: one begun before it and not ended by it
 * (`before`: inside already when `s` starts, so no hire), or begun by it and ended after it (`after`: still inside
 * when `s` ends, so no departure).
 */
function spannedByAnother(
  inside: TalentStint[],
  s: TalentStint,
  at: string,
  side: 'before' | 'after',
): boolean {
  return inside.some((t) => {
    if (t.id === s.id || t.start === null) return false;
    const began = comparePartialDates(t.start, at);
    if (side === 'before' ? began >= 0 : began > 0) return false;
    if (isCurrent(t)) return true;
    if (t.end === null) return false;
    const ended = comparePartialDates(t.end, at);
    return side === 'before' ? ended >= 0 : ended > 0;
  });
}

/**
 * Whether two stints are one stint several sources tell: at the same organisation, begun on dates equal at their
 * common precision and not one after the other (sameMove) — whatever each says of its end.
 */
function oneStint(a: TalentStint, b: TalentStint): boolean {
  return a.org === b.org && a.start !== null && b.start !== null && sameMove(a.start, [a], b.start, b);
}

/**
 * The ended stints inside a person left for somewhere else (a move inside is no departure), grouped by the move
 * they make: those left for one stint joined together (a division and its parent, one stint from two sources), and
 * one stint several sources end on different dates (oneStint) together when none names a stint joined — left
 * once, as sure as its surest fact, rather than the earlier end counting as still inside the later (stillInside) and
 * a stated end giving way to an implied one. Each other one alone.
 */
function leftTogether(inside: TalentStint[], moves: TalentPersonRow['moves']): TalentStint[][] {
  const groups: { to: string | null; stints: TalentStint[] }[] = [];
  for (const s of inside) {
    if (s.end === null && !s.left) continue;
    const out = moves.filter((m) => m.from === s.id);
    if (out.some((m) => m.toIn)) continue;
    const to = out.length ? out[0]!.to : null;
    // One stint told twice is grouped only where both tellings lead to the same place (or nowhere named): two roles
    // taken up together, one left for elsewhere and one going on, are two stints, and leaving the first while inside
    // the second is no departure (stillInside).
    const group = groups.find((g) => g.to === to && (to !== null || g.stints.some((t) => oneStint(t, s))));
    if (group) group.stints.push(s);
    else groups.push({ to, stints: [s] });
  }
  return groups.map((g) => g.stints);
}

/**
 * Whether the person is still inside after leaving `s` (`out`: its moves): another stint spans its end, or — when
 * leaving it led nowhere the facts name — a stint there of unknown start ended later (the next-stint rule's stint
 * standing between, model/career-moves.ts: the person was there after `s`, and its end is the departure).
 */
function stillInside(inside: TalentStint[], s: TalentStint, out: TalentPersonRow['moves']): boolean {
  const end = s.end;
  if (end === null) return false;
  if (spannedByAnother(inside, s, end, 'after')) return true;
  if (out.length) return false;
  return inside.some(
    (t) => t.id !== s.id && t.start === null && t.end !== null && comparePartialDates(end, t.end) < 0,
  );
}

/**
 * When a person left several stints for one stint joined: the latest end among them — for a stated move (one chain
 * of stated facts into it), among the stated ones — as a career dates a move into a stint of unknown start
 * (model/career-moves.ts latestEnd, ledByStated). With no stated move, a departure still stated (a stated stint
 * placed by stated facts, certaintyOf) is dated by those stints only: an implied stint's end is not what is stated.
 */
function leftAt(left: TalentStint[], moves: TalentPersonRow['moves']): string | null {
  const byStatedMove = left.filter((s) => moves.some((m) => m.from === s.id && m.implied.length === 0));
  const stated = left.filter((s) => stintImplied(s).length === 0);
  return latestEnd((byStatedMove.length ? byStatedMove : stated.length ? stated : left).map((s) => s.end));
}

/**
 * The date an event is shown at, from the date each of its stints gave it, by the rule of one date of a move
 * (model/move-date.ts: a hire its earliest start, the finest of those equal to it) among the stints as sure as the
 * event — a stated event's stated stints (placed by stated facts, certaintyOf), an implied one's every stint — as the
 * timeline dates an item (server/services/timeline-item.ts stintItem). An implied fact's finer date of a
 * stated move is not stated: counted in that month, the move would cite a source that gives only the year.
 */
function eventDate(kind: TalentKind, told: { stint: TalentStint; when: string | null }[]): string | null {
  const stated = told.filter((t) => stintImplied(t.stint).length === 0);
  const dates = (stated.length ? stated : told).flatMap((t) => (t.when === null ? [] : [t.when]));
  return moveDate(kind === 'hire' ? 'stint-start' : 'stint-end', dates);
}

/** A stint's dates: all the rule of one move (sameMove) reads. */
export type StintDates = Pick<TalentStint, 'start' | 'end'>;

/**
 * Whether stint `s`, begun (or ended) at `when`, makes the same move as `told`, stints begun (or ended) at `at`: the
 * same move seen through two stints (a division's and its parent's, two roles taken up together, one stint from two
 * sources) — equal at their common precision ('2025-06' and 2025-06-12) — but not two stints one after the other
 * ('2024' to 2024-03, then from 2024-09: a return), whose dates only compare equal at their common precision. The
 * dashboard counts by it (computeEvents) and the timeline tells by it (server/services/timeline-service.ts).
 */
export function sameMove(
  at: string | null,
  told: readonly StintDates[],
  when: string | null,
  s: StintDates,
): boolean {
  return (
    (at === null ? when === null : when !== null && comparePartialDates(at, when) === 0) &&
    !told.some((o) => oneAfterTheOther(o, s))
  );
}

/** The date a move is shown at: the finer of two dates of it ('2025-06-12' rather than '2025-06'). */
export const finerDate = (a: string, b: string): string => (b.length > a.length ? b : a);

/** A stint as the rule of one join reads it (model/one-join.ts). */
const joinStint = (s: TalentStint): JoinStint => ({
  id: s.id,
  orgId: s.org,
  start: s.start,
  end: s.end,
  left: s.left,
  stated: stintImplied(s).length === 0,
  role: s.role ?? null,
  sources: s.sources,
});

/** The stints each stint is joined from by the moves into it (the next-stint rule's, TALENT_STINTS), by stint id. */
function joinsInto(row: TalentPersonRow): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of row.moves) out.set(m.to, [...(out.get(m.to) ?? []), m.from]);
  return out;
}

/** The hires and departures of one person at the organisation, each move once. */
function computeEvents(row: TalentPersonRow): TalentEvent[] {
  const inside = row.stints;
  const events: TalentEvent[] = [];
  // The date each stint gave its event: matched against the finest of them while the events are told (sameMove, as
  // the timeline groups a move), shown at the finest of those as sure as the event once all are told (eventDate).
  const told = new Map<TalentEvent, { stint: TalentStint; when: string | null }[]>();
  // The implied facts behind each counterpart counted implied (statedByJoin weighs them again).
  const impliedBehind = new Map<TalentEvent, Map<string, string[]>>();
  const add = (
    kind: TalentKind,
    when: string | null,
    s: TalentStint,
    moves: TalentPersonRow['moves'],
    same?: TalentEvent,
  ) => {
    // The same move seen through two stints is one event (sameMove), dated once all are told (eventDate).
    let e = same ?? events.find((x) => x.kind === kind && sameMove(x.when, x.stints, when, s));
    if (!e) {
      e = { person: row.person, kind, when, stints: [], counterparts: new Map(), alsoBehind: [] };
      events.push(e);
    }
    // Matched on as the finer of dates equal at common precision; a join of starts that differ (oneJoin) keeps the
    // first's, so what the later stints match does not hang on their order. Shown at eventDate's once all are told.
    if (when !== null && e.when !== null && comparePartialDates(e.when, when) === 0)
      e.when = finerDate(e.when, when);
    e.stints.push(s);
    told.set(e, [...(told.get(e) ?? []), { stint: s, when }]);
    for (const m of moves) {
      if (!m.counterpart) continue;
      const certainty: TalentCertainty = m.implied.length === 0 ? 'stated' : 'implied';
      const had = e.counterparts.get(m.counterpart.id);
      if (certainty === 'implied' && !had) {
        const of = impliedBehind.get(e) ?? new Map<string, string[]>();
        impliedBehind.set(e, of.set(m.counterpart.id, m.implied));
      }
      if (!had || (had.certainty === 'implied' && certainty === 'stated'))
        e.counterparts.set(m.counterpart.id, {
          org: m.counterpart,
          certainty,
          other: m.other,
          via: m.via,
          within: m.within,
        });
    }
    return e;
  };
  const into = (s: TalentStint) => row.moves.filter((m) => m.to === s.id);
  const hireOf = new Map<string, TalentEvent>();
  const spanned: TalentStint[] = [];
  for (const s of inside) {
    // A move inside is no hire; someone already inside (another stint spans the start) is not hired again.
    if (into(s).some((m) => m.fromIn)) continue;
    if (s.start !== null && spannedByAnother(inside, s, s.start, 'before')) spanned.push(s);
    else hireOf.set(s.id, add('hire', s.start, s, into(s)));
  }
  // A stint begun inside another may be that stint told again with another start (stated May, implied April:
  // model/one-join.ts oneJoin, as the timeline tells it): one hire, as sure as its surest fact and dated by its stated
  // facts (eventDate), rather than the earlier start's alone — implied, with a stated source saying otherwise.
  // In start order, each against every stint of a hire (one-join.ts joinsWithAll), as the timeline tells a join.
  const from = joinsInto(row);
  const hires = [...new Set(hireOf.values())];
  const byStart = (a: TalentStint, b: TalentStint) =>
    comparePartialDates(a.start ?? '', b.start ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const joinedHires = new Set<TalentEvent>();
  for (const s of [...spanned].sort(byStart)) {
    const js = joinStint(s);
    const hire = hires.find(
      (e) =>
        e.stints.some((t) => oneJoin(joinStint(t), js, from)) &&
        !e.stints.some((t) => oneAfterTheOther(t, s)) &&
        joinsWithAll(e.stints.map(joinStint), js, from),
    );
    if (hire) {
      add('hire', s.start, s, into(s), hire);
      joinedHires.add(hire);
    }
  }
  for (const e of joinedHires) statedByJoin(e, impliedBehind.get(e));
  const outOf = (s: TalentStint) => row.moves.filter((m) => m.from === s.id);
  for (const [s, ...also] of leftTogether(inside, row.moves)) {
    // A move out is the stint joined (model/career-moves.ts): the stints left for it are one departure, unless the
    // person stays inside after each of them.
    const left = [s!, ...also];
    if (left.every((t) => t.end !== null && stillInside(inside, t, outOf(t)))) continue;
    const when = also.length ? leftAt(left, row.moves) : s!.end;
    let e: TalentEvent | undefined;
    for (const t of left)
      e = add(
        'departure',
        when,
        t,
        outOf(t).filter((m) => !m.toIn),
        e,
      );
  }
  for (const e of events) {
    e.when = eventDate(e.kind, told.get(e)!);
    oneCounterpartPerMove(e);
  }
  // An undated stint beside a dated one of the same kind may be the same stint: it is not counted twice.
  return events.filter((e) => e.when !== null || !events.some((x) => x.kind === e.kind && x.when !== null));
}

/**
 * A hire one join made stated (a stated May start told with the implied April one the move led into): a counterpart
 * is stated when only the join's own starts made its move implied, as the flows and the career tell the move.
 */
function statedByJoin(e: TalentEvent, implied: Map<string, string[]> | undefined): void {
  if (!implied || certaintyOf(e).certainty !== 'stated') return;
  const own = new Set(e.stints.map((s) => s.id));
  for (const [id, facts] of implied) {
    const c = e.counterparts.get(id);
    if (c?.certainty === 'implied' && facts.every((f) => own.has(f))) c.certainty = 'stated';
  }
}

/**
 * By division, a person who left a division and its parent at once (two stints, one move) has both as counterparts:
 * one move, so one is kept — the more certain (a stated parent rather than an implied division, so the move is never
 * less sure than its facts say; the flows by division keep the division, implied), and of two as certain the
 * division, the most specific. Each kept counterpart is as sure as its own facts say. Only a pair still both kept
 * is weighed, and never a counterpart against itself: PART_OF facts written in a cycle must not drop them all.
 */
function oneCounterpartPerMove(e: TalentEvent): void {
  const all = [...e.counterparts.values()];
  for (const d of all)
    for (const p of all) {
      if (d === p || !d.within.includes(p.org.id)) continue;
      if (!e.counterparts.has(d.org.id) || !e.counterparts.has(p.org.id)) continue;
      const dropped = d.certainty === 'implied' && p.certainty === 'stated' ? d : p;
      const kept = dropped === d ? p : d;
      e.counterparts.delete(dropped.org.id);
      // Its stint is still a fact behind the move: the drill-down lists it and cites its sources. What was folded
      // into the dropped counterpart goes with it into the kept one.
      for (const f of e.alsoBehind) if (f.into === dropped.org.id) f.into = kept.org.id;
      e.alsoBehind.push({ stint: dropped.other, into: kept.org.id, certainty: dropped.certainty });
    }
}

/** Stated when one stint behind the event is stated and placed in the organisation by stated facts only. */
export function certaintyOf(e: TalentEvent): { certainty: TalentCertainty; impliedBy: string[] } {
  if (e.stints.some((s) => stintImplied(s).length === 0)) return { certainty: 'stated', impliedBy: [] };
  return { certainty: 'implied', impliedBy: [...new Set(e.stints.flatMap(stintImplied))] };
}

/**
 * The PART_OF facts an event is counted along: those that place its stints in the organisation, then those that roll
 * its counterparts up to their tops — each once.
 */
export function eventPlacings(e: TalentEvent): TalentPlacing[] {
  const all = [...e.stints.flatMap((s) => s.via), ...[...e.counterparts.values()].flatMap((c) => c.via)];
  return all.filter((p, i) => all.findIndex((x) => x.id === p.id) === i);
}

/**
 * The stints at the other end of an event's moves, each once: its counterparts' and those of organisations not counted
 * as one (alsoBehind).
 */
export function otherStints(e: TalentEvent): TalentStint[] {
  const all = [...[...e.counterparts.values()].map((c) => c.other), ...e.alsoBehind.map((f) => f.stint)];
  return all.filter((s, i) => all.findIndex((x) => x.id === s.id) === i);
}

/**
 * The Source ids of the facts behind an event: its stints, the stints at the other end of its moves (otherStints)
 * and the PART_OF facts it is counted along (eventPlacings).
 */
export function eventSources(e: TalentEvent): string[] {
  return [
    ...e.stints.flatMap((s) => s.sources),
    ...otherStints(e).flatMap((s) => s.sources),
    ...eventPlacings(e).flatMap((p) => p.sources),
  ];
}

const distinct = (ids: string[]): string[] => [...new Set(ids)];

/**
 * The Source ids behind an event where it is counted at the organisation (a bar, the undated or imprecise ones): the
 * facts that make it as sure as it is counted — a stated event its stated stints (placed in the organisation by
 * stated facts) with the PART_OF facts that place them, an implied one every stint and theirs — as a flow's stated
 * part cites only its stated chains (seed/queries/stage-named-flows.ts citedChains). Where the person came from or
 * went to is no part of that count: counterpartSources.
 */
export function countedSources(e: TalentEvent): string[] {
  const stated = certaintyOf(e).certainty === 'stated';
  const stints = stated ? e.stints.filter((s) => stintImplied(s).length === 0) : e.stints;
  return distinct(stints.flatMap((s) => [...s.sources, ...s.via.flatMap((p) => p.sources)]));
}

/**
 * The Source ids an event adds where it is counted towards one of its counterparts (a Sankey link, a ranked row):
 * the stint at that end, the PART_OF facts that roll it up to its top, and the stints of organisations folded into
 * it (oneCounterpartPerMove) whose move was as sure — an implied one beside a stated counterpart backs no part of it.
 */
export function counterpartSources(e: TalentEvent, counterpart: string): string[] {
  const c = e.counterparts.get(counterpart);
  if (!c) return [];
  const folded = e.alsoBehind.filter((f) => f.into === counterpart && f.certainty === c.certainty);
  return distinct([
    ...c.other.sources,
    ...c.via.flatMap((p) => p.sources),
    ...folded.flatMap((f) => f.stint.sources),
  ]);
}
