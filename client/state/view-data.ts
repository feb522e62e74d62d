// What the canvas shows, derived from state: the active scene (the network, or the flow view's organisations and
// flows), what of it is visible, and the facts' sources — shared by the canvas, the table view and the exports.
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import type { AppState } from './app-state.js';
import { currentFlowCounts, windowedFlowParts } from './flow-window.js';
import { sceneFromGraph, type Scene } from './scene.js';
import { computeVisibility, sceneSources, type Visibility } from './visibility.js';

const flowScenes = new WeakMap<GraphData, Scene>();
/** The flow view before its data arrives: one object, so subscribers see no change until there is one. */
const NO_FLOWS = sceneFromGraph({ nodes: [], edges: [] });

export function activeScene(s: Pick<AppState, 'mode' | 'flowData' | 'scene'>): Scene {
  if (s.mode !== 'flows') return s.scene;
  if (!s.flowData) return NO_FLOWS;
  let scene = flowScenes.get(s.flowData);
  if (!scene) {
    scene = sceneFromGraph(s.flowData);
    flowScenes.set(s.flowData, scene);
  }
  return scene;
}

/**
 * The last visibilities computed, newest first: two, because panels may ask for the one before while the canvas has
 * asked for the new one (app-context.tsx defers the panels' inputs).
 */
const recentVisibility: { key: unknown[]; value: Visibility }[] = [];
const RECENT_VISIBILITY = 2;

/**
 * The windowed flow parts computed, by scene, then by the window's counts (a new object per answer), then by the
 * certainties ticked: the canvas (live state) and the panels (deferred state, app-context.tsx) each find theirs,
 * rather than evict each other's from one entry. Weak keys: a scene or an answer no longer held drops its parts.
 */
const flowPartsCache = new WeakMap<Scene, WeakMap<object, Map<string, ReadonlyMap<string, GraphEdge>>>>();
/** No window's numbers: one object, so a memo keyed by it sees no change. */
const NO_FLOW_PARTS: ReadonlyMap<string, GraphEdge> = new Map();

/**
 * The network's drawn flow parts with the time window's numbers (flow-window.ts), once they have come for the window
 * on, as the certainty filter lets them be drawn; empty otherwise. Memoised: the canvas and the visibility ask for it
 * on every change.
 */
export function activeFlowParts(
  s: Pick<AppState, 'mode' | 'scene' | 'time' | 'flowWindow' | 'filters'>,
): ReadonlyMap<string, GraphEdge> {
  const counts = currentFlowCounts(s);
  if (!counts) return NO_FLOW_PARTS;
  let byCounts = flowPartsCache.get(s.scene);
  if (!byCounts) flowPartsCache.set(s.scene, (byCounts = new WeakMap()));
  let byCertainties = byCounts.get(counts);
  if (!byCertainties) byCounts.set(counts, (byCertainties = new Map()));
  const key = s.filters.certainties.join(',');
  let value = byCertainties.get(key);
  if (!value) {
    value = windowedFlowParts(s.scene, counts, s.filters.certainties);
    byCertainties.set(key, value);
  }
  return value;
}

/** What is drawn; memoised on its inputs, since panels and the canvas all ask for it on every change. */
export function activeVisibility(
  s: Pick<AppState, 'mode' | 'flowData' | 'scene' | 'time' | 'filters' | 'flowWindow'>,
  scene = activeScene(s),
): Visibility {
  // The flow view's data is already windowed by the server (GET /api/flows?since&until); the network's stored flows
  // are drawn with the window's numbers once they have come.
  const window = s.time.enabled && s.mode !== 'flows' ? s.time.window : null;
  const flowParts = window ? activeFlowParts(s) : undefined;
  const key = [scene, s.filters, window, flowParts];
  const known = recentVisibility.find((r) => key.every((v, i) => v === r.key[i]));
  if (known) return known.value;
  const value = computeVisibility(scene, s.filters, window, flowParts);
  recentVisibility.unshift({ key, value });
  recentVisibility.length = Math.min(recentVisibility.length, RECENT_VISIBILITY);
  return value;
}

/**
 * The visible part of a scene as a graph (exports, table view); `flowParts` (activeFlowParts): stored flows' parts
 * with the time window's numbers, as the canvas draws them.
 */
export function visibleGraph(
  scene: Scene,
  vis: Visibility,
  flowParts?: ReadonlyMap<string, GraphEdge> | null,
): GraphData {
  return {
    nodes: Object.values(scene.nodes).filter((n) => vis.nodes.has(n.id)),
    edges: Object.values(scene.edges)
      .filter((e) => vis.edges.has(e.id))
      .map((e) => flowParts?.get(e.id) ?? e),
  };
}

/** The stored flows' parts with the time window's numbers while a window is on over the network, else null. */
export function windowFlowParts(
  s: Pick<AppState, 'mode' | 'scene' | 'time' | 'flowWindow' | 'filters'>,
): ReadonlyMap<string, GraphEdge> | null {
  return s.time.enabled && s.mode !== 'flows' ? activeFlowParts(s) : null;
}

/**
 * Numbered sources of the visible facts (`flowParts`: as visibleGraph — a stored flow's part under a time window cites
 * what the window counts), a few lines each so Arabic and English never share a line (mixed-direction
 * lines reorder dates and titles): "1. publisher, date", then the Arabic publisher, the title, its English, the link.
 */
export function visibleSourceLines(
  scene: Scene,
  vis: Visibility,
  known: Record<string, GraphNode>,
  flowParts?: ReadonlyMap<string, GraphEdge> | null,
): string[] {
  const lines: string[] = [];
  sceneSources(scene, vis.edges, flowParts).forEach((src, i) => {
    const node = known[src.id] ?? scene.nodes[src.id];
    const p = node?.properties ?? {};
    const s = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : undefined);
    lines.push(`${i + 1}. ${[s('publisher') ?? src.id, s('published')].filter(Boolean).join(', ')}`);
    for (const extra of [
      s('publisherAr'),
      s('title'),
      s('titleEn') !== s('title') ? s('titleEn') : undefined,
      s('url'),
    ]) {
      if (extra) lines.push(`    ${extra}`);
    }
  });
  return lines;
}
