// The one date of a timeline item told by several facts (model/move-date.ts), which the server and the strip both
// use: a function of the dates alone, whatever order they come in — equal at common precision is not transitive.
import { describe, expect, it } from 'vitest';
import { moveDate } from '../../../model/move-date.js';

/** Every order of `xs`. */
function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** The one date every order of `dates` gives (fails when two orders disagree). */
function dateOf(kind: 'stint-start' | 'stint-end', dates: string[]): string | null {
  const all = new Set(orders(dates).map((o) => moveDate(kind, o)));
  expect([...all]).toHaveLength(1);
  return [...all][0]!;
}

describe('the date of a move told by several facts', () => {
  it('dates a join by its finest date when all are equal at common precision', () => {
    expect(dateOf('stint-start', ['2022-04', '2022-04-15'])).toBe('2022-04-15');
    expect(dateOf('stint-start', ['2025'])).toBe('2025');
  });

  it('dates a join whose facts start on different dates by the earliest, in any order', () => {
    expect(dateOf('stint-start', ['2022-05', '2022-04'])).toBe('2022-04');
    expect(dateOf('stint-start', ['2022-05', '2022-04-20'])).toBe('2022-04-20');
    // '2025' is equal to both months, which differ: the earliest of its span, at its finest.
    expect(dateOf('stint-start', ['2025-06', '2025', '2025-05'])).toBe('2025-05');
    expect(dateOf('stint-start', ['2025-06', '2024-12', '2025'])).toBe('2024-12');
  });

  it('dates a departure by its finest date when all are equal, else by the latest end, the coarser of two equal', () => {
    expect(dateOf('stint-end', ['2025', '2025-06-12'])).toBe('2025-06-12');
    expect(dateOf('stint-end', ['2025-02', '2024-12'])).toBe('2025-02');
    expect(dateOf('stint-end', ['2025-05', '2025', '2025-06'])).toBe('2025');
    expect(dateOf('stint-end', ['2024-12', '2025-06', '2025-05-20'])).toBe('2025-06');
  });

  it('has no date without dates', () => {
    expect(moveDate('stint-start', [])).toBeNull();
  });
});
