// Canvas edge-label drawing that is right for Arabic and clear of node labels: straight and curved labels in their
// script's direction, shortened at word boundaries to the room they have, left out where a node label covers them.
// No sigma import: these are plain canvas functions wrapped around (or standing in for) sigma's drawers.
import { inAnyBox, placeAlong, shortenEdgeLabel, type Box } from './edge-label-fit.js';
import { frameLabelBoxes, isRtlText, type LabelLook } from './label-drawing.js';

/** Wraps an edge-label drawer so Arabic labels get a right-to-left base direction without moving. */
export function withLabelDirection<E extends { label?: string | null }, A extends unknown[]>(
  draw: (ctx: CanvasRenderingContext2D, edge: E, ...rest: A) => void,
) {
  return (ctx: CanvasRenderingContext2D, edge: E, ...rest: A): void => {
    ctx.save();
    ctx.direction = edge.label && isRtlText(edge.label) ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    draw(ctx, edge, ...rest);
    ctx.restore();
  };
}

const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

interface CurvedLabelEdge {
  label?: string | null;
  size: number;
  [key: string]: unknown;
}
interface CurvedLabelEnd {
  x: number;
  y: number;
  size: number;
}
interface CurvedLabelSettings {
  edgeLabelSize: number;
  edgeLabelFont: string;
  edgeLabelWeight: string;
  edgeLabelColor: { attribute?: string; color?: string };
}

/** An edge label's colour as sigma's drawers pick it: the edge's own attribute, else the setting's. */
function edgeLabelColor(edge: CurvedLabelEdge, settings: CurvedLabelSettings): string {
  const attribute = settings.edgeLabelColor.attribute;
  const own = attribute ? edge[attribute] : undefined;
  return (typeof own === 'string' ? own : '') || settings.edgeLabelColor.color || '#000';
}

/** The node label boxes near a segment from (x0, y0) to (x1, y1), grown by `reach`: the few a label there may meet. */
function boxesNear(boxes: readonly Box[], x0: number, y0: number, x1: number, y1: number, reach: number) {
  const [minX, maxX] = [Math.min(x0, x1) - reach, Math.max(x0, x1) + reach];
  const [minY, maxY] = [Math.min(y0, y1) - reach, Math.max(y0, y1) + reach];
  return boxes.filter((b) => b.x <= maxX && b.x + b.width >= minX && b.y <= maxY && b.y + b.height >= minY);
}

/** Offsets across the text from its baseline (ascent to descent) at which it is checked against node labels. */
const acrossText = (baseline: number, size: number) => [
  baseline - size * 0.8,
  baseline - size * 0.3,
  baseline + size * 0.2,
];

/**
 * Straight edge labels (sigma's drawer cut them a character at a time from the end, mid-number, and node labels drawn
 * above hid their start): each label in its script's direction, on the stretch of its edge clear of node labels —
 * nearest the middle where it fits whole — shortened at word boundaries to that stretch (edge-label-fit.ts), or not
 * drawn when not even its first word fits.
 */
export function createStraightEdgeLabel(look: LabelLook) {
  return (
    ctx: CanvasRenderingContext2D,
    edge: CurvedLabelEdge,
    source: CurvedLabelEnd,
    target: CurvedLabelEnd,
    settings: CurvedLabelSettings,
  ): void => {
    const text = edge.label;
    if (!text) return;
    // Upright text: its ends ordered left to right.
    const [a, b] = source.x <= target.x ? [source, target] : [target, source];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const d = Math.hypot(dx, dy);
    if (d <= a.size + b.size) return;
    const [ux, uy] = [dx / d, dy / d];
    const size = settings.edgeLabelSize;
    const baseline = edge.size / 2 + size;
    ctx.save();
    ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
    ctx.fillStyle = edgeLabelColor(edge, settings);
    ctx.direction = isRtlText(text) ? 'rtl' : 'ltr';
    ctx.textAlign = 'center';
    const measure = (t: string) => ctx.measureText(t).width;
    const near = boxesNear(frameLabelBoxes(look), a.x, a.y, b.x, b.y, baseline + size);
    const across = acrossText(baseline, size);
    // A point s pixels along the edge is covered when a node label lies over the text's band there.
    const blocked = (s: number) =>
      near.length > 0 && across.some((o) => inAnyBox(near, a.x + ux * s - uy * o, a.y + uy * s + ux * o));
    const spot = placeAlong(a.size, d - b.size, measure(text), blocked);
    const shown = spot && shortenEdgeLabel(text, spot.room, measure);
    if (spot && shown) {
      ctx.translate(a.x + ux * spot.centre, a.y + uy * spot.centre);
      ctx.rotate(Math.atan2(dy, dx));
      ctx.fillText(shown, 0, baseline);
    }
    ctx.restore();
  };
}

