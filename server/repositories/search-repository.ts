// Runs the full-text search on the entity_search index.
import neo4j from 'neo4j-driver';
import type { GraphNode } from '../../model/graph.js';
import type { NodeLabel } from '../../model/labels.js';
import { createGraphCollector } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { SEARCH_ENTITIES, SEARCH_INDEX } from '../queries/search.js';

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export function createSearchRepository(db: Database) {
  return {
    async search(luceneQuery: string, labels: NodeLabel[] | undefined, limit: number): Promise<SearchHit[]> {
      try {
        return await db.read(async (tx) => {
          const res = await tx.run(SEARCH_ENTITIES, {
            query: luceneQuery,
            labels: labels ?? null,
            limit: neo4j.int(limit),
          });
          const collector = createGraphCollector();
          for (const r of res.records) collector.collect(r.get('node'));
          return res.records.map((r) => ({
            node: collector.toJson(r.get('node')) as unknown as GraphNode,
            score: Number(r.get('score')),
          }));
        });
      } catch (err) {
        const e = err as AppError;
        if (
          e.code === 'CYPHER_ERROR' &&
          /no such fulltext schema index|There is no such fulltext/i.test(e.message)
        ) {
          throw new AppError(
            'DB_UNAVAILABLE',
            `The full-text index ${SEARCH_INDEX} does not exist yet; seed the database (npm run seed) first.`,
          );
        }
        throw err;
      }
    },
  };
}
export type SearchRepository = ReturnType<typeof createSearchRepository>;
