// Reads for search, never writes: which node full-text indexes exist, a query on one of them, and the bounded scan
// of display names used when the database has none.
import neo4j, { type Node } from 'neo4j-driver';
import { DISPLAY_NAME_PROPERTIES } from '../../model/display-names.js';
import type { GraphNode } from '../../model/graph.js';
import { createGraphCollector } from '../db/convert.js';
import type { Database } from '../db/database.js';
import {
  NODE_FULLTEXT_INDEXES,
  NODES_BY_ELEMENT_IDS,
  SCAN_NAMES,
  SEARCH_FULLTEXT,
} from '../queries/search.js';

export interface SearchHit {
  /** With its `types`: a date, a big integer or bytes is written as text, and names nothing (display-names.ts). */
  node: GraphNode;
  score: number;
}

export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
}

export interface ScannedNames {
  eid: string;
  names: string[];
}

export function createSearchRepository(db: Database) {
  return {
    /** The node full-text indexes that are ONLINE (ours is entity_search). */
    fulltextIndexes(): Promise<FulltextIndex[]> {
      return db.read(async (tx) => {
        const res = await tx.run(NODE_FULLTEXT_INDEXES);
        return res.records.map((r) => ({
          name: String(r.get('name')),
          labels: (r.get('labels') as string[] | null) ?? [],
          properties: (r.get('properties') as string[] | null) ?? [],
        }));
      });
    },

    /** One Lucene query on one node full-text index, best first. */
    search(
      index: string,
      luceneQuery: string,
      labels: string[] | undefined,
      limit: number,
    ): Promise<SearchHit[]> {
      return db.read(async (tx) => {
        const res = await tx.run(SEARCH_FULLTEXT, {
          index,
          query: luceneQuery,
          labels: labels ?? null,
          limit: neo4j.int(limit),
        });
        const collector = createGraphCollector();
        for (const r of res.records) collector.collect(r.get('node'));
        return res.records.map((r) => ({
          node: collector.typedNode(r.get('node') as Node),
          score: Number(r.get('score')),
        }));
      });
    },

    /** The display names of at most `scanLimit` nodes (see SCAN_NAMES). */
    scanNames(labels: string[] | undefined, scanLimit: number): Promise<ScannedNames[]> {
      return db.read(async (tx) => {
        const res = await tx.run(SCAN_NAMES, {
          keys: [...DISPLAY_NAME_PROPERTIES],
          labels: labels ?? null,
          scanLimit: neo4j.int(scanLimit),
        });
        return res.records.map((r) => ({
          eid: r.get('eid') as string,
          names: ((r.get('names') as unknown[] | null) ?? []).filter(
            (x): x is string => typeof x === 'string',
          ),
        }));
      });
    },

    /** Nodes by elementId, converted, in the order asked (ids no longer there are left out). */
    nodesByElementIds(eids: string[]): Promise<GraphNode[]> {
      if (eids.length === 0) return Promise.resolve([]);
      return db.read(async (tx) => {
        const res = await tx.run(NODES_BY_ELEMENT_IDS, { eids });
        const collector = createGraphCollector();
        const byEid = new Map<string, Node>();
        for (const r of res.records) {
          const n = r.get('node') as Node;
          collector.collect(n);
          byEid.set(r.get('eid') as string, n);
        }
        return eids.filter((e) => byEid.has(e)).map((e) => collector.typedNode(byEid.get(e)!));
      });
    },
  };
}
export type SearchRepository = ReturnType<typeof createSearchRepository>;
