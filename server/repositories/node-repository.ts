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
import { NODE_FACTS, neighborsQuery, nodeDegreesQuery, nodeDetailQuery } from '../queries/nodes.js';
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
    node: collector.toJson(node) as unknown as GraphNode,
    facts,
    factCount: total,
    truncated: total > facts.length,
    sources: sources.map((s) => collector.toJson(s) as unknown as GraphNode),
    graph: collector.graph(),
  };
}

export function createNodeRepository(db: Database, limits: LongQueryLimits) {
  /** Details of a node named by its fallback id: the lookup, then its facts, then the sources they cite. */
  const foreignDetail = (id: string, factLimit: number): Promise<NodeResponse> =>
    db.read(async (tx, ctl) => {
      const { node, eid } = await requireNode(tx, id);
      await allowLongQuery(tx, ctl, limits, true);
      // Our nodes list their sourced facts (a fallback id can name one); any other node every relationship it has.
      const ours = elementIdOfFallback((toJson(node) as unknown as GraphNode).id) === undefined;
      const res = await tx.run(NODE_FACTS, {
        eid,
        types: ours ? [...FACT_REL_TYPES] : null,
        limit: neo4j.int(factLimit),
      });
      const rows = res.records.map((r) => ({
        r: r.get('r') as Relationship,
        m: r.get('m') as Node,
        outgoing: r.get('outgoing') as boolean,
      }));
      const total = res.records.length > 0 ? (toJson(res.records[0]!.get('total')) as number) : 0;
      const sourceIds = rows.flatMap((f) => sourceIdsOf(f.r.properties));
      return detailAnswer(node, rows, total, await sourcesById(tx, sourceIds));
    }, longQueryOptions(limits));

  return {
    /**
     * A node with its facts and their sources. An id of ours (a label's prefix) is one query (nodeDetailQuery); the
     * node a fallback id names is looked up first, as whether it is ours decides which of its relationships are facts.
     */
    async detail(id: string, factLimit = DEFAULT_FACT_LIMIT): Promise<NodeResponse> {
      const key = requireNodeKey(id);
      if (key.kind === 'elementId') return foreignDetail(id, factLimit);
      return db.read(async (tx, ctl) => {
        const res = await runLongQuery(tx, ctl, limits, nodeDetailQuery(key.kind), {
          ...key.params,
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