/**
 * Curved edge labels that are right for Arabic. @sigma/edge-curve draws a label one character at a time along the
 * curve, which cuts Arabic into unjoined letters in the wrong order ("4 بالاسم" → "مس‌ال‌اب 4"). A label with any
 * right-to-left text is drawn whole instead — shaped and ordered by the browser — centred on the curve's middle
 * and turned along it, at the same place and size as the per-letter one; other labels keep the per-letter drawing.
 * Either is first shortened at word boundaries to the room between the nodes (edge-label-fit.ts), and left out where
 * a node label (drawn above it) would cover it.
 */
export function withWholeRtlCurvedLabel<E extends CurvedLabelEdge, S extends CurvedLabelSettings>(
  perLetter: (
    ctx: CanvasRenderingContext2D,
    edge: E,
    source: CurvedLabelEnd,
    target: CurvedLabelEnd,
    settings: S,
  ) => void,
  opts: { curvatureAttribute: string; defaultCurvature: number },
  look?: LabelLook,
) {
  return (
    ctx: CanvasRenderingContext2D,
    edge: E,
    source: CurvedLabelEnd,
    target: CurvedLabelEnd,
    settings: S,
  ): void => {
    const text = edge.label;
    if (!text) return;
    const whole = HAS_RTL.test(text);
    const own = edge[opts.curvatureAttribute];
    const curvature = (typeof own === 'number' ? own : 0) || opts.defaultCurvature;
    // The same geometry as the per-letter drawing: ends ordered left to right (upright text), the quadratic curve's
    // control point, everything pushed off the edge by its thickness.
    const ltr = source.x < target.x;
    const [a, b] = ltr ? [source, target] : [target, source];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) return;
    const orientation = ltr ? 1 : -1;
    const offset = edge.size * 0.7 + 5;
    const anchorX = (a.x + b.x) / 2 + dy * curvature * orientation + (offset * dy) / length;
    const anchorY = (a.y + b.y) / 2 - dx * curvature * orientation - (offset * dx) / length;
    const push = (px: number, py: number, vx: number, vy: number) => {
      const n = Math.hypot(vx, vy) || 1;
      return { x: px + (offset * vx) / n, y: py + (offset * vy) / n };
    };
    const p0 = push(a.x, a.y, anchorY - a.y, -(anchorX - a.x));
    const p2 = push(b.x, b.y, b.y - anchorY, -(b.x - anchorX));
    // The curve's middle (t = ½) and its direction there (parallel to p0 → p2).
    const mid = {
      x: 0.25 * p0.x + 0.5 * anchorX + 0.25 * p2.x,
      y: 0.25 * p0.y + 0.5 * anchorY + 0.25 * p2.y,
    };
    const angle = Math.atan2(p2.y - p0.y, p2.x - p0.x);
    ctx.save();
    const size = settings.edgeLabelSize;
    ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
    // The per-letter drawing widens each letter on a curve: measured so, it has no cause to cut the label again.
    const widen = whole ? 1 : 1 + curvature * 0.35;
    const measure = (t: string) => ctx.measureText(t).width * widen;
    // No label where it cannot fit between the two nodes, whole words where it is long.
    const room = Math.hypot(p2.x - p0.x, p2.y - p0.y) - source.size - target.size;
    const shown = shortenEdgeLabel(text, room, measure);
    const half = shown ? measure(shown) / 2 : 0;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const near = look
      ? boxesNear(
          frameLabelBoxes(look),
          mid.x - cos * half,
          mid.y - sin * half,
          mid.x + cos * half,
          mid.y + sin * half,
          size,
        )
      : [];
    // Covered by a node label anywhere along it: left out rather than drawn in part.
    const covered = (s: number) =>
      acrossText(whole ? 0 : -size / 2, size).some((o) =>
        inAnyBox(near, mid.x + cos * s - sin * o, mid.y + sin * s + cos * o),
      );
    let clear = true;
    for (let s = -half; s <= half && near.length > 0 && clear; s += 2) clear = !covered(s);
    if (!shown || !clear) {
      ctx.restore();
      return;
    }
    if (!whole) {
      ctx.restore();
      perLetter(ctx, shown === text ? edge : { ...edge, label: shown }, source, target, settings);
      return;
    }
    ctx.fillStyle = edgeLabelColor(edge, settings);
    ctx.direction = isRtlText(text) ? 'rtl' : 'ltr';
    ctx.textAlign = 'center';
    ctx.translate(mid.x, mid.y);
    ctx.rotate(angle);
    ctx.fillText(shown, 0, 0);
    ctx.restore();
  };
}
