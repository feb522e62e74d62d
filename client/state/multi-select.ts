// The multi-selection, as pure functions of the scene: toggling a node in or out, adding a lasso's catch, keeping only
// nodes still drawn, a node's neighbours, and the selection as a graph (the nodes with the facts among them) to export.
import type { GraphData, GraphEdge } from '../../model/graph.js';
import type { Scene } from './scene.js';
import type { Visibility } from './visibility.js';

/** The selection with `id` added at the end, or taken out if it was in it. */
export function toggleInSelection(selection: readonly string[], id: string): string[] {
  return selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id];
}

/** The selection with `ids` added after it (each once, in their order); `replace` starts from nothing instead. */
export function addToSelection(
  selection: readonly string[],
  ids: readonly string[],
  replace = false,
): string[] {
  const out = replace ? [] : [...selection];
  const seen = new Set(out);
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

/** Only the selected nodes that are still drawn (hidden, removed or filtered-out nodes leave the selection). */
export function pruneSelection(selection: readonly string[], drawn: ReadonlySet<string>): string[] {
  const kept = selection.filter((id) => drawn.has(id));
  return kept.length === selection.length ? (selection as string[]) : kept;
}

/** The drawn nodes one drawn fact away from `id` (either direction), in the scene's order; not `id` itself. */
export function neighboursOf(scene: Scene, vis: Visibility, id: string): string[] {
  const out = new Set<string>();
  for (const e of Object.values(scene.edges)) {
    if (!vis.edges.has(e.id)) continue;
    if (e.source === id && e.target !== id) out.add(e.target);
    else if (e.target === id && e.source !== id) out.add(e.source);
  }
  return [...out].filter((n) => vis.nodes.has(n));
}

/**
 * The selected nodes and the drawn facts between two of them, as a graph (what "export the selection" writes);
 * `flowParts` (view-data.ts windowFlowParts): stored flows' parts with a time window's numbers and sources, as the
 * canvas draws them — the stored part's are all time's.
 */
export function selectionGraph(
  scene: Scene,
  vis: Visibility,
  selection: readonly string[],
  flowParts?: ReadonlyMap<string, GraphEdge> | null,
): GraphData {
  const picked = new Set(selection.filter((id) => scene.nodes[id]));
  return {
    nodes: [...picked].map((id) => scene.nodes[id]!),
    edges: Object.values(scene.edges)
      .filter((e) => vis.edges.has(e.id) && picked.has(e.source) && picked.has(e.target))
      .map((e) => flowParts?.get(e.id) ?? e),
  };
}
