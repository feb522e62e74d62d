// The PNG's list of sources: whole sources only, and a count of the sources left out (lines made up for the test, in
// the shape client/state/view-data.ts visibleSourceLines gives).
import { describe, expect, it } from 'vitest';
import { fitSourceLines } from '../../../../client/graph/source-lines.js';

/** `n` sources of three lines each: the numbered line, the Arabic publisher and the link. */
const sourceLines = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `${i + 1}. Publisher ${i + 1}, 2025-08-29`,
    `    ناشر ${i + 1}`,
    `    https://example.org/${i + 1}`,
  ]).flat();

describe('the PNG export’s source lines', () => {
  it('keeps every line when they fit', () => {
    expect(fitSourceLines(sourceLines(3), 9)).toEqual(sourceLines(3));
  });

  it('keeps each source’s numbered line, and the first sources whole while the room allows, never half a source', () => {
    // 4 sources of 3 lines in 9: four numbered lines, and room for two whole sets of two indented lines.
    const lines = sourceLines(4);
    expect(fitSourceLines(lines, 9)).toEqual([
      ...lines.slice(0, 6),
      '3. Publisher 3, 2025-08-29',
      '4. Publisher 4, 2025-08-29',
    ]);
    // No room beyond the numbered lines: those only.
    expect(fitSourceLines(lines, 4)).toEqual([1, 2, 3, 4].map((i) => `${i}. Publisher ${i}, 2025-08-29`));
  });

  it('counts the sources left out, not their lines, when even the numbered lines do not fit', () => {
    const fitted = fitSourceLines(sourceLines(30), 10);
    expect(fitted).toHaveLength(10);
    expect(fitted[8]).toBe('9. Publisher 9, 2025-08-29');
    expect(fitted[9]).toBe('… +21');
  });
});
