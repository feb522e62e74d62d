// The talent-flow view's data: organisations as nodes and TALENT_FLOW relationships as weighted edges. Implied
// named moves and reported (unnamed) departures become edges of their own, so each is drawn as what it is.
import type { FlowsResponse } from '../../model/api-responses.js';
import type { ImpliedFact } from '../../model/flow-response.js';
import {
  compareIds,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type JsonValue,
} from '../../model/graph.js';
import { DERIVATION_PROPERTY, DERIVATION_VERSION } from '../../model/flow-derivation.js';
import { ELEMENT_ID_PREFIX } from '../../model/view-queries.js';
import { relName } from '../graph/vocabulary.js';
import type { Lang } from '../i18n/lang.js';
import { briefName } from '../graph/names.js';

export const REPORTED_SUFFIX = '#reported';
/** How often a view of the flows (the flow view, an organisation's details) asks again while the server derives them. */
export const DEFAULT_DERIVATION_POLL_MS = 3_000;

/** The implied part of a flow's named moves, drawn as its own (implied-looking) edge. */
export const IMPLIED_SUFFIX = '#implied';

export function flowCount(edge: GraphEdge): number {
  const c = edge.properties.count;
  return typeof c === 'number' ? c : 0;
}

export function reportedCount(edge: GraphEdge): number {
  const c = edge.properties.reportedCount;
  return typeof c === 'number' ? c : 0;
}

/** A flow's named people by the certainty of their move (a flow stored before certainty was kept: all stated). */
export function certaintyCounts(edge: GraphEdge): { stated: number; implied: number } {
  const p = edge.properties;
  if (typeof p.statedCount === 'number' && typeof p.impliedCount === 'number')
    return { stated: p.statedCount, implied: p.impliedCount };
  return { stated: flowCount(edge), implied: 0 };
}

/**
 * The certainty of a flow's reported count: that of the report whose number it shows (with no number, stated when
 * one report is) — the answer's reportCertainty (GET /api/flows, or a time window's), else a reported part's own
 * certainty, else the stored flow's (its first event, or all of them, among its impliedEventIds).
 */
export function reportedPartCertainty(edge: GraphEdge): 'stated' | 'implied' {
  const p = edge.properties;
  if (p.reportCertainty !== undefined) return p.reportCertainty === 'implied' ? 'implied' : 'stated';
  if (edge.type === 'TALENT_FLOW_REPORTED') return p.certainty === 'implied' ? 'implied' : 'stated';
  // A stored flow: the certainty of the report whose number it shows (the seed lists the reports largest first, a
  // stated one ahead of an implied one as large: the rule of model/report-merge.ts), or with no number, implied when
  // every report behind it is.
  const events = stringList(p.eventIds);
  const impliedEvents = new Set(stringList(p.impliedEventIds));
  const shown = reportedCount(edge) > 0 ? events.slice(0, 1) : events;
  return shown.length > 0 && shown.every((e) => impliedEvents.has(e)) ? 'implied' : 'stated';
}

/** A flow's reported count by certainty, as certaintyCounts splits its named people: one of the two is 0. */
export function reportedCounts(edge: GraphEdge): { stated: number; implied: number } {
  const n = reportedCount(edge);
  return reportedPartCertainty(edge) === 'implied' ? { stated: 0, implied: n } : { stated: n, implied: 0 };
}

/** How many reports stand behind a flow (the API's window count, else the stored event ids). */
export function reportCount(edge: GraphEdge): number {
  const r = edge.properties.reports;
  if (typeof r === 'number') return r;
  return stringList(edge.properties.eventIds).length;
}

/**
 * Organisations and flows from any graph (the flows endpoint's answer or a Cypher result). Each flow becomes up to
 * three edges, so each carries one certainty and the certainty filter acts on it like on any fact: the stated
 * named moves (the flow's own id), the implied ones (`#implied`, drawn as implied facts are) and the reported
 * departures (`#reported`, drawn apart; also a report that names nobody and gives no number, e.g. "others left
 * for OpenAI"). Every part keeps the whole flow's numbers (`statedCount`, `impliedCount`) for its details.
 */
