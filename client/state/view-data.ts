// What the canvas shows, derived from state: the active scene (the network, or the flow view's organisations and
// flows), what of it is visible, and the facts' sources — shared by the canvas, the table view and the exports.
import { compareIds, type GraphData, type GraphEdge, type GraphNode } from '../../model/graph.js';
import { sourceRecord, type ExportSource } from '../graph/export-sources.js';
import type { ExportEdge, ExportGraph } from '../graph/exports.js';
import type { AppState } from './app-state.js';
import { derivedByOtherRules, divisionOverlaps } from './flows.js';
import { flowDrawing, NO_FLOW_DRAWING, pendingPart, type FlowDrawing } from './flow-window.js';
import { ourFactTypes } from './our-database.js';
import { sceneFromGraph, type Scene } from './scene.js';
import {
  citedSources,
  computeVisibility,
  edgeSources,
  NO_SOURCE_HIDING,
  sceneSources,
  sourceHiding,
  type SourceHiding,
  type Visibility,
} from './visibility.js';

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
 * The flow drawings computed, by scene, then by the window's numbers held (a new object per answer), then by whether
 * they are the window on's and the certainties ticked: the canvas (live state) and the panels (deferred state,
 * app-context.tsx) each find theirs, rather than evict each other's from one entry. Weak keys: a scene or an answer
 * no longer held drops its drawing.
 */
const drawingCache = new WeakMap<Scene, WeakMap<object, Map<string, FlowDrawing>>>();
/** The key of no window's numbers held yet (flowWindow null). */
const NO_FLOW_WINDOW = {};

/**
 * What the network draws of its stored flows under the time window on (flow-window.ts flowDrawing): the parts drawn
 * with window numbers, and those whose numbers are pending. Memoised: the canvas and the visibility ask for it on
 * every change, and while the slider moves between answers it stays the same object.
 */
export function activeFlowDrawing(
  s: Pick<AppState, 'mode' | 'scene' | 'time' | 'flowWindow' | 'filters'>,
): FlowDrawing {
  if (s.mode === 'flows' || !s.time.enabled) return NO_FLOW_DRAWING;
  let byWindow = drawingCache.get(s.scene);
  if (!byWindow) drawingCache.set(s.scene, (byWindow = new WeakMap()));
  const held = s.flowWindow ?? NO_FLOW_WINDOW;
  let byKey = byWindow.get(held);
  if (!byKey) byWindow.set(held, (byKey = new Map()));
  // Another window than the one held draws the same whatever it is (all pending, drawn with what is held).
  const here = s.flowWindow?.since === s.time.window.from && s.flowWindow.until === s.time.window.to;
  const key = `${here}|${s.filters.certainties.join(',')}`;
  let value = byKey.get(key);
  if (!value) {
    value = flowDrawing(s.scene, s, s.filters.certainties);
    byKey.set(key, value);
  }
  return value;
}

/** The network's drawn flow parts with window numbers (activeFlowDrawing), as the certainty filter lets them be drawn. */
export function activeFlowParts(
  s: Pick<AppState, 'mode' | 'scene' | 'time' | 'flowWindow' | 'filters'>,
): ReadonlyMap<string, GraphEdge> {
  return activeFlowDrawing(s).parts;
}

