// Node and edge reducers: pure functions from a view description (built from app state) and an element's data
// to what sigma draws. Filters, the time window, highlighting, language and theme all act here; the graph's
// own attributes are never edited for display.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { isDerivedType, isUnsourcedFact } from '../../model/certainty.js';
import type { GraphEdge } from '../../model/graph.js';
import { isOurEdge } from '../../model/view-queries.js';
import { FACT_KEYS, countText, displayName, factDates, storedPropertiesText, type Lang } from './names.js';
import type { SceneEdgeAttributes, SceneNodeAttributes } from './scene-graph.js';
import {
  BACKGROUND,
  DEFAULT_EDGE_COLOR,
  FADED_COLOR,
  HIGHLIGHT_COLOR,
  NEW_EDGE_COLOR,
  REPORTED_FLOW_COLOR,
  edgeColor,
  labelStyle,
  mixColors,
  primaryLabel,
  type Theme,
} from './style.js';
import { binColor, type PaletteName } from './metrics.js';
import { NO_LABEL, relName, roleName } from './vocabulary.js';

export interface ViewSpec {
  lang: Lang;
  theme: Theme;
  /**
   * Our fact types on our database, none on a foreign one (client/state/our-database.ts ourFactTypes): a foreign
   * graph's WORKED_AT is drawn as its own relationship, never faded as a fact of ours with no source. Default: ours.
   */
  factTypes?: readonly string[];
  /** Whether types are named in our words (false on a foreign graph: as the database spells them). Default: true. */
  ourNames?: boolean;
  /** null: everything is visible. */
  visibleNodes: ReadonlySet<string> | null;
  visibleEdges: ReadonlySet<string> | null;
  /** Visible but not true at the chosen time (drawn faded). */
  dimmedNodes?: ReadonlySet<string>;
  /** With the time slider on: the stints that had ended by its date. Otherwise a stint is past once it has ended. */
  pastEdges?: ReadonlySet<string>;
  /** Hover neighbourhood or a highlighted path: everything else fades. */
  focus: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  selected: string | null;
  /** Nodes in the multi-selection (shift/Ctrl-click, lasso): ringed by the hover halo, named, never faded. */
  multiSelected?: ReadonlySet<string>;
  sizes: ReadonlyMap<string, number>;
  /** Colour by a metric or community: each node's step of colorPalette (null: colour by kind). */
  colorSteps?: ReadonlyMap<string, number> | null;
  /** The palette colorSteps index (default: the metric ranges'). */
  colorPalette?: PaletteName;
  /** Edges that just became true while the time slider plays. */
  freshEdges?: ReadonlySet<string>;
  /**
   * A time window is on over the network: a stored talent flow drawn without the window's numbers (not in flowParts,
   * not pending: asking failed, or the server does not store it) counts all its moves, and its label says so.
   */
  flowsAllTime?: boolean;
  /**
   * Stored talent flows' parts whose window numbers are being asked, by edge id: drawn as flowParts has them (the
   * last window's answered) or as stored, their labels saying the numbers are pending and giving none.
   */
  flowsPending?: ReadonlySet<string>;
  /**
   * The drawn parts of stored talent flows with the time window's numbers (as the Talent flows tab counts them), by
   * edge id: drawn with those, not their all-time ones.
   */
  flowParts?: ReadonlyMap<string, GraphEdge>;
  /**
   * Parts of overview talent flows (Meta → xAI) drawn beside a division flow of theirs (FAIR → xAI), by edge id: they
   * count some of the same people, and their labels say they include the divisions' (client/state/flows.ts
   * divisionOverlaps).
   */
  flowsWithDivisions?: ReadonlySet<string>;
  /**
   * Drawn flow parts citing a source the source filter hides beside one it shows, by edge id: a flow is not recounted
   * by source, so their labels say some of the sources behind their numbers are hidden (client/state/view-data.ts
   * activeFlowsCitingHidden).
   */
  flowsCitingHidden?: ReadonlySet<string>;
  /** Big scenes: cheap straight lines and labels only where the user looks. */
  large: boolean;
  /** Zoomed in far enough for every edge's label; otherwise only hovered, selected and highlighted edges have one. */
  edgeLabels?: boolean;
  /** A big scene while its layout runs: edges are left out so each frame is cheap. */
  nodesOnly?: boolean;
}

/** What the node reducer gives sigma: its display data (colour and size always set) and the ring's fill colour. */
export type NodeDisplay = Partial<NodeDisplayData> &
  Pick<NodeDisplayData, 'color' | 'size'> & { fillColor?: string };
/** What the edge reducer gives sigma: its display data and a parallel fact's curvature (@sigma/edge-curve). */
export type EdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

/** How much larger (pixels) a node in the multi-selection is drawn. */
export const DEFAULT_PICKED_GROWTH = 3;