export function flowGraph(data: GraphData, minCount = 0): GraphData {
  const flows = data.edges.filter(
    (e) =>
      e.type === 'TALENT_FLOW' &&
      (Math.max(flowCount(e), reportedCount(e)) >= Math.max(minCount, 1) ||
        (minCount <= 0 && reportCount(e) > 0)),
  );
  const orgIds = new Set(flows.flatMap((f) => [f.source, f.target]));
  const nodes: GraphNode[] = data.nodes.filter((n) => orgIds.has(n.id));
  const known = new Set(nodes.map((n) => n.id));
  for (const id of orgIds)
    if (!known.has(id))
      nodes.push({ id, labels: ['Organization'], properties: { id, name: id.replace(/^org:/, '') } });
  return { nodes, edges: flows.flatMap(flowParts) };
}

/**
 * A TALENT_FLOW as the explorer draws it: up to three edges (see flowGraph), each with one certainty — the stated
 * named moves (the flow's own id), the implied ones (`#implied`) and the reported departures (`#reported`). The seed
 * stores the certainties of a stored flow's parts, as drawn here, on the flow (partCertainties,
 * seed/queries/swap-talent-flows.ts), for the path search to step on it while one is shown: the two change together.
 */
export function flowParts(f: GraphEdge): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const { stated, implied } = certaintyCounts(f);
  // The named parts are dated by the named moves the view counts, the reported part by its reports (an answer of
  // GET /api/flows spans each apart; a stored flow, a Cypher result's, spans its named moves in movedSince and
  // movedUntil and its reports in reportSince and reportUntil — '' when none is dated; a flow derived before those
  // were kept leaves its part the flow's own dates).
  const p = f.properties;
  const named = partSpan(p, 'moveSpan', 'moved');
  const reported = partSpan(p, 'reportSpan', 'report');
  // Each part cites its own sources: the stated and the implied named moves' stints' (statedSources and
  // impliedSources: the view's, from /api/flows, else the flow's stored ones) and the reports' (reportSources), each
  // with the PART_OF facts' that roll a division's into an organisation's flow; a flow derived before they were kept
  // apart cites all of them.
  const cite = (key: string): Record<string, JsonValue> => (key in p ? { sources: p[key] ?? [] } : {});
  // A part carries its own list as its sources and not the other parts' (an export's row of one part would name
  // sources it does not rest on).
  const { statedSources: _s, impliedSources: _i, reportSources: _r, ...flowProps } = p;
  // Derived by other rules than this version's (the answer's word, else the stored flow's derivation): every part
  // carries the mark, the reported one too, so whatever reads a part alone (an export, the details) says so.
  const older: Record<string, JsonValue> = derivedByOtherRules(f) ? { outdated: true } : {};
  const whole = {
    ...flowProps,
    ...named,
    statedCount: stated,
    impliedCount: implied,
    flowId: f.id,
    ...older,
  };
  if (stated > 0)
    edges.push({
      ...f,
      properties: { ...whole, ...cite('statedSources'), count: stated, certainty: 'stated' },
    });
  if (implied > 0)
    edges.push({
      ...f,
      id: `${f.id}${IMPLIED_SUFFIX}`,
      properties: { ...whole, ...cite('impliedSources'), count: implied, certainty: 'implied' },
    });
  if (reportedCount(f) > 0 || reportCount(f) > 0) {
    edges.push({
      id: `${f.id}${REPORTED_SUFFIX}`,
      type: 'TALENT_FLOW_REPORTED',
      source: f.source,
      target: f.target,
      properties: {
        reportedCount: reportedCount(f) || null,
        reportedQualifier: p.reportedQualifier ?? null,
        eventIds: p.eventIds ?? [],
        since: p.since ?? null,
        until: p.until ?? null,
        ...reported,
        sources: ('reportSources' in p ? p.reportSources : p.sources) ?? [],
        statedCount: stated,
        impliedCount: implied,
        count: flowCount(f),
        // How sure the number shown is: the answer's word, else the stored flow's (reportedPartCertainty).
        certainty: reportedPartCertainty(f),
        flowId: f.id,
        // Derived by other rules than this version's: the reported part says so as the named do.
        ...older,
        // Which level it is of, as the named parts carry: a division's reports are rolled into its parent's too.
        ...(p.level !== undefined ? { level: p.level } : {}),
        ...(p.parent !== undefined ? { parent: p.parent } : {}),
      },
    });
  }
  return edges;
}

