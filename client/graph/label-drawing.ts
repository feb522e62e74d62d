// Canvas label drawing that is right for Arabic: each label gets the base direction of its first strong
// character (so Arabic names shape and order correctly) while staying anchored beside its node, and hover boxes
// follow the theme. No sigma import: these are plain canvas functions.
import type { Theme } from './style.js';
import { BACKGROUND, LABEL_COLOR } from './style.js';
import { inAnyBox, placeAlong, shortenEdgeLabel, type Box } from './edge-label-fit.js';

export interface LabelLook {
  theme: Theme;
  /**
   * Which node labels a frame draws (so none overlap), worked out once per frame on its first label — after sigma
   * has processed the graph, so positions are current. Absent or null: every label sigma picks.
   */
  labels?: {
    frame: number;
    computedFor: number;
    /** The labels drawn, each on the side of its node the collision pass chose (label-collision.ts). */
    allowed: ReadonlyMap<string, LabelSide> | null;
    compute(): ReadonlyMap<string, LabelSide> | null;
    /** The boxes of the labels drawn (set by compute): node labels are drawn over edge labels, which keep clear. */
    boxes?: readonly Box[];
  };
}

export type LabelSide = 'left' | 'right';

/** This frame's labels and their sides, worked out on the frame's first label (null: every label, its usual side). */
function frameLabels(look: LabelLook): ReadonlyMap<string, LabelSide> | null {
  const f = look.labels;
  if (!f) return null;
  if (f.computedFor !== f.frame) {
    f.allowed = f.compute();
    f.computedFor = f.frame;
  }
  return f.allowed;
}

/** This frame's node label boxes (none when every label is drawn unfiltered, as in an image export). */
function frameLabelBoxes(look: LabelLook): readonly Box[] {
  if (!look.labels) return [];
  frameLabels(look);
  return look.labels.boxes ?? [];
}

/** The side this frame's label filter chose for a node's label (undefined: its usual side). */
function chosenSide(look: LabelLook, data: LabelData): LabelSide | undefined {
  return data.key === undefined ? undefined : frameLabels(look)?.get(data.key);
}

/** Whether a frame's label filter lets this node's label be drawn (the selected and hovered node's always is). */
function labelAllowed(look: LabelLook, data: LabelData): boolean {
  if (!look.labels || data.highlighted || data.key === undefined) return true;
  const allowed = frameLabels(look);
  return !allowed || allowed.has(data.key);
}

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF]*[\u0590-\u08FF]/;

export function isRtlText(text: string): boolean {
  return RTL_FIRST_STRONG.test(text);
}

interface LabelData {
  key?: string;
  highlighted?: boolean;
  x: number;
  y: number;
  size: number;
  label?: string | null;
  color?: string;
}
interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
}

/** Space between a node's edge and its label, and the least room kept from the canvas's sides. */
const LABEL_GAP_PX = 3;
const CANVAS_MARGIN_PX = 2;

/**
 * Where a node's label starts (its left edge, in CSS pixels) and how wide it may be drawn. A label begins beside its
 * node, on the side its script reads from: a left-to-right label on the node's right, a right-to-left one (Arabic) on
 * its left, so its first word touches the node as in the legend's right-to-left rows. It moves to the other side when
 * it would run past the canvas there and fits on the other — so a node near the edge keeps its whole name on screen.
 * When it fits on neither (a canvas narrower than the name), it takes the side with more room and `width` is that
 * room: the drawer cuts it there with an ellipsis rather than run it off the canvas. `prefer`: the side the collision
 * pass chose, taken where the whole label fits there.
 */
export function nodeLabelLeft(
  data: { x: number; size: number; label?: string | null },
  textWidth: number,
  canvasWidth: number,
  prefer?: LabelSide,
): { left: number; side: LabelSide; width: number } {
  const right = data.x + data.size + LABEL_GAP_PX;
  const end = data.x - data.size - LABEL_GAP_PX;
  const roomRight = canvasWidth - CANVAS_MARGIN_PX - right;
  const roomLeft = end - CANVAS_MARGIN_PX;
  const rtl = Boolean(data.label && isRtlText(data.label));
  const fitsRight = textWidth <= roomRight;
  const fitsLeft = textWidth <= roomLeft;
  // The side the collision pass chose (clear of other nodes there), where the whole label fits.
  if (prefer === 'right' && fitsRight) return { left: right, side: 'right', width: textWidth };
  if (prefer === 'left' && fitsLeft) return { left: end - textWidth, side: 'left', width: textWidth };
  if (!fitsRight && !fitsLeft) {
    const onLeft = rtl ? roomLeft >= roomRight : roomLeft > roomRight;
    const width = Math.max(0, onLeft ? roomLeft : roomRight);
    return onLeft ? { left: end - width, side: 'left', width } : { left: right, side: 'right', width };
  }
  const onLeft = rtl ? fitsLeft : !fitsRight;
  return onLeft
    ? { left: end - textWidth, side: 'left', width: textWidth }
    : { left: right, side: 'right', width: textWidth };
}

