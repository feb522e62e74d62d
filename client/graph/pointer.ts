// The canvas's pointer gestures, as one controller over sigma: hover (the neighbourhood lights up), drag to move and
// pin a node, clicks on nodes, edges and the stage, context menus, and the lasso (shift+drag on the stage, or any
// drag there in select mode; lasso-gesture.ts). Edges are picked by measuring the pointer's distance to them as drawn
// (edge-hit.ts), not by sigma's picking buffer (off in renderer.ts): to sigma a press, click or hover on an edge is
// one on the stage, and this controller tells which edge it was. While the layout runs, nodes are picked from their
// drawn positions (layout-picking.ts), and the controller says when the user is interacting.
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import { nearestEdge, type DrawnEdge } from './edge-hit.js';
import { createEdgeIndex, type EdgeIndex } from './edge-index.js';
import { attachLasso } from './lasso-gesture.js';
import { attachLayoutPicking } from './layout-picking.js';
import { ARROW_HEAD_EDGE_TYPES, ARROW_HEAD_OPTIONS } from './programs.js';
import type { EdgeDisplay } from './reducers.js';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';

/** How far (CSS px) the pointer may move between the two clicks of a double click on a node. */
export const DEFAULT_DOUBLE_CLICK_SLOP_PX = 6;

export interface RendererCallbacks {
  /** `ctrl` is Ctrl or Cmd (⌘). */
  onNodeClick?(id: string, modifiers: { shift: boolean; ctrl: boolean }): void;
  onNodeDoubleClick?(id: string): void;
  onEdgeClick?(id: string): void;
  onStageClick?(): void;
  onLayoutChange?(running: boolean): void;
  /** The user dropped a dragged node somewhere new. */
  onNodeMoved?(id: string): void;
  /** A right-click (or the context-menu key) on a node, an edge or the empty stage, at canvas coordinates. */
  onContextMenu?(target: ContextTarget): void;
  /** A lasso closed around these drawn nodes; `additive` when Ctrl/Cmd was held (add to the selection). */
  onLasso?(ids: string[], modifiers: { additive: boolean }): void;
}

/** What a context menu was asked for: a node, an edge or the stage, and where (pixels from the canvas's corner). */
export interface ContextTarget {
  kind: 'node' | 'edge' | 'stage';
  id?: string;
  x: number;
  y: number;
}

export interface PointerHooks {
  /** The node under the pointer changed (null: none). */
  onHover(node: string | null): void;
  isLayoutRunning(): boolean;
  /** Select mode (the toolbar's toggle): a plain drag on the stage draws a lasso rather than panning. */
  isSelectMode(): boolean;
  /** Whether edges answer the pointer: not in a large scene, whose edges are reached from the table. */
  edgesReachable(): boolean;
}

export interface PointerController {
  /** True while a button is down on the canvas or the pointer moved over it in the last DEFAULT_INTERACTION_MS. */
  isInteracting(): boolean;
}

/** How long after the last pointer move over the canvas the user still counts as interacting, ms. */
export const DEFAULT_INTERACTION_MS = 300;

/** Graph changes that sigma turns into new display data at once, before it draws them. */
const GRAPH_CHANGES = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** Only the primary button drags: a right-press opens a menu and must never pick a node up. */
function isPrimaryPress(original: MouseEvent | TouchEvent): boolean {
  return !('button' in original) || original.button === 0;
}

