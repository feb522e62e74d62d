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
 * The arrow head's triangle (tip, then its base's two corners), laid along the edge's last direction: towards the
 * source for a straight edge, towards the control point for a curve (its tangent at the target; the curve's own head
 * follows the curve, which over a head's length is as good as straight). Null without a head or a direction.
 */
export function headTriangle(edge: DrawnEdge): [Point, Point, Point] | null {
  const { head, target } = edge;
  if (!head) return null;
  const back = edge.curvature ? curveControlPoint(edge.source, target, edge.curvature) : edge.source;
  const len = Math.hypot(back.x - target.x, back.y - target.y);
  if (!(len > 0)) return null;
  const ux = (back.x - target.x) / len;
  const uy = (back.y - target.y) / len;
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
 * The box around an edge as drawn: its ends, a curved edge's control point (whose triangle holds the curve) and its
 * arrow head's corners.
 */
export function edgeBounds(edge: DrawnEdge): Bounds {
  const points = edge.curvature
    ? [edge.source, edge.target, curveControlPoint(edge.source, edge.target, edge.curvature)]
    : [edge.source, edge.target];
  const head = headTriangle(edge);
  return boundsOf(head ? [...points, ...head] : points);
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

/** The distance from `p` to a triangle, 0 inside it. */
export function distanceToTriangle(p: Point, [a, b, c]: [Point, Point, Point]): number {
  const d1 = cross(a, b, p);
  const d2 = cross(b, c, p);
  const d3 = cross(c, a, p);
  const inside = (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
  if (inside) return 0;
  return Math.min(distanceToSegment(p, a, b), distanceToSegment(p, b, c), distanceToSegment(p, c, a));
}

/**
 * How far `p` lies outside the edge as drawn, in pixels (negative inside its shaft): the shaft's width around its line
 * or curve, and its arrow head, whose wings reach beyond the shaft's sides. The shaft stops where the head begins, as
 * drawn: sigma's straight arrow ends its line at the head's base, and a curve narrows into its head over the last
 * stretch before the node.
 */
export function edgeGap(p: Point, edge: DrawnEdge): number {
  const half = edge.halfWidth ?? 0;
  const head = headTriangle(edge);
  if (!head) return distanceToEdge(p, edge) - half;
  const headGap = distanceToTriangle(p, head);
  const reach = edge.head!.inset + edge.head!.length;
  let shaft: number;
  if (edge.curvature) {
    shaft =
      Math.hypot(p.x - edge.target.x, p.y - edge.target.y) >= reach
        ? distanceToEdge(p, edge) - half
        : Infinity;
  } else {
    const [, left, right] = head;
    const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
    const length = Math.hypot(edge.target.x - edge.source.x, edge.target.y - edge.source.y);
    // A head longer than its edge leaves no shaft (sigma draws the head alone).
    shaft = reach < length ? distanceToSegment(p, edge.source, base) - half : Infinity;
  }
  return Math.min(shaft, headGap);
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
      // The box holds the head; the shaft's width around its line is the margin.
      if (outsideBox(p, edge, bestDistance + (edge.halfWidth ?? 0))) return;
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
