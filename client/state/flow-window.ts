// A time window's numbers of the stored talent flows a network scene draws (a Cypher result's, a neighbour's): the
// server counts them as the Talent flows tab does (GET /api/flows?ids=&since=&until=), and each drawn part of a flow
// (flows.ts flowParts: stated, #implied, #reported) is drawn with its part of them — as pure functions of state.
// While a window's numbers load, a flow keeps the drawing of the last ones answered and says they are pending: it
// never shows another window's numbers, or all time's, as this window's.
import type { FlowsResponse } from '../../model/flow-response.js';
import type { GraphEdge, JsonValue } from '../../model/graph.js';
import { CERTAINTIES } from '../../model/labels.js';
import { reportedCertainty } from '../../model/report-merge.js';
import type { AppState } from './app-state.js';
import { certaintyCounts, IMPLIED_SUFFIX, reportCount, reportedCount, stringList } from './flows.js';
import type { Scene } from './scene.js';

/** One flow's numbers in a window, as GET /api/flows counts them (byCertainty, reportedCount, reports). */
export interface FlowWindowCounts {
  stated: number;
  implied: number;
  reportedCount: number | null;
  reportedQualifier: string | null;
  /** Reports whose period overlaps the window. */
  reports: number;
  /**
   * How sure the reported count is: the certainty of the report it is from, or with no number, stated when one of the
   * reports is (model/report-merge.ts reportedCertainty; null: no report).
   */
  reportCertainty: 'stated' | 'implied' | null;
  /** The dates of the named moves and of the reports counted in the window (the answer's moveSpan, reportSpan). */
  moveSpan: Span;
  reportSpan: Span;
  /**
   * The sources the answer cites for each part (statedSources, impliedSources: null for a flow derived before they
   * were kept apart; reportSources: those of the reports counted in the window) — a part drawn with the window's
   * numbers cites what the server counted, not the stored edge's all-time list.
   */
  statedSources: readonly string[] | null;
  impliedSources: readonly string[] | null;
  reportSources: readonly string[];
  /**
   * The named parts' sources are all time's, not the window's (the answer's sourcesAllTime: a flow derived by an older
   * seed): their parts say so rather than pass them off as the window's.
   */
  sourcesAllTime: boolean;
  /**
   * Derived by other rules than this version's (the answer's outdated: model/flow-derivation.ts): its moves, dates and
   * certainties may not be those the careers show until the flows are derived again. Every part drawn of it says so.
   */
  outdated: boolean;
}

type Span = { since: string | null; until: string | null };
const NO_SPAN: Span = Object.freeze({ since: null, until: null });

/** The numbers the network holds for one time window. */
export interface FlowWindow {
  /** The window counted (the time state's: since null is "as of until"). */
  since: string | null;
  until: string;
  /** By flow id, every stored flow asked for: one the answer left out has nothing in the window (zeros). */
  counts: Readonly<Record<string, FlowWindowCounts>>;
  /**
   * Flows whose numbers for this window will not come: asking failed, or the server was deriving its flows again
   * (they are asked again once it is done). Drawn with all time's, marked so. None when absent.
   */
  failed?: ReadonlySet<string>;
  /** Flows the server does not store (written by hand, another database's): no window counts them. None when absent. */
  unstored?: ReadonlySet<string>;
  /**
   * Each flow's numbers last answered for an earlier window: what it is drawn with (its width, whether it is in the
   * window) while this window's load — never said as this window's. None when absent.
   */
  last?: Readonly<Record<string, FlowWindowCounts>>;
}

/** How a stored flow's numbers stand under the time window on over the network (flowWindowStatus). */
export type FlowWindowStatus =
  /** The window's numbers have come. */
  | { kind: 'counted'; counts: FlowWindowCounts }
  /**
   * They are being asked, or will be once the slider rests: `drawn` (another window's numbers, the last answered;
   * null: none) keeps its drawing meanwhile, and its label says the numbers are pending, never `drawn`'s.
   */
  | { kind: 'pending'; drawn: FlowWindowCounts | null }
  /** They will not come (asking failed, the server does not store the flow): all time's, marked so. */
  | { kind: 'allTime' };

