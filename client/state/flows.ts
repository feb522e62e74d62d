// The talent-flow view's data: organisations as nodes and TALENT_FLOW relationships as weighted edges. A reported
// (unnamed) count becomes its own edge so it is drawn distinctly from the named moves.
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';

export const REPORTED_SUFFIX = '#reported';

export function flowCount(edge: GraphEdge): number {
  const c = edge.properties.count;
  return typeof c === 'number' ? c : 0;
}

export function reportedCount(edge: GraphEdge): number {
  const c = edge.properties.reportedCount;
  return typeof c === 'number' ? c : 0;
}

/** Organisations and flows from any graph (the flows endpoint's answer or a Cypher result). */
export function flowGraph(data: GraphData, minCount = 0): GraphData {
  const flows = data.edges.filter(
    (e) => e.type === 'TALENT_FLOW' && Math.max(flowCount(e), reportedCount(e)) >= Math.max(minCount, 1),
  );
  const orgIds = new Set(flows.flatMap((f) => [f.source, f.target]));
  const nodes: GraphNode[] = data.nodes.filter((n) => orgIds.has(n.id));
  const known = new Set(nodes.map((n) => n.id));
  for (const id of orgIds)
    if (!known.has(id))
      nodes.push({ id, labels: ['Organization'], properties: { id, name: id.replace(/^org:/, '') } });
  const edges: GraphEdge[] = [];
  for (const f of flows) {
    if (flowCount(f) > 0) edges.push(f);
    if (reportedCount(f) > 0) {
      edges.push({
        id: `${f.id}${REPORTED_SUFFIX}`,
        type: 'TALENT_FLOW_REPORTED',
        source: f.source,
        target: f.target,
        properties: {
          reportedCount: reportedCount(f),
          reportedQualifier: f.properties.reportedQualifier ?? null,
          eventIds: f.properties.eventIds ?? [],
          since: f.properties.since ?? null,
          until: f.properties.until ?? null,
          sources: f.properties.sources ?? [],
          flowId: f.id,
        },
      });
    }
  }
  return { nodes, edges };
}

/** The TALENT_FLOW id behind an edge of the flow view (named or reported). */
export function flowIdOf(edgeId: string): string {
  return edgeId.endsWith(REPORTED_SUFFIX) ? edgeId.slice(0, -REPORTED_SUFFIX.length) : edgeId;
}

/** The ids of the people a /api/flows answer lists for each flow (`flows[].people`), by flow id. */
export function peopleByFlow(raw: JsonValue): Record<string, string[]> {
  const flows =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, JsonValue>).flows : null;
  const out: Record<string, string[]> = {};
  if (!Array.isArray(flows)) return out;
  for (const f of flows) {
    if (!f || typeof f !== 'object' || Array.isArray(f) || typeof f.id !== 'string') continue;
    const people = Array.isArray(f.people) ? f.people : [];
    out[f.id] = people.flatMap((p) =>
      p && typeof p === 'object' && !Array.isArray(p) && typeof p.id === 'string' ? [p.id] : [],
    );
  }
  return out;
}

export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
