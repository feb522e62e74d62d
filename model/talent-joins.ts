// The rule of one join (model/one-join.ts) as the dashboard reads a person's rows of TALENT_STINTS
// (model/talent-rows.ts): one stint the sources date differently, on either side of a move, is one hire or departure.
import { leftPlaces, oneJoin, toldTwice, type JoinStint } from './one-join.js';
import type { TalentMoveRow, TalentPersonRow, TalentStint } from './talent-rows.js';

/** The implied facts a stint rests on: itself when implied, and the implied PART_OF facts that place it. */
export const stintImplied = (s: TalentStint) => [...(s.certainty === 'implied' ? [s.id] : []), ...s.implied];

/** A stint as the rule of one join reads it (model/one-join.ts). */
export const joinStint = (s: TalentStint): JoinStint => ({
  id: s.id,
  orgId: s.org,
  start: s.start,
  end: s.end,
  left: s.left,
  stated: stintImplied(s).length === 0,
  role: s.role ?? null,
  sources: s.sources,
});

/**
 * The stints each stint is joined from by the moves into it (the next-stint rule's, TALENT_STINTS), by stint id, with
 * the other tellings of each among the stints the moves leave (one-join.ts leftPlaces: one stint left, told twice).
 */
export function joinsInto(row: TalentPersonRow): Map<string, string[]> {
  const left = row.moves.map((m) => joinStint(row.stints.find((s) => s.id === m.from) ?? m.other));
  const out = new Map<string, string[]>();
  row.moves.forEach((m, i) => out.set(m.to, [...(out.get(m.to) ?? []), ...leftPlaces([left[i]!], left)]));
  return out;
}

/**
 * Whether stint `s`, left by move `m`, is a telling of one of the stints `left` (one-join.ts toldTwice: ended February
 * by one source, May by another) left by move `g` for a telling of the same join (the same stint told twice, or begun
 * on other dates: oneJoin) — one departure, as the career tells one move.
 */
export function oneJoinLeft(
  left: TalentStint[],
  s: TalentStint,
  g?: TalentMoveRow,
  m?: TalentMoveRow,
): boolean {
  if (!g || !m || g.toIn || m.toIn || !left.some((t) => toldTwice(joinStint(t), joinStint(s)))) return false;
  const [a, b] = [joinStint(g.other), joinStint(m.other)];
  const from = new Map([
    [a.id, [g.from]],
    [b.id, [g.from]],
  ]);
  return a.id === b.id || toldTwice(a, b) || oneJoin(a, b, from);
}
