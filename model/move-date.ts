// The one date a timeline item of several facts is shown at, from the dates its facts give it: the server dates an
// item by it (server/services/timeline-item.ts stintItem) and the strip dates again by it the facts its filters
// leave (client/state/timeline-facts.ts), so the two never disagree. Pure, and a function of the dates alone, in
// whatever order they come: equal at common precision is not transitive ('2025' is equal to '2025-05' and to
// '2025-06', which differ), so a rule comparing each date with the first one read gave different dates by order.

/** Dates equal at their common precision: one is the other or a prefix of it ('2025' and '2025-06-12'). */
const within = (coarse: string, fine: string) => fine.startsWith(coarse);

/**
 * When a move its facts date `dates` happened (none: null).
 * - A join ('stint-start'): the earliest start, as the next-stint rule joins the earliest-starting stint
 *   (model/career-moves.ts) and the dashboard counts a stint begun inside another no hire — of dates equal to it at
 *   common precision, the finest ('2025-06-12' rather than '2025'), then the earliest of those.
 * - A departure ('stint-end'): the finest when every date is equal to every other at common precision (one move
 *   seen through several facts, '2025' and '2025-06'); else the latest end, the coarser of two equal, as a leaving of
 *   several stints is dated (model/career-moves.ts latestEnd: '2025' may end after '2025-05').
 */
export function moveDate(kind: 'stint-start' | 'stint-end', dates: readonly string[]): string | null {
  if (!dates.length) return null;
  const sorted = [...dates].sort();
  if (kind === 'stint-start') {
    // The first in text order is the earliest and the coarsest of its span: every date equal to it extends it.
    const earliest = sorted[0]!;
    const same = sorted.filter((d) => within(earliest, d));
    const finest = Math.max(...same.map((d) => d.length));
    return same.find((d) => d.length === finest)!;
  }
  const finest = sorted.reduce((a, b) => (b.length > a.length ? b : a));
  if (sorted.every((d) => within(d, finest))) return finest;
  // The last in text order is the latest; of the dates equal to it (all its prefixes), the coarsest.
  const latest = sorted[sorted.length - 1]!;
  return sorted.find((d) => within(d, latest))!;
}