/** What is drawn; memoised on its inputs, since panels and the canvas all ask for it on every change. */
export function activeVisibility(
  s: Pick<AppState, 'mode' | 'flowData' | 'scene' | 'time' | 'filters' | 'flowWindow' | 'schema'>,
  scene = activeScene(s),
): Visibility {
  // The flow view's data is already windowed by the server (GET /api/flows?since&until); the network's stored flows
  // are drawn with the window's numbers once they have come.
  const window = s.time.enabled && s.mode !== 'flows' ? s.time.window : null;
  const flowParts = window ? activeFlowParts(s) : undefined;
  // The Talent flows tab counts the moves of every source: the source filter is the network's (computeVisibility).
  const flowView = s.mode === 'flows';
  // Facts of ours only on our database: a foreign graph's WORKED_AT is no unsourced fact for the filter to hide.
  const factTypes = ourFactTypes(s.schema);
  const key = [scene, s.filters, window, flowParts, flowView, factTypes];
  const known = recentVisibility.find((r) => key.every((v, i) => v === r.key[i]));
  if (known) return known.value;
  const value = computeVisibility(scene, s.filters, window, flowParts, { flowView, factTypes });
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

const overlapCache = new WeakMap<Visibility, ReadonlyMap<string, readonly string[]>>();
const NO_OVERLAPS: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * The network's drawn overview flows whose division flows are drawn beside them (flows.ts divisionOverlaps), by edge
 * id: their labels and details say the two count some of the same people. None in the Talent flows tab, which counts
 * an overview flow by division without its divisions' moves when it draws them.
 */
export function activeDivisionOverlaps(
  s: Pick<AppState, 'mode' | 'flowData' | 'scene' | 'time' | 'filters' | 'flowWindow' | 'schema'>,
): ReadonlyMap<string, readonly string[]> {
  if (s.mode === 'flows') return NO_OVERLAPS;
  const vis = activeVisibility(s, s.scene);
  let value = overlapCache.get(vis);
  if (!value) overlapCache.set(vis, (value = divisionOverlaps(s.scene.edges, vis.edges)));
  return value;
}

/**
 * The network's drawn flow parts that cite a source the source filter hides beside one it shows (one citing only hidden
 * ones is not drawn), by edge id. A flow is counted over every source's people, not recounted by source, so its label
 * says some of the sources behind its numbers are hidden. None in the Talent flows tab, where the filter does not apply.
 */
export function activeFlowsCitingHidden(
  s: Pick<AppState, 'mode' | 'flowData' | 'scene' | 'time' | 'filters' | 'flowWindow' | 'schema'>,
): ReadonlySet<string> {
  const out = new Set<string>();
  const hiding = sourceHiding(s);
  if (s.mode === 'flows' || !hiding.hiddenSources.length) return out;
  const parts = activeFlowDrawing(s).parts;
  for (const id of activeVisibility(s, s.scene).edges) {
    const e = parts.get(id) ?? s.scene.edges[id];
    if (
      e &&
      (e.type === 'TALENT_FLOW' || e.type === 'TALENT_FLOW_REPORTED') &&
      citedSources(e, hiding).hidden.length
    )
      out.add(id);
  }
  return out;
}

/**
 * Whether a drawn talent flow was derived by other rules than this version's (flows.ts derivedByOtherRules): the
 * network's stored flows (a window's part by its answer's word), or the Talent flows tab's — said beside the drawing.
 */
export function drawsOutdatedFlows(
  s: Pick<AppState, 'mode' | 'flowData' | 'scene' | 'time' | 'filters' | 'flowWindow' | 'schema'>,
): boolean {
  const scene = activeScene(s);
  const parts = windowFlowParts(s);
  const vis = activeVisibility(s, scene);
  // Asked on every change of the store: read again only for another drawing.
  const known = outdatedCache.get(vis);
  if (known && known.scene === scene && known.parts === parts) return known.value;
  let value = false;
  for (const id of vis.edges) {
    const e = parts?.get(id) ?? scene.edges[id];
    if (e && derivedByOtherRules(e)) {
      value = true;
      break;
    }
  }
  outdatedCache.set(vis, { scene, parts, value });
  return value;
}

const outdatedCache = new WeakMap<
  Visibility,
  { scene: Scene; parts: ReadonlyMap<string, GraphEdge> | null; value: boolean }
>();

/** What the panels and the exports say of the drawn flows, by the drawing they come from (windowFlowParts). */
const toldCache = new WeakMap<FlowDrawing, ReadonlyMap<string, GraphEdge>>();

/**
 * The stored flows' parts as the panels and exports tell them while a window is on over the network, else null: with
 * the window's numbers, and a part whose numbers are pending with none (flow-window.ts pendingPart) — never the
 * other window's it is drawn with meanwhile.
 */
export function windowFlowParts(
  s: Pick<AppState, 'mode' | 'scene' | 'time' | 'flowWindow' | 'filters'>,
): ReadonlyMap<string, GraphEdge> | null {
  if (!s.time.enabled || s.mode === 'flows') return null;
  const drawing = activeFlowDrawing(s);
  if (drawing.pending.size === 0) return drawing.parts;
  let told = toldCache.get(drawing);
  if (!told) {
    const parts = new Map(drawing.parts);
    for (const id of drawing.pending) {
      const stored = s.scene.edges[id];
      if (stored) parts.set(id, pendingPart(stored));
    }
    toldCache.set(drawing, (told = parts));
  }
  return told;
}

/**
 * A graph of the view as its files carry it (the export menu's, the selection's): every fact cites the sources the
 * source filter shows and, when it hides some of them, says how many (`hiddenSourceCount`). A fact citing a shown
 * and a hidden source stays drawn; its row must not name the hidden one as evidence of the filtered view, nor drop
 * it unsaid, nor keep its quote (whose words it is the data does not say) under the shown ones. `ours`: the database
 * holds our facts (our-database.ts holdsOurFacts). Nothing is narrowed in the Talent flows tab, where the filter does
 * not apply (SourceHiding).
 */
export function exportedGraph(data: GraphData, hiding: SourceHiding, ours = true): ExportGraph {
  // On a database not ours a relationship without a certainty of ours claims none in the files (exports.ts certaintyOf).
  if (!ours) return { ...exportedGraph(data, hiding), foreign: true };
  if (!hiding.hiddenSources.length) return data;
  const edges = data.edges.map((e): ExportEdge => {
    const { shown, hidden } = citedSources(e, hiding);
    if (!hidden.length) return e;
    // The quote is one of its sources' words, and the data does not say whose: under the shown sources alone it would
    // read as theirs, so it goes with the hidden ones (the details panel, citing every source, keeps it).
    const { evidence: _ar, evidenceEn: _en, ...kept } = e.properties;
    return { ...e, properties: { ...kept, sources: shown }, hiddenSourceCount: hidden.length };
  });
  return { nodes: data.nodes, edges };
}

/**
 * The sources the facts of an export cite (`data`: exportedGraph's, each fact citing the sources the filter shows),
 * most cited first as the image lists them, each in full from `known` (the Source nodes read) when there, else by its
 * id: the files name them so that one shared on its own can be traced (graph/export-sources.ts).
 */
export function exportedSources(data: ExportGraph, known: Record<string, GraphNode>): ExportSource[] {
  const counts = new Map<string, number>();
  for (const e of data.edges) for (const id of edgeSources(e)) counts.set(id, (counts.get(id) ?? 0) + 1);
  // A Source drawn in the view is known from the graph too.
  const drawn = new Map(data.nodes.map((n) => [n.id, n]));
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || compareIds(a, b))
    .map(([id]) => sourceRecord(id, known[id] ?? drawn.get(id)));
}

/**
 * Numbered sources of the visible facts (`flowParts`: as visibleGraph — a stored flow's part under a time window cites
 * what the window counts), a few lines each so Arabic and English never share a line (mixed-direction
 * lines reorder dates and titles): "1. publisher, date", then the Arabic publisher, the title, its English, the link.
 * `hiding`: the source filter — a source it hides is not listed, though a fact drawn cites it beside a shown one.
 */
export function visibleSourceLines(
  scene: Scene,
  vis: Visibility,
  known: Record<string, GraphNode>,
  flowParts?: ReadonlyMap<string, GraphEdge> | null,
  hiding: SourceHiding = NO_SOURCE_HIDING,
): string[] {
  const lines: string[] = [];
  sceneSources(scene, vis.edges, flowParts, hiding).forEach((src, i) => {
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