export function attachPointer(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  container: HTMLElement,
  callbacks: RendererCallbacks,
  hooks: PointerHooks,
): PointerController {
  attachLayoutPicking(sigma, graph, () => hooks.isLayoutRunning());
  // The user is interacting while a button is down on the canvas or the pointer has just moved over it.
  let pressed = false;
  let lastMove = -Infinity;
  // Sigma's captor reports a mouseup for the primary button only: a right press counted here would never end.
  sigma.getMouseCaptor().on('mousedown', (e) => {
    if (isPrimaryPress(e.original)) pressed = true;
  });
  sigma.getMouseCaptor().on('mouseup', () => (pressed = false));
  sigma.getMouseCaptor().on('mousemove', () => (lastMove = Date.now()));

  // Hover: neighbourhood highlight. The hovered node is kept by id: sigma forgets a node it hovered without a
  // leaveNode when the node leaves the graph (an undo, a new scene).
  let hoveredNode: string | null = null;
  sigma.on('enterNode', ({ node }) => {
    hoveredNode = node;
    hooks.onHover(node);
    container.style.cursor = 'pointer';
    // Which node the pointer is over, for tests to know a hover reached the node they aimed at.
    container.dataset.hovered = node;
  });
  // Off a node the cursor says what a drag does: a crosshair in select mode (it draws a lasso).
  const idleCursor = () => (hooks.isSelectMode() ? 'crosshair' : '');
  sigma.on('leaveNode', () => {
    hoveredNode = null;
    hooks.onHover(null);
    container.style.cursor = idleCursor();
    delete container.dataset.hovered;
  });

  // Drag to move and pin a node. The frame is frozen only once the drag really moves (so the dragged node does not
  // rescale the scene under the pointer); a plain press must not freeze it, or a running layout would grow out of
  // the frozen frame and the scene would fly off-screen.
  let dragged: string | null = null;
  let dragMoved = false;
  let frozeFrame = false;
  const releaseFrame = () => {
    if (!frozeFrame) return;
    frozeFrame = false;
    sigma.setCustomBBox(null);
  };
  sigma.on('downNode', (e) => {
    if (!isPrimaryPress(e.event.original)) return;
    dragged = e.node;
    dragMoved = false;
  });
  sigma.getMouseCaptor().on('mousemovebody', (e) => {
    if (!dragged) return;
    if (!dragMoved && !sigma.getCustomBBox()) {
      sigma.setCustomBBox(sigma.getBBox());
      frozeFrame = true;
    }
    const pos = sigma.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y, pinned: true, fixed: true });
    dragMoved = true;
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  sigma.getMouseCaptor().on('mouseup', () => {
    if (dragged && dragMoved) callbacks.onNodeMoved?.(dragged);
    dragged = null;
    // After a drag the frame stays put while the scene is still, so the dropped node stays under the pointer; while
    // the layout runs the scene keeps growing, so framing follows it again.
    if (!dragMoved || hooks.isLayoutRunning()) releaseFrame();
  });

  // Over an edge the cursor says it can be clicked: measured once per frame at most, only while no node is hovered,
  // nothing is dragged and no button is down (a press may be a pan or a lasso).
  let hoverAt: { x: number; y: number } | null = null;
  let hoverFrame = 0;
  const measureHover = () => {
    hoverFrame = 0;
    const at = hoverAt;
    hoverAt = null;
    if (!at || (hoveredNode !== null && graph.hasNode(hoveredNode)) || pressed || dragged) return;
    // Compared with what the cursor is, not with a remembered state: select mode sets it too.
    const want = edgeNear(at) !== null ? 'pointer' : idleCursor();
    if (container.style.cursor !== want) container.style.cursor = want;
  };
  sigma.getMouseCaptor().on('mousemove', (e) => {
    hoverAt = { x: e.x, y: e.y };
    if (!hoverFrame) hoverFrame = requestAnimationFrame(measureHover);
  });
  sigma.once('kill', () => cancelAnimationFrame(hoverFrame));

  // The lasso: shift+drag on the stage, or any drag there in select mode. Normal drags on the stage still pan.
  const lasso = attachLasso(sigma, container, {
    wantsLasso: (mods) => mods.shift || hooks.isSelectMode(),
    onLasso: (ids, mods) => callbacks.onLasso?.(ids, mods),
  });

  // Sigma pairs any two clicks within its double-click time, wherever they land: two quick shift-clicks on two nodes
  // (picking both) were an expansion of the second, and a click soon after a lasso zoomed in. A double click counts
  // only when both clicks were plain and on the same thing; otherwise the second is a click of its own.
  // The first click's place on the page: the canvas may move under a still pointer between the two clicks (the first
  // opens the details column, which narrows the canvas), so the second click of a double click on a node can land on
  // the stage or beside the node — still the same double click, as in any desktop app, when the pointer stayed put.
  let lastClick: string | null = null;
  let lastClickAt: { x: number; y: number } | null = null;
  const stayedPut = (original: MouseEvent | TouchEvent) =>
    lastClickAt !== null &&
    'clientX' in original &&
    Math.hypot(original.clientX - lastClickAt.x, original.clientY - lastClickAt.y) <=
      DEFAULT_DOUBLE_CLICK_SLOP_PX;
  /** The node a plain double click ending with `original` is on: the first click's node when the pointer stayed put. */
  const doubleClickedNode = (
    original: MouseEvent | TouchEvent,
    secondTarget: string | null,
  ): string | null => {
    if (modified(original) || !lastClick?.startsWith('node:')) return null;
    const first = lastClick.slice('node:'.length);
    return first === secondTarget || stayedPut(original) ? first : null;
  };
  const nodeClick = (node: string, original: MouseEvent | TouchEvent) => {
    callbacks.onNodeClick?.(node, {
      shift: Boolean(original.shiftKey),
      ctrl: Boolean(original.ctrlKey || original.metaKey),
    });
  };
  /**
   * A click sigma saw on the stage: on an edge when one is drawn under it (`edge`, when measured already), else on
   * the empty stage.
   */
  const stageClick = (event: { x: number; y: number }, edge = edgeNear(event)) => {
    lastClick = edge ? `edge:${edge}` : 'stage';
    if (edge) callbacks.onEdgeClick?.(edge);
    else callbacks.onStageClick?.();
  };
  const modified = (original: MouseEvent | TouchEvent) =>
    Boolean(original.shiftKey || original.ctrlKey || original.metaKey);

  sigma.on('clickNode', ({ node, event }) => {
    // The click the browser sends as a lasso ends is the lasso's.
    if (lasso.consumeClick()) return void (lastClick = 'lasso');
    const original = event.original;
    lastClick = modified(original) ? 'modified' : `node:${node}`;
    lastClickAt = 'clientX' in original ? { x: original.clientX, y: original.clientY } : null;
    if (dragMoved) {
      dragMoved = false;
      return;
    }
    nodeClick(node, original);
  });
  sigma.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    const original = e.event.original;
    const first = doubleClickedNode(original, e.node);
    lastClick = null;
    if (first) callbacks.onNodeDoubleClick?.(first);
    else nodeClick(e.node, original);
  });
  sigma.on('clickStage', ({ event }) => {
    // The click the browser sends as a lasso ends is the lasso's, not a click that clears the selection.
    if (lasso.consumeClick()) return void (lastClick = 'lasso');
    stageClick(event);
  });
  sigma.on('doubleClickStage', (e) => {
    const first = doubleClickedNode(e.event.original, null);
    // Both clicks on the empty stage, or both on the same edge, are sigma's own double click (it zooms in); an edge
    // then the stage, or the other way round, are two clicks. `lastClick` is the first click's target: sigma sends
    // no click for the second.
    const edge = edgeNear(e.event);
    const paired = lastClick === (edge ? `edge:${edge}` : 'stage');
    lastClick = null;
    if (first) {
      e.preventSigmaDefault();
      callbacks.onNodeDoubleClick?.(first);
      return;
    }
    if (paired) return; // Sigma's own zoom on a double click.
    e.preventSigmaDefault();
    stageClick(e.event, edge);
  });

  // Context menus: the browser's own menu gives way to the canvas's (node, edge or stage).
  container.addEventListener('contextmenu', (e) => e.preventDefault());
  sigma.on('rightClickNode', ({ node, event }) =>
    callbacks.onContextMenu?.({ kind: 'node', id: node, x: event.x, y: event.y }),
  );
  sigma.on('rightClickStage', ({ event }) => {
    const edge = edgeNear(event);
    callbacks.onContextMenu?.(
      edge ? { kind: 'edge', id: edge, x: event.x, y: event.y } : { kind: 'stage', x: event.x, y: event.y },
    );
  });

  // The edges as drawn, for edgeNear: the first measure after the picture changes collects them (walking the graph,
  // as every measure once did), the second puts them in a grid (edge-index.ts) that later measures search until the
  // picture changes again. In Chromium at 2k nodes / 8k edges the walk took 4.5 ms, the grid 2 ms, a search ~0.05 ms:
  // a still scene pays the walk and the grid once; a running layout, redrawn every frame, pays the walk it always did.
  let drawn: DrawnEdge[] | null = null;
  let edgeIndex: EdgeIndex | null = null;
  const forgetDrawnEdges = () => {
    drawn = null;
    edgeIndex = null;
  };
  // The picture changes when sigma draws (the camera, the layout, the reducers all make it draw). Sigma also updates
  // its display data at once on a graph change, and framedGraphToViewport follows the camera at once: both are
  // forgotten then too, so an edge just dropped is never answered and a measure sees what the walk would have seen.
  sigma.on('afterRender', forgetDrawnEdges);
  sigma.getCamera().on('updated', forgetDrawnEdges);
  for (const event of GRAPH_CHANGES) graph.on(event, forgetDrawnEdges);
  sigma.once('kill', () => {
    sigma.getCamera().removeListener('updated', forgetDrawnEdges);
    for (const event of GRAPH_CHANGES) graph.removeListener(event, forgetDrawnEdges);
  });

  /** The drawn edge within a few pixels of a viewport point, measured on the edges as drawn (lines and curves). */
  function edgeNear(point: { x: number; y: number }): string | null {
    if (!hooks.edgesReachable()) return null;
    if (edgeIndex) return edgeIndex.nearest(point);
    if (drawn) {
      const { width, height } = sigma.getDimensions();
      edgeIndex = createEdgeIndex(drawn, { bounds: { minX: 0, minY: 0, maxX: width, maxY: height } });
      return edgeIndex.nearest(point);
    }
    drawn = drawnEdges();
    return nearestEdge(point, drawn);
  }

  /** Every edge drawn, in the graph's order, with its ends and curve in viewport pixels. */
  function drawnEdges(): DrawnEdge[] {
    // An edge's width on screen follows the zoom as a node's does (sigma's zoomToSizeRatioFunction): zoomed in, a
    // flow's band is drawn wider than its size, and all of it must answer the pointer.
    const scale = sigma.scaleSize(1);
    // Each node's place and drawn radius on screen, once per walk (a node has many edges).
    const placed = new Map<string, { x: number; y: number; radius: number } | null>();
    const placeOf = (node: string) => {
      let p = placed.get(node);
      if (p === undefined) {
        const d = sigma.getNodeDisplayData(node);
        p =
          d && !d.hidden
            ? { ...sigma.framedGraphToViewport({ x: d.x, y: d.y }), radius: d.size * scale }
            : null;
        placed.set(node, p);
      }
      return p;
    };
    const { lengthToThicknessRatio, widenessToThicknessRatio } = ARROW_HEAD_OPTIONS;
    // sigma draws no edge thinner than this, however small its size (the arrow's, the curve's and the clamped
    // line's shaders; the plain line program, used only in large scenes where edges are not picked, draws 1 px).
    const minWidth = sigma.getSetting('minEdgeThickness');
    const edges: DrawnEdge[] = [];
    graph.forEachEdge((id, _attributes, sourceId, targetId) => {
      const d = sigma.getEdgeDisplayData(id);
      if (!d || d.hidden) return;
      const source = placeOf(sourceId);
      const target = placeOf(targetId);
      if (!source || !target) return;
      // The curvature the reducer gave a curve: its display data carry it to @sigma/edge-curve, which reads it there.
      const curvature = d.type === 'curved' ? ((d as EdgeDisplay).curvature ?? DEFAULT_EDGE_CURVATURE) : 0;
      const width = Math.max(d.size * scale, minWidth);
      // The head sigma draws at the target: from the node's border, 2.5 widths long, twice as wide as the edge.
      const head = ARROW_HEAD_EDGE_TYPES.has(d.type)
        ? {
            inset: target.radius,
            length: width * lengthToThicknessRatio,
            halfWidth: (width * widenessToThicknessRatio) / 2,
          }
        : undefined;
      edges.push({ id, source, target, curvature, halfWidth: width / 2, head });
    });
    return edges;
  }

  return { isInteracting: () => pressed || Date.now() - lastMove < DEFAULT_INTERACTION_MS };
}
