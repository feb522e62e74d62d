// Where a menu opened at a point goes so that all of it is inside its box (the canvas, which clips it): towards the
// point's other side near the far edges, pressed against the box when neither side has room, and never taller than
// the box (it scrolls instead), so that no item is hidden under the time slider or out of reach of the arrow keys.

/** The gap kept between the menu and the box's edges. */
export const MENU_EDGE_GAP_PX = 4;

export interface MenuPlace {
  left: number;
  top: number;
  /** The tallest the menu may be: the box's height less the gaps; past it the menu scrolls. */
  maxHeight: number;
}

/**
 * `x`, `y`: the point in the box (physical left and top, as the renderer reports it in both reading directions);
 * `menu`: the menu's drawn size (its height already capped at `maxHeight`); `box`: the box's size.
 */
export function placeMenu(
  x: number,
  y: number,
  menu: { width: number; height: number },
  box: { width: number; height: number },
): MenuPlace {
  const gap = MENU_EDGE_GAP_PX;
  const maxHeight = Math.max(0, box.height - 2 * gap);
  const height = Math.min(menu.height, maxHeight);
  return {
    left: along(x, menu.width, box.width, gap),
    top: along(y, height, box.height, gap),
    maxHeight,
  };
}

/** On one axis: after the point if it fits, else before it, else as far from the far edge as it must be. */
function along(at: number, size: number, room: number, gap: number): number {
  if (at + size <= room - gap) return at;
  if (at - size >= gap) return at - size;
  return Math.max(gap, room - gap - size);
}
