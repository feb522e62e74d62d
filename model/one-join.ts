// Whether two of a person's stints begun on different dates are one stint the sources start differently (stated
// April, implied May): one join, told once — the start side's twin of model/talent-events.ts oneStint/leftTogether,
// which tell one stint ended on different dates as one departure. Pure: the timeline groups by it
// (server/services/timeline-service.ts), and its Cypher twin guides the timeline's cut (server/queries/timeline.ts);
// the careers and the seed's flows join by it (joinedMoves: server/services/career-service.ts, seed/flow-joins.ts).
import { computeMoves, ledByStated, type Move, type Stint } from './career-moves.js';
import { comparePartialDates } from './dates.js';

/** A stint as the rule reads it: its dates, its organisation, whether a source states it, its role and sources. */
export interface JoinStint extends Stint {
  stated: boolean;
  /** The role the fact gives (none: not said). */
  role?: string | null;
  /** The Source ids the fact cites. */
  sources?: readonly string[];
}

/** The same role, or one of them not said: a role that differs is another stint (a promotion, a second role). */
function roleAlike(a: JoinStint, b: JoinStint): boolean {
  const norm = (r: string | null | undefined) => (r ?? '').trim().toLowerCase();
  return !norm(a.role) || !norm(b.role) || norm(a.role) === norm(b.role);
}

/** Told by different sources: one source giving two starts at one organisation tells two stints. */
function toldApart(a: JoinStint, b: JoinStint): boolean {
  return !(a.sources ?? []).some((s) => (b.sources ?? []).includes(s));
}

/**
 * Whether `s` may be told as one join with every stint of `move` at its organisation (a role unsaid is alike any, so
 * one stint alike each of two that differ would otherwise join a promotion through it): of the same role as each or
 * one not saying it, told by other sources than each and, given `from` (joinedFrom), not joined from another place
 * than any of them — a start led into from nowhere, alike two stints led into from different places, would otherwise
 * chain two moves into one join.
 */
export function joinsWithAll(
  move: readonly JoinStint[],
  s: JoinStint,
  from?: ReadonlyMap<string, readonly string[]>,
): boolean {
  return move.every(
    (x) =>
      x.id === s.id ||
      x.orgId !== s.orgId ||
      (roleAlike(x, s) && toldApart(x, s) && (!from || leftAlike(x, s, from))),
  );
}

/**
 * Not joined from different places: the next-stint rule leads into each from stints left that are the same, or into
 * one of them from nowhere (`from`: joinedFrom). Two stints led into from different places are two moves.
 */
function leftAlike(a: JoinStint, b: JoinStint, from: ReadonlyMap<string, readonly string[]>): boolean {
  const fa = from.get(a.id);
  const fb = from.get(b.id);
  return !fa || !fb || fa.some((id) => fb.includes(id));
}

/** They end alike: both going on (neither left), both left with no date, or ends equal at their common precision. */
function endAlike(a: Stint, b: Stint): boolean {
  if (!a.end || !b.end) return !a.end && !b.end && (a.left === true) === (b.left === true);
  return comparePartialDates(a.end, b.end) === 0;
}

/** A stint's dates: all oneAfterTheOther reads (the dashboard's rule of one move by date reads it too). */
export type StintSpan = Pick<Stint, 'start' | 'end'>;

/** One ended before the other began, at their common precision: two stays, not one. */
export function oneAfterTheOther(a: StintSpan, b: StintSpan): boolean {
  const before = (x: StintSpan, y: StintSpan) =>
    !!x.end && !!y.start && comparePartialDates(x.end, y.start) < 0;
  return before(a, b) || before(b, a);
}

/**
 * The stints each stint is joined from by the next-stint rule (model/career-moves.ts computeMoves: the stints left
 * for it), by stint id; a stint no move leads into has no entry. Worked out from all of the person's sourced stints.
 */
export function joinedFrom(stints: readonly JoinStint[]): Map<string, string[]> {
  const into = new Map<string, string[]>();
  for (const m of computeMoves(stints, { stated: (s) => s.stated }))
    into.set(m.to.id, [m.from.id, ...m.also.map((s) => s.id)]);
  return into;
}

