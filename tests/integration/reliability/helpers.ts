// Shared by the reliability tests: every API endpoint as a request, a bounded HTTP call that never hangs the
// test, a fingerprint of the whole graph (counts + checksum) to prove nothing changed, and a listening app.
import { DERIVATION_LABEL } from '../../../model/derivation-lock.js';
import crypto from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Express } from 'express';

export interface EndpointCall {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** True when the endpoint needs the database (so answers 503 without it). */
  needsDb: boolean;
}

/** One valid request per API endpoint, on the article's graph. */
export const ENDPOINT_CALLS: EndpointCall[] = [
  { name: 'health', method: 'GET', path: '/api/health', needsDb: true },
  {
    name: 'cypher',
    method: 'POST',
    path: '/api/cypher',
    body: { query: 'MATCH (n:Person) RETURN n LIMIT 5' },
    needsDb: true,
  },
  { name: 'search', method: 'GET', path: '/api/search?q=musk', needsDb: true },
  { name: 'node', method: 'GET', path: '/api/nodes/person%3Aelon-musk', needsDb: true },
  { name: 'neighbors', method: 'GET', path: '/api/nodes/person%3Aelon-musk/neighbors', needsDb: true },
  { name: 'degrees', method: 'GET', path: '/api/nodes/person%3Aelon-musk/degrees', needsDb: true },
  { name: 'paths', method: 'GET', path: '/api/paths?from=person%3Aelon-musk&to=org%3Ameta', needsDb: true },
  { name: 'career', method: 'GET', path: '/api/people/person%3Aelon-musk/career', needsDb: true },
  { name: 'flows', method: 'GET', path: '/api/flows', needsDb: true },
  { name: 'timeline', method: 'GET', path: '/api/timeline', needsDb: true },
  { name: 'schema', method: 'GET', path: '/api/schema', needsDb: true },
  { name: 'openapi', method: 'GET', path: '/api/openapi.json', needsDb: false },
];

export interface CallResult {
  name: string;
  status: number;
  body: unknown;
  contentType: string;
  ms: number;
}

/** Calls one endpoint; a request that takes longer than `timeoutMs` is reported as status 0 (a hang), never awaited forever. */
export async function callEndpoint(
  base: string,
  call: Pick<EndpointCall, 'name' | 'method' | 'path' | 'body'>,
  timeoutMs = 15_000,
): Promise<CallResult> {
  const started = Date.now();
  try {
    const res = await fetch(base + call.path, {
      method: call.method,
      headers: call.body === undefined ? {} : { 'content-type': 'application/json' },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text so the assertion shows it
    }
    return {
      name: call.name,
      status: res.status,
      body,
      contentType: res.headers.get('content-type') ?? '',
      ms: Date.now() - started,
    };
  } catch (err) {
    return {
      name: call.name,
      status: 0,
      body: `no answer: ${(err as Error).message}`,
      contentType: '',
      ms: Date.now() - started,
    };
  }
}

/** The error code of an error body (`{error:{code}}`, which /api/health shares). */
export function errorCode(body: unknown): string | undefined {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function listen(app: Express): Promise<{ server: Server; base: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** JSON with sorted keys and driver values (Integers, temporals) as strings, so equal graphs give equal text. */
function stable(value: unknown): string {
  if (neo4j.isInt(value)) return JSON.stringify(`int:${value.toString()}`);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor && ctor !== 'Object') return JSON.stringify(`${ctor}:${String(value)}`);
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  labels: string;
  checksum: string;
}

/**
 * One sorted line per node and per relationship (labels/type, ends by id, properties). The lock of the flows'
 * derivation is left out: it records when the last derivation ran, which two equal loads never share.
 */
export async function graphLines(
  driver: Driver,
  database: string,
): Promise<{ nodes: string[]; relationships: string[]; labels: string[] }> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:${DERIVATION_LABEL} RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`,
    {},
    { database, routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    {},
    { database, routing: 'READ' },
  );
  const idOf = new Map<string, string>();
  const nodeLines = nodes.records.map((r) => {
    const props = r.get('props') as Record<string, unknown>;
    const line = stable({ labels: [...(r.get('labels') as string[])].sort(), props });
    idOf.set(r.get('eid') as string, typeof props.id === 'string' ? props.id : line);
    return line;
  });
  const relLines = rels.records.map((r) =>
    stable({
      from: idOf.get(r.get('a') as string),
      type: r.get('type'),
      to: idOf.get(r.get('b') as string),
      props: r.get('props'),
    }),
  );
  const labels = await driver.executeQuery(
    'CALL db.labels() YIELD label RETURN label ORDER BY label',
    {},
    { database, routing: 'READ' },
  );
  return {
    nodes: nodeLines.sort(),
    relationships: relLines.sort(),
    labels: labels.records.map((r) => r.get('label') as string),
  };
}

/** Counts and a SHA-256 over every node and relationship with its labels/type and properties. */
export async function graphFingerprint(driver: Driver, database: string): Promise<GraphFingerprint> {
  const g = await graphLines(driver, database);
  const hash = crypto.createHash('sha256');
  for (const line of g.nodes) hash.update(line + '\n');
  hash.update('--\n');
  for (const line of g.relationships) hash.update(line + '\n');
  return {
    nodes: g.nodes.length,
    relationships: g.relationships.length,
    labels: g.labels.join(','),
    checksum: hash.digest('hex'),
  };
}

/** The lines only in `a` and only in `b` (at most `max` of each), to show how two graphs differ. */
export function graphDifference(
  a: { nodes: string[]; relationships: string[] },
  b: { nodes: string[]; relationships: string[] },
  max = 10,
) {
  const setA = new Set([...a.nodes, ...a.relationships]);
  const setB = new Set([...b.nodes, ...b.relationships]);
  return {
    onlyInFirst: [...setA].filter((l) => !setB.has(l)).slice(0, max),
    onlyInSecond: [...setB].filter((l) => !setA.has(l)).slice(0, max),
  };
}
