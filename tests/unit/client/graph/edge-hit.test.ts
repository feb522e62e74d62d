// A click within a few pixels of a drawn edge's side — line or @sigma/edge-curve curve, thin or a wide flow band —
// finds that edge, the nearest one when several are close, and nothing farther away (how the canvas picks edges).
import { describe, expect, it } from 'vitest';
import {
  curveControlPoint,
  DEFAULT_EDGE_HIT_TOLERANCE_PX,
  distanceToEdge,
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
});
