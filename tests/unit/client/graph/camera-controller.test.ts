// The camera's framing maths: bringing nodes on screen moves the camera only when needed, never closer than now and
// never further out than the whole scene (camera-controller.ts).
import { describe, expect, it } from 'vitest';
import { cameraToShow, DEFAULT_SHOW_NODES_MARGIN_PX } from '../../../../client/graph/camera-controller.js';

const dims = { width: 800, height: 600 };

describe('cameraToShow', () => {
  it('leaves the camera alone when every node is on screen with room to spare', () => {
    const viewport = [
      { x: 100, y: 100 },
      { x: 700, y: 500 },
    ];
    expect(
      cameraToShow(
        viewport,
        [
          { x: 0.4, y: 0.4 },
          { x: 0.6, y: 0.6 },
        ],
        dims,
        0.5,
      ),
    ).toBeNull();
  });

  it('centres on the nodes and keeps the zoom when they fit but lie off screen', () => {
    const viewport = [
      { x: 900, y: 300 },
      { x: 1000, y: 350 },
    ];
    const framed = [
      { x: 0.7, y: 0.5 },
      { x: 0.9, y: 0.6 },
    ];
    const target = cameraToShow(viewport, framed, dims, 0.5);
    expect(target).not.toBeNull();
    expect(target!.x).toBeCloseTo(0.8);
    expect(target!.y).toBeCloseTo(0.55);
    expect(target!.ratio).toBe(0.5);
  });

  it('zooms out just enough for nodes spread wider than the canvas, and never past the whole scene', () => {
    const usable = dims.width - 2 * DEFAULT_SHOW_NODES_MARGIN_PX;
    const viewport = [
      { x: 0, y: 300 },
      { x: usable * 1.5, y: 300 },
    ];
    const framed = [
      { x: 0.2, y: 0.5 },
      { x: 0.5, y: 0.5 },
    ];
    expect(cameraToShow(viewport, framed, dims, 0.4)!.ratio).toBeCloseTo(0.6);
    expect(cameraToShow(viewport, framed, dims, 0.9)!.ratio).toBe(1);
    // From further out than the whole scene, it stays where it is rather than zooming in.
    expect(cameraToShow(viewport, framed, dims, 3)!.ratio).toBe(3);
  });

  it('does nothing for no nodes', () => {
    expect(cameraToShow([], [], dims, 1)).toBeNull();
  });
});