const SHAPE_PROGRAMS: Record<string, string> = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
  ring: 'ring',
};

export function createNodeReducer(spec: ViewSpec) {
  return (id: string, attrs: SceneNodeAttributes): NodeDisplay => {
    // The scene graph's kind puts our labels first; on a database that is not ours a node is drawn as its own first
    // label (a foreign Company:Organization is a Company), as the legend counts it.
    const style = labelStyle(
      spec.ourNames === false ? (primaryLabel(attrs.node, false) ?? NO_LABEL) : attrs.kind,
    );
    const out: NodeDisplay = {
      x: attrs.x,
      y: attrs.y,
      size: spec.sizes.get(id) ?? attrs.size,
      label: displayName(attrs.node, spec.lang),
      color: rangeColor(spec, id) ?? style.color[spec.theme],
      type: SHAPE_PROGRAMS[style.shape] ?? 'circle',
      zIndex: 1,
    };
    if (spec.visibleNodes && !spec.visibleNodes.has(id)) return { ...out, hidden: true };
    if (attrs.node.properties.certainty === 'implied')
      out.color = mixColors(out.color, BACKGROUND[spec.theme], 0.45);
    if (spec.dimmedNodes?.has(id)) {
      out.color = mixColors(out.color, BACKGROUND[spec.theme], 0.7);
      out.zIndex = 0;
    }
    const picked = spec.multiSelected?.has(id) ?? false;
    if (spec.focus && !spec.focus.nodes.has(id) && !picked) {
      out.color = FADED_COLOR[spec.theme];
      out.label = '';
      out.zIndex = 0;
    } else if (spec.focus) {
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (picked) {
      // A little larger, with the halo and label sigma draws for a highlighted node: picked out, still its kind's colour.
      out.size = out.size + DEFAULT_PICKED_GROWTH;
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    if (id === spec.selected) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    return out;
  };
}

/** A node's colour under a metric colour rule, or undefined (colour by kind, or a node the rule has no value for). */
function rangeColor(spec: ViewSpec, id: string): string | undefined {
  const step = spec.colorSteps?.get(id);
  return step === undefined ? undefined : binColor(spec.colorPalette ?? 'range', spec.theme, step);
}

/**
 * How a talent flow's numbers stand under a time window: 'all-time' (ViewSpec.flowsAllTime: all time's, marked so) or
 * 'pending' (ViewSpec.flowsPending: the window's are loading, so the label gives none).
 */
export type FlowLabelMark = 'all-time' | 'pending';

/** Where a flow's label gives no number while its window's numbers load. */
const PENDING_COUNT = '…';

/** What a talent flow's label says beside its numbers: see ViewSpec flowsWithDivisions and flowsCitingHidden. */
export interface FlowLabelNotes {
  withDivisions?: boolean;
  sourcesHidden?: boolean;
}

/**
 * The text on an edge: its relation in the UI language, with a role and dates where the fact has them. A talent flow's
 * numbers under a time window are marked as all time's, or left out while the window's load (`mark`).
 */
export function edgeLabelText(
  edge: SceneEdgeAttributes['edge'],
  lang: Lang,
  mark?: FlowLabelMark,
  {
    withDivisions = false,
    sourcesHidden = false,
    ourNames = true,
  }: FlowLabelNotes & { ourNames?: boolean } = {},
): string {
  const p = edge.properties;
  const pending = mark === 'pending';
  // An overview flow drawn beside its division's flow counts that division's people too: said, so the two are not
  // read as apart and added. A flow citing a hidden source still counts that source's people: said, so the number is
  // not read as the shown sources'.
  const notes = [
    withDivisions ? (lang === 'ar' ? 'يشمل الأقسام' : 'incl. divisions') : '',
    sourcesHidden ? (lang === 'ar' ? 'بعض مصادره مخفية' : 'some sources hidden') : '',
  ].filter(Boolean);
  const included = (text: string) => (text && notes.length ? [text, ...notes].join(' · ') : text);
  const whenever = (text: string) =>
    included(mark === 'all-time' && text ? `${text} · ${lang === 'ar' ? 'كل الأوقات' : 'all time'}` : text);
  // Our flows' words only on our database: a foreign graph's TALENT_FLOW is named as its other types are.
  if (ourNames && edge.type === 'TALENT_FLOW') {
    const parts: string[] = [];
    // Pending: the words stay where the number will be, so the label keeps its place and only its number changes.
    const n = pending
      ? PENDING_COUNT
      : typeof p.count === 'number' && p.count > 0
        ? countText(p.count, lang)
        : '';
    if (n) parts.push(lang === 'ar' ? `${n} بالاسم` : `${n} named`);
    // The implied part of a flow says so in words too, not only by its faded line.
    if (p.certainty === 'implied' && parts.length) parts.push(lang === 'ar' ? 'ضمني' : 'implied');
    // A window's movers who moved in it only by implied facts, on a flow drawn with no implied part of its own
    // (client/state/flow-window.ts): said, never counted among the stated.
    if (!pending && typeof p.alsoImplied === 'number' && p.alsoImplied > 0)
      parts.push(
        lang === 'ar'
          ? `+${countText(p.alsoImplied, lang)} ضمني`
          : `+${countText(p.alsoImplied, lang)} implied`,
      );
    return whenever(parts.join(' · '));
  }
  if (ourNames && edge.type === 'TALENT_FLOW_REPORTED') {
    // Reports a source only implies say so in words too, as the named part's label does: never read as stated.
    const implied = p.certainty === 'implied' ? (lang === 'ar' ? ' · ضمني' : ' · implied') : '';
    if (pending)
      return included(
        lang === 'ar' ? `${PENDING_COUNT} (مُبلَّغ)${implied}` : `${PENDING_COUNT} reported${implied}`,
      );
    // A report that names nobody and gives no number ("others left for OpenAI") is still a flow.
    if (typeof p.reportedCount !== 'number' || p.reportedCount <= 0)
      return included((lang === 'ar' ? 'مُبلَّغ عنها' : 'reported') + implied);
    const q = typeof p.reportedQualifier === 'string' && /least/i.test(p.reportedQualifier) ? '≥ ' : '';
    const n = countText(p.reportedCount, lang);
    return whenever(lang === 'ar' ? `${q}${n} (مُبلَّغ)${implied}` : `${q}${n} reported${implied}`);
  }
  // A relationship not among our facts — a foreign graph's, or on ours one with only a fallback id (isOurEdge, as its
  // details and the scene table read it) — shows its role and dates as stored, as its details list them.
  if (!ourNames || !isOurEdge(edge))
    return [relName(edge.type, lang, ourNames), storedPropertiesText(edge, FACT_KEYS)]
      .filter(Boolean)
      .join(' · ');
  const role = roleName(p, lang);
  const dates = factDates(edge, lang);
  return [relName(edge.type, lang, ourNames), role ? `(${role})` : '', dates].filter(Boolean).join(' ');
}

const flowNotes = (spec: ViewSpec, id: string): FlowLabelNotes & { ourNames?: boolean } => ({
  withDivisions: spec.flowsWithDivisions?.has(id),
  sourcesHidden: spec.flowsCitingHidden?.has(id),
  ourNames: spec.ourNames,
});

/** A stint that has ended (the person left, or it has an end date): drawn apart from current ones. */
export function isPastStint(edge: SceneEdgeAttributes['edge']): boolean {
  const p = edge.properties;
  return (
    edge.type === 'WORKED_AT' &&
    (p.left === true ||
      (typeof p.end === 'string' && p.end !== '') ||
      (typeof p.until === 'string' && p.until !== ''))
  );
}

/** Stint line widths: a current stint stands out, a past one recedes (and turns grey). */
const CURRENT_STINT_SIZE = 2.2;
const PAST_STINT_SIZE = 1.3;
const PAST_STINT_GREY = 0.6;
/** How far an implied or unsourced fact's colour is mixed towards the background (also while it is new). */
const IMPLIED_FADE = 0.55;

/** Line width for a talent flow: grows with the number of people, sub-linearly. */
export function flowWidth(count: number): number {
  return 1.5 + 2.2 * Math.sqrt(Math.max(0, count));
}

export function createEdgeReducer(spec: ViewSpec) {
  return (id: string, attrs: SceneEdgeAttributes): EdgeDisplay => {
    // A stored flow's part under a time window: the window's numbers once they have come; while they load, drawn as
    // the last window's were (or as stored) with no number said; else all time's, marked.
    const windowed = spec.flowParts?.get(id);
    const edge = windowed ?? attrs.edge;
    const mark: FlowLabelMark | undefined = spec.flowsPending?.has(id)
      ? 'pending'
      : spec.flowsAllTime && !windowed
        ? 'all-time'
        : undefined;
    if (spec.nodesOnly || (spec.visibleEdges && !spec.visibleEdges.has(id))) return { hidden: true };
    const p = edge.properties;
    let color = edgeColor(edge.type, spec.theme);
    let size = 1.6;
    // Our flows only on our database: a foreign graph's TALENT_FLOW (its `count` is its own) is drawn as any of its types.
    const ourFlow = spec.ourNames !== false;
    if (ourFlow && edge.type === 'TALENT_FLOW') size = flowWidth(typeof p.count === 'number' ? p.count : 0);
    if (ourFlow && edge.type === 'TALENT_FLOW_REPORTED') {
      color = REPORTED_FLOW_COLOR[spec.theme];
      size = flowWidth(typeof p.reportedCount === 'number' ? p.reportedCount : 0) * 0.8;
    }
    if (edge.type === 'WORKED_AT') {
      // Past stints turn grey and thin, current ones keep their colour and stand out: who is where now reads at a
      // glance. (Implied facts fade towards the background instead, so the two never look alike.)
      if (spec.pastEdges ? spec.pastEdges.has(id) : isPastStint(edge)) {
        color = mixColors(color, DEFAULT_EDGE_COLOR[spec.theme], PAST_STINT_GREY);
        size = PAST_STINT_SIZE;
      } else size = CURRENT_STINT_SIZE;
    }
    const faded = p.certainty === 'implied' || isUnsourcedFact(edge, spec.factTypes);
    if (faded) {
      // Faded and thinner: sigma has no dashed-line program, so implied facts are told apart by weight and tone. A
      // fact no source backs (model/certainty.ts) is never drawn as a stated one either.
      color = mixColors(color, BACKGROUND[spec.theme], IMPLIED_FADE);
      size = Math.max(0.8, size * 0.6);
    }
    // The middle one of an odd number of parallel facts has curvature 0: @sigma/edge-curve draws nothing for it (its
    // band between chord and curve has no width), so it is drawn straight.
    const curvature =
      !spec.large && attrs.parallelIndex != null && attrs.parallelMaxIndex != null
        ? curvatureOf(attrs.parallelIndex, attrs.parallelMaxIndex)
        : 0;
    const curved = curvature !== 0;
    const out: EdgeDisplay = {
      size,
      color,
      label:
        spec.edgeLabels || (ourFlow && (edge.type === 'TALENT_FLOW' || edge.type === 'TALENT_FLOW_REPORTED'))
          ? edgeLabelText(edge, spec.lang, mark, flowNotes(spec, id))
          : '',
      type: spec.large ? 'line' : curved ? 'curved' : 'arrow',
      zIndex: 1,
    };
    if (curved) out.curvature = curvature;
    const focused = spec.freshEdges?.has(id) || spec.focus?.edges.has(id) || id === spec.selected;
    if (focused && !out.label) out.label = edgeLabelText(edge, spec.lang, mark, flowNotes(spec, id));
    if (spec.freshEdges?.has(id)) {
      // Just true at the slider's date: new-fact green, faded as the fact is (an implied fact stays told apart from a
      // stated one while it is new).
      out.color = faded
        ? mixColors(NEW_EDGE_COLOR[spec.theme], BACKGROUND[spec.theme], IMPLIED_FADE)
        : NEW_EDGE_COLOR[spec.theme];
      out.size = size + 2;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    if (spec.focus) {
      if (spec.focus.edges.has(id)) {
        out.zIndex = 2;
        out.forceLabel = true;
        if (id === spec.selected) out.color = HIGHLIGHT_COLOR[spec.theme];
      } else {
        out.color = FADED_COLOR[spec.theme];
        out.label = '';
        out.zIndex = 0;
      }
    } else if (id === spec.selected) {
      out.color = HIGHLIGHT_COLOR[spec.theme];
      out.size = size + 1.5;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    return out;
  };
}

const DEFAULT_CURVATURE = 0.25;

/** Spreads parallel facts between the same two nodes into distinct curves (after @sigma/edge-curve's example). */
export function curvatureOf(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** What a fact's line says of its certainty: as its source states it, only implied, or with no source behind it. */
export type CertaintySwatch = { kind: 'stated' | 'implied' | 'unsourced'; color: string };

/**
 * The certainties among `edges` as the edge reducer draws them — implied and unsourced facts faded towards the
 * background — for a legend of a drawing (the PNG export): one neutral line of each kind drawn, stated first.
 * A relationship of a type that is not a fact (a foreign graph's, also one named as ours: `factTypes` as ViewSpec's) is
 * drawn as it is and stands for no certainty; so is a foreign graph's own TALENT_FLOW (`derivedTypes`: our flows'
 * types on our database, none on another — model/certainty.ts derivedTypesOf).
 */
export function certaintySwatches(
  edges: readonly GraphEdge[],
  theme: Theme,
  factTypes?: readonly string[],
  derivedTypes?: readonly string[],
): CertaintySwatch[] {
  const kinds = new Set<CertaintySwatch['kind']>();
  for (const e of edges) {
    if (e.properties.certainty === 'implied') kinds.add('implied');
    else if (isUnsourcedFact(e, factTypes)) kinds.add('unsourced');
    else if (e.properties.certainty === 'stated' || isDerivedType(e.type, derivedTypes)) kinds.add('stated');
  }
  const faded = mixColors(DEFAULT_EDGE_COLOR[theme], BACKGROUND[theme], IMPLIED_FADE);
  return (['stated', 'implied', 'unsourced'] as const)
    .filter((k) => kinds.has(k))
    .map((kind) => ({ kind, color: kind === 'stated' ? DEFAULT_EDGE_COLOR[theme] : faded }));
}
