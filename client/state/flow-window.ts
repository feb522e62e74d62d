// A time window's numbers of the stored talent flows a network scene draws (a Cypher result's, a neighbour's): the
// server counts them as the Talent flows tab does (GET /api/flows?ids=&since=&until=), and each drawn part of a flow
// (flows.ts flowParts: stated, #implied, #reported) is drawn with its part of them — as pure functions of state.
import type { FlowsResponse } from '../../model/flow-response.js';
import type { GraphEdge } from '../../model/graph.js';
import { CERTAINTIES } from '../../model/labels.js';
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
  /** Whether one of those reports is stated (null: none). */
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
      reportCertainty: f.reports.length
        ? f.reports.some((r) => r.certainty === 'stated')
          ? 'stated'
          : 'implied'
        : null,
      moveSpan: f.moveSpan,
      reportSpan: f.reportSpan,
      statedSources: f.statedSources,
      impliedSources: f.impliedSources,
      reportSources: f.reportSources,
    };
  }
  return out;
}

/**
 * The window's counts the network may draw now: those of the time window on over the network, once they have come;
 * null while they load, when asking failed (the labels then keep their "all time" mark), with no window, or in the
 * Talent flows tab (whose own answer is the window's).
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
  // kept apart (null) keeps the stored part's list, which cites every source behind the flow.
  const stated = c.statedSources ?? stringList(p.sources);
  const implied = c.impliedSources ?? stringList(p.sources);
  if (edge.type === 'TALENT_FLOW_REPORTED')
    return {
      ...edge,
      properties: {
        ...p,
        ...whole,
        ...span(c.reportSpan),
        sources: [...c.reportSources],
        count: c.stated + c.implied,
        certainty: c.reportCertainty ?? p.certainty ?? null,
      },
    };
  const asImplied = {
    ...edge,
    properties: { ...p, ...whole, sources: [...implied], count: c.implied, certainty: 'implied' },
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
        ...p,
        ...whole,
        // A stated part that also draws the window's implied movers rests on both lists.
        sources: alsoImplied ? [...new Set([...stated, ...implied])] : [...stated],
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
