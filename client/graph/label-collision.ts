// Which node labels to draw so that no two overlap, and on which side of its node each goes: the most important first
// (the selected node's, then those of a hovered neighbourhood or a path, then the bigger nodes'), each kept only if its
// box is clear of those already kept — on its usual side, or else on the other — and, where one side is, clear of
// other nodes too, so a name does not run across a node beside it. Pure: the renderer gives it the candidates and the
// nodes as drawn (viewport pixels) before each frame.
import { nodeLabelLeft, type LabelSide } from './label-drawing.js';
import { compareIds } from '../../model/graph.js';

export interface LabelCandidate {
  key: string;
  label: string;
  /** The node's centre and drawn radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  /** Always drawn (and still blocks the others): the selected node. */
  forced: boolean;
  /** Drawn before the others where they compete (a hovered neighbourhood, a path). */
  preferred?: boolean;
}

/** A node as drawn: its centre and radius in viewport pixels. */
export interface NodeDisc {
  key: string;
  x: number;
  y: number;
  r: number;
}

export interface LabelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept around each label so neighbours do not touch. */
const LABEL_PADDING_PX = 2;

/**
 * A label's box as the node-label drawer places it (text baseline a third of the size below the centre; cut to the
 * room there is where the canvas is narrower than the name).
 */
export function labelRect(
  c: LabelCandidate,
  textWidth: number,
  labelSize: number,
  canvasWidth: number,
  side?: LabelSide,
): LabelRect & { side: LabelSide } {
  const placed = nodeLabelLeft(c, textWidth, canvasWidth, side);
  return {
    x: placed.left,
    y: c.y - (labelSize * 2) / 3,
    width: placed.width,
    height: labelSize,
    side: placed.side,
  };
}

const overlaps = (a: LabelRect, b: LabelRect) =>
  a.x < b.x + b.width + LABEL_PADDING_PX &&
  b.x < a.x + a.width + LABEL_PADDING_PX &&
  a.y < b.y + b.height + LABEL_PADDING_PX &&
  b.y < a.y + a.height + LABEL_PADDING_PX;

/** Whether disc `d` and box `r` overlap (the box's nearest point to the centre lies inside the disc). */
const touches = (r: LabelRect, d: NodeDisc) => {
  const nx = Math.max(r.x, Math.min(d.x, r.x + r.width));
  const ny = Math.max(r.y, Math.min(d.y, r.y + r.height));
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r ** 2;
};

/** A coarse grid of boxes, so each is compared with its neighbours only. */
const CELL = 64;
const cellsOf = (x0: number, y0: number, x1: number, y1: number) => {
  const keys: string[] = [];
  for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
    for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) keys.push(`${cx}:${cy}`);
  return keys;
};
const rectCells = (r: LabelRect) => cellsOf(r.x, r.y, r.x + r.width, r.y + r.height);

/**
 * The labels drawn, by key, with the side of its node each goes on: forced ones, then by node size, each clear of
 * every label kept before it — on its usual side, else on the other where it fits — and, of those sides, one clear of
 * the other nodes in `discs` where there is one (a label over a node is kept only when neither side is clear of
 * nodes). A forced label is kept whatever it overlaps, on its usual side unless only the other is clear. `boxes`, when
 * given, gets each kept label's box (what the edge labels, drawn beneath, keep clear of).
 */
export function labelsWithoutOverlap(
  candidates: LabelCandidate[],
  textWidth: (label: string) => number,
  labelSize: number,
  canvasWidth: number,
  discs: readonly NodeDisc[] = [],
  boxes?: LabelRect[],
): Map<string, LabelSide> {
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.forced) - Number(a.forced) ||
      Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)) ||
      b.size - a.size ||
      // Ties by key in code-unit order: localeCompare's first call loaded ICU's collation data mid-frame.
      compareIds(a.key, b.key),
  );
  const nodes = new Map<string, NodeDisc[]>();
  for (const d of discs)
    for (const k of cellsOf(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r)) {
      const cell = nodes.get(k);
      if (cell) cell.push(d);
      else nodes.set(k, [d]);
    }
  const grid = new Map<string, LabelRect[]>();
  const kept = new Map<string, LabelSide>();
  const clearOfLabels = (r: LabelRect) =>
    rectCells(r).every((k) => !(grid.get(k) ?? []).some((other) => overlaps(r, other)));
  const clearOfNodes = (r: LabelRect, own: string) =>
    rectCells(r).every((k) => !(nodes.get(k) ?? []).some((d) => d.key !== own && touches(r, d)));
  for (const c of order) {
    const width = textWidth(c.label);
    const usual = labelRect(c, width, labelSize, canvasWidth);
    const other = labelRect(c, width, labelSize, canvasWidth, usual.side === 'right' ? 'left' : 'right');
    // The other side only where the whole label fits there (nodeLabelLeft keeps the usual side otherwise).
    const sides = other.side !== usual.side ? [usual, other] : [usual];
    const free = sides.filter(clearOfLabels);
    const clear = free.find((r) => clearOfNodes(r, c.key));
    // A forced label is drawn whatever it overlaps: on a side clear of labels and nodes where one is.
    const rect = c.forced ? (clear ?? usual) : (clear ?? free[0]);
    if (!rect) continue;
    kept.set(c.key, rect.side);
    boxes?.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    for (const k of rectCells(rect)) {
      const cell = grid.get(k);
      if (cell) cell.push(rect);
      else grid.set(k, [rect]);
    }
  }
  return kept;
}
