// Section 6: what a graph costs on the wire — bytes per node and per edge of the graph JSON, raw and compressed,
// which properties take the room, and what the server actually sends with compression on.
import zlib from 'node:zlib';
import type { GraphData } from '../../model/graph.js';
import type { BenchContext, SectionOutput } from '../context.js';
import { createHttpClient, jsonOf, type HttpResult } from '../http.js';
import { createRng } from '../random.js';
import type { Cell } from '../results.js';

export const LARGE_GRAPH_QUERY = 'MATCH (p:Person)-[r:WORKED_AT]->(o:Organization) RETURN p, r, o LIMIT 1000';

const gzip = (b: Buffer) => zlib.gzipSync(b).length;
const brotli = (b: Buffer) =>
  zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
const bytes = (v: unknown) => Buffer.from(JSON.stringify(v));

/** Bytes each property name takes across the items (key, value and punctuation), largest first. */
export function propertyShares(
  items: readonly { properties: Record<string, unknown> }[],
): { name: string; share: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const it of items) {
    all += bytes(it).length;
    for (const [k, v] of Object.entries(it.properties))
      totals.set(k, (totals.get(k) ?? 0) + bytes({ [k]: v }).length - 1);
  }
  return [...totals.entries()]
    .map(([name, b]) => ({ name, share: all ? b / all : 0 }))
    .sort((a, b) => b.share - a.share);
}

export async function benchPayload(ctx: BenchContext): Promise<SectionOutput> {
  if (!ctx.api || !ctx.graph) throw new Error('the API and the large graph are needed');
  const g = ctx.graph;
  const rng = createRng(ctx.settings.randomSeed + 11);
  const person = rng.pick(g.people).id;
  const bigOrg = g.orgs[0]!.id;
  const http = createHttpClient(ctx.api.baseUrl, { maxSockets: 1 });
  const cases: { name: string; call: (enc: Record<string, string>) => Promise<HttpResult> }[] = [
    {
      name: 'Neighbours of a person',
      call: (h) => http.get(`/api/nodes/${encodeURIComponent(person)}/neighbors?limit=100`, h),
    },
    {
      name: 'Neighbours of the largest company (limit 100)',
      call: (h) => http.get(`/api/nodes/${encodeURIComponent(bigOrg)}/neighbors?limit=100`, h),
    },
    {
      name: '1,000 stints via POST /api/cypher',
      call: (h) => http.post('/api/cypher', { query: LARGE_GRAPH_QUERY }, h),
    },
  ];
  const rows: Cell[][] = [];
  const wire: Cell[][] = [];
  const data: Record<string, unknown> = {};
  let nodeShares: { name: string; share: number }[] = [];
  let edgeShares: { name: string; share: number }[] = [];
  try {
    for (const c of cases) {
      const plain = await c.call({});
      if (plain.status !== 200)
        throw new Error(`${c.name}: status ${plain.status} ${plain.body.toString('utf8').slice(0, 200)}`);
      const body = jsonOf<{ graph?: GraphData }>(plain);
      const graph = body.graph;
      if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
        throw new Error(`${c.name}: the response has no graph`);
      const nb = bytes(graph.nodes);
      const eb = bytes(graph.edges);
      const n = Math.max(1, graph.nodes.length);
      const e = Math.max(1, graph.edges.length);
      rows.push([
        c.name,
        graph.nodes.length,
        graph.edges.length,
        nb.length / n,
        gzip(nb) / n,
        brotli(nb) / n,
        eb.length / e,
        gzip(eb) / e,
        brotli(eb) / e,
      ]);
      const compressed = await c.call({ 'accept-encoding': 'gzip, br' });
      wire.push([
        c.name,
        plain.body.length,
        compressed.body.length,
        String(compressed.headers['content-encoding'] ?? 'none'),
        compressed.body.length / plain.body.length,
      ]);
      data[c.name] = {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        nodeBytes: nb.length,
        edgeBytes: eb.length,
        nodeGzip: gzip(nb),
        edgeGzip: gzip(eb),
        responseBytes: plain.body.length,
        wireBytes: compressed.body.length,
        contentEncoding: compressed.headers['content-encoding'] ?? null,
      };
      if (c.name.startsWith('1,000')) {
        nodeShares = propertyShares(graph.nodes);
        edgeShares = propertyShares(graph.edges);
      }
    }
  } finally {
    http.close();
  }
  const top = (xs: { name: string; share: number }[]) =>
    xs
      .slice(0, 6)
      .map((x) => `${x.name} ${Math.round(x.share * 100)}%`)
      .join(', ');
  const notes: string[] = [];
  const derived = nodeShares
    .filter((x) => ['searchText', 'aliasesText'].includes(x.name))
    .reduce((a, x) => a + x.share, 0);
  if (derived > 0.1) {
    notes.push(
      `The index-only properties searchText and aliasesText are ${Math.round(derived * 100)}% of a node's JSON: they duplicate name and aliases for the full-text index and could be left out of API graphs by the converter (server/db/convert.ts).`,
    );
  }
  return {
    method: [
      'Graph JSON as the API returns it (`{nodes:[{id,labels,properties}],edges:[{id,type,source,target,properties}]}`); per node = bytes of the nodes array / nodes, per edge likewise.',
      'gzip at zlib’s default level 6 (what the compression middleware uses), brotli at quality 4; compressed figures per item are of the whole array divided by its length.',
      `Which properties take the room (1,000-stint graph) — nodes: ${top(nodeShares) || 'n/a'}; edges: ${top(edgeShares) || 'n/a'}.`,
    ],
    tables: [
      {
        title: 'Bytes per node and per edge',
        headers: [
          'Graph',
          'Nodes',
          'Edges',
          'Node raw',
          'Node gzip',
          'Node brotli',
          'Edge raw',
          'Edge gzip',
          'Edge brotli',
        ],
        rows,
      },
      {
        title: 'On the wire (whole response)',
        headers: ['Graph', 'Identity bytes', 'Compressed bytes', 'Encoding', 'Ratio'],
        rows: wire,
      },
    ],
    notes,
    goals: [],
    data: { ...data, nodeShares: nodeShares.slice(0, 10), edgeShares: edgeShares.slice(0, 10) },
  };
}
