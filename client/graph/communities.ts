// Louvain communities of the scene (graphology-communities-louvain) as the bins of a "unique values" colour rule:
// community 1..k, largest first, the first DEFAULT_COMMUNITY_COLORS coloured and the rest grouped as "other".
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { compareIds } from '../../model/graph.js';
import type { RangeBin, Ranges, SceneStructure } from './metrics.js';

/** How many communities get a colour of their own; smaller ones share the "other" grey. */
export const DEFAULT_COMMUNITY_COLORS = 10;
/** The seed of Louvain's random walk: fixed, so the same scene always gives the same communities. */
export const DEFAULT_COMMUNITY_SEED = 0x7a1e;

/** A small seeded PRNG (mulberry32): Louvain visits nodes in random order, and Math.random would vary per run. */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Each node's community. The scene is taken as undirected and unweighted: a community is who is connected to whom,
 * whichever way the facts point, and parallel facts between two nodes count once (self-loops not at all).
 */
export function computeCommunities(structure: SceneStructure): Record<string, number> {
  if (structure.nodes.length === 0) return {};
  const g = new UndirectedGraph();
  // In id order, not the scene's: Louvain walks the graph in insertion order, and a shared link reopens the same
  // nodes in the database's order — the same scene must give the same communities and colours.
  for (const id of [...structure.nodes].sort(compareIds)) g.mergeNode(id);
  const pairs = structure.edges
    .filter(([s, t]) => s !== t && g.hasNode(s) && g.hasNode(t))
    .map(([s, t]): [string, string] => (compareIds(s, t) <= 0 ? [s, t] : [t, s]))
    .sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]));
  for (const [s, t] of pairs) g.mergeEdge(s, t);
  return louvain(g, { getEdgeWeight: null, rng: createSeededRandom(DEFAULT_COMMUNITY_SEED) });
}

/**
 * The communities as colour bins, largest first (ties: the community whose first node by id comes first), each
 * bin's min and max its number 1..k. Past `colors` communities one grey "other" bin holds the rest; its `groups`
 * says how many communities it holds. Bin colours index COMMUNITY_PALETTE (the last step is the grey).
 */
export function communityBins(structure: SceneStructure, colors = DEFAULT_COMMUNITY_COLORS): Ranges {
  const communityOf = computeCommunities(structure);
  const members = new Map<number, string[]>();
  for (const id of [...structure.nodes].sort(compareIds)) {
    const c = communityOf[id];
    if (c === undefined) continue;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(id);
  }
  // Map iteration follows first appearance by id, and the sort is stable: equal sizes keep that order.
  const ordered = [...members.values()].sort((a, b) => b.length - a.length);
  const bins: RangeBin[] = [];
  const binOf: Record<string, number> = {};
  ordered.forEach((nodes, i) => {
    const rank = i + 1;
    if (i < colors) bins.push({ min: rank, max: rank, count: 0, color: i });
    else if (i === colors) bins.push({ min: rank, max: rank, count: 0, color: colors, groups: 0 });
    const bin = Math.min(i, colors);
    const b = bins[bin]!;
    b.count += nodes.length;
    b.max = rank;
    if (b.groups !== undefined) b.groups++;
    for (const id of nodes) binOf[id] = bin;
  });
  return { bins, binOf, palette: 'community' };
}
