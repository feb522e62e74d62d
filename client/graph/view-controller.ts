// The state-derived view as sigma draws it: builds the reducers from the app's view, the hover or highlighted focus,
// the appearance rule's sizes and colours and the layout's state, and sets the settings that follow scene size.
import type Sigma from 'sigma';
import type { SceneAppearance } from './appearance.js';
import type { LabelLook } from './label-drawing.js';
import type { ColorBy, SizeBy } from './metrics.js';
import { createEdgeReducer, createNodeReducer, type ViewSpec } from './reducers.js';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';
import { BACKGROUND } from './style.js';

/** The view as the app describes it; sizes and hover focus are filled in here. */
export type ViewInput = Omit<ViewSpec, 'sizes' | 'focus' | 'colorSteps' | 'colorPalette'> & {
  /** The appearance rule: node size and colour from metrics of the drawn nodes and edges (client/graph/metrics.ts). */
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** A highlighted path (or other persistent focus), shown when nothing is hovered. */
  highlight: { nodes: string[]; edges: string[] } | null;
};

/** While the layout runs on a scene with more edges than this, only nodes are drawn (frames stay cheap). */
export const DEFAULT_NODES_ONLY_LAYOUT_EDGES = 10_000;

export interface ViewController {
  setView(view: ViewInput): void;
  /** The node under the pointer (its neighbourhood lights up), or null. */
  setHovered(node: string | null): void;
  /** Zoomed in far enough for every edge's label (camera-controller.ts). */
  setZoomedIn(zoomedIn: boolean): void;
  /** The scene's graph changed: the appearance rule measures it again. */
  sceneChanged(): void;
  /** Builds the reducers and settings again from everything above. */
  apply(): void;
  readonly large: boolean;
}

export function createViewController(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  deps: { appearance: SceneAppearance; look: LabelLook; isLayoutBusy(): boolean },
): ViewController {
  const { appearance, look } = deps;
  let view: ViewInput | null = null;
  let graphVersion = 0;
  let hovered: string | null = null;
  let zoomedIn = false;

  const focusNow = (current: ViewInput): ViewSpec['focus'] => {
    if (hovered && graph.hasNode(hovered)) {
      const nodes = new Set<string>([hovered]);
      const edges = new Set<string>();
      graph.forEachEdge(hovered, (e, _a, s, t) => {
        edges.add(e);
        nodes.add(s);
        nodes.add(t);
      });
      return { nodes, edges };
    }
    if (current.highlight)
      return { nodes: new Set(current.highlight.nodes), edges: new Set(current.highlight.edges) };
    return null;
  };

  function apply(): void {
    if (!view) return;
    appearance.refresh({
      version: graphVersion,
      visible: view.visibleNodes,
      visibleEdges: view.visibleEdges,
      sizeBy: view.sizeBy,
      colorBy: view.colorBy,
    });
    look.theme = view.theme;
    const spec: ViewSpec = {
      ...view,
      sizes: appearance.sizes(),
      colorSteps: appearance.colorSteps(),
      colorPalette: appearance.colorPalette(),
      focus: focusNow(view),
      edgeLabels: zoomedIn,
      nodesOnly: graph.size > DEFAULT_NODES_ONLY_LAYOUT_EDGES && deps.isLayoutBusy(),
    };
    const nodeReducer = createNodeReducer(spec);
    const fill = BACKGROUND[view.theme];
    // One call: each of sigma 3's setSetting calls re-indexes every node and edge through the reducers at once
    // (refresh() runs synchronously; only the render waits for a frame), so five calls cost a 10k scene five passes
    // on every hover and click.
    sigma.setSettings({
      nodeReducer: (id, attrs) => {
        const out = nodeReducer(id, attrs);
        if (out.type === 'ring') out.fillColor = fill;
        return out;
      },
      edgeReducer: createEdgeReducer(spec),
      renderEdgeLabels: !view.large,
      // Small scenes label every node; big ones only the larger nodes (sigma's label grid keeps them apart).
      labelRenderedSizeThreshold: view.large ? 14 : graph.order > 150 ? 6 : 0,
      hideEdgesOnMove: view.large,
    });
  }

  return {
    setView(next) {
      view = next;
      apply();
    },
    setHovered(node) {
      hovered = node;
      apply();
    },
    setZoomedIn(next) {
      zoomedIn = next;
      apply();
    },
    sceneChanged: () => void graphVersion++,
    apply,
    get large() {
      return Boolean(view?.large);
    },
  };
}
