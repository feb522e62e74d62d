// A click within a few pixels of a drawn edge's side — line or @sigma/edge-curve curve, thin or a wide flow band —
// finds that edge, the nearest one when several are close, and nothing farther away (how the canvas picks edges);
// an arrow head's wings, wider than the edge, count as the edge.
import { describe, expect, it } from 'vitest';
import {
  curveControlPoint,
  DEFAULT_EDGE_HIT_TOLERANCE_PX,
  distanceToEdge,
  distanceToTriangle,
  edgeGap,
  headTriangle,
  nearestEdge,
} from '../../../../client/graph/edge-hit.js';

const straight = { id: 'fact:a', source: { x: 100, y: 100 }, target: { x: 300, y: 100 } };

/** A 12 px curve into a node of radius 5 at (300, 100), its head along the curve's last 30 px, 24 px wide at its base. */
const headedCurve = {
  ...straight,
  id: 'fact:b',
  curvature: 0.25,
  halfWidth: 6,
  head: { inset: 5, length: 30, halfWidth: 12 },
};

/** The point of headedCurve `t` of the way along it (its quadratic curve). */
function onHeadedCurve(t: number): { x: number; y: number } {
  const c = curveControlPoint(headedCurve.source, headedCurve.target, headedCurve.curvature);
  return {
    x: (1 - t) ** 2 * 100 + 2 * (1 - t) * t * c.x + t * t * 300,
    y: (1 - t) ** 2 * 100 + 2 * (1 - t) * t * c.y + t * t * 100,
  };
}

/** Where along headedCurve (as t) its point lies `d` px from the target's centre, walking back from the target. */
function tAtDistance(d: number): number {
  let t = 1;
  while (Math.hypot(onHeadedCurve(t).x - 300, onHeadedCurve(t).y - 100) < d) t -= 0.0001;
  return t;
}