/**
 * A part's span from flow properties `p`: the view's (`${answer}Since`/`Until`, an answer of GET /api/flows), else the
 * stored flow's (`${stored}Since`/`Until`, '' when nothing is dated), else none (a flow derived before they were kept).
 */
function partSpan(p: GraphEdge['properties'], answer: string, stored: string): Record<string, JsonValue> {
  if (`${answer}Since` in p)
    return { spanSince: p[`${answer}Since`] ?? null, spanUntil: p[`${answer}Until`] ?? null };
  const since = p[`${stored}Since`];
  if (typeof since !== 'string') return {};
  const until = p[`${stored}Until`];
  return { spanSince: since || null, spanUntil: (typeof until === 'string' && until) || null };
}

/**
 * The graph with every whole TALENT_FLOW (a Cypher result's, a path's, a neighbour's: not yet a part, which carries
 * its flowId) replaced by its parts (flowParts), so the network draws no implied move as stated either.
 */
export function splitFlows(data: GraphData): GraphData {
  if (!data.edges.some(isWholeFlow)) return data;
  // One with no part to draw (no count, no report: written by hand, or another database's type of that name) stays
  // as it is rather than vanish.
  const parts = (e: GraphEdge) => {
    const drawn = flowParts(e);
    return drawn.length > 0 ? drawn : [e];
  };
  return { nodes: data.nodes, edges: data.edges.flatMap((e) => (isWholeFlow(e) ? parts(e) : [e])) };
}

/**
 * A stored talent flow of ours, not yet split into its parts. A foreign graph's TALENT_FLOW (no id of ours: the
 * server's element-id fallback, server/db/convert.ts) is its own relationship: its `count` is its data, never split
 * into stated and implied parts of ours.
 */
function isWholeFlow(e: GraphEdge): boolean {
  return e.type === 'TALENT_FLOW' && e.properties.flowId === undefined && !e.id.startsWith(ELEMENT_ID_PREFIX);
}

/**
 * A flow's drawn part cites its named moves' sources of all time though a time window counts it (an answer's
 * sourcesAllTime, carried by its named parts: a flow derived by an older seed) — to be said wherever they are shown.
 */
export function citesAllTime(edge: GraphEdge): boolean {
  return edge.properties.sourcesAllTime === true;
}

/**
 * A flow's drawn part is of a flow derived by other rules than this version's (model/flow-derivation.ts) — its moves,
 * dates and certainties may not be the careers' until derived again: an answer's outdated, carried by every part
 * (flowParts marks them), else, of a whole stored flow (a Cypher result's, a path's, a neighbour's: no answer's word),
 * a derivation other than DERIVATION_VERSION, none stored included, as GET /api/flows judges it — of a flow of ours.
 */
export function derivedByOtherRules(edge: GraphEdge): boolean {
  if (edge.properties.outdated === true) return true;
  // A foreign graph's TALENT_FLOW (no id of ours: the server's element-id fallback, server/db/convert.ts) was derived
  // by no rules of ours, older or not: deriving again would not touch it.
  return isWholeFlow(edge) && edge.properties[DERIVATION_PROPERTY] !== DERIVATION_VERSION;
}

/**
 * Drawn overview flows whose division flows are drawn beside them: by edge id of each drawn part of such an overview
 * flow (Meta → xAI), the ids of the division flows (FAIR → xAI, whose `parent` it is) with a part of the same kind
 * drawn — named moves beside named moves, reports beside reports, whatever their certainty (a person can be implied at
 * one level and stated at the other: through an implied PART_OF, say), sorted. An overview flow counts its divisions'
 * moves and reports too, so those people (and reports) are on both edges: the network says so rather than let the
 * two be added. `drawn`: the edge ids drawn (the visibility's).
 */
