// A click within a few pixels of a drawn edge's side — line or @sigma/edge-curve curve, thin or a wide flow band —
// finds that edge, the nearest one when several are close, and nothing farther away (how the canvas picks edges);
// an arrow head's wings, wider than the edge, count as the edge.
import { describe, expect, it } from 'vitest';
import {
  curveControlPoint,
  DEFAULT_EDGE_HIT_TOLERANCE_PX,
  distanceToEdge,
  distanceToTriangle,
  headTriangle,
  nearestEdge,
} from '../../../../client/graph/edge-hit.js';

const straight = { id: 'fact:a', source: { x: 100, y: 100 }, target: { x: 300, y: 100 } };

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

  it('lays a curve’s head along its last direction, towards its control point', () => {
    const curved = {
      ...straight,
      id: 'fact:b',
      curvature: 0.25,
      halfWidth: 6,
      head: { inset: 5, length: 30, halfWidth: 12 },
    };
    const c = curveControlPoint(curved.source, curved.target, 0.25);
    const [tip, left, right] = headTriangle(curved)!;
    const toControl = Math.atan2(c.y - 100, c.x - 300);
    expect(Math.atan2(tip.y - 100, tip.x - 300)).toBeCloseTo(toControl);
    expect(Math.hypot(tip.x - 300, tip.y - 100)).toBeCloseTo(5);
    expect(Math.hypot(left.x - right.x, left.y - right.y)).toBeCloseTo(24);
    const wing = { x: (tip.x + 4 * left.x) / 5, y: (tip.y + 4 * left.y) / 5 };
    expect(distanceToTriangle(wing, [tip, left, right])).toBe(0);
    expect(nearestEdge(wing, [curved])).toBe('fact:b');
  });

  it('measures the distance to a triangle: 0 inside, to the nearest side outside', () => {
    const t: [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(distanceToTriangle({ x: 2, y: 2 }, t)).toBe(0);
    expect(distanceToTriangle({ x: 5, y: -3 }, t)).toBeCloseTo(3);
    expect(distanceToTriangle({ x: -4, y: -3 }, t)).toBeCloseTo(5);
    expect(distanceToTriangle({ x: 2, y: 2 }, [t[0], t[2], t[1]])).toBe(0);
  });
});