const ALL_TIME: FlowWindowStatus = Object.freeze({ kind: 'allTime' });
const PENDING_UNDRAWN: FlowWindowStatus = Object.freeze({ kind: 'pending', drawn: null });

/** How flow `flowId`'s numbers stand under the window on over the network; null with no window there. */
export function flowWindowStatus(
  s: Pick<AppState, 'mode' | 'time' | 'flowWindow'>,
  flowId: string,
): FlowWindowStatus | null {
  if (s.mode === 'flows' || !s.time.enabled) return null;
  const w = s.flowWindow;
  // Nothing asked yet: the first window's request is on its way (flow-window-actions.ts asks for every stored flow).
  if (!w) return PENDING_UNDRAWN;
  if (w.unstored?.has(flowId)) return ALL_TIME;
  if (w.since === s.time.window.from && w.until === s.time.window.to) {
    const counts = w.counts[flowId];
    if (counts) return { kind: 'counted', counts };
    if (w.failed?.has(flowId)) return ALL_TIME;
    return pendingDrawn(w.last?.[flowId]);
  }
  // The slider has moved on: this window's numbers are asked once it rests (even a failed flow's, again).
  return pendingDrawn(w.counts[flowId] ?? w.last?.[flowId]);
}

function pendingDrawn(drawn: FlowWindowCounts | undefined): FlowWindowStatus {
  return drawn ? { kind: 'pending', drawn } : PENDING_UNDRAWN;
}

export const NOTHING_IN_WINDOW: FlowWindowCounts = Object.freeze({
  stated: 0,
  implied: 0,
  reportedCount: null,
  reportedQualifier: null,
  reports: 0,
  reportCertainty: null,
  moveSpan: NO_SPAN,
  reportSpan: NO_SPAN,
  statedSources: [],
  impliedSources: [],
  reportSources: [],
  sourcesAllTime: false,
  outdated: false,
});

/**
 * The stored flow a drawn part belongs to (its flowId, flows.ts splitFlows); null for any other edge — a whole
 * TALENT_FLOW left unsplit has no numbers to draw (or is another database's type of that name) and keeps its dates.
 */
export function flowIdOfPart(edge: GraphEdge): string | null {
  if (edge.type !== 'TALENT_FLOW' && edge.type !== 'TALENT_FLOW_REPORTED') return null;
  const id = edge.properties.flowId;
  return typeof id === 'string' ? id : null;
}

/** The ids of the stored flows the scene draws, each once, sorted (a request's key stays the same for one scene). */
export function sceneFlowIds(scene: Scene): string[] {
  const ids = new Set<string>();
  for (const e of Object.values(scene.edges)) {
    const id = flowIdOfPart(e);
    if (id) ids.add(id);
  }
  return [...ids].sort();
}

/** The window's counts by flow id from a GET /api/flows?ids= answer; an id asked for and not answered: zeros. */
export function countsFromAnswer(
  answer: Pick<FlowsResponse, 'flows'>,
  asked: string[],
): Record<string, FlowWindowCounts> {
  const out: Record<string, FlowWindowCounts> = Object.fromEntries(
    asked.map((id) => [id, NOTHING_IN_WINDOW]),
  );
  const wanted = new Set(asked);
  for (const f of answer.flows) {
    if (!wanted.has(f.id)) continue;
    out[f.id] = {
      stated: f.byCertainty.stated,
      implied: f.byCertainty.implied,
      reportedCount: f.reportedCount,
      reportedQualifier: f.reportedQualifier,
      reports: f.reports.length,
      reportCertainty: reportedCertainty(f.reports),
      moveSpan: f.moveSpan,
      reportSpan: f.reportSpan,
      statedSources: f.statedSources,
      impliedSources: f.impliedSources,
      reportSources: f.reportSources,
      sourcesAllTime: f.sourcesAllTime,
      outdated: f.outdated,
    };
  }
  return out;
}

/**
 * The window's counts the network may draw now: those of the time window on over the network, once they have come;
 * null while none has been asked for this window, with no window, or in the Talent flows tab (whose own answer is the
 * window's). A flow missing from them is pending or all time's (flowWindowStatus).
 */