describe('finding the edge under a click', () => {
  it('measures the distance to a straight edge, clamped to its ends', () => {
    expect(distanceToEdge({ x: 200, y: 103 }, straight)).toBeCloseTo(3);
    expect(distanceToEdge({ x: 50, y: 100 }, straight)).toBeCloseTo(50);
    expect(distanceToEdge({ x: 200, y: 100 }, straight)).toBe(0);
  });

  it('measures a curved edge along its curve, not its chord', () => {
    const curved = { ...straight, id: 'fact:b', curvature: 0.25 };
    const c = curveControlPoint(curved.source, curved.target, 0.25);
    // The curve's middle is halfway from the chord's middle to the control point.
    const middle = { x: (200 + c.x) / 2, y: (100 + c.y) / 2 };
    expect(distanceToEdge(middle, curved)).toBeLessThan(0.5);
    expect(distanceToEdge({ x: 200, y: 100 }, curved)).toBeGreaterThan(20);
  });

  it('picks the nearest edge within the tolerance, and none beyond it', () => {
    const other = { id: 'fact:c', source: { x: 100, y: 108 }, target: { x: 300, y: 108 } };
    expect(nearestEdge({ x: 200, y: 102 }, [straight, other])).toBe('fact:a');
    expect(nearestEdge({ x: 200, y: 106 }, [straight, other])).toBe('fact:c');
    expect(nearestEdge({ x: 200, y: 100 + DEFAULT_EDGE_HIT_TOLERANCE_PX + 10 }, [straight])).toBeNull();
    expect(nearestEdge({ x: 200, y: 100 }, [])).toBeNull();
  });

  it('counts a click anywhere on a wide band as on it, measuring from its side', () => {
    const band = { ...straight, id: 'flow:a', halfWidth: 12 };
    // 16 px off the centre line: on a 24 px band's side plus 4, within the tolerance; not on a thin edge there.
    expect(nearestEdge({ x: 200, y: 116 }, [band])).toBe('flow:a');
    expect(nearestEdge({ x: 200, y: 116 }, [straight])).toBeNull();
    expect(nearestEdge({ x: 200, y: 100 + 12 + DEFAULT_EDGE_HIT_TOLERANCE_PX + 2 }, [band])).toBeNull();
  });

  it('finds a point on a curve’s bulge, outside the box of the edge’s two ends', () => {
    const curved = { ...straight, id: 'fact:b', curvature: 0.4 };
    const c = curveControlPoint(curved.source, curved.target, 0.4);
    const middle = { x: (200 + c.x) / 2, y: (100 + c.y) / 2 };
    // The ends are level (y 100): the bulge lies far beyond their box, within the box that takes the control point.
    expect(Math.abs(middle.y - 100)).toBeGreaterThan(DEFAULT_EDGE_HIT_TOLERANCE_PX * 4);
    expect(nearestEdge(middle, [curved])).toBe('fact:b');
    expect(nearestEdge(middle, [straight])).toBeNull();
  });

  it('counts a click on an arrow head’s wing, beyond the shaft’s side, as on the edge', () => {
    // A 24 px flow ending at a node of radius 10 at (300, 100): its head is 60 px long and 48 px wide at its base.
    const flow = { ...straight, id: 'flow:a', halfWidth: 12, head: { inset: 10, length: 60, halfWidth: 24 } };
    expect(headTriangle(flow)!.map((q) => [q.x, q.y].map((v) => Math.round(v) + 0))).toEqual([
      [290, 100],
      [230, 76],
      [230, 124],
    ]);
    // 20 px off the line, 5 px from the base: inside the wing, 8 px beyond the shaft's side (past the tolerance).
    const wing = { x: 235, y: 120 };
    expect(nearestEdge(wing, [flow])).toBe('flow:a');
    expect(nearestEdge(wing, [{ ...flow, head: undefined }])).toBeNull();
    // Beside the wing's slanted side by more than the tolerance; and the same height off the line before the head.
    expect(nearestEdge({ x: 280, y: 100 + 4 + DEFAULT_EDGE_HIT_TOLERANCE_PX + 3 }, [flow])).toBeNull();
    expect(nearestEdge({ x: 200, y: 120 }, [flow])).toBeNull();
  });

  it('narrows a curve into its head along the curve, by the distance from the target’s centre', () => {
    // headedCurve's head narrows to nothing at the node's border (@sigma/edge-curve's fragment shader).
    const curved = headedCurve;
    expect(headTriangle(curved), 'no straight triangle for a curve').toBeNull();
    // The curve's point 30 px from the target's centre, and the curve's direction there.
    const t = tAtDistance(30);
    const onCurve = onHeadedCurve(t);
    const ahead = onHeadedCurve(t + 0.001);
    const len = Math.hypot(ahead.x - onCurve.x, ahead.y - onCurve.y);
    const n = { x: -(ahead.y - onCurve.y) / len, y: (ahead.x - onCurve.x) / len };
    // 15.5 px across the curve from its point 30 px from the centre (30–34 px from it): the head's half width there
    // is 10–11.5 px ((d − 5) / 30 × 12), so the point is within the tolerance of the head, and 9.5 px beyond the
    // shaft's side (half width 6): not within it.
    const wing = { x: onCurve.x + 15.5 * n.x, y: onCurve.y + 15.5 * n.y };
    expect(nearestEdge(wing, [curved])).toBe('fact:b');
    expect(nearestEdge(wing, [{ ...curved, head: undefined }])).toBeNull();
    // Within the node's radius the curve is not drawn: a point on it there is not on the edge.
    expect(edgeGap({ x: 298, y: 100 }, curved)).toBe(Infinity);
  });

  it('measures the distance to a triangle: minus the nearest side’s inside, the nearest side’s outside', () => {
    const t: [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(distanceToTriangle({ x: 2, y: 3 }, t)).toBeCloseTo(-2);
    expect(distanceToTriangle({ x: 5, y: -3 }, t)).toBeCloseTo(3);
    expect(distanceToTriangle({ x: -4, y: -3 }, t)).toBeCloseTo(5);
    expect(distanceToTriangle({ x: 2, y: 3 }, [t[0], t[2], t[1]])).toBeCloseTo(-2);
  });

  it('counts the edge whose head a point is deepest in, where two heads overlap', () => {
    // Two flows converging on a node at (300, 100), from the left and from a little above: near the node their heads
    // overlap. 60 px left of the node, a point on the first's axis lies 10 px inside its head (from the base) and
    // under 2 px inside the second's (17 px off its axis, where that head is 19 px to a side).
    const head = { inset: 10, length: 60, halfWidth: 24 };
    const target = { x: 300, y: 100 };
    const fromLeft = { id: 'flow:left', source: { x: 100, y: 100 }, target, halfWidth: 12, head };
    const fromAbove = { id: 'flow:above', source: { x: 100, y: 40 }, target, halfWidth: 12, head };
    const p = { x: 240, y: 100 };
    expect(edgeGap(p, fromAbove)).toBeLessThan(0);
    expect(edgeGap(p, fromLeft)).toBeCloseTo(-10);
    expect(edgeGap(p, fromAbove)).toBeGreaterThan(-2);
    expect(nearestEdge(p, [fromLeft, fromAbove])).toBe('flow:left');
    expect(nearestEdge(p, [fromAbove, fromLeft])).toBe('flow:left');
  });

  it('narrows a curve’s head towards the node as sigma does: half its base width halfway along it', () => {
    // On the curve, 20 px from the target's centre (halfway along the head): inside by half the head's base width;
    // 10 px from it, by a sixth of it; before the head and well before it, by the shaft's half width.
    expect(edgeGap(onHeadedCurve(tAtDistance(20)), headedCurve)).toBeCloseTo(-6, 1);
    expect(edgeGap(onHeadedCurve(tAtDistance(10)), headedCurve)).toBeCloseTo(-2, 1);
    expect(edgeGap(onHeadedCurve(tAtDistance(40)), headedCurve)).toBeCloseTo(-6, 1);
    expect(edgeGap(onHeadedCurve(0.5), headedCurve)).toBeCloseTo(-6, 1);
  });

  it('does not count a wide curve’s inner side beyond its chord, where sigma does not draw it', () => {
    // A 24 px curve, gently bent: near its source its inner side crosses the chord, and sigma draws only on the
    // bulge's side of the chord.
    const curved = { ...straight, id: 'flow:c', curvature: 0.1165, halfWidth: 12 };
    const c = curveControlPoint(curved.source, curved.target, curved.curvature);
    const away = Math.sign(100 - c.y); // across the chord from the bulge
    const p = { x: 110, y: 100 + away * 9 };
    expect(distanceToEdge(p, curved), 'within the stroke’s width').toBeLessThan(12);
    expect(
      nearestEdge(p, [curved]),
      '9 px beyond the chord: beyond the tolerance of what is drawn',
    ).toBeNull();
    const q = { x: 110, y: 100 + away * 4 };
    expect(nearestEdge(q, [curved]), '4 px beyond the chord: within the tolerance').toBe('flow:c');
  });
});
