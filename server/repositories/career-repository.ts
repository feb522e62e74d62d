// Reads a person's stints (WORKED_AT facts) with their organisations and cited sources.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { createGraphCollector } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { PERSON_STINTS } from '../queries/career.js';
import { requireNode, sourceIdsOf, sourcesById } from './lookup.js';

export interface StintRow {
  edge: GraphEdge;
  org: GraphNode;
  /** The stint's dates as text, as the timeline reads them (queries/career.ts); null when it has none. */
  start: string | null;
  end: string | null;
}

export interface CareerRows {
  person: GraphNode;
  stints: StintRow[];
  sources: GraphNode[];
  graph: GraphData;
}

export function createCareerRepository(db: Database) {
  return {
    read(personId: string): Promise<CareerRows> {
      return db.read(async (tx) => {
        const { node, eid } = await requireNode(tx, personId, 'person');
        if (!node.labels.includes('Person')) {
          throw new AppError(
            'NOT_FOUND',
            `'${personId}' is not a person (its labels: ${node.labels.join(', ') || 'none'}).`,
          );
        }
        const res = await tx.run(PERSON_STINTS, { eid });
        const collector = createGraphCollector();
        collector.collect(node);
        const sourceIds = new Set<string>();
        for (const r of res.records) {
          collector.collect([r.get('s'), r.get('o')]);
          for (const s of sourceIdsOf((r.get('s') as Relationship).properties)) sourceIds.add(s);
        }
        const sources = await sourcesById(tx, sourceIds);
        return {
          person: collector.toJson(node) as unknown as GraphNode,
          stints: res.records.map((r) => ({
            edge: collector.toJson(r.get('s')) as unknown as GraphEdge,
            org: collector.toJson(r.get('o') as Node) as unknown as GraphNode,
            start: r.get('start') as string | null,
            end: r.get('end') as string | null,
          })),
          sources: sources.map((s) => collector.toJson(s) as unknown as GraphNode),
          graph: collector.graph(),
        };
      });
    },
  };
}
export type CareerRepository = ReturnType<typeof createCareerRepository>;
