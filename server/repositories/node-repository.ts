// Reads a node with its facts, its relationships counted by type, and its neighbourhood under the supernode guard.
import { textOrNull } from '../../model/properties.js';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { Direction } from '../../model/api.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { FACT_REL_TYPES } from '../../model/labels.js';
import { LEAVE_OUT_PARAM, createGraphCollector, relationshipFromSlim, toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { ID_PREFIXES_PARAM, neighborsQuery, nodeDegreesQuery, nodeDetailQuery } from '../queries/nodes.js';
import {
  longQueryOptions,
  nodeNotFound,
  requireNodeKey,
  runLongQuery,
  sourceIdsOf,
  type LongQueryLimits,
} from './lookup.js';
import type {
  DegreesResponse,
  NeighborsResponse,
  NodeFact,
  NodeResponse,
} from '../../model/api-responses.js';

export const DEFAULT_FACT_LIMIT = 2_000;

/** One fact of a node as its queries return it. */
interface FactRow {
  r: Relationship;
  m: Node;
  outgoing: boolean;
}

/** GET /api/nodes/:id's answer from a node, its facts (in order, after the limit), their count and their sources. */
function detailAnswer(node: Node, rows: FactRow[], total: number, sources: Node[]): NodeResponse {
  const collector = createGraphCollector();
  collector.collect(node);
  for (const f of rows) collector.collect([f.m, f.r]);
  const facts: NodeFact[] = rows.map(({ r: rel, outgoing }) => {
    const edge = collector.toJson(rel) as unknown as GraphEdge;
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
  return {
    node: collector.typedNode(node),
    facts,
    factCount: total,
    truncated: total > facts.length,
    sources: sources.map((s) => collector.toJson(s) as unknown as GraphNode),
    graph: collector.graph(),
  };
}

export function createNodeRepository(db: Database, limits: LongQueryLimits) {
  return {
    /**
     * A node with its facts and their sources, in one query that finds the node too (nodeDetailQuery). Whether the
     * node a fallback id names is ours, which decides which of its relationships are facts, is decided in the query.
     */
    async detail(id: string, factLimit = DEFAULT_FACT_LIMIT): Promise<NodeResponse> {
      const key = requireNodeKey(id);
      return db.read(async (tx, ctl) => {
        const res = await runLongQuery(tx, ctl, limits, nodeDetailQuery(key.kind), {
          ...key.params,
          ...(key.kind === 'elementId' ? { idPrefixes: ID_PREFIXES_PARAM } : {}),
          types: [...FACT_REL_TYPES],
          limit: neo4j.int(factLimit),
        });
        const rec = res.records[0];
        if (!rec) throw nodeNotFound(id);
        return detailAnswer(
          rec.get('n') as Node,
          rec.get('facts') as FactRow[],
          toJson(rec.get('total')) as number,
          rec.get('sources') as Node[],
        );
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
          node: collector.typedNode(node),
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
          node: collector.typedNode(node),
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
