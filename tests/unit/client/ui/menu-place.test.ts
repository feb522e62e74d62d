// Where the canvas's context menu goes so that all of it is inside the canvas, which clips it.
import { describe, expect, it } from 'vitest';
import { MENU_EDGE_GAP_PX as GAP, placeMenu } from '../../../../client/ui/menu-place.js';

const BOX = { width: 800, height: 400 };
const MENU = { width: 240, height: 300 };

describe('placeMenu', () => {
  it('opens below and after the point when there is room', () => {
    expect(placeMenu(100, 50, MENU, BOX)).toEqual({ left: 100, top: 50, maxHeight: 400 - 2 * GAP });
  });

  it('opens above the point near the foot and before it near the far side', () => {
    const p = placeMenu(700, 350, MENU, BOX);
    expect(p.top).toBe(50);
    expect(p.left).toBe(460);
  });

  it('presses against the foot when neither side of the point has room', () => {
    // 300 px tall at y = 200 in a 400 px box: 100 px above it is too few, 200 below too.
    expect(placeMenu(100, 200, MENU, BOX).top).toBe(400 - GAP - 300);
  });

  it('is never taller than the box: it starts at the top and scrolls', () => {
    const p = placeMenu(100, 200, { width: 240, height: 900 }, BOX);
    expect(p.top).toBe(GAP);
    expect(p.maxHeight).toBe(400 - 2 * GAP);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(BOX.height);
  });

  it('stays inside a box narrower than the menu', () => {
    expect(placeMenu(50, 10, MENU, { width: 200, height: 400 }).left).toBe(GAP);
  });
});
