// The lasso's geometry: which node positions a free-hand outline encloses, and when a drag counts as a lasso.
import { describe, expect, it } from 'vitest';
import {
  extendPath,
  idsInPolygon,
  isLassoLargeEnough,
  pointInPolygon,
  svgPathOf,
} from '../../../../client/graph/lasso.js';

const square = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];
// A "U": the notch between its arms (x 4..6, y 0..7) is outside.
const u = [
  { x: 0, y: 0 },
  { x: 4, y: 0 },
  { x: 4, y: 7 },
  { x: 6, y: 7 },
  { x: 6, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];

describe('pointInPolygon', () => {
  it('finds points inside a square and not outside it', () => {
    expect(pointInPolygon({ x: 5, y: 5 }, square)).toBe(true);
    expect(pointInPolygon({ x: 0.5, y: 9.5 }, square)).toBe(true);
    expect(pointInPolygon({ x: 11, y: 5 }, square)).toBe(false);
    expect(pointInPolygon({ x: 5, y: -1 }, square)).toBe(false);
    expect(pointInPolygon({ x: -3, y: -3 }, square)).toBe(false);
  });

  it('leaves out the notch of a concave outline (a lasso is not its bounding box)', () => {
    expect(pointInPolygon({ x: 5, y: 3 }, u)).toBe(false);
    expect(pointInPolygon({ x: 2, y: 3 }, u)).toBe(true);
    expect(pointInPolygon({ x: 8, y: 3 }, u)).toBe(true);
    expect(pointInPolygon({ x: 5, y: 9 }, u)).toBe(true);
  });

  it('does not depend on the direction the outline was drawn in', () => {
    const reversed = [...u].reverse();
    for (const p of [
      { x: 5, y: 3 },
      { x: 2, y: 3 },
      { x: 5, y: 9 },
    ])
      expect(pointInPolygon(p, reversed)).toBe(pointInPolygon(p, u));
  });

  it('encloses nothing with fewer than three points', () => {
    expect(pointInPolygon({ x: 0, y: 0 }, [])).toBe(false);
    expect(pointInPolygon({ x: 1, y: 0 }, square.slice(0, 2))).toBe(false);
  });
});

describe('idsInPolygon', () => {
  it('returns the ids of the enclosed points in their order', () => {
    const points = [
      { id: 'a', x: 2, y: 2 },
      { id: 'notch', x: 5, y: 3 },
      { id: 'far', x: 50, y: 50 },
      { id: 'b', x: 8, y: 9 },
    ];
    expect(idsInPolygon(points, u)).toEqual(['a', 'b']);
    expect(idsInPolygon(points, [])).toEqual([]);
  });
});

describe('the lasso outline', () => {
  it('skips pointer moves too small to matter', () => {
    let path = extendPath([], { x: 0, y: 0 });
    path = extendPath(path, { x: 1, y: 1 });
    expect(path).toHaveLength(1);
    path = extendPath(path, { x: 5, y: 0 });
    expect(path).toEqual([
      { x: 0, y: 0 },
      { x: 5, y: 0 },
    ]);
  });

  it('counts a drag as a lasso only when it spans some pixels', () => {
    expect(isLassoLargeEnough([{ x: 0, y: 0 }])).toBe(false);
    expect(
      isLassoLargeEnough([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
        { x: 2, y: 0 },
      ]),
    ).toBe(false);
    expect(isLassoLargeEnough(square)).toBe(true);
  });

  it('draws as a closed SVG path', () => {
    expect(svgPathOf(square.slice(0, 3))).toBe('M0.0 0.0 L10.0 0.0 L10.0 10.0 Z');
    expect(svgPathOf([])).toBe('');
  });
});
