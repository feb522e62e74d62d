// The PNG's list of sources: whole sources only, every source listed however many, and a line too long for the image
// wrapped, never cut (lines made up for the test, in the shape client/state/view-data.ts visibleSourceLines gives).
import { describe, expect, it } from 'vitest';
import { fitSourceLines, wrapSourceLine } from '../../../../client/graph/source-lines.js';

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

  it('lists every source’s numbered line when even those do not fit: the image grows, no source is left out', () => {
    const fitted = fitSourceLines(sourceLines(30), 10);
    expect(fitted).toEqual(Array.from({ length: 30 }, (_, i) => `${i + 1}. Publisher ${i + 1}, 2025-08-29`));
  });

  it('wraps a line too long for the image at spaces, or inside a word with none (a link), keeping all of it', () => {
    const width = (s: string) => s.length;
    expect(wrapSourceLine('1. Publisher, 2025-08-29', 30, width)).toEqual(['1. Publisher, 2025-08-29']);
    const title = '    A very long title of a report that goes on';
    const wrapped = wrapSourceLine(title, 20, width);
    expect(wrapped.every((l) => l.length <= 20)).toBe(true);
    // Each part after the first keeps the indent, so it reads as the same source's line.
    expect(wrapped.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(wrapped.map((l) => l.trim()).join(' ')).toBe(title.trim());
    const link = '    https://example.org/a/very/long/path/without/any/spaces?x=1';
    const parts = wrapSourceLine(link, 20, width);
    expect(parts.every((l) => l.length <= 20)).toBe(true);
    expect(parts.map((l) => l.trim()).join('')).toBe(link.trim());
    expect(parts.join('')).not.toContain('…');
  });
});
