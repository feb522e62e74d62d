// Finds a node by API id inside a unit of work; every repository that takes an id starts here.
import type { Node } from 'neo4j-driver';
import { elementIdOfFallback } from '../db/convert.js';
import { notFound } from '../errors.js';
import { labelOfId } from '../../model/data-model.js';
import { NODE_BY_ELEMENT_ID, PROBE, SOURCES_BY_ID, nodeByIdQuery } from '../queries/lookup.js';
import type { QueryRunner, UnitControl } from '../db/database.js';

export interface FoundNode {
  node: Node;
  eid: string;
}

/** Our nodes by their slug (its prefix names the label), every other node by its fallback `neo4j:<elementId>` id. */
export async function findNode(tx: QueryRunner, id: string): Promise<FoundNode | undefined> {
  const elementId = elementIdOfFallback(id);
  const label = elementId === undefined ? labelOfId(id) : undefined;
  if (elementId === undefined && label === undefined) return undefined;
  const res =
    elementId !== undefined
      ? await tx.run(NODE_BY_ELEMENT_ID, { elementId })
      : await tx.run(nodeByIdQuery(label!), { id });
  const rec = res.records[0];
  return rec ? { node: rec.get('n') as Node, eid: rec.get('eid') as string } : undefined;
}

/** Like findNode, but an unknown id is a 404 naming it (and what kind of node was expected). */
export async function requireNode(tx: QueryRunner, id: string, what = 'node'): Promise<FoundNode> {
  const found = await findNode(tx, id);
  if (!found) throw notFound(`No ${what} with id '${id}'.`);
  return found;
}

/** The Source nodes with these ids. */
export async function sourcesById(tx: QueryRunner, ids: Iterable<string>): Promise<Node[]> {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  const res = await tx.run(SOURCES_BY_ID, { ids: list });
  return res.records.map((r) => r.get('s') as Node);
}

/** The source ids a fact cites: its `sources` list (a single string is accepted too). */
export function sourceIdsOf(properties: Record<string, unknown>): string[] {
  const s = properties.sources;
  if (Array.isArray(s)) return s.filter((x): x is string => typeof x === 'string');
  return typeof s === 'string' ? [s] : [];
}

/** Time limits of the heavier read endpoints (flows, timeline, schema on a large graph). */
export interface LongQueryLimits {
  /** Server-side transaction timeout: the database terminates the query past it (504). */
  queryTimeoutMs: number;
  /** The short deadline within which the database must first answer (else 503). */
  dbTimeoutMs: number;
}

/**
 * Lets a heavy read run up to the query timeout once the database has answered a probe within the short
 * deadline: a hanging database still gives 503 fast, a big graph gets the time it needs.
 */
export async function allowLongQuery(
  tx: QueryRunner,
  ctl: UnitControl,
  limits: LongQueryLimits,
  answered = false,
): Promise<void> {
  // A lookup that already came back is proof enough; otherwise one round trip.
  if (!answered) await tx.run(PROBE);
  ctl.extendDeadline(limits.queryTimeoutMs + limits.dbTimeoutMs);
}

/** The run options of a unit of work that calls allowLongQuery. */
export function longQueryOptions(limits: LongQueryLimits) {
  return { txTimeoutMs: limits.queryTimeoutMs, deadlineMs: limits.dbTimeoutMs };
}
