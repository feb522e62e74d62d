// The only place that creates the sigma renderer. It owns the graphology projection of whatever the app shows
// (kept in step with state by setData), applies the state-derived view through reducers, and reports user gestures
// back through callbacks. Panels never touch sigma: they change state, and state is projected here.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { GraphData } from '../../model/graph.js';
import { layoutNow, planLayout, settleNewNodes } from './layout.js';
import { createLayoutRunner, type LayoutRunner } from './layout-worker.js';
import { labelRect } from './label-collision.js';
import type { LabelLook } from './label-drawing.js';
import { attachLabelFilter } from './label-filter.js';
import { createSceneAppearance } from './appearance.js';
import type { AppearanceLegend, ColorBy, SizeBy } from './metrics.js';
import { attachPointer, type RendererCallbacks } from './pointer.js';
import { createPrograms } from './programs.js';
import type { PngExportInfo, PngExportOptions } from './export-png.js';
import { createEdgeReducer, createNodeReducer, type ViewSpec } from './reducers.js';
import {
  createSceneGraph,
  syncSceneGraph,
  type SceneEdgeAttributes,
  type SceneGraph,
  type SceneNodeAttributes,
  type SyncResult,
} from './scene-graph.js';
import { BACKGROUND } from './style.js';

export type { ContextTarget, RendererCallbacks } from './pointer.js';

