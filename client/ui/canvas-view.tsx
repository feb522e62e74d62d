// Hosts the sigma renderer (created in client/graph) and projects state onto it: the active scene as data, and
// filters, time, selection, language and theme as the view. Gestures on the canvas come back as actions.
import { useLayoutEffect, useRef } from 'react';
import type { GraphData } from '../../model/graph.js';
import {
  createRenderer,
  DEFAULT_LARGE_SCENE_NODES,
  type CameraView,
  type LabelBox,
  type NodePosition,
  type NodeStyle,
} from '../graph/renderer.js';
import type { PngExportInfo } from '../graph/export-png.js';
import type { AppState } from '../state/app-state.js';
import { holdsOurFacts, ourFactTypes } from '../state/our-database.js';
import { sceneToGraph } from '../state/scene.js';
import { createSerialListener } from '../state/serial-listener.js';
import {
  activeDivisionOverlaps,
  activeFlowsCitingHidden,
  activeFlowDrawing,
  activeScene,
  activeVisibility,
} from '../state/view-data.js';
import { useApp, useT } from './app-context.js';

const LARGE_SCENE_EDGES = 8_000;

export interface CanvasProbe {
  nodePosition(id: string): { x: number; y: number } | null;
  /** A node's disc as drawn (centre and radius in canvas pixels), or null when it is not drawn. */
  nodeDisc(id: string): { x: number; y: number; r: number } | null;
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  /** The node labels drawn now, as boxes in canvas pixels. */
  labelBoxes(): LabelBox[];
  /** Graph coordinates of the nodes (what a link carries). */
  positions(): Record<string, { x: number; y: number }>;
  lastExport(): PngExportInfo | null;
  /** The colour and size a node is drawn with (the appearance rule's effect), or null when it is not drawn. */
  nodeStyle(id: string): NodeStyle | null;
  edgeEnds(id: string): [string, string] | null;
  /** The colour and width an edge is drawn with, or null when it is not drawn. */
  edgeStyle(id: string): NodeStyle | null;
  /** The text of an edge's label (a talent flow's numbers), or null when it is not drawn. */
  edgeLabel(id: string): string | null;
  /** The multi-selection's node ids, in the order picked. */
  multiSelection(): string[];
  /** True while the camera is animating; tests wait for it to stop before reading pixels or positions. */
  cameraMoving(): boolean;
  /** Where the camera looks (what a link carries). */
  camera(): CameraView;
  /** The nodes pinned where they are (dragged, or "Pin"). */
  pinnedIds(): string[];
}
const EMPTY: GraphData = { nodes: [], edges: [] };

