// Finds a node by API id: inside a unit of work (findNode), or as the key a one-query read finds it by (nodeKeyOf);
// every repository that takes an id starts here.
import type { Node } from 'neo4j-driver';
import { elementIdOfFallback } from '../db/convert.js';
import { notFound } from '../errors.js';
import { labelOfId } from '../../model/data-model.js';
import type { NodeLabel } from '../../model/labels.js';
import { NODE_BY_ELEMENT_ID, PROBE, SOURCES_BY_ID, nodeByIdQuery } from '../queries/lookup.js';
import type { QueryRunner, UnitControl } from '../db/database.js';

export interface FoundNode {
  node: Node;
  eid: string;
}

/** How a query finds the node an API id names: the kind for matchNodeClause and the parameter it takes. */
export type NodeKey =
  { kind: NodeLabel; params: { id: string } } | { kind: 'elementId'; params: { elementId: string } };

/**
 * Our nodes by their slug (its prefix names the label), every other node by its fallback `neo4j:<elementId>` id;
 * undefined for an id that can name no node.
 */
export function nodeKeyOf(id: string): NodeKey | undefined {
  const elementId = elementIdOfFallback(id);
  if (elementId !== undefined) return { kind: 'elementId', params: { elementId } };
  const label = labelOfId(id);
  return label === undefined ? undefined : { kind: label, params: { id } };
}

/** The 404 of an id that names no node (and what kind of node was expected). */
export function nodeNotFound(id: string, what = 'node') {
  return notFound(`No ${what} with id '${id}'.`);
}

/** Finds the node an API id names (see nodeKeyOf). */
export async function findNode(tx: QueryRunner, id: string): Promise<FoundNode | undefined> {
  const key = nodeKeyOf(id);
  if (key === undefined) return undefined;
  const res =
    key.kind === 'elementId'
      ? await tx.run(NODE_BY_ELEMENT_ID, key.params)
      : await tx.run(nodeByIdQuery(key.kind), key.params);
  const rec = res.records[0];
  return rec ? { node: rec.get('n') as Node, eid: rec.get('eid') as string } : undefined;
}

/** Like findNode, but an unknown id is a 404 naming it (and what kind of node was expected). */
export async function requireNode(tx: QueryRunner, id: string, what = 'node'): Promise<FoundNode> {
  const found = await findNode(tx, id);
  if (!found) throw nodeNotFound(id, what);
  return found;
}

/** Like nodeKeyOf, but an id that can name no node is a 404 at once (no query is sent). */
export function requireNodeKey(id: string, what = 'node'): NodeKey {
  const key = nodeKeyOf(id);
  if (!key) throw nodeNotFound(id, what);
  return key;
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

/**
 * Runs a heavy read that finds its own node (matchNodeClause) in one round trip, under the short deadline until the
 * database answers its RUN: Neo4j answers RUN once the query is planned, before it runs an eager query's work, so the
 * answer is proof of a responsive database as a lookup's would be (allowLongQuery), and the query then gets its time.
 * Planning is held to the short deadline too (DB_TIMEOUT_MS, 4 s by default), as the lookup was: these queries plan
 * in milliseconds warm and well under a second on a cold engine.
 */
export function runLongQuery(
  tx: QueryRunner,
  ctl: UnitControl,
  limits: LongQueryLimits,
  query: string,
  params: Record<string, unknown>,
) {
  const result = tx.run(query, params);
  result.keys().then(
    () => ctl.extendDeadline(limits.queryTimeoutMs + limits.dbTimeoutMs),
    // The failure itself reaches the caller through the result.
    () => {},
  );
  return result;
}

/** The run options of a unit of work that calls allowLongQuery or runLongQuery. */
export function longQueryOptions(limits: LongQueryLimits) {
  return { txTimeoutMs: limits.queryTimeoutMs, deadlineMs: limits.dbTimeoutMs };
}
