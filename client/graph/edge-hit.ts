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
  /** The arrow head at the target end, when the edge's program draws one (sigma's arrow, @sigma/edge-curve's). */
  head?: ArrowHead;
}

/**
 * An arrow head as drawn, in pixels: its tip `inset` from the target's centre (the node's border), its base `length`
 * further back along the edge, `halfWidth` to each side at the base. sigma draws it twice as wide as the edge and 2.5
 * widths long (DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS): a wide flow's head reaches well beyond its shaft's sides.
 */
export interface ArrowHead {
  inset: number;
  length: number;
  halfWidth: number;
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

/**
 * A straight edge's arrow head as sigma draws it: a triangle (tip, then its base's two corners) laid along the edge,
 * its tip at the target node's border. Null for a curve (@sigma/edge-curve draws its head along the curve: edgeGap),
 * without a head, or without a direction.
 */
export function headTriangle(edge: DrawnEdge): [Point, Point, Point] | null {
  const { head, source, target } = edge;
  if (!head || edge.curvature) return null;
  const len = Math.hypot(source.x - target.x, source.y - target.y);
  if (!(len > 0)) return null;
  const ux = (source.x - target.x) / len;
  const uy = (source.y - target.y) / len;
  const base = {
    x: target.x + ux * (head.inset + head.length),
    y: target.y + uy * (head.inset + head.length),
  };
  return [
    { x: target.x + ux * head.inset, y: target.y + uy * head.inset },
    { x: base.x - uy * head.halfWidth, y: base.y + ux * head.halfWidth },
    { x: base.x + uy * head.halfWidth, y: base.y - ux * head.halfWidth },
  ];
}

/**
 * The box around an edge's line or curve: its ends, a curved edge's control point (whose triangle holds the curve) and
 * a straight edge's arrow head. Everything drawn lies within the edge's reach (edgeReach) of it.
 */
export function edgeBounds(edge: DrawnEdge): Bounds {
  const points = edge.curvature
    ? [edge.source, edge.target, curveControlPoint(edge.source, edge.target, edge.curvature)]
    : [edge.source, edge.target];
  const head = headTriangle(edge);
  return boundsOf(head ? [...points, ...head] : points);
}

/**
 * How far from its box (edgeBounds) an edge is drawn: half its width, or a curve's head's half width at its base (the
 * head follows the curve, beyond its box by up to that much).
 */
export function edgeReach(edge: DrawnEdge): number {
  return Math.max(edge.halfWidth ?? 0, edge.head?.halfWidth ?? 0);
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

/** Twice the signed area of (a, b, p): which side of a → b the point lies on. */
const cross = (a: Point, b: Point, p: Point) => (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);

/** The distance from `p` to a triangle, negative inside it (minus the distance to its nearest side). */
export function distanceToTriangle(p: Point, [a, b, c]: [Point, Point, Point]): number {
  const d1 = cross(a, b, p);
  const d2 = cross(b, c, p);
  const d3 = cross(c, a, p);
  const inside = (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
  const side = Math.min(distanceToSegment(p, a, b), distanceToSegment(p, b, c), distanceToSegment(p, c, a));
  return inside ? -side : side;
}

/**
 * How far `p` lies from the band @sigma/edge-curve draws a curve in, 0 inside it: between the chord and the side the
 * curve bulges to, between its two ends (the shader draws nothing outside it, so a wide curve's inner side near its
 * ends, where it crosses the chord, is cut off).
 */
function curveBandDistance(p: Point, edge: DrawnEdge): number {
  const { source: a, target: b } = edge;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(len > 0)) return 0;
  const along = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len;
  const across = cross(a, b, p) / len;
  const bulge = cross(a, b, curveControlPoint(a, b, edge.curvature!));
  const beyondEnds = along < 0 ? -along : along > len ? along - len : 0;
  const otherSide = across * bulge < 0 ? Math.abs(across) : 0;
  return Math.hypot(beyondEnds, otherSide);
}

/**
 * A curve's gap as its stroke alone gives it, made no smaller than the distance to the band it is drawn in (a lower
 * bound of the distance to what is drawn: never more exacting than the drawing).
 */
function clipToCurveBand(p: Point, edge: DrawnEdge, gap: number): number {
  const outside = curveBandDistance(p, edge);
  return outside > 0 ? Math.max(gap, outside) : gap;
}

/**
 * How far `p` lies outside the edge as drawn, in pixels (negative inside: the deeper, the lower). With an arrow head,
 * as sigma draws it: a straight arrow's line ends at the head's base and the head is a triangle twice the line's width
 * (its wings reach beyond the line's sides); a curve narrows into its head along the curve, the half width at each
 * point set by its distance from the target's centre (@sigma/edge-curve's fragment shader), none within the node,
 * and nothing of a curve beyond its chord or its ends (its vertex shader's band: curveBandDistance).
 */
export function edgeGap(p: Point, edge: DrawnEdge): number {
  const half = edge.halfWidth ?? 0;
  const { head } = edge;
  if (edge.curvature) {
    let halfHere = half;
    if (head) {
      const d = Math.hypot(p.x - edge.target.x, p.y - edge.target.y);
      if (d < head.inset) return Infinity;
      if (d < head.inset + head.length) halfHere = ((d - head.inset) / head.length) * head.halfWidth;
    }
    return clipToCurveBand(p, edge, distanceToEdge(p, edge) - halfHere);
  }
  const triangle = headTriangle(edge);
  if (!head || !triangle) return distanceToSegment(p, edge.source, edge.target) - half;
  const [, left, right] = triangle;
  const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
  const length = Math.hypot(edge.target.x - edge.source.x, edge.target.y - edge.source.y);
  // A head longer than its edge: sigma pulls the line's far end back past the source, a stub behind the source
  // (under its node) that is left out here.
  const shaft = head.inset + head.length < length ? distanceToSegment(p, edge.source, base) - half : Infinity;
  return Math.min(shaft, distanceToTriangle(p, triangle));
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
      if (outsideBox(p, edge, bestDistance + edgeReach(edge))) return;
      const d = edgeGap(p, edge);
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