/**
 * Whether `a` and `b`, begun on dates that differ at their common precision, are one stint told twice, so their
 * starts are one join: told by different sources (toldApart) of the same role or one not saying it (roleAlike) — a
 * promotion or a second role begun while the first goes on is another stint — at one organisation (a division's stint begun after its parent's is a move inside, a join of
 * the division of its own, as its dashboard counts it), neither ended before the other began, ending
 * alike (endAlike: where they end is the other side by which one stint is known, as oneStint knows one stint by its
 * start), and not joined from different places — when the next-stint rule leads into each from stints left that are
 * not the same (`from`: joinedFrom), they are two moves, as the career tells them (two roles taken up at different
 * times, each from elsewhere). Starts equal at common precision are the rule of one move by date (sameMove).
 */
export function oneJoin(a: JoinStint, b: JoinStint, from: ReadonlyMap<string, readonly string[]>): boolean {
  if (a.id === b.id || !a.start || !b.start || comparePartialDates(a.start, b.start) === 0) return false;
  if (a.orgId !== b.orgId || oneAfterTheOther(a, b) || !endAlike(a, b)) return false;
  return roleAlike(a, b) && toldApart(a, b) && leftAlike(a, b, from);
}

/** A move (model/career-moves.ts computeMoves) into one join: `to` the stint it is told by, `joined` the others. */
export interface JoinedMove<S extends JoinStint> extends Move<S> {
  /** The other stints of the same join (oneJoin): other facts telling the stint joined, with other starts. */
  joined: S[];
}

const byStart = (a: JoinStint, b: JoinStint) =>
  comparePartialDates(a.start ?? '9999', b.start ?? '9999') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every move of a person (computeMoves), each into one join rather than into its earliest start alone: the stints at
 * the stint joined's organisation told as one join with it (oneJoin, each alike every other: joinsWithAll, in start
 * order, as the dashboard counts a hire: model/talent-events.ts) are its `joined`, told by no move of their own, so
 * the join is counted once. The move is told by the surest of them — the earliest-starting
 * stated one, else the earliest — so it is as sure as the join's surest start (stated by a stated chain,
 * ledByStated) and dated by it, as the dashboard and the timeline date the join (model/move-date.ts moveDate of
 * the starts as sure as it): an implied April and a stated May start make a stated move in May.
 */
export function joinedMoves<S extends JoinStint>(stints: readonly S[]): JoinedMove<S>[] {
  const stated = (s: S) => s.stated;
  const moves = computeMoves(stints, { stated });
  const from = new Map<string, string[]>(
    moves.map((m) => [m.to.id, [m.from.id, ...m.also.map((s) => s.id)]]),
  );
  const sorted = [...stints].filter((s) => !!s.start).sort(byStart);
  const taken = new Set<string>();
  const out: JoinedMove<S>[] = [];
  for (const m of moves) {
    if (taken.has(m.to.id)) continue;
    const join: S[] = [m.to];
    for (const s of sorted) {
      if (s.id === m.to.id || taken.has(s.id) || s.orgId !== m.to.orgId) continue;
      if (!join.some((t) => oneJoin(t, s, from)) || join.some((t) => oneAfterTheOther(t, s))) continue;
      if (joinsWithAll(join, s, from)) join.push(s);
    }
    for (const s of join) taken.add(s.id);
    if (join.length === 1) {
      out.push({ ...m, joined: [] });
      continue;
    }
    // No other move leads into the join: each stint left leads into one stint, so two stints each led into are
    // led into from different stints, and oneJoin tells them apart (two moves, two joins).
    const left = [m.from, ...m.also];
    const sure = join.filter(stated).sort(byStart)[0] ?? [...join].sort(byStart)[0]!;
    const move = ledByStated(
      { from: left[0]!, to: sure, also: left.slice(1), when: sure.start ?? m.when },
      stated,
    );
    out.push({ ...move, joined: join.filter((s) => s !== sure).sort(byStart) });
  }
  return out.sort(
    (a, b) => (a.when ?? '9999').localeCompare(b.when ?? '9999') || a.from.id.localeCompare(b.from.id),
  );
}