/** A node label as drawn: its text's box in pixels from the canvas's top-left corner. */
export interface LabelBox {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodePosition {
  x: number;
  y: number;
  pinned?: boolean;
}

/** The view as the app describes it; sizes and hover focus are filled in here. */
export type ViewInput = Omit<ViewSpec, 'sizes' | 'focus' | 'colorSteps' | 'colorPalette'> & {
  /** The appearance rule: node size and colour from metrics of the visible scene (client/graph/metrics.ts). */
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** A highlighted path (or other persistent focus), shown when nothing is hovered. */
  highlight: { nodes: string[]; edges: string[] } | null;
};

export interface SetDataOptions {
  relayout?: boolean;
  positions?: Map<string, NodePosition>;
}

/** Scene changes of at least this many new nodes and edges are made with sigma detached from the graph. */
export const DEFAULT_BULK_SYNC_ELEMENTS = 5_000;

export interface Renderer {
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
  /** Puts nodes at these graph coordinates (a shared link's layout), stops any layout and frames the scene. */
  setPositions(positions: Readonly<Record<string, { x: number; y: number }>>): void;
  setView(view: ViewInput): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  focusNode(id: string): void;
  /** Moves the camera so these nodes are all on screen (an expansion's new nodes and their anchor), if they are not. */
  showNodes(ids: string[]): void;
  startLayout(): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  /** Node ids currently drawn (after filters). */
  visibleNodeIds(): string[];
  /** Edge ids currently drawn (after filters; both ends drawn). */
  visibleEdgeIds(): string[];
  /** Where a node is drawn, in pixels from the canvas's top-left corner (for tests and overlays). */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  /** A node's disc as drawn: its centre and radius in pixels from the canvas's corner (tests check overlap). */
  nodeViewportDisc(id: string): { x: number; y: number; r: number } | null;
  /** The boxes of the node labels drawn now, in pixels from the canvas's corner (tests check overlap and fit). */
  labelBoxes(): LabelBox[];
  /** The colour and size a node is drawn with, or null when it is not drawn. */
  nodeStyle(id: string): NodeStyle | null;
  /** The two ends of an edge (tests rebuild the drawn scene's structure from visibleEdgeIds and these). */
  edgeEnds(id: string): [string, string] | null;
  /** Select mode: a plain drag on the empty stage draws a lasso instead of panning. */
  setSelectMode(on: boolean): void;
  /** Pins a node where it is (layouts leave it there) or lets it go. */
  setPinned(id: string, pinned: boolean): void;
  isPinned(id: string): boolean;
  kill(): void;
}

/** Above this many nodes the scene counts as large: straight lines, fewer labels, no edge labels. */
export const DEFAULT_LARGE_SCENE_NODES = 2_000;
/** While the layout runs on a scene with more edges than this, only nodes are drawn (frames stay cheap). */
export const DEFAULT_NODES_ONLY_LAYOUT_EDGES = 10_000;
/** Room kept between nodes brought on screen and the canvas's sides. */
const SHOW_NODES_MARGIN_PX = 40;
/** Camera ratio below which all edge labels are drawn. */
export const EDGE_LABEL_ZOOM_RATIO = 0.55;

/** A node as drawn: its colour and size (for tests: the canvas matches its legend). */
export interface NodeStyle {
  color: string;
  size: number;
}

export interface RendererOptions extends RendererCallbacks {
  /** What the appearance rule drew, each time it changes (the legend shows it). */
  onAppearance?: (legend: AppearanceLegend) => void;
}

export function createRenderer(container: HTMLElement, callbacks: RendererOptions = {}): Renderer {
  const graph = createSceneGraph();
  /** An empty stand-in sigma holds while a big scene change goes into `graph` (see setData). */
  const detached = createSceneGraph();
  const look: LabelLook = { theme: 'light' };
  const programs = createPrograms(look);
  const sigma = new Sigma<SceneNodeAttributes, SceneEdgeAttributes>(graph, container, {
    ...programs,
    defaultNodeType: 'circle',
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelFont: 'system-ui, "DejaVu Sans", "Noto Sans Arabic", "Segoe UI", sans-serif',
    edgeLabelFont: 'system-ui, "DejaVu Sans", "Noto Sans Arabic", "Segoe UI", sans-serif',
    labelSize: 13,
    edgeLabelSize: 11,
    labelDensity: 0.9,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 20,
    stagePadding: 40,
    itemSizesReference: 'screen',
    allowInvalidContainer: true,
  });

  let view: ViewInput | null = null;
  let graphVersion = 0;
  let hovered: string | null = null;
  let runner: LayoutRunner | null = null;
  // Set while a worker layout waits for the scene's first frame (see startLayoutAfterFrame).
  let pendingStart: { frame: number; timer?: ReturnType<typeof setTimeout> } | null = null;
  let zoomedIn = false;
  let exported: PngExportInfo | null = null;
  let selectMode = false;

  // No two node labels overlap (label-filter.ts); large scenes keep sigma's own label grid.
  const { textWidth } = attachLabelFilter(sigma, graph, look, () => Boolean(view?.large));

  // Node sizes and colours from the appearance rule, measured on the visible scene (in a worker when large).
  const appearance = createSceneAppearance(graph, {
    onUpdate: () => applyView(),
    onReport: (legend) => callbacks.onAppearance?.(legend),
  });

  const applyView = () => {
    if (!view) return;
    appearance.refresh({
      version: graphVersion,
      visible: view.visibleNodes,
      sizeBy: view.sizeBy,
      colorBy: view.colorBy,
    });
    look.theme = view.theme;
    let focus: ViewSpec['focus'] = null;
    if (hovered && graph.hasNode(hovered)) {
      const nodes = new Set<string>([hovered]);
      const edges = new Set<string>();
      graph.forEachEdge(hovered, (e, _a, s, t) => {
        edges.add(e);
        nodes.add(s);
        nodes.add(t);
      });
      focus = { nodes, edges };
    } else if (view.highlight) {
      focus = { nodes: new Set(view.highlight.nodes), edges: new Set(view.highlight.edges) };
    }
    const nodesOnly =
      graph.size > DEFAULT_NODES_ONLY_LAYOUT_EDGES && (Boolean(runner?.isRunning()) || pendingStart !== null);
    const spec: ViewSpec = {
      ...view,
      sizes: appearance.sizes(),
      colorSteps: appearance.colorSteps(),
      colorPalette: appearance.colorPalette(),
      focus,
      edgeLabels: zoomedIn,
      nodesOnly,
    };
    const nodeReducer = createNodeReducer(spec);
    const fill = BACKGROUND[view.theme];
    sigma.setSetting('nodeReducer', (id, attrs) => {
      const out = nodeReducer(id, attrs);
      if (out.type === 'ring') out.fillColor = fill;
      return out as never;
    });
    sigma.setSetting('edgeReducer', createEdgeReducer(spec) as never);
    sigma.setSetting('renderEdgeLabels', !view.large);
    // Small scenes label every node; big ones only the larger nodes (sigma's label grid keeps them apart).
    sigma.setSetting('labelRenderedSizeThreshold', view.large ? 14 : graph.order > 150 ? 6 : 0);
    sigma.setSetting('hideEdgesOnMove', view.large);
    // Edge picking draws every edge into sigma's picking buffer on each frame, and a pointer event reads that buffer
    // back: in a large scene that makes clicks wait for the frame in flight. Edges there are reached from the table.
    if (sigma.getSetting('enableEdgeEvents') !== !view.large)
      sigma.setSetting('enableEdgeEvents', !view.large);
  };

  // Every edge gets its label once the user zooms in.
  sigma.getCamera().on('updated', (state) => {
    const next = state.ratio < EDGE_LABEL_ZOOM_RATIO;
    if (next !== zoomedIn) {
      zoomedIn = next;
      applyView();
    }
  });

  // Pointer gestures (hover, drag-to-pin, clicks, context menus) live in their own controller.
  attachPointer(sigma, graph, container, callbacks, {
    onHover: (node) => {
      hovered = node;
      applyView();
    },
    isLayoutRunning: () => Boolean(runner?.isRunning()),
    isSelectMode: () => selectMode,
  });

  // Panels opening and closing change the canvas's size without a window resize.
  const resizeObserver =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => sigma.scheduleRefresh());
  resizeObserver?.observe(container);

