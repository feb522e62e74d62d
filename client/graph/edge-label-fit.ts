// Edge labels that fit where they are drawn, and read whole words: a label too long for its edge loses its dates first,
// then words from its end (the logical end, so an Arabic label keeps its verb, which it starts with), never part of a
// word or a number ("عمل في (الرئيس التنفيذي) 201…" read as a different year and hid the verb); and it sits on the
// part of its edge no node label covers (the node labels are drawn above it). Pure: no canvas, no sigma.

/** A rectangle in viewport pixels (a node label's box as drawn). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Words, a parenthesised role kept as one ("(Chief Executive Officer)"), each with where it ends in the text. */
const UNITS = /\([^)]*\)|\S+/g;
/** A unit with no letter is part of a date ("2019", "–", "?", "2019-03", "…"). */
const DATE_UNIT = /^[^\p{L}]+$/u;
export const ELLIPSIS = '…';

/**
 * `text` as it fits in `room` pixels: whole; else without its trailing date part; else fewer words, kept from its
 * start — each shortened label ends with an ellipsis, so it is not read as the whole. Null when not even the first
 * word fits: no label rather than a fragment.
 */
export function shortenEdgeLabel(text: string, room: number, measure: (s: string) => number): string | null {
  if (measure(text) <= room) return text;
  const ends = [...text.matchAll(UNITS)].map((m) => m.index + m[0].length);
  const units = [...text.matchAll(UNITS)].map((m) => m[0]);
  // The date part: the trailing units with no letter, dropped together (half a date is a wrong date).
  let keep = units.length;
  while (keep > 1 && DATE_UNIT.test(units[keep - 1]!)) keep--;
  // A label that is all date-like ("4 named" is not): only its first unit is certain to mean something alone.
  for (let n = keep === units.length ? keep - 1 : keep; n >= 1; n--) {
    const cut = `${text.slice(0, ends[n - 1]).trimEnd()}${ELLIPSIS}`;
    if (measure(cut) <= room) return cut;
  }
  return null;
}

/**
 * Where along an edge a label of `width` goes: the clear stretch (of [lo, hi], sampled every `step` pixels;
 * `blocked(s)` tells a covered point) that holds the whole label nearest the edge's middle, else the longest clear
 * stretch; returns its centre and the room there. Null: nothing of the edge is clear.
 */
export function placeAlong(
  lo: number,
  hi: number,
  width: number,
  blocked: (s: number) => boolean,
  step = 2,
): { centre: number; room: number } | null {
  if (hi <= lo) return null;
  const runs: [number, number][] = [];
  let start: number | null = null;
  let last = lo;
  for (let s = lo; s <= hi + step / 2; s += step) {
    const at = Math.min(s, hi);
    if (blocked(at)) {
      if (start !== null) runs.push([start, last]);
      start = null;
    } else {
      if (start === null) start = at;
      last = at;
    }
  }
  if (start !== null) runs.push([start, last]);
  const middle = (lo + hi) / 2;
  const length = ([a, b]: [number, number]) => b - a;
  const whole = runs
    .filter((r) => length(r) >= width)
    .map(([a, b]) => {
      // The label's centre as near the middle as this stretch lets it be.
      const centre = Math.min(Math.max(middle, a + width / 2), b - width / 2);
      return { centre, room: b - a, off: Math.abs(centre - middle) };
    })
    .sort((x, y) => x.off - y.off)[0];
  if (whole) return { centre: whole.centre, room: whole.room };
  const longest = runs.sort((x, y) => length(y) - length(x))[0];
  if (!longest || length(longest) <= 0) return null;
  return { centre: (longest[0] + longest[1]) / 2, room: length(longest) };
}

/** Whether point (x, y) lies in any of `boxes` (grown by `pad` pixels). */
export function inAnyBox(boxes: readonly Box[], x: number, y: number, pad = 1): boolean {
  return boxes.some(
    (b) => x >= b.x - pad && x <= b.x + b.width + pad && y >= b.y - pad && y <= b.y + b.height + pad,
  );
}
