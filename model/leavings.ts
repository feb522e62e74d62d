// Which of a person's stints they left together: one leaving per move (the stint joined, model/career-moves.ts), so
// the timeline tells a move once, from one row, at the date the dashboard counts its departure (model/talent-events.ts
// leftAt: both career-moves.ts latestEnd), and names every stint left for it as the career does (`also`). Pure.
import { computeMoves, latestEnd, type Stint } from './career-moves.js';
import { comparePartialDates } from './dates.js';

/** A stint of the person: whether a source states it, and the organisations its organisation is part of (stated). */
export interface LeftStint extends Stint {
  stated: boolean;
  parents: readonly string[];
}

/** Stints left together: those left for one stint joined (and the stints folded into them), and when. */
export interface Leaving<S extends LeftStint> {
  key: string;
  stints: S[];
  /** When the person left: the latest end among the stints left — of the stated ones for a stated move. */
  when: string | null;
}

/** The latest end (career-moves.ts latestEnd: the coarser of ends equal at their common precision, as flows date it). */
function leftAt(stints: readonly LeftStint[]): string | null {
  return latestEnd(stints.map((s) => s.end));
}

/**
 * The stint whose row tells a leaving: one every answer agrees on, whatever rows it read — the first by id of the
 * stints left at its date exactly, else of those with the latest end. Told from any row of its date, a leaving whose
 * rows a page's cut parted was told on both pages.
 */
export function tellerOf(leaving: Leaving<LeftStint>): string | undefined {
  const ended = leaving.stints.filter((s) => !!s.end);
  const at = ended.filter((s) => s.end === leaving.when);
  const last = latestEnd(ended.map((s) => s.end));
  const pool = at.length ? at : ended.filter((s) => s.end === last);
  return pool.map((s) => s.id).sort()[0];
}

/** One organisation, or one part of the other by a stated PART_OF: where the person still is after leaving one. */
export const related = (a: Pick<LeftStint, 'orgId' | 'parents'>, b: Pick<LeftStint, 'orgId' | 'parents'>) =>
  a.orgId === b.orgId || a.parents.includes(b.orgId) || b.parents.includes(a.orgId);

/**
 * The leaving each ended stint is part of, by stint id. The stints left for one stint joined are one leaving, dated as
 * the dashboard dates the departure: the latest end among them — for a stated move (the stint joined and a stint left
 * stated), among the stated ones (career-moves ledByStated). A stint that led nowhere because a stint of unknown start
 * at the same organisation (or one part of the other) ended later stands between it and the next (the next-stint
 * rule): the person was still there, so it is left with that stint (one stint two sources end differently; FAIR left
 * before Meta). Any other stint that led nowhere has no entry: it is a leaving of its own.
 */
export function leavingsOf<S extends LeftStint>(stints: readonly S[]): Map<string, Leaving<S>> {
  const byStint = new Map<string, Leaving<S>>();
  for (const m of computeMoves(stints, { stated: (s) => s.stated })) {
    const left = [m.from, ...m.also];
    const backing = m.to.stated ? left.filter((s) => s.stated) : [];
    const leaving = {
      key: `to\u0000${m.to.id}`,
      stints: left,
      when: leftAt(backing.length ? backing : left),
    };
    for (const s of left) byStint.set(s.id, leaving);
  }
  // Latest end first: a stint is left with the last stint there the person held.
  const standing = stints
    .filter((t) => !t.start && !!t.end)
    .sort((a, b) => comparePartialDates(b.end!, a.end!) || a.id.localeCompare(b.id));
  const fold = (s: S): Leaving<S> | undefined => {
    const known = byStint.get(s.id);
    if (known || !s.end) return known;
    const end = s.end;
    const t = standing.find((x) => x.id !== s.id && related(s, x) && comparePartialDates(end, x.end!) < 0);
    if (!t) return undefined;
    // t ended later than s, so folding ends.
    const into = fold(t) ?? { key: `stint\u0000${t.id}`, stints: [t], when: t.end ?? null };
    byStint.set(t.id, into);
    into.stints.push(s);
    byStint.set(s.id, into);
    return into;
  };
  for (const s of stints) fold(s);
  return byStint;
}
