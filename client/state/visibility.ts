// Which nodes and edges are drawn: the legend toggles, the filters (label, relationship type, certainty, source),
// hidden nodes and edges and the time window, as one pure function of state.
import { certaintyShown, isUnsourcedFact } from '../../model/certainty.js';
import { compareIds, type GraphEdge, type JsonValue } from '../../model/graph.js';
import { isVirtualId } from '../../model/view-queries.js';
import type { Scene } from './scene.js';
import { edgeInWindow, nodeInWindow, stintEndedBy, timeContext, type TimeWindow } from './time.js';
import { partInWindow } from './flow-window.js';
import { NO_LABEL } from '../graph/vocabulary.js';

const NO_PARTS: ReadonlyMap<string, GraphEdge> = new Map();

export interface Filters {
  hiddenLabels: string[];
  hiddenRelTypes: string[];
  /**
   * Certainties shown: 'stated', 'implied'. Facts no source backs (our types without a certainty of ours:
   * model/certainty.ts) are shown only while both are: hiding either narrows the canvas to what sources say, and
   * those say nothing. Relationships of types that are not ours (a foreign graph's) claim no certainty: the filter
   * leaves them alone.
   */
  certainties: string[];
  /**
   * Source ids whose facts are hidden: a fact shows while some source it cites is not hidden (one citing none is the
   * certainty filter's). Hidden, not kept, as labels and types are: a source that joins the scene later (an expansion,
   * a new query, a source added to the database since a link was copied) shows, never hidden unasked.
   */
  hiddenSources: string[];
}

export const DEFAULT_FILTERS: Filters = {
  hiddenLabels: [],
  hiddenRelTypes: [],
  certainties: ['stated', 'implied'],
  hiddenSources: [],
};

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Drawn faded: nothing about them is true in the time window. */
  dimmed: Set<string>;
  /** With a time window: the drawn stints that had ended by its date (drawn as past stints are). */
  past?: Set<string>;
}