/**
 * `text` as it fits in `room` pixels: whole, or cut with an ellipsis (at a character, spaces before the ellipsis
 * dropped); null when fewer than `minChars` characters would be left. The cut is found by halving, so a long name
 * on a narrow canvas costs a few measurements a frame, not one per character dropped.
 */
export function fitText(
  text: string,
  room: number,
  measure: (s: string) => number,
  minChars = 3,
): string | null {
  if (measure(text) <= room) return text;
  const chars = [...text];
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  // The longest prefix (of minChars to all but one character) whose cut fits: widths grow with the prefix.
  let lo = minChars;
  let hi = chars.length - 1;
  if (hi < lo || measure(cut(lo)) > room) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** The canvas's width in CSS pixels (sigma scales its 2D contexts by the pixel ratio). */
function cssWidth(ctx: CanvasRenderingContext2D): number {
  const scale = typeof ctx.getTransform === 'function' ? ctx.getTransform().a || 1 : 1;
  return ctx.canvas ? ctx.canvas.width / scale : Infinity;
}

export function createLabelDrawers(look: LabelLook) {
  function drawNodeLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
    if (!data.label || !labelAllowed(look, data)) return;
    const size = settings.labelSize;
    ctx.save();
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.direction = isRtlText(data.label) ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    const whole = ctx.measureText(data.label).width;
    const placed = nodeLabelLeft(data, whole, cssWidth(ctx), chosenSide(look, data));
    // Most labels fit: measured once. One cut to the room there is (a narrow canvas) still ends at its node.
    const shown =
      placed.width >= whole ? data.label : fitText(data.label, placed.width, (t) => ctx.measureText(t).width);
    if (!shown) {
      ctx.restore();
      return;
    }
    const left =
      shown !== data.label && placed.side === 'left'
        ? placed.left + placed.width - ctx.measureText(shown).width
        : placed.left;
    // A halo keeps labels readable over edges in both themes.
    ctx.lineWidth = 3;
    ctx.strokeStyle = BACKGROUND[look.theme];
    ctx.lineJoin = 'round';
    ctx.strokeText(shown, left, data.y + size / 3);
    ctx.fillStyle = LABEL_COLOR[look.theme];
    ctx.fillText(shown, left, data.y + size / 3);
    ctx.restore();
  }

  function drawNodeHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
    const size = settings.labelSize;
    const PADDING = 3;
    ctx.save();
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.fillStyle = look.theme === 'dark' ? '#1f2630' : '#ffffff';
    ctx.shadowBlur = 8;
    ctx.shadowColor = look.theme === 'dark' ? '#000000' : '#6b7280';
    const radius = Math.max(data.size, size / 2) + PADDING;
    if (data.label) {
      ctx.direction = isRtlText(data.label) ? 'rtl' : 'ltr';
      // The box covers the node and its label (as drawn: cut where the canvas is too narrow) on its side.
      const { side, width } = nodeLabelLeft(
        data,
        ctx.measureText(data.label).width,
        cssWidth(ctx),
        chosenSide(look, data),
      );
      const w = width + 8;
      const h = size + 2 * PADDING;
      ctx.beginPath();
      ctx.roundRect(
        side === 'right' ? data.x - radius : data.x - radius - w,
        data.y - Math.max(radius, h / 2),
        radius * 2 + w,
        Math.max(radius, h / 2) * 2,
        4,
      );
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.arc(data.x, data.y, radius, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.restore();
    // The hovered node's name is always shown, whatever it overlaps.
    drawNodeLabel(ctx, { ...data, highlighted: true }, settings);
  }

  return { drawNodeLabel, drawNodeHover };
}

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