  // A worker layout for a new scene starts only after the scene has been drawn once: copying the graph and starting
  // the worker would otherwise hold back the first frame. It counts as running from the moment it is scheduled.
  const cancelPendingStart = () => {
    if (!pendingStart) return false;
    cancelAnimationFrame(pendingStart.frame);
    clearTimeout(pendingStart.timer);
    pendingStart = null;
    return true;
  };

  const stopRunner = () => {
    const was = Boolean(runner?.isRunning()) || cancelPendingStart();
    runner?.kill();
    runner = null;
    if (was) callbacks.onLayoutChange?.(false);
  };

  function startLayout(): void {
    cancelPendingStart();
    if (runner?.isRunning()) return;
    stopRunner();
    sigma.setCustomBBox(null);
    runner = createLayoutRunner(graph, {
      onChange: (running) => {
        applyView();
        callbacks.onLayoutChange?.(running);
      },
    });
    runner.start();
  }

  function startLayoutAfterFrame(): void {
    // A running layout works on a copy of the old scene: start again on the new one.
    stopRunner();
    const pending: NonNullable<typeof pendingStart> = {
      // Sigma's render was requested before this frame callback, so it has drawn by the time this runs.
      frame: requestAnimationFrame(() => {
        pending.timer = setTimeout(() => {
          if (pendingStart !== pending) return;
          pendingStart = null;
          startLayout();
        }, 0);
      }),
    };
    pendingStart = pending;
    callbacks.onLayoutChange?.(true);
  }

  /** Puts `data` into the graph, places what is new and plans the layout and framing (see setData). */
  const syncAndPlace = (data: GraphData, options: SetDataOptions, freshScene: boolean): SyncResult => {
    let fresh = freshScene;
    const result = syncSceneGraph(graph, data);
    graphVersion++;
    if (result.edgesChanged) indexParallelEdgesIndex(graph);
    let added = result.added;
    if (fresh && options.positions?.size) {
      // Coming back to a view: known nodes return to where they were; only the others are placed.
      added = [];
      graph.forEachNode((id) => {
        const p = options.positions!.get(id);
        if (p) graph.mergeNodeAttributes(id, { x: p.x, y: p.y, pinned: p.pinned, fixed: p.pinned });
        else added.push(id);
      });
      if (added.length < graph.order) fresh = false;
    }
    const plan = planLayout({ order: graph.order, added: added.length, fresh });
    if (plan === 'sync' || plan === 'worker') sigma.setCustomBBox(null);
    if (plan === 'sync') layoutNow(graph);
    else if (plan === 'worker') startLayoutAfterFrame();
    else if (plan === 'settle') settleNewNodes(graph, added);
    // A scene that is mostly new is framed afresh, like a new one.
    if (!fresh && plan === 'worker' && added.length > graph.order / 2) fresh = true;
    applyView();
    if (fresh) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    return result;
  };

