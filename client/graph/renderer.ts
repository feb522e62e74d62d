// The only place that creates the sigma renderer: a small factory that wires one controller per concern (camera,
// pointer, layout scheduling, labels, appearance) around the graphology projection of whatever the app shows (kept
// in step with state by setData). Panels never touch sigma: they change state, and state is projected here.
import Sigma from 'sigma';
import type { GraphData } from '../../model/graph.js';
import {
  createCameraController,
  MAX_CAMERA_RATIO,
  MIN_CAMERA_RATIO,
  STAGE_PADDING_PX,
  type CameraController,
  type CameraView,
} from './camera-controller.js';
import type { LabelLook } from './label-drawing.js';
import { attachLabelFilter } from './label-filter.js';
import { createLayoutController } from './layout-controller.js';
import { createSceneAppearance } from './appearance.js';
import { createViewController, type ViewController, type ViewInput } from './view-controller.js';
import type { AppearanceLegend } from './metrics.js';
import { attachPointer, type RendererCallbacks } from './pointer.js';
import { createPrograms } from './programs.js';
import { createSizedSigma } from './sized-sigma.js';
import type { PngExportInfo, PngExportOptions } from './export-png.js';
import { createSceneProbe, type SceneProbe } from './scene-probe.js';
import {
  createSceneGraph,
  indexParallelFacts,
  syncSceneGraph,
  type SceneEdgeAttributes,
  type SceneGraph,
  type SceneNodeAttributes,
  type SyncResult,
} from './scene-graph.js';

export type { ContextTarget, RendererCallbacks } from './pointer.js';
export type { LabelBox, NodeStyle } from './scene-probe.js';
export { DEFAULT_NODES_ONLY_LAYOUT_EDGES, type ViewInput } from './view-controller.js';
export { EDGE_LABEL_ZOOM_RATIO, type CameraView } from './camera-controller.js';

export interface NodePosition {
  x: number;
  y: number;
  pinned?: boolean;
}

export interface SetDataOptions {
  relayout?: boolean;
  positions?: Map<string, NodePosition>;
}

/**
 * Scene changes of at least this many new nodes and edges are made with sigma detached from the graph (as is any
 * scene going into an empty graph).
 */
export const DEFAULT_BULK_SYNC_ELEMENTS = 5_000;

export interface Renderer extends CameraController, SceneProbe {
  readonly graph: SceneGraph;
  readonly sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>;
  /** Shows `data`; `relayout` starts afresh (keeping any `positions` given for known nodes). */
  setData(data: GraphData, options?: SetDataOptions): SyncResult;
  /** Current positions (to come back to a view without a new layout). */
  positions(): Map<string, NodePosition>;
  /** The whole scene (or the visible part) with a title, legend and the sources of the facts drawn, as a PNG. */
  exportPng(options: PngExportOptions): Promise<Blob>;
  /** What the last PNG export drew (for tests and automation). */
  lastExport(): PngExportInfo | null;
  /**
   * Puts nodes at these graph coordinates (a shared link's layout), pins `pinned` ones and lets the others go, stops
   * any layout, and frames the scene — or, given the link's camera, looks where it looked.
   */
  setPositions(
    positions: Readonly<Record<string, { x: number; y: number }>>,
    options?: { pinned?: readonly string[]; camera?: CameraView },
  ): void;
  setView(view: ViewInput): void;
  /**
   * Runs `work` (setData, setView…) with sigma's refreshes held, then re-indexes the scene once and draws it once: at
   * once when a step asked to (a new scene), else at the next frame (sized-sigma.ts). A new scene and its view cost
   * one pass instead of one per step.
   */
  batch<T>(work: () => T): T;
  startLayout(): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  /** Select mode: a plain drag on the empty stage draws a lasso instead of panning. */
  setSelectMode(on: boolean): void;
  /** Pins a node where it is (layouts leave it there) or lets it go. */
  setPinned(id: string, pinned: boolean): void;
  isPinned(id: string): boolean;
  kill(): void;
}

/** Above this many nodes the scene counts as large: straight lines, fewer labels, no edge labels. */
export const DEFAULT_LARGE_SCENE_NODES = 2_000;
export interface RendererOptions extends RendererCallbacks {
  /** What the appearance rule drew, each time it changes (the legend shows it). */
  onAppearance?: (legend: AppearanceLegend) => void;
  /** The camera was panned or zoomed and has come to rest (a link carries where it looks). */
  onCameraMoved?: () => void;
}

