// Lasso geometry, pure and sigma-free: a free-hand polygon drawn in viewport pixels and which points (the nodes'
// viewport positions) fall inside it. Kept apart from the gesture so it can be unit-tested without WebGL.

export interface Point {
  x: number;
  y: number;
}

/** A lasso point closer than this to the last one adds nothing but work (pixels). */
export const DEFAULT_LASSO_STEP_PX = 3;
/** A lasso whose outline stays within this many pixels of its start is a click, not a selection. */
export const DEFAULT_LASSO_MIN_EXTENT_PX = 6;

/**
 * Whether `p` lies inside the polygon (ray casting, even-odd rule). The polygon is closed implicitly (last point back
 * to the first); fewer than three points enclose nothing. A point exactly on an edge may fall either way.
 */
export function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  if (polygon.length < 3) return false;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    // The edge a–b straddles the horizontal line through p, and crosses it to p's right.
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** The ids of the points inside the polygon, in the order given (a bounding-box test first keeps big scenes cheap). */
export function idsInPolygon(points: Iterable<Point & { id: string }>, polygon: readonly Point[]): string[] {
  if (polygon.length < 3) return [];
  const box = boundsOf(polygon);
  const out: string[] = [];
  for (const p of points) {
    if (p.x < box.minX || p.x > box.maxX || p.y < box.minY || p.y > box.maxY) continue;
    if (pointInPolygon(p, polygon)) out.push(p.id);
  }
  return out;
}

/** An axis-aligned box in viewport pixels. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(polygon: readonly Point[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of polygon) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, minY, maxX, maxY };
}

/** The path with `p` added, unless it is within `step` pixels of the last point (the pointer barely moved). */
export function extendPath(path: readonly Point[], p: Point, step = DEFAULT_LASSO_STEP_PX): Point[] {
  const last = path[path.length - 1];
  if (last && Math.hypot(p.x - last.x, p.y - last.y) < step) return path as Point[];
  return [...path, { x: p.x, y: p.y }];
}

/** Whether the drawn outline spans enough to be a lasso (a shift-click on the stage draws a dot, not a region). */
export function isLassoLargeEnough(path: readonly Point[], min = DEFAULT_LASSO_MIN_EXTENT_PX): boolean {
  if (path.length < 3) return false;
  const b = boundsOf(path);
  return b.maxX - b.minX >= min || b.maxY - b.minY >= min;
}

/** The outline as an SVG path (closed), for drawing the lasso over the canvas. */
export function svgPathOf(path: readonly Point[]): string {
  if (path.length === 0) return '';
  return `${path.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')} Z`;
}
