// Reads shortest paths between two nodes.
import neo4j, { type Path } from 'neo4j-driver';
import type { GraphData, GraphNode } from '../../model/graph.js';
import { createGraphCollector, toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { followedOnPath } from '../../model/certainty.js';
import { MAX_PATHS } from '../../model/api-limits.js';
import { CERTAINTIES } from '../../model/labels.js';
import { shortestPathsQuery, type SourceCheck } from '../queries/paths.js';
import {
  allowLongQuery,
  longQueryOptions,
  requireNode,
  sourceIdsOf,
  sourcesById,
  type LongQueryLimits,
} from './lookup.js';

export interface OrderedPath {
  /** Node ids from `from` to `to`. */
  nodes: string[];
  /** Edge ids in walking order. */
  edges: string[];
  length: number;
}

export interface PathsResult {
  from: GraphNode;
  to: GraphNode;
  paths: OrderedPath[];
  /** The Source nodes the paths' facts cite, so each step can name its source. */
  sources: GraphNode[];
  graph: GraphData;
}

export function createPathRepository(db: Database, limits: LongQueryLimits) {
  return {
    shortest(
      fromId: string,
      toId: string,
      opts: {
        all: boolean;
        maxLength: number;
        types: string[];
        certainties: readonly string[];
        /** Types whose relationships a source must back to be stepped on: ours on our database, none on another. */
        factTypes: readonly string[];
        /** Our derived flows' types on our database, none on another (model/certainty.ts derivedTypesOf). */
        derivedTypes: readonly string[];
      },
    ): Promise<PathsResult> {
      return db.read(async (tx, ctl) => {
        const a = await requireNode(tx, fromId, 'node (from)');
        const b = await requireNode(tx, toId, 'node (to)');
        await allowLongQuery(tx, ctl, limits, true);
        const collector = createGraphCollector();
        collector.collect([a.node, b.node]);
        let found: Path[] = [];
        // No type to follow (a database without relationships): no path, rather than a query over every type.
        if (a.eid !== b.eid && opts.types.length > 0) {
          const search = async (check: SourceCheck) => {
            const res = await tx.run(shortestPathsQuery(opts.all, opts.maxLength, opts.types, check), {
              from: a.eid,
              to: b.eid,
              maxPaths: neo4j.int(MAX_PATHS),
              factTypes: opts.factTypes,
              derivedTypes: opts.derivedTypes,
              certainties: opts.certainties,
            });
            return res.records.map((r) => r.get('p') as Path);
          };
          // Facts no source backs are rare, and with every certainty shown nothing else is left out: the search that
          // checks each relationship as it goes (far slower) runs only when the plain one found a path through a step
          // the rule leaves out (model/certainty.ts followedOnPath). Of all shortest paths, those made only of steps
          // it follows are kept when there are any and the plain search read them all (fewer than MAX_PATHS: a cut
          // answer may leave out followed paths the checked search finds) — no such path is shorter than they are.
          // A certainty unticked leaves out common facts, so the plain search would mostly be wasted: checked at once.
          const narrowed = !CERTAINTIES.every((c) => opts.certainties.includes(c));
          found = await search(narrowed ? 'during-search' : 'none');
          const followed = found.filter((p) =>
            p.segments.every((s) =>
              followedOnPath(s.relationship, opts.certainties, opts.factTypes, opts.derivedTypes),
            ),
          );
          if (!narrowed && followed.length < found.length)
            found =
              followed.length > 0 && found.length < MAX_PATHS ? followed : await search('during-search');
        }
        for (const p of found) collector.collect(p);
        const sourceIds = found.flatMap((p) =>
          p.segments.flatMap((g) => sourceIdsOf(g.relationship.properties)),
        );
        const sources = await sourcesById(tx, sourceIds);
        const paths: OrderedPath[] =
          a.eid === b.eid
            ? [{ nodes: [collector.resolve(a.eid)], edges: [], length: 0 }]
            : found.map((p) => ({
                nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => collector.resolve(n.elementId)),
                edges: p.segments.map((s) => (collector.toJson(s.relationship) as { id: string }).id),
                length: p.segments.length,
              }));
        return {
          from: collector.toJson(a.node) as unknown as GraphNode,
          to: collector.toJson(b.node) as unknown as GraphNode,
          paths,
          sources: sources.map((n) => toJson(n) as unknown as GraphNode),
          graph: collector.graph(),
        };
      }, longQueryOptions(limits));
    },
  };
}
export type PathRepository = ReturnType<typeof createPathRepository>;