export function edgeSources(edge: GraphEdge): string[] {
  const s: JsonValue | undefined = edge.properties.sources;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

/** Talent-flow parts: the named moves' (TALENT_FLOW) and the reports' (TALENT_FLOW_REPORTED), flows.ts flowParts. */
const isFlowPart = (type: string) => type === 'TALENT_FLOW' || type === 'TALENT_FLOW_REPORTED';

/**
 * What the source filter hides in a view: the sources unticked, and whether the view is the Talent flows tab
 * (`flowView`), whose flows count every source's moves and are not filtered (computeVisibility).
 */
export interface SourceHiding {
  hiddenSources: readonly string[];
  flowView: boolean;
}

export const NO_SOURCE_HIDING: SourceHiding = { hiddenSources: [], flowView: false };

/** The source filter of state `s` (its mode says whether it is the Talent flows tab). */
export function sourceHiding(s: { filters: Pick<Filters, 'hiddenSources'>; mode: string }): SourceHiding {
  return { hiddenSources: s.filters.hiddenSources, flowView: s.mode === 'flows' };
}

/**
 * The sources `edge` cites, split by the filter into those shown and those hidden (each in its cited order). A fact
 * citing a shown and a hidden source stays drawn (computeVisibility) and rests, in this view, on the shown one: what
 * the view exports cites that one only and counts the other, and its details mark it hidden rather than drop it.
 * A flow part in the Talent flows tab is not filtered: all its sources are shown.
 */
export function citedSources(
  edge: GraphEdge,
  { hiddenSources, flowView }: SourceHiding,
): { shown: string[]; hidden: string[] } {
  const cited = edgeSources(edge);
  if (!hiddenSources.length || (flowView && isFlowPart(edge.type))) return { shown: cited, hidden: [] };
  // A few sources hidden at most: no Set built for every edge of an export.
  return {
    shown: cited.filter((s) => !hiddenSources.includes(s)),
    hidden: cited.filter((s) => hiddenSources.includes(s)),
  };
}

/**
 * `flowParts`: the scene's drawn flow parts with the time window's numbers (flow-window.ts windowedFlowParts), when
 * known: such a part is in the window when something of it is — a fact outside it is hidden, so is a flow with
 * nothing in it — and its certainty is the window's. Without them, a part is placed by its span (time.ts).
 * A flow part cites its own sources (flows.ts flowParts) and is hidden as a fact is when all of them are; in the
 * Talent flows tab (`flowView`), whose flows count the moves of every source, the source filter does not apply
 * (chips.ts shows no sources chip there, and the left panel says so). `factTypes`: our fact types on our database,
 * none on another (our-database.ts ourFactTypes): a foreign graph's WORKED_AT claims no certainty, and no certainty
 * filter hides it.
 */
export function computeVisibility(
  scene: Scene,
  filters: Filters,
  window: TimeWindow | null,
  flowParts: ReadonlyMap<string, GraphEdge> = NO_PARTS,
  { flowView = false, factTypes }: { flowView?: boolean; factTypes?: readonly string[] } = {},
): Visibility {
  const hiddenLabels = new Set(filters.hiddenLabels);
  const hiddenTypes = new Set(filters.hiddenRelTypes);
  const hiddenSources = new Set(filters.hiddenSources);
  const ctx = window ? timeContext(scene) : null;

  const nodes = new Set<string>();
  for (const [id, n] of Object.entries(scene.nodes)) {
    if (scene.hidden[id]) continue;
    if ((n.labels.length ? n.labels : [NO_LABEL]).some((l) => hiddenLabels.has(l))) continue;
    if (window && !nodeInWindow(n, window)) continue;
    nodes.add(id);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const [id, stored] of Object.entries(scene.edges)) {
    if (!nodes.has(stored.source) || !nodes.has(stored.target)) continue;
    if (scene.hidden[id]) continue;
    if (hiddenTypes.has(stored.type)) continue;
    const windowed = window ? flowParts.get(id) : undefined;
    const e = windowed ?? stored;
    if (!certaintyShown(e, filters.certainties, factTypes)) continue;
    if (hiddenSources.size && !(flowView && isFlowPart(e.type))) {
      const cited = edgeSources(e);
      if (cited.length && cited.every((s) => hiddenSources.has(s))) continue;
    }
    if (window && ctx && !(windowed ? partInWindow(windowed) : edgeInWindow(e, window, ctx))) continue;
    edges.add(id);
    touched.add(e.source);
    touched.add(e.target);
  }
  const dimmed = new Set<string>();
  if (!window || !ctx) return { nodes, edges, dimmed };
  for (const id of nodes) if (!touched.has(id)) dimmed.add(id);
  // Past and current as of the window's date, not today: a stint of 2015–2023 was current in 2019.
  const past = new Set<string>();
  for (const id of edges) {
    const e = scene.edges[id]!;
    if (e.type === 'WORKED_AT' && stintEndedBy(e, window.to, ctx)) past.add(id);
  }
  return { nodes, edges, dimmed, past };
}

/**
 * The sources to hide so that only `kept` show, among those the `edges` cite: how a link from before hidden sources
 * (its kept list) reopens as it was sent — every other source of its answer hidden, one added since included.
 */
export function sourcesNotKept(kept: readonly string[], edges: readonly GraphEdge[]): string[] {
  const keep = new Set(kept);
  const hidden = new Set<string>();
  for (const e of edges) for (const s of edgeSources(e)) if (!keep.has(s)) hidden.add(s);
  return [...hidden].sort(compareIds);
}

/**
 * Whether `edges` show otherwise under a kept list reopened as sourcesNotKept than under the filter it was copied
 * with, which hid every fact citing none of the kept sources (one citing no source too: shown now) and never a
 * talent-flow part (one citing only other sources is hidden now, but in the Talent flows tab, `flowView`).
 */
export function keptSourcesDiffer(
  kept: readonly string[],
  edges: readonly GraphEdge[],
  flowView: boolean,
): boolean {
  return edges.some((e) => {
    const cited = edgeSources(e);
    if (!isFlowPart(e.type)) return !cited.length;
    return !flowView && cited.length > 0 && !cited.some((s) => kept.includes(s));
  });
}

/**
 * Counts per label over the scene (for the legend), and how many of them are drawn. Gathered in a Map: the labels are
 * the database's, and a `{}` gave a label named `constructor` Object itself and `__proto__` Object.prototype, whose
 * counting wrote onto every object of the page. The answer has each label as a key of its own.
 */
export function labelCounts(
  scene: Scene,
  visible: Visibility,
): Record<string, { total: number; visible: number }> {
  const counts = new Map<string, { total: number; visible: number }>();
  for (const [id, n] of Object.entries(scene.nodes)) {
    const l = n.labels[0] ?? NO_LABEL;
    const key =
      ['Person', 'Organization', 'Event', 'Product', 'Source'].find((x) => n.labels.includes(x)) ?? l;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { total: 0, visible: 0 }));
    c.total++;
    if (visible.nodes.has(id)) c.visible++;
  }
  return Object.fromEntries(counts);
}

