// Finds the edge under the pointer by measuring its distance to each drawn edge's line or curve, in screen pixels.
// This is how the canvas picks edges (pointer.ts): sigma's own edge picking drew every edge a second time into a
// half-resolution buffer on each frame (where a thin edge could fall between the sampled pixels) and built a picking
// program per edge type, which cost the first frame of a 1k scene 80–100 ms in software WebGL.

import { boundsOf, type Bounds, type Point } from './lasso.js';

export type { Point };

/**
 * An edge as drawn: its ends in viewport pixels, for a curved edge @sigma/edge-curve's curvature, and half its drawn
 * thickness (a talent flow's band is tens of pixels wide: a click anywhere on it is on it).
 */
export interface DrawnEdge {
  id: string;
  source: Point;
  target: Point;
  curvature?: number;
  halfWidth?: number;
}

/** How far from a drawn edge's side (in pixels) a click still counts as on it. */
export const DEFAULT_EDGE_HIT_TOLERANCE_PX = 6;
/** Straight pieces a curve is measured by: plenty for a few pixels of tolerance. */
const CURVE_STEPS = 24;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The control point of @sigma/edge-curve's quadratic curve in viewport pixels (y down): the chord's middle moved
 * along its normal by curvature × length, as its label drawer computes it.
 */
export function curveControlPoint(source: Point, target: Point, curvature: number): Point {
  return {
    x: (source.x + target.x) / 2 + (target.y - source.y) * curvature,
    y: (source.y + target.y) / 2 - (target.x - source.x) * curvature,
  };
}

/** The box around an edge as drawn: its ends, and a curved edge's control point (whose triangle holds the curve). */
export function edgeBounds(edge: DrawnEdge): Bounds {
  return boundsOf(
    edge.curvature
      ? [edge.source, edge.target, curveControlPoint(edge.source, edge.target, edge.curvature)]
      : [edge.source, edge.target],
  );
}

/**
 * True when `p` is farther than `tolerance` from the edge's box (edgeBounds): most edges are ruled out by this before
 * any distance is measured.
 */
function outsideBox(p: Point, edge: DrawnEdge, tolerance: number): boolean {
  const b = edgeBounds(edge);
  return (
    p.x < b.minX - tolerance ||
    p.x > b.maxX + tolerance ||
    p.y < b.minY - tolerance ||
    p.y > b.maxY + tolerance
  );
}

/** The distance in pixels from `p` to the edge as drawn (its segment, or its quadratic curve). */
export function distanceToEdge(p: Point, edge: DrawnEdge): number {
  if (!edge.curvature) return distanceToSegment(p, edge.source, edge.target);
  const c = curveControlPoint(edge.source, edge.target, edge.curvature);
  const at = (t: number): Point => {
    const u = 1 - t;
    return {
      x: u * u * edge.source.x + 2 * u * t * c.x + t * t * edge.target.x,
      y: u * u * edge.source.y + 2 * u * t * c.y + t * t * edge.target.y,
    };
  };
  let best = Infinity;
  let prev = edge.source;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const next = at(i / CURVE_STEPS);
    best = Math.min(best, distanceToSegment(p, prev, next));
    prev = next;
  }
  return best;
}

/**
 * The nearest edge to `p` among edges offered one at a time (the canvas walks its graph without building a list):
 * `nearest` is the one whose side is closest, within `tolerance` pixels, or null.
 */
export function createNearestEdgeSearch(p: Point, tolerance = DEFAULT_EDGE_HIT_TOLERANCE_PX) {
  let best: string | null = null;
  let bestDistance = tolerance;
  return {
    offer(edge: DrawnEdge): void {
      const half = edge.halfWidth ?? 0;
      if (outsideBox(p, edge, bestDistance + half)) return;
      const d = distanceToEdge(p, edge) - half;
      if (d <= bestDistance) {
        best = edge.id;
        bestDistance = d;
      }
    },
    get nearest(): string | null {
      return best;
    },
  };
}

/** The edge nearest to `p` within `tolerance` pixels of its side, or null. */
export function nearestEdge(
  p: Point,
  edges: Iterable<DrawnEdge>,
  tolerance = DEFAULT_EDGE_HIT_TOLERANCE_PX,
): string | null {
  const search = createNearestEdgeSearch(p, tolerance);
  for (const edge of edges) search.offer(edge);
  return search.nearest;
}