  return {
    graph,
    sigma,
    setData(data, options = {}) {
      // A scene sharing no node with the one drawn (a new query) is laid out afresh; a grown scene keeps its places.
      const unrelated = graph.order > 0 && !data.nodes.some((n) => graph.hasNode(n.id));
      const fresh = graph.order === 0 || Boolean(options.relayout) || unrelated;
      if (options.relayout || unrelated) {
        stopRunner();
        graph.clear();
      }
      // A big change goes into the graph while sigma is detached from it: sigma handles every graph event one by
      // one (tens of thousands of partial refreshes for a 50k scene); re-attached, it indexes the scene in one pass.
      const incoming = data.nodes.length + data.edges.length - graph.order - graph.size;
      const bulk = incoming >= DEFAULT_BULK_SYNC_ELEMENTS;
      if (bulk) sigma.setGraph(detached);
      try {
        return syncAndPlace(data, options, fresh);
      } finally {
        if (bulk) sigma.setGraph(graph);
      }
    },
    setView(next) {
      view = next;
      applyView();
    },
    fit() {
      sigma.setCustomBBox(null);
      sigma.refresh();
      void sigma.getCamera().animatedReset({ duration: 400 });
    },
    zoomIn: () => void sigma.getCamera().animatedZoom({ duration: 250 }),
    zoomOut: () => void sigma.getCamera().animatedUnzoom({ duration: 250 }),
    focusNode(id) {
      if (!graph.hasNode(id)) return;
      // Sigma normalises a node's display position only when it processes the graph: a node added since the last
      // frame (a person drilled to from a flow) still holds raw graph coordinates, and centring on those sent the
      // camera thousands of pixels off. Process first.
      sigma.refresh();
      const d = sigma.getNodeDisplayData(id);
      if (!d) return;
      // Centre on the node; zoom in only from far out, so the user keeps the context they had.
      const ratio = sigma.getCamera().ratio;
      void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: ratio > 1.2 ? 1 : ratio }, { duration: 500 });
    },
    showNodes(ids) {
      sigma.refresh();
      const { width, height } = sigma.getDimensions();
      const margin = SHOW_NODES_MARGIN_PX;
      const shown = ids
        .filter((id) => graph.hasNode(id))
        .map((id) => sigma.getNodeDisplayData(id))
        .filter((d): d is NonNullable<typeof d> => Boolean(d && !d.hidden));
      if (shown.length === 0) return;
      const points = shown.map((d) => sigma.framedGraphToViewport({ x: d.x, y: d.y }));
      const inside = points.every(
        (p) => p.x >= margin && p.x <= width - margin && p.y >= margin && p.y <= height - margin,
      );
      if (inside) return;
      // The nodes' extent on screen now, and how much further out the camera must be for it to fit with a margin.
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const spread = Math.max(
        (Math.max(...xs) - Math.min(...xs)) / Math.max(1, width - 2 * margin),
        (Math.max(...ys) - Math.min(...ys)) / Math.max(1, height - 2 * margin),
      );
      const camera = sigma.getCamera();
      // Never closer than now: bringing new nodes on screen must not zoom into the old ones.
      const ratio = Math.max(camera.ratio, Math.min(camera.ratio * spread, 1));
      const fx = shown.map((d) => d.x);
      const fy = shown.map((d) => d.y);
      void camera.animate(
        { x: (Math.min(...fx) + Math.max(...fx)) / 2, y: (Math.min(...fy) + Math.max(...fy)) / 2, ratio },
        { duration: 400 },
      );
    },
    startLayout,
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
        const { blob, info } = await (await import('./export-png.js')).renderPng(sigma as never, options);
        exported = info;
        return blob;
      } finally {
        look.labels = filter;
      }
    },
    lastExport: () => exported,
    setPositions(positions) {
      stopRunner();
      graph.forEachNode((id) => {
        const p = positions[id];
        if (p) graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
      });
      sigma.setCustomBBox(null);
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
    },
    stopLayout: () => {
      if (cancelPendingStart()) callbacks.onLayoutChange?.(false);
      runner?.stop();
    },
    isLayoutRunning: () => Boolean(runner?.isRunning()) || pendingStart !== null,
    visibleNodeIds() {
      const ids: string[] = [];
      graph.forEachNode((id) => {
        const d = sigma.getNodeDisplayData(id);
        if (d && !d.hidden) ids.push(id);
      });
      return ids;
    },
    visibleEdgeIds() {
      const ids: string[] = [];
      graph.forEachEdge((id, _a, source, target) => {
        const d = sigma.getEdgeDisplayData(id);
        if (!d || d.hidden) return;
        if (sigma.getNodeDisplayData(source)?.hidden || sigma.getNodeDisplayData(target)?.hidden) return;
        ids.push(id);
      });
      return ids;
    },
    nodeViewportPosition(id) {
      const d = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) return null;
      return sigma.framedGraphToViewport({ x: d.x, y: d.y });
    },
    edgeEnds: (id) => (graph.hasEdge(id) ? [graph.source(id), graph.target(id)] : null),
    nodeStyle(id) {
      const d = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) return null;
      return { color: d.color, size: d.size };
    },
    nodeViewportDisc(id) {
      const d = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) return null;
      return { ...sigma.framedGraphToViewport({ x: d.x, y: d.y }), r: sigma.scaleSize(d.size) };
    },
    labelBoxes() {
      const size = sigma.getSetting('labelSize');
      const { width } = sigma.getDimensions();
      const allowed = look.labels?.allowed ?? null;
      const boxes: LabelBox[] = [];
      for (const id of sigma.getNodeDisplayedLabels()) {
        const d = sigma.getNodeDisplayData(id);
        if (!d || d.hidden || !d.label) continue;
        // Sigma lists every label it asked for; the collision pass may have left some undrawn.
        if (allowed && !allowed.has(id) && !d.highlighted) continue;
        const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
        const candidate = {
          key: id,
          label: d.label,
          x: p.x,
          y: p.y,
          size: sigma.scaleSize(d.size),
          forced: false,
        };
        boxes.push({ id, label: d.label, ...labelRect(candidate, textWidth(d.label), size, width) });
      }
      return boxes;
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
      cancelPendingStart();
      resizeObserver?.disconnect();
      stopRunner();
      sigma.kill();
    },
  };
}
