// The camera, as one controller over sigma: fit, zoom, centring on a node, bringing nodes on screen, framing a
// fresh scene, and the camera as a shared link carries it (read, and put back). The framing maths (cameraToShow) is
// pure, so it is unit-tested without WebGL.
import type Sigma from 'sigma';
import type { CameraState, Coordinates, Dimensions } from 'sigma/types';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';

/**
 * Room around the fitted scene (sigma's stagePadding, which pads node centres) and around nodes brought on screen, for
 * what floats over the canvas's edges: the selection bar's top is 40 px above the canvas's foot, and the largest node
 * (MAX_NODE_SIZE 18, 3 more when picked) must clear it — a node drawn 40 px from the foot sat half under it.
 */
export const STAGE_PADDING_PX = 64;
/** Room kept between nodes brought on screen and the canvas's sides. */
export const DEFAULT_SHOW_NODES_MARGIN_PX = STAGE_PADDING_PX;
/** Camera ratio below which all edge labels are drawn. */
export const EDGE_LABEL_ZOOM_RATIO = 0.55;
/** How far the camera zooms in and out (sigma's minCameraRatio and maxCameraRatio). */
export const MIN_CAMERA_RATIO = 0.05;
export const MAX_CAMERA_RATIO = 20;
/** A camera move is reported once it has rested this long (a pan or an animation moves it every frame). */
const CAMERA_SETTLE_MS = 150;

/**
 * Where the camera looks, as a link carries it: sigma's camera (x and y in its framed space, the zoom ratio) and,
 * when the frame was held still (after a drag, pointer.ts), the graph box it was framed on. Framed coordinates mean
 * something only over the same box: reopened over the box of the positions alone, a camera taken over a held frame
 * would look elsewhere, and at another ratio (which decides the edge labels, EDGE_LABEL_ZOOM_RATIO).
 */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  frame?: { x: [number, number]; y: [number, number] };
}

export interface CameraController {
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  focusNode(id: string): void;
  /** Moves the camera so these nodes are all on screen (an expansion's new nodes and their anchor), if they are not. */
  showNodes(ids: string[]): void;
  /** The whole scene framed as sigma frames a new one (no animation). */
  frameScene(): void;
  /** True while the camera is animating (a fit, a zoom, a focus): what is drawn is still about to move. */
  cameraMoving(): boolean;
  /** Where the camera looks now (what a link carries). */
  cameraView(): CameraView;
  /** Puts the camera where a link had it, at once: any animation under way stops there, and nothing re-frames it. */
  restoreCamera(view: CameraView): void;
}

export interface CameraHooks {
  /** The camera crossed EDGE_LABEL_ZOOM_RATIO: `zoomedIn` says every edge may now carry its label. */
  onEdgeLabelZoom?(zoomedIn: boolean): void;
  /** The camera moved and has come to rest (the address bar takes it). */
  onCameraMoved?(): void;
}

/**
 * Where the camera must go so that nodes at `viewport` (on screen now) and `framed` (the same nodes in sigma's
 * framed-graph space) are all on screen with `margin` pixels to spare, or null when they already are. The camera
 * never comes closer than `ratio` (bringing new nodes on screen must not zoom into the old ones) and never goes
 * further out than the whole scene (ratio 1).
 */
export function cameraToShow(
  viewport: Coordinates[],
  framed: Coordinates[],
  dims: Dimensions,
  ratio: number,
  margin = DEFAULT_SHOW_NODES_MARGIN_PX,
): Pick<CameraState, 'x' | 'y' | 'ratio'> | null {
  if (viewport.length === 0 || framed.length === 0) return null;
  const { width, height } = dims;
  const inside = viewport.every(
    (p) => p.x >= margin && p.x <= width - margin && p.y >= margin && p.y <= height - margin,
  );
  if (inside) return null;
  // The nodes' extent on screen now, and how much further out the camera must be for it to fit with a margin.
  const xs = viewport.map((p) => p.x);
  const ys = viewport.map((p) => p.y);
  const spread = Math.max(
    (Math.max(...xs) - Math.min(...xs)) / Math.max(1, width - 2 * margin),
    (Math.max(...ys) - Math.min(...ys)) / Math.max(1, height - 2 * margin),
  );
  const fx = framed.map((d) => d.x);
  const fy = framed.map((d) => d.y);
  return {
    x: (Math.min(...fx) + Math.max(...fx)) / 2,
    y: (Math.min(...fy) + Math.max(...fy)) / 2,
    ratio: Math.max(ratio, Math.min(ratio * spread, 1)),
  };
}

export function createCameraController(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  hooks: CameraHooks = {},
): CameraController {
  const camera = sigma.getCamera();
  let zoomedIn = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  // Every edge gets its label once the user zooms in.
  camera.on('updated', (state) => {
    clearTimeout(settle);
    settle = setTimeout(() => hooks.onCameraMoved?.(), CAMERA_SETTLE_MS);
    const next = state.ratio < EDGE_LABEL_ZOOM_RATIO;
    if (next === zoomedIn) return;
    zoomedIn = next;
    hooks.onEdgeLabelZoom?.(zoomedIn);
  });

  return {
    fit() {
      sigma.setCustomBBox(null);
      sigma.refresh();
      void camera.animatedReset({ duration: 400 });
    },
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
    cameraMoving: () => camera.isAnimated(),
    focusNode(id) {
      if (!graph.hasNode(id)) return;
      // Sigma normalises a node's display position only when it processes the graph: a node added since the last
      // frame (a person drilled to from a flow) still holds raw graph coordinates, and centring on those sent the
      // camera thousands of pixels off. Process first.
      sigma.refresh();
      const d = sigma.getNodeDisplayData(id);
      if (!d) return;
      // Centre on the node; zoom in only from far out, so the user keeps the context they had.
      const ratio = camera.ratio;
      void camera.animate({ x: d.x, y: d.y, ratio: ratio > 1.2 ? 1 : ratio }, { duration: 500 });
    },
    showNodes(ids) {
      sigma.refresh();
      const shown = ids
        .filter((id) => graph.hasNode(id))
        .map((id) => sigma.getNodeDisplayData(id))
        .filter((d): d is NonNullable<typeof d> => Boolean(d && !d.hidden));
      const framed = shown.map((d) => ({ x: d.x, y: d.y }));
      const viewport = framed.map((p) => sigma.framedGraphToViewport(p));
      const target = cameraToShow(viewport, framed, sigma.getDimensions(), camera.ratio);
      if (target) void camera.animate(target, { duration: 400 });
    },
    frameScene: () => camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    cameraView() {
      const { x, y, ratio } = camera.getState();
      const box = sigma.getCustomBBox();
      return { x, y, ratio, ...(box ? { frame: { x: [...box.x], y: [...box.y] } } : {}) };
    },
    restoreCamera(view) {
      sigma.setCustomBBox(view.frame ? { x: [...view.frame.x], y: [...view.frame.y] } : null);
      const state = { x: view.x, y: view.y, ratio: view.ratio, angle: 0 };
      camera.setState(state);
      // An animation under way (a fit, a path brought on screen) would carry on from here: it ends where the link
      // looks instead, on its next frame (a duration of 0 would divide by 0 in sigma).
      if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
      sigma.refresh();
    },
  };
}