export function createRenderer(container: HTMLElement, callbacks: RendererOptions = {}): Renderer {
  const graph = createSceneGraph();
  /** An empty stand-in sigma holds while a big scene change goes into `graph` (see setData). */
  const detached = createSceneGraph();
  const look: LabelLook = { theme: 'light' };
  const sized = createSizedSigma<SceneNodeAttributes, SceneEdgeAttributes>(graph, container, {
    ...createPrograms(look),
    defaultNodeType: 'circle',
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    // Edges are picked by measuring the pointer's distance to them (pointer.ts, edge-hit.ts). Sigma's own edge
    // picking draws every edge a second time into a picking buffer on each frame and builds a picking program per
    // edge type: in software WebGL that cost a 1k scene's first frame 80–100 ms (BENCHMARKS.md, Findings).
    enableEdgeEvents: false,
    labelFont: 'system-ui, "DejaVu Sans", "Noto Sans Arabic", "Segoe UI", sans-serif',
    edgeLabelFont: 'system-ui, "DejaVu Sans", "Noto Sans Arabic", "Segoe UI", sans-serif',
    labelSize: 13,
    edgeLabelSize: 11,
    labelDensity: 0.9,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    minCameraRatio: MIN_CAMERA_RATIO,
    maxCameraRatio: MAX_CAMERA_RATIO,
    stagePadding: STAGE_PADDING_PX,
    itemSizesReference: 'screen',
    allowInvalidContainer: true,
  });
  const sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes> = sized;

  let exported: PngExportInfo | null = null;
  let selectMode = false;

  // An empty scene's drawing layers are hidden (not the mouse layer, which takes the pointer). Where WebGL runs in
  // software (SwiftShader: machines without a GPU, like our CI), the browser composites sigma's six full-size layers
  // for every frame it draws, blank or not: ten frames of an empty scene cost the GPU process 1.2–1.4 s of CPU here.
  // The page's first frames, drawn before the first answer arrives, are blank ones, and that CPU was taken from the
  // server computing the answer and from the page's own start.
  let layersShown = true;
  const showLayers = (shown: boolean) => {
    if (shown === layersShown) return;
    layersShown = shown;
    for (const [id, canvas] of Object.entries(sigma.getCanvases())) {
      if (id !== 'mouse') canvas.style.visibility = shown ? '' : 'hidden';
    }
  };
  showLayers(false);

  // No two node labels overlap (label-filter.ts); large scenes keep sigma's own label grid.
  const { textWidth } = attachLabelFilter(sigma, graph, look, () => view.large);

  // Node sizes and colours from the appearance rule, measured on the visible scene (in a worker when large).
  const appearance = createSceneAppearance(graph, {
    onUpdate: () => view.apply(),
    onReport: (legend) => callbacks.onAppearance?.(legend),
  });
  // The state-derived view through the reducers (view-controller.ts); the layout's state decides what large scenes draw.
  const view: ViewController = createViewController(sigma, graph, {
    appearance,
    look,
    isLayoutBusy: () => layout.isBusy(),
  });

  const camera = createCameraController(sigma, graph, {
    onEdgeLabelZoom: (zoomedIn) => view.setZoomedIn(zoomedIn),
    onCameraMoved: () => callbacks.onCameraMoved?.(),
  });

  const layout = createLayoutController(graph, {
    onLayoutChange: (running) => callbacks.onLayoutChange?.(running),
    onViewChange: () => view.apply(),
    releaseFrame: () => sigma.setCustomBBox(null),
    isInteracting: () => pointer.isInteracting(),
  });

  // Pointer gestures (hover, drag-to-pin, clicks, context menus, lasso) live in their own controller.
  const pointer = attachPointer(sigma, graph, container, callbacks, {
    onHover: (node) => view.setHovered(node),
    isLayoutRunning: () => layout.isRunning(),
    isSelectMode: () => selectMode,
    edgesReachable: () => !view.large,
  });

  // Panels opening and closing change the canvas's size without a window resize.
  const resizeObserver =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => sigma.scheduleRefresh());
  resizeObserver?.observe(container);

  /** Puts `data` into the graph, places what is new and plans the layout and framing (see setData). */
  const syncAndPlace = (data: GraphData, options: SetDataOptions, freshScene: boolean): SyncResult => {
    let fresh = freshScene;
    const result = syncSceneGraph(graph, data);
    view.sceneChanged();
    if (result.edgesChanged) indexParallelFacts(graph);
    let added = result.added;
    if (fresh && options.positions?.size) {
      // Coming back to a view: known nodes return to where they were; only the others are placed.
      const known = options.positions;
      added = [];
      graph.forEachNode((id) => {
        const p = known.get(id);
        if (p) graph.mergeNodeAttributes(id, { x: p.x, y: p.y, pinned: p.pinned, fixed: p.pinned });
        else added.push(id);
      });
      if (added.length < graph.order) fresh = false;
    }
    const plan = layout.place(added, fresh);
    // A scene that is mostly new is framed afresh, like a new one.
    if (!fresh && plan === 'worker' && added.length > graph.order / 2) fresh = true;
    view.apply();
    if (fresh) camera.frameScene();
    return result;
  };

  return {
    graph,
    sigma,
    ...camera,
    ...createSceneProbe(sigma, graph, look, textWidth),
    setData(data, options = {}) {
      // A scene sharing no node with the one drawn (a new query) is laid out afresh; a grown scene keeps its places.
      const unrelated = graph.order > 0 && !data.nodes.some((n) => graph.hasNode(n.id));
      const fresh = graph.order === 0 || Boolean(options.relayout) || unrelated;
      if (options.relayout || unrelated) {
        layout.halt();
        graph.clear();
      }
      // A big change goes into the graph while sigma is detached from it: sigma handles every graph event one by
      // one (tens of thousands of partial refreshes for a 50k scene); re-attached, it indexes the scene in one pass.
      // So does any scene going into an empty graph, which sigma indexes whole anyway: its per-event work (an event
      // per node and edge added, two per edge for the parallel-edge index) was a tenth of a 1k scene's first task.
      const incoming = data.nodes.length + data.edges.length - graph.order - graph.size;
      const bulk = graph.order === 0 || incoming >= DEFAULT_BULK_SYNC_ELEMENTS;
      return sized.holdRefreshes(() => {
        if (bulk) sigma.setGraph(detached);
        try {
          return syncAndPlace(data, options, fresh);
        } finally {
          if (bulk) sigma.setGraph(graph);
          showLayers(graph.order > 0);
        }
      });
    },
    setView: (next) => sized.holdRefreshes(() => view.setView(next)),
    batch: (work) => sized.holdRefreshes(work),
    startLayout: () => layout.start(),
    stopLayout: () => layout.stop(),
    isLayoutRunning: () => layout.isBusy(),
    positions() {
      const out = new Map<string, NodePosition>();
      graph.forEachNode((id, a) => out.set(id, { x: a.x, y: a.y, ...(a.pinned ? { pinned: true } : {}) }));
      return out;
    },
    // The image exporter loads on first use: the first scene does not need it.
    async exportPng(options) {
      // The image is drawn by another renderer, framed differently (often the whole scene): the canvas's choice of
      // labels, made for what is on screen, would leave out the labels of nodes that are off it.
      const filter = look.labels;
      look.labels = undefined;
      try {
        const { blob, info } = await (await import('./export-png.js')).renderPng(sigma, options);
        exported = info;
        return blob;
      } finally {
        look.labels = filter;
      }
    },
    lastExport: () => exported,
    setPositions(positions, options = {}) {
      layout.halt();
      const pinned = new Set(options.pinned);
      graph.forEachNode((id) => {
        const p = positions[id];
        if (p)
          graph.mergeNodeAttributes(id, { x: p.x, y: p.y, pinned: pinned.has(id), fixed: pinned.has(id) });
      });
      // The link's camera after its positions, and instead of framing them: framed afresh, a zoomed-in view reopened
      // as the whole scene.
      if (options.camera) camera.restoreCamera(options.camera);
      else {
        sigma.setCustomBBox(null);
        camera.frameScene();
        sigma.refresh();
      }
    },
    setPinned(id, pinned) {
      if (!graph.hasNode(id)) return;
      graph.mergeNodeAttributes(id, { pinned, fixed: pinned });
      callbacks.onNodeMoved?.(id);
    },
    isPinned: (id) => graph.hasNode(id) && Boolean(graph.getNodeAttribute(id, 'pinned')),
    setSelectMode(on) {
      selectMode = on;
      container.style.cursor = on ? 'crosshair' : '';
    },
    kill() {
      appearance.kill();
      resizeObserver?.disconnect();
      layout.kill();
      sigma.kill();
    },
  };
}
