// Reads a node with its facts, its relationships counted by type, and its neighbourhood under the supernode guard.
import { textOrNull } from '../../model/properties.js';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { Direction } from '../../model/api.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { FACT_REL_TYPES } from '../../model/labels.js';
import {
  LEAVE_OUT_PARAM,
  createGraphCollector,
  elementIdOfFallback,
  relationshipFromSlim,
  toJson,
} from '../db/convert.js';
import type { Database } from '../db/database.js';
import { NODE_FACTS, neighborsQuery, nodeDegreesQuery } from '../queries/nodes.js';
import {
  allowLongQuery,
  longQueryOptions,
  nodeNotFound,
  requireNode,
  requireNodeKey,
  runLongQuery,
  sourceIdsOf,
  sourcesById,
  type LongQueryLimits,
} from './lookup.js';
import type {
  DegreesResponse,
  NeighborsResponse,
  NodeFact,
  NodeResponse,
} from '../../model/api-responses.js';

export const DEFAULT_FACT_LIMIT = 2_000;

export function createNodeRepository(db: Database, limits: LongQueryLimits) {
  return {
    detail(id: string, factLimit = DEFAULT_FACT_LIMIT): Promise<NodeResponse> {
      return db.read(async (tx, ctl) => {
        const { node, eid } = await requireNode(tx, id);
        await allowLongQuery(tx, ctl, limits, true);
        // Our nodes list their sourced facts; any other node (a foreign graph's) every relationship it has.
        const ours = elementIdOfFallback((toJson(node) as unknown as GraphNode).id) === undefined;
        const res = await tx.run(NODE_FACTS, {
          eid,
          types: ours ? [...FACT_REL_TYPES] : null,
          limit: neo4j.int(factLimit),
        });
        const collector = createGraphCollector();
        collector.collect(node);
        const sourceIds = new Set<string>();
        for (const r of res.records) {
          collector.collect(r.get('m'));
          collector.collect(r.get('r'));
          for (const s of sourceIdsOf((r.get('r') as Relationship).properties)) sourceIds.add(s);
        }
        const sources = await sourcesById(tx, sourceIds);
        const facts: NodeFact[] = res.records.map((r) => {
          const rel = r.get('r') as Relationship;
          const edge = collector.toJson(rel) as unknown as GraphEdge;
          const outgoing = r.get('outgoing') as boolean;
          return {
            edge,
            direction: outgoing ? 'out' : 'in',
            other: outgoing ? edge.target : edge.source,
            evidence: textOrNull(rel.properties.evidence),
            evidenceEn: textOrNull(rel.properties.evidenceEn),
            certainty: textOrNull(rel.properties.certainty),
            sources: sourceIdsOf(rel.properties),
          };
        });
        const total = res.records.length > 0 ? (toJson(res.records[0]!.get('total')) as number) : 0;
        const sourceNodes = sources.map((s) => collector.toJson(s) as unknown as GraphNode);
        return {
          node: collector.toJson(node) as unknown as GraphNode,
          facts,
          factCount: total,
          truncated: total > facts.length,
          sources: sourceNodes,
          graph: collector.graph(),
        };
      }, longQueryOptions(limits));
    },

    async neighbors(
      id: string,
      opts: { direction: Direction; types: string[]; labels: string[] | undefined; limit: number },
    ): Promise<NeighborsResponse> {
      const key = requireNodeKey(id);
      return db.read(async (tx, ctl) => {
        const res = await runLongQuery(
          tx,
          ctl,
          limits,
          neighborsQuery(key.kind, opts.direction, opts.types),
          {
            ...key.params,
            labels: opts.labels ?? null,
            limit: neo4j.int(opts.limit),
            leaveOut: LEAVE_OUT_PARAM,
          },
        );
        const rec = res.records[0];
        if (!rec) throw nodeNotFound(id);
        const node = rec.get('n') as Node;
        const total = toJson(rec.get('total')) as number;
        const page = rec.get('page') as { m: Node; rels: unknown[]; degree: unknown }[];
        const collector = createGraphCollector();
        collector.collect(node);
        for (const p of page) collector.collect([p.m, p.rels.map(relationshipFromSlim)]);
        const degrees: Record<string, number> = {};
        for (const p of page) degrees[collector.resolve(p.m.elementId)] = toJson(p.degree) as number;
        return {
          node: collector.toJson(node) as unknown as GraphNode,
          graph: collector.graph(),
          total,
          returned: page.length,
          more: Math.max(0, total - page.length),
          degrees,
        };
      }, longQueryOptions(limits));
    },

    /** The node's relationships by type and direction, with counts (what an expansion by type would add). */
    async degrees(id: string): Promise<DegreesResponse> {
      const key = requireNodeKey(id);
      return db.read(async (tx, ctl) => {
        const res = await runLongQuery(tx, ctl, limits, nodeDegreesQuery(key.kind), key.params);
        const rec = res.records[0];
        if (!rec) throw nodeNotFound(id);
        const node = rec.get('n') as Node;
        const collector = createGraphCollector();
        collector.collect(node);
        const degrees = rec.get('degrees') as Record<string, unknown>[];
        return {
          node: collector.toJson(node) as unknown as GraphNode,
          degrees: degrees.map((d) => ({
            type: d.type as string,
            direction: d.direction as 'out' | 'in',
            count: toJson(d.count) as number,
            neighbours: toJson(d.neighbours) as number,
          })),
        };
      }, longQueryOptions(limits));
    },
  };
}
export type NodeRepository = ReturnType<typeof createNodeRepository>;