export function currentFlowCounts(
  s: Pick<AppState, 'mode' | 'time' | 'flowWindow'>,
): Readonly<Record<string, FlowWindowCounts>> | null {
  const w = s.flowWindow;
  if (s.mode === 'flows' || !s.time.enabled || !w) return null;
  return w.since === s.time.window.from && w.until === s.time.window.to ? w.counts : null;
}

/**
 * A drawn part of a stored flow with its window's numbers, or null when they are not known (not a flow's part, or
 * not asked yet). The stated part (the flow's own id) counts the people whose moves in the window are stated, the
 * implied part those who moved in it only by implied facts, the reported part the reports overlapping it. Someone
 * stated over all time may have moved in the window only by implied facts: where the scene has no implied part (the
 * flow had no implied mover), the stated part draws them — as implied when they are all it has in the window, else
 * saying how many in its label (`alsoImplied`) — never as stated.
 *
 * `certainties`: those the filter shows. Such a stated part then carries two certainties, and each is drawn only
 * when ticked: without "implied" it is its stated movers alone, without "stated" its implied ones alone, as implied
 * (the canvas, the table and the exports all read the part, so none shows an unticked certainty's number).
 */
export function windowedPart(
  edge: GraphEdge,
  counts: Readonly<Record<string, FlowWindowCounts>>,
  certainties: readonly string[] = CERTAINTIES,
): GraphEdge | null {
  const flowId = flowIdOfPart(edge);
  const c = flowId ? counts[flowId] : undefined;
  if (!c) return null;
  const p = edge.properties;
  // Dated as the Talent flows tab dates its parts: the named ones by the moves counted, the reported one by the
  // reports (flows.ts partSpan).
  const span = (x: Span) => ({ spanSince: x.since, spanUntil: x.until });
  const whole = {
    statedCount: c.stated,
    impliedCount: c.implied,
    reportedCount: c.reportedCount,
    reportedQualifier: c.reportedQualifier,
    reports: c.reports,
    ...span(c.moveSpan),
  };
  // Each part cites the sources of what it draws in the window: a flow derived before its named moves' sources were
  // kept apart (null) keeps the stored part's list, which cites every source behind the flow. A named part citing all
  // time's (an older derivation) says so, as the Talent flows tab's does (flows.ts flowParts).
  const stated = c.statedSources ?? stringList(p.sources);
  const implied = c.impliedSources ?? stringList(p.sources);
  const { sourcesAllTime: _stored, outdated: _outdated, ...rest } = p;
  // Derived by other rules than this version's: every part says so, by the answer's word (not the stored part's).
  const older: Record<string, JsonValue> = c.outdated ? { outdated: true } : {};
  const allTime: Record<string, JsonValue> = {
    ...(c.sourcesAllTime ? { sourcesAllTime: true } : {}),
    ...older,
  };
  if (edge.type === 'TALENT_FLOW_REPORTED') {
    const { outdated: _reportedOutdated, ...reportedRest } = p;
    return {
      ...edge,
      properties: {
        ...reportedRest,
        ...older,
        ...whole,
        ...span(c.reportSpan),
        sources: [...c.reportSources],
        count: c.stated + c.implied,
        certainty: c.reportCertainty ?? p.certainty ?? null,
      },
    };
  }
  const asImplied = {
    ...edge,
    properties: {
      ...rest,
      ...whole,
      sources: [...implied],
      ...allTime,
      count: c.implied,
      certainty: 'implied',
    },
  };
  if (edge.id.endsWith(IMPLIED_SUFFIX)) return asImplied;
  const impliedApart = certaintyCounts(edge).implied > 0;
  const carriesBoth = !impliedApart && c.implied > 0 && c.stated > 0;
  if (carriesBoth && !certainties.includes('stated') && certainties.includes('implied')) return asImplied;
  if (impliedApart || c.implied === 0 || c.stated > 0) {
    const alsoImplied = carriesBoth && certainties.includes('implied');
    return {
      ...edge,
      properties: {
        ...rest,
        ...whole,
        // A stated part that also draws the window's implied movers rests on both lists.
        sources: alsoImplied ? [...new Set([...stated, ...implied])] : [...stated],
        ...allTime,
        count: c.stated,
        certainty: 'stated',
        ...(alsoImplied ? { alsoImplied: c.implied } : {}),
      },
    };
  }
  return asImplied;
}

