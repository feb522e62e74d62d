// Reads TALENT_FLOW relationships with the stints of their named people and the departures events behind
// their reported counts.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { createGraphCollector } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { FLOWS } from '../queries/flows.js';
import { requireNode } from './lookup.js';

export interface FlowRow {
  edge: GraphEdge;
  from: GraphNode;
  to: GraphNode;
  movers: { person: GraphNode; stints: { edge: GraphEdge; orgId: string }[] }[];
  reports: GraphNode[];
}

export function createFlowRepository(db: Database) {
  return {
    read(opts: {
      org: string | undefined;
      direction: 'in' | 'out' | 'both';
    }): Promise<{ org: GraphNode | null; flows: FlowRow[] }> {
      return db.read(async (tx) => {
        const org = opts.org ? await requireNode(tx, opts.org, 'organisation') : undefined;
        const res = await tx.run(FLOWS, {
          org: org?.eid ?? null,
          out: opts.direction !== 'in',
          in: opts.direction !== 'out',
        });
        const collector = createGraphCollector();
        if (org) collector.collect(org.node);
        for (const r of res.records) collector.collect(r.toObject());
        const j = <T>(v: unknown) => collector.toJson(v) as unknown as T;
        return {
          org: org ? j<GraphNode>(org.node) : null,
          flows: res.records.map((r) => ({
            edge: j<GraphEdge>(r.get('f') as Relationship),
            from: j<GraphNode>(r.get('x')),
            to: j<GraphNode>(r.get('y')),
            movers: (r.get('movers') as { person: Node; stints: { s: Relationship; org: string }[] }[]).map(
              (m) => ({
                person: j<GraphNode>(m.person),
                stints: m.stints.map((st) => ({ edge: j<GraphEdge>(st.s), orgId: st.org })),
              }),
            ),
            reports: j<GraphNode[]>(r.get('reports')),
          })),
        };
      });
    },
  };
}
export type FlowRepository = ReturnType<typeof createFlowRepository>;
