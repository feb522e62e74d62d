// Structural metrics of the scene the user sees (degree, PageRank, betweenness from graphology-metrics) and the
// appearance rules they drive: node size from a metric, node colour by a metric in quantile ranges. Pure functions
// on plain data, so the same code runs on the main thread and in the metrics worker (metrics-worker.ts).
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { communityBins } from './communities.js';
import type { SceneGraph } from './scene-graph.js';
import type { Theme } from './style.js';

export const METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type Metric = (typeof METRICS)[number];
/** Node size: one size for all ('fixed') or grown with a metric. */
export const SIZE_RULES = ['fixed', ...METRICS] as const;
export type SizeBy = (typeof SIZE_RULES)[number];
/** Node colour: by kind (the label's colour, the default), a metric in ranges, or Louvain community. */
export const COLOR_RULES = ['kind', ...METRICS, 'community'] as const;
export type ColorBy = (typeof COLOR_RULES)[number];

export interface AppearanceRule {
  size: SizeBy;
  color: ColorBy;
}
export const DEFAULT_APPEARANCE: AppearanceRule = { size: 'degree', color: 'kind' };

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 18;
/** How many ranges a metric colour rule splits the scene into (quantiles: about as many nodes in each). */
export const DEFAULT_RANGE_BINS = 5;
/**
 * Sequential palette, low → high, per theme: on white the high end is the darkest (most salient), on the dark
 * background the brightest; every step keeps contrast with its background.
 */
export const RANGE_PALETTE: Record<Theme, readonly string[]> = {
  light: ['#9fd3b5', '#45b3c2', '#2b7bba', '#27409a', '#1a1460'],
  dark: ['#3a5a9c', '#3a8fc0', '#41b6c4', '#8fd3b0', '#e3f4a6'],
};

/**
 * Categorical palette for communities, per theme: ten hues told apart on the theme's background, then the grey of
 * the "other" bin (the small communities past the tenth), quieter than any hue.
 */
export const COMMUNITY_PALETTE: Record<Theme, readonly string[]> = {
  light: [
    '#1f6fb4',
    '#e07000',
    '#2a9d3a',
    '#d62728',
    '#7b4fb8',
    '#8c564b',
    '#d6338a',
    '#0f8b8d',
    '#b08a00',
    '#2f3f8f',
    '#b4b4b4',
  ],
  dark: [
    '#5b9bd5',
    '#f28e2b',
    '#59c14f',
    '#ff6b6b',
    '#b48ae6',
    '#c39b77',
    '#ff8fc8',
    '#5fd3cc',
    '#edc948',
    '#9aa8ff',
    '#6e6e6e',
  ],
};

/** Which palette a colour rule's bins index. */
export type PaletteName = 'range' | 'community';
const PALETTES: Record<PaletteName, Record<Theme, readonly string[]>> = {
  range: RANGE_PALETTE,
  community: COMMUNITY_PALETTE,
};

/** The colour of a bin's palette step in a theme. */
export function binColor(palette: PaletteName, theme: Theme, step: number): string {
  return PALETTES[palette][theme][step]!;
}

/** The scene's structure as plain data (what the worker receives): node ids and edges as [source, target]. */
export interface SceneStructure {
  nodes: string[];
  edges: Array<[string, string]>;
}

/**
 * The drawn part of the scene graph as a SceneStructure: the visible nodes and the visible edges between them (null:
 * all). A fact hidden between two drawn nodes (by a filter, the time window or the user) is left out: a node's size
 * and colour must not count what the view does not show.
 */
export function sceneStructure(
  graph: SceneGraph,
  visible: ReadonlySet<string> | null,
  visibleEdges: ReadonlySet<string> | null,
): SceneStructure {
  const nodes: string[] = [];
  graph.forEachNode((id) => {
    if (!visible || visible.has(id)) nodes.push(id);
  });
  const edges: Array<[string, string]> = [];
  graph.forEachEdge((e, _a, s, t) => {
    if (visibleEdges && !visibleEdges.has(e)) return;
    if (!visible || (visible.has(s) && visible.has(t))) edges.push([s, t]);
  });
  return { nodes, edges };
}

/**
 * One metric per node. Parallel facts between two nodes count once and self-loops not at all: the metrics describe
 * who is connected to whom. PageRank follows the facts' direction (a company many people joined ranks high);
 * degree and betweenness ignore it (a broker between two groups matters whichever way the facts point).
 */
export function computeMetric(structure: SceneStructure, metric: Metric): Record<string, number> {
  const out: Record<string, number> = {};
  // graphology-metrics throws on an empty graph; an empty scene simply has no values.
  if (structure.nodes.length === 0) return out;
  if (metric === 'pagerank') {
    const g = new DirectedGraph();
    for (const id of structure.nodes) g.mergeNode(id);
    for (const [s, t] of structure.edges) if (s !== t) g.mergeEdge(s, t);
    if (g.size === 0) {
      for (const id of structure.nodes) out[id] = 1 / structure.nodes.length;
      return out;
    }
    return pagerank(g, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-8 });
  }
  const g = new UndirectedGraph();
  for (const id of structure.nodes) g.mergeNode(id);
  for (const [s, t] of structure.edges) if (s !== t) g.mergeEdge(s, t);
  // Normalised (a share of all pairs' shortest paths), so values read the same in a small and a large scene.
  if (metric === 'betweenness') return betweenness(g, { getEdgeWeight: null, normalized: true });
  g.forEachNode((id) => (out[id] = g.degree(id)));
  return out;
}