export function CanvasView() {
  const { store, actions, canvas } = useApp();
  const container = useRef<HTMLDivElement>(null);
  const t = useT();

  // Sigma is made before the page's first paint: its three WebGL contexts are synchronous calls to the GPU process,
  // which is not yet busy presenting the panels then (in 20 alternating 1k navigations the contexts took a median of
  // 63 ms this way, against 125 ms after the paint).
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const renderer = createRenderer(el, {
      // Shift/Ctrl/Cmd-click (or any click in select mode) adds a node to the multi-selection or takes it out; a plain
      // click opens its details, as always.
      onNodeClick: (id, mods) => {
        const s = store.get();
        if (s.mode !== 'flows' && (mods.shift || mods.ctrl || s.selectMode)) actions.multi.toggle(id);
        else actions.details.selectNode(id);
      },
      onLasso: (ids, mods) => {
        if (store.get().mode !== 'flows') actions.multi.lasso(ids, mods.additive);
      },
      onNodeDoubleClick: (id) => {
        if (store.get().mode !== 'flows') void actions.scene.expand(id);
      },
      onEdgeClick: (id) => actions.details.selectEdge(id),
      onStageClick: () => {
        actions.details.selectNode(null);
        actions.multi.clear();
      },
      onLayoutChange: (running) => actions.setLayoutRunning(running),
      onNodeMoved: () => actions.notePositionsMoved(),
      onCameraMoved: () => actions.noteCameraMoved(),
      onContextMenu: (target) => actions.openContextMenu(target),
      onAppearance: (legend) => actions.setAppearanceLegend(legend),
    });
    canvas.current = renderer;
    // A read-only probe for browser tests and automation: where a node is drawn and what is visible.
    (window as unknown as { __talentGraph?: CanvasProbe }).__talentGraph = {
      nodePosition: (id) => renderer.nodeViewportPosition(id),
      nodeDisc: (id) => renderer.nodeViewportDisc(id),
      visibleNodeIds: () => renderer.visibleNodeIds(),
      visibleEdgeIds: () => renderer.visibleEdgeIds(),
      labelBoxes: () => renderer.labelBoxes(),
      positions: () =>
        Object.fromEntries([...renderer.positions()].map(([id, p]) => [id, { x: p.x, y: p.y }])),
      lastExport: () => renderer.lastExport(),
      nodeStyle: (id) => renderer.nodeStyle(id),
      edgeEnds: (id) => renderer.edgeEnds(id),
      edgeStyle: (id) => renderer.edgeStyle(id),
      edgeLabel: (id) => renderer.edgeLabel(id),
      multiSelection: () => [...store.get().multiSelection],
      cameraMoving: () => renderer.cameraMoving(),
      camera: () => renderer.cameraView(),
      pinnedIds: () => [...renderer.positions()].filter(([, p]) => p.pinned).map(([id]) => id),
    };
    const saved = new Map<string, Map<string, NodePosition>>();
    let kind: 'network' | 'flows' | null = null;
    let data: unknown = null;
    let viewKey: unknown[] = [];
    let focusSeq = 0;
    let positionsSeq = 0;
    // Counts the cameras a link put back: a path brought on screen before one was, is not brought over it.
    let cameraRestores = 0;
    let pathShown: AppState['path']['highlight'] = null;
    let selectMode = false;
    /**
     * Runs a camera move two frames on, once the panels a change opened have resized the canvas (and sigma drawn it),
     * unless the canvas has gone by then.
     */
    const afterResize = (move: () => void) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (canvas.current === renderer) move();
        }),
      );

    const applyState = (s: AppState) => {
      const nextKind = s.mode === 'flows' ? 'flows' : 'network';
      const nextData = nextKind === 'flows' ? s.flowData : s.scene;
      if (nextKind !== kind) {
        if (kind) saved.set(kind, renderer.positions());
        kind = nextKind;
        data = nextData;
        renderer.setData(nextKind === 'flows' ? (s.flowData ?? EMPTY) : sceneToGraph(s.scene), {
          relayout: true,
          positions: saved.get(nextKind),
        });
        viewKey = [];
      } else if (nextData !== data) {
        data = nextData;
        const { added } = renderer.setData(
          nextKind === 'flows' ? (s.flowData ?? EMPTY) : sceneToGraph(s.scene),
        );
        viewKey = [];
        // An expansion's new nodes are brought on screen with the node they came from.
        const order = Object.keys(s.scene.nodes).length;
        if (nextKind === 'network' && added.length > 0 && added.length < order / 2) {
          const anchor = s.selection?.kind === 'node' ? [s.selection.id] : [];
          requestAnimationFrame(() => renderer.showNodes([...anchor, ...added]));
        }
      }
      // A path is found in the network: its highlight stays there and never greys out the flow view.
      const highlight = nextKind === 'network' ? s.path.highlight : null;
      const key = [
        nextData,
        s.filters,
        s.time.enabled,
        s.time.window,
        s.time.fresh,
        s.flowWindow,
        s.selection,
        s.lang,
        s.theme,
        s.sizeBy,
        s.colorBy,
        s.path.highlight,
        s.multiSelection,
        nextKind,
        // Labels of a database that is not ours take their palette slots from the schema (client/graph/style.ts),
        // which may arrive after the first picture.
        s.schema,
      ];
      if (key.length !== viewKey.length || key.some((v, i) => v !== viewKey[i])) {
        viewKey = key;
        const scene = activeScene(s);
        const vis = activeVisibility(s, scene);
        const drawing = activeFlowDrawing(s);
        renderer.setView({
          lang: s.lang,
          theme: s.theme,
          // A foreign graph's relationships named as ours are its own (our-database.ts): drawn and named as such.
          factTypes: ourFactTypes(s.schema),
          ourNames: holdsOurFacts(s.schema),
          visibleNodes: vis.nodes,
          visibleEdges: vis.edges,
          dimmedNodes: vis.dimmed,
          pastEdges: vis.past,
          // The flow view's numbers are the window's (asked of the server); the network's stored flows are drawn with
          // the window's once they have come, pending meanwhile, all time's if they never come
          // (client/state/flow-window-actions.ts).
          flowsAllTime: nextKind === 'network' && s.time.enabled,
          flowParts: nextKind === 'network' ? drawing.parts : undefined,
          flowsPending: nextKind === 'network' ? drawing.pending : undefined,
          flowsWithDivisions: nextKind === 'network' ? new Set(activeDivisionOverlaps(s).keys()) : undefined,
          flowsCitingHidden: nextKind === 'network' ? activeFlowsCitingHidden(s) : undefined,
          selected: s.selection?.id ?? null,
          multiSelected: nextKind === 'network' ? new Set(s.multiSelection) : undefined,
          freshEdges: new Set(s.time.fresh),
          large: vis.nodes.size > DEFAULT_LARGE_SCENE_NODES || vis.edges.size > LARGE_SCENE_EDGES,
          sizeBy: s.sizeBy,
          colorBy: s.colorBy,
          highlight,
        });
      }
      if (s.selectMode !== selectMode) {
        selectMode = s.selectMode;
        renderer.setSelectMode(selectMode);
      }
      // A link's layout goes onto the graph it is of, once that is drawn (the Flows tab's after its flows came).
      const request = s.positionsRequest;
      if (request && request.seq !== positionsSeq && nextKind === request.kind && nextData) {
        positionsSeq = request.seq;
        renderer.setPositions(request.positions, { pinned: request.pinned, camera: request.camera });
        if (request.camera) cameraRestores += 1;
      }
      // A path found (or another of the shortest paths chosen) is brought on screen once, after the path panel has
      // opened and narrowed the canvas: its ends sat beyond the canvas's side.
      if (highlight && highlight !== pathShown) {
        pathShown = highlight;
        const restores = cameraRestores;
        // Unless, by then, the path was cleared or replaced, the view left the network, or a link put its camera back.
        afterResize(() => {
          const now = store.get();
          if (now.mode !== 'flows' && now.path.highlight === highlight && cameraRestores === restores)
            renderer.showNodes(highlight.nodes);
        });
      }
      if (s.focusRequest && s.focusRequest.seq !== focusSeq) {
        focusSeq = s.focusRequest.seq;
        const id = s.focusRequest.id;
        afterResize(() => renderer.focusNode(id));
      }
    };
    // The renderer reports back through actions while it takes a change in (a new scene's layout says it is running),
    // and each such store change calls apply again. Nested inside the outer call it drew the whole view a second
    // time — a full reducer pass and appearance measure of the new scene, before its first frame — with the outer
    // call about to draw it anyway; serial, it is taken once the outer call is done.
    // The scene and its view go in as one change: sigma re-indexes and draws them once (holdRefreshes, sized-sigma.ts).
    const apply = createSerialListener((s: AppState) => renderer.batch(() => applyState(s)), store.get);
    apply(store.get());
    const unsubscribe = store.subscribe(apply);
    return () => {
      unsubscribe();
      if (canvas.current === renderer) canvas.current = null;
      renderer.kill();
    };
  }, [store, actions, canvas]);

  return (
    <div
      ref={container}
      className="sigma-container"
      dir="ltr"
      data-testid="canvas"
      role="img"
      aria-label={t('canvas')}
    />
  );
}
