// GET /api/flows: the seed's TALENT_FLOW relationships, narrowed to a time window by the date of each named
// move (as the seed dated it, from the stints its rule chose) and the departures reports whose period overlaps it.
// Each person, report and flow carries its certainty: a move is stated only when every fact behind it is stated.
import { textOrNull } from '../../model/properties.js';
import { comparePartialDates } from '../../model/dates.js';
import {
  DEFAULT_FLOW_DETAILS_PEOPLE,
  DEFAULT_FLOW_LIMIT,
  DEFAULT_FLOW_PEOPLE,
  DEFAULT_ORG_FLOW_LIMIT,
  DEFAULT_ORG_FLOW_PEOPLE,
  type FlowDetailsQuery,
  type FlowsQuery,
} from '../../model/api.js';
import type { GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import type { Flow, FlowDetailsResponse, FlowReport, FlowsResponse } from '../../model/flow-response.js';
import type { FlowRepository, FlowRow } from '../repositories/flow-repository.js';
import { sourceIdsOf } from '../repositories/lookup.js';
import type { DerivationService } from './derivation-service.js';
import { inWindow } from '../../model/career-moves.js';
import { DERIVATION_PROPERTY, DERIVATION_VERSION } from '../../model/flow-derivation.js';
import { largestReport, reportedCertainty } from '../../model/report-merge.js';

const num = (v: JsonValue | undefined) => (typeof v === 'number' ? v : null);
const strs = (v: JsonValue | undefined) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const brief = (n: GraphNode) => ({
  id: n.id,
  name: textOrNull(n.properties.name),
  nameAr: textOrNull(n.properties.nameAr),
});

/**
 * Partial date `a` comes before (`dir` -1) or after (1) `b` at their common precision, or is the coarser of two equal
 * there: '2024' may be earlier or later than '2024-03', so it starts a span before it and ends one after it.
 */
function beyond(a: string, b: string, dir: -1 | 1): boolean {
  const c = comparePartialDates(a, b) * dir;
  return c > 0 || (c === 0 && a.length < b.length);
}

type Span = { since: string | null; until: string | null };

/** The earliest start and the latest end of [start, end] pairs (either may be unknown). */
function spanOf(pairs: (string | null | undefined)[][]): Span {
  return pairs.reduce<Span>(
    (acc, [a, b]) => ({
      since: a && (acc.since === null || beyond(a, acc.since, -1)) ? a : acc.since,
      until: b && (acc.until === null || beyond(b, acc.until, 1)) ? b : acc.until,
    }),
    { since: null, until: null },
  );
}

/** The period [start, end] a report covers overlaps the window (common precision; no end: still going on). */
function overlaps(
  start: string,
  end: string | null,
  since: string | undefined,
  until: string | undefined,
): boolean {
  return (
    (!until || comparePartialDates(start, until) <= 0) &&
    (!since || !end || comparePartialDates(since, end) <= 0)
  );
}

/** The strings of `xs`, each once, in their first order. */
function distinct(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * One flow's numbers and people. `people`: the page of people to list. The repository has already cut that page —
 * in a window, of the people with a move in it, and counted them (`row.window`) — except for a flow derived without
 * dated moves in a window: then it read every mover, to be dated and counted here, and the page is cut here.
 */
export function summariseFlow(
  row: FlowRow,
  window: { since?: string; until?: string },
  people: { offset: number; limit: number } = { offset: 0, limit: DEFAULT_FLOW_PEOPLE },
): Flow {
  const windowed = Boolean(window.since || window.until);
  const counted = windowed ? row.window : null;
  // Every mover read, to date and count here: a flow without dated moves in a window.
  const readAll = windowed && !counted;
  const props = row.edge.properties;
  const undated = counted ? counted.undated : row.movers.filter((m) => m.when === null).length;
  const movers = readAll
    ? row.movers.filter((m) => m.when !== null && inWindow(m.when, window.since, window.until))
    : row.movers;
  const reports = row.reports
    .map(({ event: e, implied, facts, placedBy }): FlowReport => {
      const p = e.properties;
      const fact = (f: GraphEdge) => ({
        id: f.id,
        role: textOrNull(f.properties.role),
        certainty: textOrNull(f.properties.certainty),
        evidence: textOrNull(f.properties.evidence),
        evidenceEn: textOrNull(f.properties.evidenceEn),
        // As the seed and the details read a fact's sources: a single id stored as a string counts too.
        sources: sourceIdsOf(f.properties),
      });
      return {
        id: e.id,
        count: num(p.count),
        countQualifier: textOrNull(p.countQualifier),
        since: textOrNull(p.since),
        until: textOrNull(p.until),
        date: textOrNull(p.date),
        certainty: implied ? 'implied' : 'stated',
        facts: facts.map(fact),
        placedBy: placedBy.map(fact),
      };
    })
    .filter((r) => {
      if (!windowed) return true;
      // A report "since January" with no end covers January up to now; one with no date at all cannot be placed.
      const start = r.since ?? r.date;
      const end = r.until ?? r.date;
      return Boolean(start && overlaps(start, end, window.since, window.until));
    });
  // The report whose number the view shows: the largest, a stated one winning a tie (model/report-merge.ts).
  const top = largestReport(reports);
  // The dates the view spans, of its named moves and of its reports apart (the flow view draws each part with its
  // own), at each pair's common precision. The named moves': in a window or by division those the database spanned
  // (or the movers read and dated here), else the flow's own; a report with no end ("since January") leaves the end
  // to the rest, as the seed spans a flow.
  const moveSpan = readAll
    ? spanOf(movers.map((m) => [m.when, m.when]))
    : (row.span ??
      (typeof props.movedSince === 'string' || typeof props.movedUntil === 'string'
        ? { since: textOrNull(props.movedSince) || null, until: textOrNull(props.movedUntil) || null }
        : // A flow derived before its named moves were spanned apart: its own span, reports and all.
          { since: textOrNull(props.since), until: textOrNull(props.until) }));
  const reportSpan = spanOf(reports.map((r) => [r.since ?? r.date, r.until ?? r.date]));
  const span = spanOf([
    [moveSpan.since, moveSpan.until],
    [reportSpan.since, reportSpan.until],
  ]);
  const count = counted ? counted.count : readAll ? movers.length : row.named;
  const impliedCount = counted
    ? counted.implied
    : readAll
      ? movers.filter((m) => row.implied.has(m.person.id)).length
      : row.impliedCount;
  const byCertainty = { stated: count - impliedCount, implied: impliedCount };
  // The sources of what the view draws: its stated and implied named parts' (the database's lists, by the view),
  // each where the view counts someone in it — a part it does not draw (all time, the implied moves of people counted
  // stated; in a window, a part with no mover in it) cites nothing — and its kept reports'.
  // A stated report cites the stated facts that state it, not an implied fact beside them (a "from FAIR" placed by an
  // implied fact beside the stated "from Meta"), as the seed stores its reportSources.
  const reportSources = distinct(
    reports.flatMap((r) =>
      [...r.facts, ...r.placedBy]
        .filter((f) => r.certainty === 'implied' || f.certainty === 'stated')
        .flatMap((f) => f.sources),
    ),
  );
  const { statedSources, impliedSources } = row;
  const sources =
    statedSources && impliedSources
      ? distinct([
          ...(byCertainty.stated > 0 ? statedSources : []),
          ...(byCertainty.implied > 0 ? impliedSources : []),
          ...reportSources,
        ])
      : // A flow derived before its moves' sources were kept apart: every source behind it.
        strs(props.sources);
  // In a window, named parts citing all time's sources: a flow derived before each mover's sources were kept beside
  // their moves (or without dated moves) — said, so a client never passes them off as the window's.
  const sourcesAllTime = windowed && !row.windowSources;
  const reportedCount = windowed ? (top?.count ?? null) : num(props.reportedCount);
  return {
    id: row.edge.id,
    from: brief(row.from),
    to: brief(row.to),
    level: props.level === 'division' ? 'division' : 'organization',
    parent: textOrNull(props.parent),
    count,
    byCertainty,
    certainty: byCertainty.stated > 0 || reports.some((r) => r.certainty === 'stated') ? 'stated' : 'implied',
    reportedCount,
    reportedQualifier: windowed
      ? top?.count != null
        ? top.countQualifier
        : null
      : textOrNull(props.reportedQualifier),
    atLeast: Math.max(count, reportedCount ?? 0),
    people: (readAll
      ? movers.slice(people.offset, people.offset + people.limit)
      : movers.slice(0, people.limit)
    ).map((m) => ({
      ...brief(m.person),
      when: m.when,
      facts: m.facts,
      certainty: row.implied.has(m.person.id) ? ('implied' as const) : ('stated' as const),
      impliedBy: row.implied.get(m.person.id) ?? [],
      impliedFacts: (row.implied.get(m.person.id) ?? []).map(
        (id) => m.impliedFacts.find((f) => f.id === id) ?? { id, type: null, org: null, parent: null },
      ),
    })),
    peopleTotal: count,
    // Without a window only the listed people were read, so only they can be counted as undated.
    undated,
    reports,
    since: textOrNull(props.since),
    until: textOrNull(props.until),
    span,
    moveSpan,
    reportSpan,
    sources,
    statedSources,
    impliedSources,
    reportSources,
    sourcesAllTime,
    // Derived by other rules than this version's (or before versions were stored): said, so a client never passes
    // its moves off as this version's.
    outdated: props[DERIVATION_PROPERTY] !== DERIVATION_VERSION,
  };
}

export function createFlowService(
  repo: FlowRepository,
  derivation: Pick<DerivationService, 'status'> = { status: () => ({ running: false, failed: null }) },
) {
  return {
    async flows(q: FlowsQuery): Promise<FlowsResponse> {
      // Read before the flows: a derivation that ends while they are read may not be in them.
      const derived = derivation.status();
      const window = { since: q.since, until: q.until };
      // An organisation's overview lists its flows with a few people each; the rest page in with peopleOffset.
      const people = {
        offset: q.peopleOffset,
        limit: q.peopleLimit ?? (q.org ? DEFAULT_ORG_FLOW_PEOPLE : DEFAULT_FLOW_PEOPLE),
      };
      // Flows named by id (the network's stored flows, for a window's numbers) are each read once, all of them unless
      // the request limits them.
      const ids = q.ids ? [...new Set(q.ids)] : undefined;
      const page = await repo.read({
        org: q.org,
        direction: q.direction,
        divisions: q.divisions,
        since: q.since,
        until: q.until,
        min: q.min,
        limit: q.limit ?? ids?.length ?? (q.org ? DEFAULT_ORG_FLOW_LIMIT : DEFAULT_FLOW_LIMIT),
        people: people.limit,
        peopleOffset: people.offset,
        ids,
      });
      const kept = page.flows
        .map((r) => ({ row: r, flow: summariseFlow(r, window, people) }))
        // A flow with nothing behind it in the window (no named move, no overlapping report) is left out.
        .filter(({ flow }) => flow.atLeast >= q.min && (flow.count > 0 || flow.reports.length > 0));
      const nodes = new Map<string, GraphNode>();
      if (page.org) nodes.set(page.org.id, page.org);
      const edges: GraphEdge[] = [];
      for (const { row, flow } of kept) {
        nodes.set(row.from.id, row.from);
        nodes.set(row.to.id, row.to);
        // The graph's edges carry the window's numbers, so a client can size them directly; the people behind
        // them are in `flows[].people` (the converter leaves the flow's id lists out of graphs).
        edges.push({
          ...row.edge,
          properties: {
            ...row.edge.properties,
            count: flow.count,
            // The dates of what the view counts (client/graph/names.ts shows them for the flow's); since/until stay
            // the flow's own, so the time slider keeps every date of the flows shown.
            spanSince: flow.span.since,
            spanUntil: flow.span.until,
            moveSpanSince: flow.moveSpan.since,
            moveSpanUntil: flow.moveSpan.until,
            reportSpanSince: flow.reportSpan.since,
            reportSpanUntil: flow.reportSpan.until,
            // The sources of what the view counts, of its stated, implied and reported parts (client/state/flows.ts
            // cites each part's); a flow derived before its moves' sources were kept apart cites all of them for its named
            // parts, and in a window one derived before each mover's were kept cites all time's (sourcesAllTime).
            sources: flow.sources,
            statedSources: flow.statedSources ?? flow.sources,
            impliedSources: flow.impliedSources ?? flow.sources,
            reportSources: flow.reportSources,
            // Said only where true: in a window, the named parts cite all time's sources (an older derivation).
            ...(flow.sourcesAllTime ? { sourcesAllTime: true } : {}),
            // Said only where true: derived by other rules than this version's (model/flow-derivation.ts).
            ...(flow.outdated ? { outdated: true } : {}),
            reportedCount: flow.reportedCount,
            statedCount: flow.byCertainty.stated,
            impliedCount: flow.byCertainty.implied,
            certainty: flow.certainty,
            // The reports in the window, and how sure the number shown is: its own report's certainty (stated when no
            // report gives one and one is stated).
            reports: flow.reports.length,
            reportCertainty: reportedCertainty(flow.reports),
          },
        });
      }
      return {
        org: page.org,
        total: page.total,
        estimated: page.estimated,
        more: Math.max(0, page.total - page.flows.length),
        // This server's derivation (from its write on, while it waits for the lock too), or any process's (the lock).
        derivation: {
          running: derived.running || page.derivation.running,
          // Recorded on the lock by whichever process failed, until one succeeds. Its message (the database's, maybe)
          // stays in that process's log: this answer needs no token.
          // This server's own failure counts too: one before the lock was taken (the database refused the write) is not
          // on the lock.
          failed:
            page.derivation.failed || derived.failed
              ? 'The last derivation failed; the server log says why'
              : page.derivation.stale
                ? 'The last derivation was cut short (its process stopped); the next one derives the flows whole'
                : null,
        },
        flows: kept.map((k) => k.flow),
        graph: { nodes: [...nodes.values()], edges },
      };
    },
    /**
     * GET /api/flows/:id/details: the people the request names (a flow view's list, even those with no stint at
     * either end), else those of the first DEFAULT_FLOW_DETAILS_PEOPLE the view lists that have one (so fewer may
     * come back), with the evidence and sources behind them — the facts the flows were counted by, in the view the
     * request names (q.divisions) — and the departures reports it names (a time window's), else every one behind it;
     * in a time window (q.since, q.until), only the stints of the moves dated in it, as GET /api/flows counts them.
     */
    async details(id: string, q: FlowDetailsQuery): Promise<FlowDetailsResponse> {
      const named = q.people ? [...new Set(q.people)] : null;
      const reports = q.reports ? [...new Set(q.reports)] : null;
      const window = { since: q.since ?? null, until: q.until ?? null };
      const row = await repo.details(id, named, DEFAULT_FLOW_DETAILS_PEOPLE, q.divisions, reports, window);
      return {
        flow: row.flow,
        people: named ?? row.found,
        implied: Object.fromEntries(row.implied),
        graph: row.graph,
        sources: row.sources,
      };
    },
  };
}
export type FlowService = ReturnType<typeof createFlowService>;
