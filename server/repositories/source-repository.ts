// Reads one Source: its node (with the stored full text) and the facts it holds the quotes of or that cite it.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { MAX_SOURCE_QUOTES, SOURCE_WITH_QUOTES, SOURCES_BY_ID } from '../queries/sources.js';

export interface SourceRecord {
  /** The Source node as graphs show it (without `fullText`). */
  source: GraphNode;
  /** The verbatim text the seed stored, if any. */
  text: string | null;
  /** The source that cites this one (a report quoted by an article), if any. */
  citedBy: GraphNode | null;
  facts: { edge: GraphEdge; from: string; to: string }[];
  total: number;
}

export function createSourceRepository(db: Database) {
  return {
    /** The Source nodes with these ids that exist, as graphs show them (without `fullText`). */
    byIds(ids: string[]): Promise<GraphNode[]> {
      return db.read(async (tx) =>
        (await tx.run(SOURCES_BY_ID, { ids })).records.map(
          (r) => toJson(r.get('s') as Node) as unknown as GraphNode,
        ),
      );
    },
    withQuotes(id: string, limit = MAX_SOURCE_QUOTES): Promise<SourceRecord> {
      return db.read(async (tx) => {
        const rec = (await tx.run(SOURCE_WITH_QUOTES, { id, limit: neo4j.int(limit) })).records[0];
        if (!rec) throw notFound(`No source with id '${id}'.`);
        const s = rec.get('s') as Node;
        const c = rec.get('citedBy') as Node | null;
        const facts = (rec.get('facts') as { r: Relationship; from: string; to: string }[]).map((f) => ({
          edge: toJson(f.r, () => '') as unknown as GraphEdge,
          from: f.from,
          to: f.to,
        }));
        const text = s.properties.fullText;
        return {
          source: toJson(s) as unknown as GraphNode,
          text: typeof text === 'string' ? text : null,
          citedBy: c ? (toJson(c) as unknown as GraphNode) : null,
          facts: facts.map((f) => ({ ...f, edge: { ...f.edge, source: f.from, target: f.to } })),
          total: Number(rec.get('total')),
        };
      });
    },
  };
}
export type SourceRepository = ReturnType<typeof createSourceRepository>;