/** A range of a metric colour rule: its bounds (inclusive), how many nodes fall in it and its palette step. */
export interface RangeBin {
  min: number;
  max: number;
  count: number;
  /** Index into the palette of the bins (RANGE_PALETTE or COMMUNITY_PALETTE)[theme]. */
  color: number;
  /** Communities only: the "other" bin, holding this many small communities (min..max their numbers). */
  groups?: number;
}

export interface Ranges {
  bins: RangeBin[];
  /** Bin index by node id. */
  binOf: Record<string, number>;
  /** Quantile ranges of a metric, or unique values (communities). */
  palette: PaletteName;
}

/**
 * Quantile ranges: the nodes sorted by value and cut into `n` groups of about equal size, never splitting equal
 * values (so a scene where most nodes tie gets fewer, honest ranges). Fewer ranges spread over the palette's ends.
 */
export function rangeBins(values: Record<string, number>, n = DEFAULT_RANGE_BINS): Ranges {
  const entries = Object.entries(values).sort((a, b) => a[1] - b[1]);
  const bins: Array<Omit<RangeBin, 'color'>> = [];
  const binOf: Record<string, number> = {};
  let start = 0;
  for (let i = 1; i <= n && start < entries.length; i++) {
    let end = i === n ? entries.length : Math.max(start + 1, Math.round((i * entries.length) / n));
    while (end < entries.length && entries[end]![1] === entries[end - 1]![1]) end++;
    if (end <= start) continue;
    for (let k = start; k < end; k++) binOf[entries[k]![0]] = bins.length;
    bins.push({ min: entries[start]![1], max: entries[end - 1]![1], count: end - start });
    start = end;
  }
  const steps = RANGE_PALETTE.light.length;
  return {
    bins: bins.map((b, i) => ({
      ...b,
      color: bins.length === 1 ? steps - 1 : Math.round((i * (steps - 1)) / (bins.length - 1)),
    })),
    binOf,
    palette: 'range',
  };
}

/** Scales metric values into [min, max] pixels; square root keeps hubs from dwarfing everything else. */
export function scaleSizes(
  values: Record<string, number>,
  min = MIN_NODE_SIZE,
  max = MAX_NODE_SIZE,
): Map<string, number> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of Object.values(values)) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const sizes = new Map<string, number>();
  for (const [id, v] of Object.entries(values)) {
    const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.3;
    sizes.set(id, min + t * (max - min));
  }
  return sizes;
}

/** What an appearance rule needs from the scene: the size rule's values and the colour rule's ranges. */
export interface AppearanceResult {
  /** Null: every node gets the same size. */
  sizeValues: Record<string, number> | null;
  /** Null: colour by kind. */
  ranges: Ranges | null;
}

/** The legend of the appearance rule drawn now: the colour rule's ranges and the size rule's value span. */
export interface AppearanceLegend {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Ranges of the colour metric, or its communities (null: colour by kind). */
  ranges: RangeBin[] | null;
  /** The palette the ranges' colours index. */
  palette: PaletteName;
  /** Smallest and largest value of the size metric (null: fixed size). */
  sizeSpan: { min: number; max: number } | null;
  /** The metrics are still being computed (a large scene, in a worker). */
  pending: boolean;
}

/** The legend of a rule's result (pending: the result is still being computed). */
export function appearanceLegend(rule: AppearanceRule, result: AppearanceResult | null): AppearanceLegend {
  let sizeSpan: AppearanceLegend['sizeSpan'] = null;
  if (result?.sizeValues) {
    for (const v of Object.values(result.sizeValues))
      sizeSpan = sizeSpan
        ? { min: Math.min(sizeSpan.min, v), max: Math.max(sizeSpan.max, v) }
        : { min: v, max: v };
  }
  return {
    sizeBy: rule.size,
    colorBy: rule.color,
    ranges: result?.ranges?.bins ?? null,
    palette: rule.color === 'community' ? 'community' : 'range',
    sizeSpan,
    pending: result === null,
  };
}

/** Computes the metrics an appearance rule uses (each once, even when size and colour use the same one). */
export function computeAppearance(structure: SceneStructure, rule: AppearanceRule): AppearanceResult {
  const cache = new Map<Metric, Record<string, number>>();
  const metric = (m: Metric) => {
    let v = cache.get(m);
    if (!v) cache.set(m, (v = computeMetric(structure, m)));
    return v;
  };
  return {
    sizeValues: rule.size === 'fixed' ? null : metric(rule.size),
    ranges:
      rule.color === 'kind'
        ? null
        : rule.color === 'community'
          ? communityBins(structure)
          : rangeBins(metric(rule.color)),
  };
}

/** Node sizes from the whole scene graph by one metric (kept for callers that size without a rule). */
export function nodeSizes(
  graph: SceneGraph,
  by: Metric,
  min = MIN_NODE_SIZE,
  max = MAX_NODE_SIZE,
): Map<string, number> {
  return scaleSizes(computeMetric(sceneStructure(graph, null, null), by), min, max);
}
