// Which node labels to draw so that no two overlap: the most important first (the selected node's, then those of a
// hovered neighbourhood or a path, then the bigger nodes'), each kept only if its box is clear of those already kept. Pure: the renderer
// gives it the candidates as drawn (viewport pixels) before each frame.
import { nodeLabelLeft } from './label-drawing.js';
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
): LabelRect {
  const { left, width } = nodeLabelLeft(c, textWidth, canvasWidth);
  return { x: left, y: c.y - (labelSize * 2) / 3, width, height: labelSize };
}

const overlaps = (a: LabelRect, b: LabelRect) =>
  a.x < b.x + b.width + LABEL_PADDING_PX &&
  b.x < a.x + a.width + LABEL_PADDING_PX &&
  a.y < b.y + b.height + LABEL_PADDING_PX &&
  b.y < a.y + a.height + LABEL_PADDING_PX;

/** The keys whose labels are drawn: forced ones, then by node size, each clear of every label kept before it. */
export function labelsWithoutOverlap(
  candidates: LabelCandidate[],
  textWidth: (label: string) => number,
  labelSize: number,
  canvasWidth: number,
): Set<string> {
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.forced) - Number(a.forced) ||
      Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)) ||
      b.size - a.size ||
      // Ties by key in code-unit order: localeCompare's first call loaded ICU's collation data mid-frame.
      compareIds(a.key, b.key),
  );
  // A coarse grid of kept boxes, so each candidate is compared with its neighbours only.
  const CELL = 64;
  const grid = new Map<string, LabelRect[]>();
  const cellsOf = (r: LabelRect) => {
    const keys: string[] = [];
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++)
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++)
        keys.push(`${cx}:${cy}`);
    return keys;
  };
  const kept = new Set<string>();
  for (const c of order) {
    const rect = labelRect(c, textWidth(c.label), labelSize, canvasWidth);
    const cells = cellsOf(rect);
    const clear = cells.every((k) => !(grid.get(k) ?? []).some((other) => overlaps(rect, other)));
    if (!clear && !c.forced) continue;
    kept.add(c.key);
    for (const k of cells) grid.set(k, [...(grid.get(k) ?? []), rect]);
  }
  return kept;
}