/**
 * The scene's relationships by type, all and drawn. A talent flow drawn as parts (its stated and implied named moves,
 * flows.ts) counts once under its type: the legend counts flows, not the lines one flow is drawn with. By type in a
 * Map, as labelCounts: a foreign type named `constructor` found Object in a `{}`, and counting into it threw.
 */
export function relTypeCounts(
  scene: Scene,
  visible: Visibility,
): Record<string, { total: number; visible: number }> {
  const seen = new Map<string, { total: Set<string>; visible: Set<string> }>();
  for (const [id, e] of Object.entries(scene.edges)) {
    const key = typeof e.properties.flowId === 'string' ? e.properties.flowId : id;
    let c = seen.get(e.type);
    if (!c) seen.set(e.type, (c = { total: new Set(), visible: new Set() }));
    c.total.add(key);
    if (visible.edges.has(id)) c.visible.add(key);
  }
  return Object.fromEntries(
    [...seen].map(([type, c]) => [type, { total: c.total.size, visible: c.visible.size }]),
  );
}

/**
 * A relationship of the scene that is a fact no source backs (model/certainty.ts; `factTypes` as computeVisibility
 * takes them: none on a database that is not ours). A virtual one (a schema's "Person worked at Organisation",
 * isVirtualId) is of a fact type but is no fact: nobody wrote it, by hand or not.
 */
export function isUnsourcedSceneFact(id: string, edge: GraphEdge, factTypes?: readonly string[]): boolean {
  return isUnsourcedFact(edge, factTypes) && !isVirtualId(id);
}

/** The scene's facts no source backs (isUnsourcedSceneFact), and how many of them are drawn. */
export function unsourcedCounts(
  scene: Scene,
  visible: Visibility,
  factTypes?: readonly string[],
): { total: number; visible: number } {
  const counts = { total: 0, visible: 0 };
  for (const [id, e] of Object.entries(scene.edges)) {
    if (!isUnsourcedSceneFact(id, e, factTypes)) continue;
    counts.total++;
    if (visible.edges.has(id)) counts.visible++;
  }
  return counts;
}

/**
 * The distinct sources cited by the scene's facts, most cited first. `flowParts`: stored flows' parts with the time
 * window's numbers (view-data.ts activeFlowParts) — such a part cites the sources of what it draws in the window.
 * `hiding`: the source filter, whose hidden sources are then not counted (an image of the filtered view lists the
 * shown sources of what it draws); by default every source cited (the chips count them all).
 */
export function sceneSources(
  scene: Scene,
  onlyEdges?: Set<string>,
  flowParts?: ReadonlyMap<string, GraphEdge> | null,
  hiding: SourceHiding = NO_SOURCE_HIDING,
): { id: string; facts: number }[] {
  const counts = new Map<string, number>();
  for (const [id, stored] of Object.entries(scene.edges)) {
    if (onlyEdges && !onlyEdges.has(id)) continue;
    const e = flowParts?.get(id) ?? stored;
    for (const s of citedSources(e, hiding).shown) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([id, facts]) => ({ id, facts }))
    .sort((a, b) => b.facts - a.facts || compareIds(a.id, b.id));
}
