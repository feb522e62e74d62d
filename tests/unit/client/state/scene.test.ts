// Scene changes are pure and undoable: add, cap, remove, hide, collapse, undo/redo.
import { describe, expect, it } from 'vitest';
import {
  addToScene,
  capGraph,
  collapseInScene,
  EMPTY_SCENE,
  hideInScene,
  pushHistory,
  redo,
  removeFromScene,
  sceneFromGraph,
  sceneSize,
  showAllInScene,
  undo,
} from '../../../../client/state/scene.js';
import { articleGraph, edge, node } from '../fixtures.js';

describe('scene', () => {
  it('adds nodes and only the edges whose two ends are present', () => {
    const g = articleGraph();
    const scene = addToScene(EMPTY_SCENE, {
      nodes: g.nodes.filter((n) => n.id !== 'org:fair'),
      edges: g.edges,
    });
    expect(sceneSize(scene)).toEqual({ nodes: 7, edges: 7 });
    expect(scene.edges['fact:xinlei-chen-left-fair']).toBeUndefined();
  });

  it('keeps the data it already has unless asked to refresh', () => {
    const scene = sceneFromGraph(articleGraph());
    const renamed = node('org:meta', 'Organization', { name: 'Meta Platforms' });
    expect(addToScene(scene, { nodes: [renamed], edges: [] }).nodes['org:meta']!.properties.name).toBe(
      'Meta',
    );
    expect(addToScene(scene, { nodes: [renamed], edges: [] }, true).nodes['org:meta']!.properties.name).toBe(
      'Meta Platforms',
    );
  });

  it('caps a graph to the most connected nodes and says how many were dropped', () => {
    // Xinlei Chen and xAI have three facts each; everything else has fewer.
    const { graph, dropped } = capGraph(articleGraph(), 2);
    expect(dropped).toBe(6);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['org:xai', 'person:xinlei-chen']);
    expect(graph.edges.map((e) => e.id)).toEqual(['fact:xinlei-chen-joined-xai']);
    for (const e of graph.edges)
      expect([e.source, e.target].every((id) => graph.nodes.some((n) => n.id === id))).toBe(true);
  });

  it('removes nodes with their edges and hides without removing', () => {
    const scene = sceneFromGraph(articleGraph());
    const removed = removeFromScene(scene, ['person:xinlei-chen']);
    expect(removed.nodes['person:xinlei-chen']).toBeUndefined();
    expect(Object.values(removed.edges).some((e) => e.source === 'person:xinlei-chen')).toBe(false);
    const hidden = hideInScene(scene, ['org:meta', 'org:nowhere']);
    expect(hidden.nodes['org:meta']).toBeDefined();
    expect(hidden.hidden).toEqual({ 'org:meta': true });
    expect(showAllInScene(hidden).hidden).toEqual({});
  });

  it('hides a single edge, keeps it in the scene, and brings it back with show all or when it is added again', () => {
    const scene = sceneFromGraph(articleGraph());
    const id = Object.keys(scene.edges)[0]!;
    const hidden = hideInScene(scene, [id]);
    expect(hidden.edges[id]).toBeDefined();
    expect(hidden.hidden).toEqual({ [id]: true });
    expect(showAllInScene(hidden).hidden).toEqual({});
    expect(addToScene(hidden, { nodes: [], edges: [scene.edges[id]!] }).hidden).toEqual({});
    // Removing an end of the hidden edge forgets it: nothing hidden is left that "show hidden" could not show.
    expect(removeFromScene(hidden, [scene.edges[id]!.source]).hidden).toEqual({});
  });

  it('collapses a node by removing the neighbours that hang only on it', () => {
    const g = articleGraph();
    const scene = sceneFromGraph({
      ...g,
      edges: [...g.edges, edge('fact:x', 'FOUNDED', 'person:elon-musk', 'org:xai')],
    });
    const collapsed = collapseInScene(scene, 'person:xinlei-chen');
    // FAIR hangs on Xinlei Chen alone; Meta and xAI have other facts, so they stay.
    expect(collapsed.nodes['org:fair']).toBeUndefined();
    expect(collapsed.nodes['org:meta']).toBeDefined();
    expect(collapsed.nodes['org:xai']).toBeDefined();
    expect(collapsed.nodes['person:xinlei-chen']).toBeDefined();
  });

  it('undoes and redoes scene changes in order, and a new change clears the redo stack', () => {
    const a = sceneFromGraph(articleGraph());
    const b = removeFromScene(a, ['org:fair']);
    const c = removeFromScene(b, ['org:meta']);
    let history = pushHistory({ past: [], future: [] }, a);
    history = pushHistory(history, b);
    const u1 = undo(history, c)!;
    expect(u1.scene).toBe(b);
    const u2 = undo(u1.history, u1.scene)!;
    expect(u2.scene).toBe(a);
    expect(undo(u2.history, u2.scene)).toBeNull();
    const r1 = redo(u2.history, u2.scene)!;
    expect(r1.scene).toBe(b);
    expect(pushHistory(r1.history, r1.scene).future).toEqual([]);
  });
});
