// What the details panel shows about a node: every fact touching it with the other end and its sources, and the
// career (stints and moves) of a person, derived from the graph the API returned.
import { edgeCertainty, moveCertainty, UNSOURCED, type EdgeCertainty } from '../../model/certainty.js';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { comparePartialDates, isPartialDate } from '../../model/dates.js';
import { isNodeLabel } from '../../model/labels.js';
import { joinedMoves } from '../../model/one-join.js';
import { ELEMENT_ID_PREFIX, isOurEdge } from '../../model/view-queries.js';
import { edgeSources } from './visibility.js';

/**
 * A node of our data: one of our labels and an id of its own. A node known only by its element id (the server's
 * `neo4j:` fallback) is a foreign graph's, whatever its label says (the Movies graph's Person): its relationships are
 * listed as they are, with no career, talent flows or sources asked for.
 */
export function isOurNode(node: GraphNode): boolean {
  return node.labels.some(isNodeLabel) && !node.id.startsWith(ELEMENT_ID_PREFIX);
}

/** A relationship of our data (model/view-queries.ts isOurEdge), as the panels read it. */
export { isOurEdge };

export interface FactView {
  edge: GraphEdge;
  other: GraphNode | null;
  otherId: string;
  outgoing: boolean;
  sources: { id: string; node: GraphNode | null }[];
}

const d = (v: unknown): string | undefined => (typeof v === 'string' && isPartialDate(v) ? v : undefined);

function factDate(e: GraphEdge): string | undefined {
  return d(e.properties.start) ?? d(e.properties.date) ?? d(e.properties.since) ?? d(e.properties.end);
}

/** Facts touching `nodeId` (REPORTED_BY last), each with its other end and its sources resolved where known. */
export function factsOf(
  nodeId: string,
  graph: GraphData,
  extraNodes: Record<string, GraphNode> = {},
): FactView[] {
  const byId = new Map<string, GraphNode>(Object.entries(extraNodes));
  for (const n of graph.nodes) byId.set(n.id, n);
  const facts = graph.edges
    .filter((e) => e.source === nodeId || e.target === nodeId)
    .map((edge) => {
      const outgoing = edge.source === nodeId;
      const otherId = outgoing ? edge.target : edge.source;
      return {
        edge,
        other: byId.get(otherId) ?? null,
        otherId,
        outgoing,
        sources: edgeSources(edge).map((id) => ({ id, node: byId.get(id) ?? null })),
      };
    });
  const rank = (t: string) => (t === 'REPORTED_BY' ? 2 : t === 'TALENT_FLOW' ? 1 : 0);
  return facts.sort(
    (a, b) =>
      rank(a.edge.type) - rank(b.edge.type) ||
      a.edge.type.localeCompare(b.edge.type) ||
      comparePartialDates(factDate(a.edge) ?? '9999', factDate(b.edge) ?? '9999') ||
      a.edge.id.localeCompare(b.edge.id),
  );
}

export interface Stint {
  /** The WORKED_AT fact's id. */
  id: string;
  edge: GraphEdge;
  org: GraphNode | null;
  orgId: string;
  start?: string;
  end?: string;
  /** Ended, date unknown. */
  left: boolean;
}

export interface Move {
  from: Stint;
  to: Stint;
  /** The other stints left for the same stint joined (a division's beside its parent's): still one move. */
  also: Stint[];
  /** When it happened, as far as the data says (the new stint's start, else the old one's end). */
  at?: string;
  /** Stated only when the stint joined and a stint left are stated (its best chain: the rule TALENT_FLOW follows). */
  certainty: EdgeCertainty;
}

/**
 * A move is as certain as its best chain of facts (a stint left, the stint joined): stated when the stint joined and
 * one stint left are stated; one with a stint no source backs is unsourced (model/certainty.ts).
 */
export function moveCertaintyOf(left: readonly Stint[], to: Stint): EdgeCertainty {
  return moveCertainty(
    left.map((s) => edgeCertainty(s.edge)),
    edgeCertainty(to.edge),
  );
}

export interface Career {
  stints: Stint[];
  moves: Move[];
  /** The span the timeline draws, at month precision or coarser. */
  span: { from: string; to: string } | null;
}

export interface MoveRef {
  fromStint: string;
  toStint: string;
  also?: { fromStint: string }[];
  when: string | null;
}

/**
 * Stints in time order and the moves between them: the server's moves when given, else the same rule computed
 * here on the stints the scene holds.
 */
export function careerOf(personId: string, graph: GraphData, knownMoves?: MoveRef[]): Career {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const stints: Stint[] = graph.edges
    .filter((e) => e.type === 'WORKED_AT' && e.source === personId)
    .map((edge) => ({
      id: edge.id,
      edge,
      org: byId.get(edge.target) ?? null,
      orgId: edge.target,
      start: d(edge.properties.start),
      end: d(edge.properties.end),
      left: edge.properties.left === true || d(edge.properties.end) !== undefined,
    }))
    .sort((a, b) => {
      // Ended stints before ongoing ones; then by start (unknown starts first among ended ones, they led somewhere).
      if (a.left !== b.left) return a.left ? -1 : 1;
      return comparePartialDates(a.start ?? '0000', b.start ?? '0000') || a.orgId.localeCompare(b.orgId);
    });
  const moves: Move[] = [];
  if (knownMoves) {
    const byEdge = new Map(stints.map((s) => [s.edge.id, s]));
    for (const m of knownMoves) {
      const from = byEdge.get(m.fromStint);
      const to = byEdge.get(m.toStint);
      const also = (m.also ?? []).flatMap((a) => byEdge.get(a.fromStint) ?? []);
      if (from && to)
        moves.push({
          from,
          to,
          also,
          certainty: moveCertaintyOf([from, ...also], to),
          ...(m.when ? { at: m.when } : {}),
        });
    }
  }
  // Without the server's answer, the same rule (model/one-join.ts joinedMoves: the next-stint rule, one stint the
  // sources start differently joined as one) on the stints the scene holds that a source backs (as the server's and
  // the flows': a stint no source backs makes no move).
  if (!knownMoves) {
    const sourced = stints
      .filter((s) => edgeCertainty(s.edge) !== UNSOURCED)
      .map((s) => ({
        ...s,
        stated: edgeCertainty(s.edge) === 'stated',
        role: typeof s.edge.properties.role === 'string' ? s.edge.properties.role : null,
        sources: edgeSources(s.edge),
      }));
    // Told by the stints themselves, not the copies the rule read.
    const own = new Map(stints.map((s) => [s.id, s]));
    const stint = (s: { id: string }) => own.get(s.id)!;
    for (const m of joinedMoves(sourced))
      moves.push({
        from: stint(m.from),
        to: stint(m.to),
        also: m.also.map(stint),
        certainty: moveCertaintyOf([m.from, ...m.also], m.to),
        ...(m.when ? { at: m.when } : {}),
      });
  }
  const dates = stints
    .flatMap((s) => [s.start, s.end])
    .filter((x): x is string => Boolean(x))
    .sort(comparePartialDates);
  const span = dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
  return { stints, moves, span };
}

/** Position of a partial date within a span, 0..1 (month resolution; a year means its start). */
export function spanFraction(date: string, span: { from: string; to: string }): number {
  const m = (s: string) => Number(s.slice(0, 4)) * 12 + (s.length >= 7 ? Number(s.slice(5, 7)) - 1 : 0);
  const lo = m(span.from);
  const hi = Math.max(m(span.to) + 1, lo + 1);
  return Math.min(1, Math.max(0, (m(date) - lo) / (hi - lo)));
}
