// Louvain communities of the scene on graphs whose answer is known (two cliques joined by one edge), the same
// scene always giving the same communities, and the "unique values" bins a community colour rule draws.
import { describe, expect, it } from 'vitest';
import { communityBins, computeCommunities } from '../../../../client/graph/communities.js';
import {
  COMMUNITY_PALETTE,
  computeAppearance,
  type SceneStructure,
} from '../../../../client/graph/metrics.js';

/** Every pair of `ids` linked once. */
const clique = (ids: string[]): Array<[string, string]> =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));

const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
const right = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
/** Two cliques (five and six nodes) joined by the single edge a1–b1. */
const twoCliques: SceneStructure = {
  nodes: [...left, ...right],
  edges: [...clique(left), ...clique(right), ['a1', 'b1']],
};

describe('scene communities', () => {
  it('finds two communities in two cliques joined by one edge', () => {
    const c = computeCommunities(twoCliques);
    for (const id of left) expect(c[id]).toBe(c.a1);
    for (const id of right) expect(c[id]).toBe(c.b1);
    expect(c.a1).not.toBe(c.b1);
  });

  it('gives the same scene the same communities every time', () => {
    // A scene with no obvious split (a ring with chords), where Louvain's random visiting order matters.
    const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const edges = nodes.flatMap((id, i) => [
      [id, nodes[(i + 1) % 60]!] as [string, string],
      [id, nodes[(i * 7 + 3) % 60]!] as [string, string],
    ]);
    const first = computeCommunities({ nodes, edges });
    for (let run = 0; run < 5; run++) expect(computeCommunities({ nodes, edges })).toEqual(first);
    expect(communityBins({ nodes, edges })).toEqual(communityBins({ nodes, edges }));
  });

  it('gives the same colours to the same scene listed in another order (a shared link reopens it in the database’s)', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const edges = nodes.flatMap((id, i) => [
      [id, nodes[(i + 1) % 60]!] as [string, string],
      [id, nodes[(i * 7 + 3) % 60]!] as [string, string],
    ]);
    const shuffled: SceneStructure = {
      nodes: [...nodes.slice(31), ...nodes.slice(0, 31)].reverse(),
      edges: [...edges].reverse().map(([s, t]) => [t, s] as [string, string]),
    };
    expect(communityBins(shuffled)).toEqual(communityBins({ nodes, edges }));
  });

  it('counts parallel facts once and ignores self-loops and facts in either direction alike', () => {
    const doubled: SceneStructure = {
      nodes: twoCliques.nodes,
      edges: [
        ...twoCliques.edges,
        ...twoCliques.edges.map(([s, t]) => [t, s] as [string, string]),
        ['a1', 'a1'],
      ],
    };
    expect(computeCommunities(doubled)).toEqual(computeCommunities(twoCliques));
  });

  it('numbers communities largest first with their node counts', () => {
    const { bins, binOf, palette } = communityBins(twoCliques);
    expect(palette).toBe('community');
    expect(bins.map((b) => [b.min, b.count])).toEqual([
      [1, 6],
      [2, 5],
    ]);
    expect(binOf.b3).toBe(0);
    expect(binOf.a3).toBe(1);
  });

  it('colours the ten largest communities and groups the rest as grey "other"', () => {
    // Fourteen separate pairs of sizes 2 and one triangle: fifteen communities.
    const nodes: string[] = ['t1', 't2', 't3'];
    const edges: Array<[string, string]> = clique(['t1', 't2', 't3']);
    for (let i = 0; i < 14; i++) {
      nodes.push(`p${i}a`, `p${i}b`);
      edges.push([`p${i}a`, `p${i}b`]);
    }
    const { bins, binOf } = communityBins({ nodes, edges });
    expect(bins).toHaveLength(11);
    expect(bins[0]).toMatchObject({ min: 1, max: 1, count: 3, color: 0 });
    expect(bins.slice(0, 10).map((b) => b.color)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(bins[10]).toMatchObject({ min: 11, max: 15, count: 10, groups: 5, color: 10 });
    expect(Object.keys(binOf)).toHaveLength(nodes.length);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(nodes.length);
    for (const theme of ['light', 'dark'] as const) {
      expect(COMMUNITY_PALETTE[theme]).toHaveLength(11);
      expect(new Set(COMMUNITY_PALETTE[theme]).size).toBe(11);
    }
  });

  it('is what a community colour rule computes, and an empty scene has none', () => {
    expect(computeAppearance(twoCliques, { size: 'fixed', color: 'community' }).ranges).toEqual(
      communityBins(twoCliques),
    );
    expect(communityBins({ nodes: [], edges: [] }).bins).toEqual([]);
  });
});