export function divisionOverlaps(
  edges: Readonly<Record<string, GraphEdge>>,
  drawn: ReadonlySet<string>,
): ReadonlyMap<string, readonly string[]> {
  // By overview flow id and kind of part, the division flows drawn.
  const divisionsOf = new Map<string, Set<string>>();
  for (const id of drawn) {
    const e = edges[id];
    const p = e?.properties;
    if (!e || !isFlowPart(e) || p?.level !== 'division' || typeof p.parent !== 'string') continue;
    const key = `${e.type}|${p.parent}`;
    let set = divisionsOf.get(key);
    if (!set) divisionsOf.set(key, (set = new Set()));
    set.add(partFlowId(e));
  }
  const out = new Map<string, readonly string[]>();
  if (divisionsOf.size === 0) return out;
  for (const id of drawn) {
    const e = edges[id];
    if (!e || !isFlowPart(e)) continue;
    const divisions = divisionsOf.get(`${e.type}|${partFlowId(e)}`);
    if (divisions) out.set(id, [...divisions].sort(compareIds));
  }
  return out;
}

function partFlowId(e: GraphEdge): string {
  return typeof e.properties.flowId === 'string' ? e.properties.flowId : flowIdOf(e.id);
}

function isFlowPart(e: GraphEdge): boolean {
  return e.type === 'TALENT_FLOW' || e.type === 'TALENT_FLOW_REPORTED';
}

/** The TALENT_FLOW id behind an edge of the flow view (stated, implied or reported part). */
export function flowIdOf(edgeId: string): string {
  for (const suffix of [REPORTED_SUFFIX, IMPLIED_SUFFIX])
    if (edgeId.endsWith(suffix)) return edgeId.slice(0, -suffix.length);
  return edgeId;
}

/**
 * Why each listed person's move is implied, by flow id then person id: the implied facts behind it
 * (`flows[].people[].impliedBy` of a /api/flows answer). People whose move is stated are left out.
 */
export function impliedByFlow(
  answer: Pick<FlowsResponse, 'flows'>,
): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    answer.flows.map((f) => [
      f.id,
      Object.fromEntries(f.people.filter((p) => p.certainty === 'implied').map((p) => [p.id, p.impliedBy])),
    ]),
  );
}

/** What each implied fact a /api/flows answer names is (`flows[].people[].impliedFacts`), by fact id. */
export function impliedFactsOf(answer: Pick<FlowsResponse, 'flows'>): Record<string, ImpliedFact> {
  const out: Record<string, ImpliedFact> = {};
  for (const f of answer.flows)
    for (const p of f.people) for (const fact of p.impliedFacts) if (fact.type) out[fact.id] = fact;
  return out;
}

/**
 * A fact behind a flow's move in words, as impliedFactText words an organisation's: "worked at xAI"; a PART_OF fact
 * says what it places where ("FAIR part of Meta"). `name` names a node by id in the UI's language.
 */
export function factText(f: GraphEdge, name: (id: string) => string, lang: Lang): string {
  const what = `${relName(f.type, lang)} ${name(f.target)}`;
  return f.type === 'PART_OF' ? `${name(f.source)} ${what}` : what;
}

/** An implied fact in words: "worked at xAI", "TBD Lab part of Meta"; its id when the answer did not say what it is. */
export function impliedFactText(fact: ImpliedFact | undefined, id: string, lang: Lang): string {
  if (!fact?.type || !fact.org) return id;
  return fact.type === 'PART_OF' && fact.parent
    ? `${briefName(fact.org, lang)} ${relName('PART_OF', lang)} ${briefName(fact.parent, lang)}`
    : `${relName(fact.type, lang)} ${briefName(fact.org, lang)}`;
}

/** The ids of the reports a /api/flows answer counts for each flow (`flows[].reports`: in a window, its own), by flow id. */
export function reportsByFlow(answer: Pick<FlowsResponse, 'flows'>): Record<string, string[]> {
  return Object.fromEntries(answer.flows.map((f) => [f.id, f.reports.map((r) => r.id)]));
}

/** The ids of the people a /api/flows answer lists for each flow (`flows[].people`), by flow id. */
export function peopleByFlow(answer: Pick<FlowsResponse, 'flows'>): Record<string, string[]> {
  return Object.fromEntries(answer.flows.map((f) => [f.id, f.people.map((p) => p.id)]));
}

export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