/** A flow's part with the window's numbers has something in the window to draw (flowParts draws no empty part). */
export function partInWindow(windowed: GraphEdge): boolean {
  if (windowed.type === 'TALENT_FLOW_REPORTED')
    return reportedCount(windowed) > 0 || reportCount(windowed) > 0;
  const c = windowed.properties.count;
  return typeof c === 'number' && c > 0;
}

/** What the network draws of its stored flows under the window on (flowDrawing). */
export interface FlowDrawing {
  /**
   * By edge id, the parts drawn with window numbers (windowedPart): this window's, or while they load (`pending`) the
   * last window's answered. A part missing here is drawn as stored: all time's, marked, unless it is pending.
   */
  parts: ReadonlyMap<string, GraphEdge>;
  /** Edge ids of the parts whose window's numbers are being asked: their labels say so, with no number. */
  pending: ReadonlySet<string>;
}

export const NO_FLOW_DRAWING: FlowDrawing = Object.freeze({
  parts: new Map<string, GraphEdge>(),
  pending: new Set<string>(),
});

/**
 * Every drawn part of the scene's stored flows under the window on over the network (flowWindowStatus): counted ones
 * with the window's numbers, pending ones with the last window's answered (their drawing stays calm while a playing
 * slider's next numbers load) and listed as pending, all-time ones left as stored; as `certainties` let them be drawn.
 */
export function flowDrawing(
  scene: Scene,
  s: Pick<AppState, 'mode' | 'time' | 'flowWindow'>,
  certainties: readonly string[] = CERTAINTIES,
): FlowDrawing {
  if (s.mode === 'flows' || !s.time.enabled) return NO_FLOW_DRAWING;
  const parts = new Map<string, GraphEdge>();
  const pending = new Set<string>();
  const statuses = new Map<string, FlowWindowStatus | null>();
  for (const [id, e] of Object.entries(scene.edges)) {
    const flowId = flowIdOfPart(e);
    if (!flowId) continue;
    let status = statuses.get(flowId);
    if (status === undefined) statuses.set(flowId, (status = flowWindowStatus(s, flowId)));
    if (!status || status.kind === 'allTime') continue;
    if (status.kind === 'pending') pending.add(id);
    const counts = status.kind === 'counted' ? status.counts : status.drawn;
    const part = counts && windowedPart(e, { [flowId]: counts }, certainties);
    if (part) parts.set(id, part);
  }
  return { parts, pending };
}

/** A part's numbers, which a pending part does not give (another window's, or all time's, are not this window's). */
const PART_NUMBERS = [
  'count',
  'statedCount',
  'impliedCount',
  'reportedCount',
  'reportedQualifier',
  'reports',
  'moves',
];

/**
 * What a table row or an exported file says of a stored part whose window's numbers are loading: the part with no
 * numbers (null), no sources and no span, and `windowPending` — rather than the numbers it is drawn with meanwhile,
 * or the stored part's all-time sources and dates under the window's title (the legend and exports cite `sources`).
 */
export function pendingPart(stored: GraphEdge): GraphEdge {
  const properties: GraphEdge['properties'] = {
    ...stored.properties,
    sources: [],
    spanSince: null,
    spanUntil: null,
    windowPending: true,
  };
  for (const k of PART_NUMBERS) if (k in properties) properties[k] = null;
  delete properties.alsoImplied;
  delete properties.sourcesAllTime;
  return { ...stored, properties };
}

/**
 * Every drawn part of the scene's stored flows with its window's numbers, by edge id (empty without counts), as the
 * filter's `certainties` let it be drawn (windowedPart).
 */
export function windowedFlowParts(
  scene: Scene,
  counts: Readonly<Record<string, FlowWindowCounts>> | null,
  certainties: readonly string[] = CERTAINTIES,
): ReadonlyMap<string, GraphEdge> {
  const out = new Map<string, GraphEdge>();
  if (!counts) return out;
  for (const [id, e] of Object.entries(scene.edges)) {
    const w = windowedPart(e, counts, certainties);
    if (w) out.set(id, w);
  }
  return out;
}
