// Which stints follow which: the same rule the seed uses to derive TALENT_FLOW (seed/queries/stage-named-flows.ts),
// in model/ so that the server's careers and flows and the client's career view (when it has no server answer)
// agree. Pure.
import { comparePartialDates } from './dates.js';

export interface Stint {
  id: string;
  orgId: string;
  start?: string | null;
  end?: string | null;
  left?: boolean | null;
}

export interface Move<S extends Stint = Stint> {
  from: S;
  to: S;
  /**
   * The other stints left for the same stint joined, by id: leaving a division and its parent (FAIR and Meta) for one
   * stint is one move, as the flows count it (seed/queries/stage-named-flows.ts), not one a stint left.
   */
  also: S[];
  /**
   * When the move happened at the precision known: the stint joined's start, else the latest end among the stints
   * left for it (for a stated move, its stated ones: ledByStated) — the one date the flows, dashboard and timeline use.
   */
  when: string | null;
}

/** Ended: an end date, or left with none given — a stint the next-stint rule leads on from. */
export const ended = (s: Stint) => Boolean(s.end) || s.left === true;
const current = (s: Stint) => !s.end && s.left !== true;

/**
 * True when `next` can be the stint that follows the ended stint `s` among `stints`. A stint with no start that ended
 * after `s` and no later than `next` began stands between them: the person was there after leaving `s`, so `s` did
 * not lead to `next` (the move into `next` is that stint's). The Cypher twin: model/next-stint-cypher.ts.
 */
function canFollow(s: Stint, next: Stint, stints: readonly Stint[]): boolean {
  if (next.id === s.id) return false;
  const end = s.end;
  const start = next.start;
  if (end && start) {
    return (
      comparePartialDates(end, start) <= 0 &&
      !stints.some(
        (t) =>
          t.id !== s.id &&
          !t.start &&
          !!t.end &&
          comparePartialDates(end, t.end) < 0 &&
          comparePartialDates(t.end, start) <= 0,
      )
    );
  }
  // A date is missing: only a current stint that did not start before `s` can follow it.
  return current(next) && !(s.start && next.start && comparePartialDates(next.start, s.start) < 0);
}

/**
 * The stint after an ended one: the earliest-starting stint that can follow it (undated last); of two with the same
 * start (one stint two sources tell, one stating it and one implying it), a stated one (`stated`), so the move is as
 * certain as its stated chain whatever the facts' ids; then by id. The stints are those a source backs (as the
 * Cypher twin's), so stated first is its certaintyStrength order.
 */
export function nextStint<S extends Stint>(
  s: S,
  stints: readonly S[],
  stated: (s: S) => boolean = () => false,
): S | undefined {
  let best: S | undefined;
  for (const c of stints) {
    if (!canFollow(s, c, stints)) continue;
    if (!best) {
      best = c;
      continue;
    }
    const a = c.start ?? '9999';
    const b = best.start ?? '9999';
    if (a < b || (a === b && before(c, best, stated))) best = c;
  }
  return best;
}

/** Of two stints with the same start, whether `c` comes first: stated before the rest, then by id. */
function before<S extends Stint>(c: S, best: S, stated: (s: S) => boolean): boolean {
  const sc = stated(c);
  const sb = stated(best);
  return sc !== sb ? sc : c.id < best.id;
}

/**
 * Every move of a person: each stint joined after an ended stint at another organisation — one move however many
 * stints were left for it (the first by date then id is `from`, the others `also`). With `stated` (whether a stint is
 * a stated fact), a stated move is told by its stated stints (ledByStated), and of two stints joined on the same start
 * the stated one is (nextStint).
 */
export function computeMoves<S extends Stint>(
  stints: readonly S[],
  opts: { stated?: (s: S) => boolean } = {},
): Move<S>[] {
  const steps: Move<S>[] = [];
  for (const s of stints) {
    if (!ended(s)) continue;
    const next = nextStint(s, stints, opts.stated);
    if (next && next.orgId !== s.orgId)
      steps.push({ from: s, to: next, also: [], when: next.start ?? s.end ?? null });
  }
  steps.sort(byWhenThenFrom);
  const byJoined = new Map<string, Move<S>>();
  for (const m of steps) {
    const first = byJoined.get(m.to.id);
    if (!first) byJoined.set(m.to.id, m);
    else {
      first.also.push(m.from);
      first.when = laterEnd(first.when, m);
    }
  }
  const { stated } = opts;
  const moves = [...byJoined.values()];
  return (stated ? moves.map((m) => ledByStated(m, stated)) : moves).sort(byWhenThenFrom);
}

const byWhenThenFrom = (a: Move, b: Move) =>
  (a.when ?? '9999').localeCompare(b.when ?? '9999') || a.from.id.localeCompare(b.from.id);

/**
 * The latest of the ends of stints left (unknown ones aside; of two equal at their common precision, the coarser, as
 * the seed's flows date a move: date-cypher.ts endsLaterCypher — '2025' may end after '2025-05'), in whatever order
 * they come: when a move into a stint of unknown start happened. The dashboard and the timeline date a departure from
 * several stints by it too (model/talent-events.ts, model/leavings.ts).
 */
export function latestEnd(ends: readonly (string | null | undefined)[]): string | null {
  let when: string | null = null;
  for (const end of ends) {
    if (!end) continue;
    const c = when === null ? 1 : comparePartialDates(end, when);
    if (c > 0 || (c === 0 && end.length < when!.length)) when = end;
  }
  return when;
}

/** A stint joined with no start: the move is dated by the last stint left (the one the person left last). */
function laterEnd(when: string | null, step: { to: Stint; when: string | null }): string | null {
  if (!step.to.start && step.when && (!when || comparePartialDates(step.when, when) > 0)) return step.when;
  return when;
}

/**
 * A move told by the facts it rests on. A stated move — the stint joined is stated, and so is a stint left: one chain
 * of facts stated throughout — has a stated stint left as its `from` (the first), and a stint joined with no start is
 * dated by the stated stints left only; an implied stint left beside them (a parent's the sources only imply, say)
 * backs nothing of it and stays in `also`. Any other move is returned as it is.
 */
export function ledByStated<S extends Stint>(m: Move<S>, stated: (s: S) => boolean): Move<S> {
  const left = [m.from, ...m.also];
  const backing = left.filter(stated);
  if (!stated(m.to) || backing.length === 0 || backing.length === left.length) return m;
  const from = backing[0]!;
  let when: string | null = m.to.start ?? null;
  if (!m.to.start) for (const s of backing) when = laterEnd(when, { to: m.to, when: s.end ?? null });
  return { from, to: m.to, also: left.filter((s) => s !== from), when };
}

/** Stints in time order: by start (else end), undated last, then by id. */
export function sortStints<S extends Stint>(stints: readonly S[]): S[] {
  const key = (s: Stint) => s.start ?? s.end ?? '9999';
  return [...stints].sort(
    (a, b) =>
      comparePartialDates(key(a), key(b)) || key(a).length - key(b).length || a.id.localeCompare(b.id),
  );
}

/** `d` lies in [from, to] at their common precision (missing bounds are open). */
export function inWindow(d: string, from: string | undefined, to: string | undefined): boolean {
  return (!from || comparePartialDates(from, d) <= 0) && (!to || comparePartialDates(d, to) <= 0);
}
