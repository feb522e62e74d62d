// Actions on the multi-selection (shift/Ctrl-click, lasso, "select neighbours"): what the selection bar and the
// context menu run — hide, expand all, the shortest path between two, export, clear — and select mode's toggle.
import type { ExportGraph } from '../graph/exports.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { viewDescription } from './chips.js';
import { holdsOurFacts } from './our-database.js';
import type { ActionContext } from './context.js';
import {
  addToSelection,
  neighboursOf,
  pruneSelection,
  selectionGraph,
  toggleInSelection,
} from './multi-select.js';
import type { SceneActions } from './scene-actions.js';
import { citesAllTime, derivedByOtherRules } from './flows.js';
import { activeVisibility, exportedGraph, windowFlowParts } from './view-data.js';
import { sceneSources, sourceHiding } from './visibility.js';

export function createMultiSelectActions(
  ctx: ActionContext,
  scene: SceneActions,
  setPathEnd: (end: 'from' | 'to', id: string) => void,
) {
  const { store } = ctx;
  const set = (multiSelection: string[]) => {
    if (multiSelection !== store.get().multiSelection) store.set({ multiSelection });
  };

  // The selection holds only nodes drawn in the network: hiding, removing, filtering or a new scene takes nodes out of
  // it, and the flow view (other nodes) leaves it empty.
  store.subscribe((s, prev) => {
    if (s.multiSelection.length === 0) return;
    if (s.mode === 'flows') return set([]);
    if (s.scene === prev.scene && s.filters === prev.filters && s.time === prev.time && s.mode === prev.mode)
      return;
    set(pruneSelection(s.multiSelection, activeVisibility(s).nodes));
  });

  return {
    /** Shift/Ctrl-click (or a click in select mode): the node goes in, or out if it was in. */
    toggle: (id: string) => set(toggleInSelection(store.get().multiSelection, id)),
    /** A lasso's catch replaces the selection, or (Ctrl/Cmd held) is added to it. */
    lasso: (ids: string[], additive = false) =>
      set(addToSelection(store.get().multiSelection, ids, !additive)),
    /** The node and the drawn nodes one fact away join the selection. */
    selectNeighbours(id: string) {
      const s = store.get();
      set(addToSelection(s.multiSelection, [id, ...neighboursOf(s.scene, activeVisibility(s), id)]));
    },
    clear: () => set([]),
    setSelectMode: (selectMode: boolean) => store.set({ selectMode }),
    /** Hides every selected node (one undo step) and empties the selection. */
    hide() {
      const ids = store.get().multiSelection;
      if (ids.length === 0) return;
      scene.hide(ids);
      set([]);
    },
    /** Expands the selected nodes one after the other (each answer joins the scene before the next is asked). */
    async expand(): Promise<void> {
      for (const id of [...store.get().multiSelection]) await scene.expand(id);
    },
    /** With exactly two nodes selected: the shortest path from the first picked to the second (the path panel). */
    pathBetween() {
      const ids = store.get().multiSelection;
      if (ids.length !== 2) return;
      // A path end left from an earlier search must not be searched against the new start first.
      store.set((s) => ({ path: { ...s.path, to: null } }));
      setPathEnd('from', ids[0]!);
      setPathEnd('to', ids[1]!);
    },
    /**
     * The selection with the drawn facts among its nodes (for export): a stored flow under a time window with the
     * window's numbers and sources, as the canvas draws it and the export menu writes it.
     */
    graph(): ExportGraph {
      const s = store.get();
      // Each fact cited by its sources the filter shows, as the export menu writes it (exportedGraph).
      return exportedGraph(
        selectionGraph(s.scene, activeVisibility(s), s.multiSelection, windowFlowParts(s)),
        sourceHiding(s),
        holdsOurFacts(s.schema),
      );
    },
    /**
     * The view the selection was exported from, in words: how many nodes were selected, then what hides facts among
     * them (the chips: a time window, a certainty hidden…, flows citing all time's sources in it), so "3 selected ·
     * Implied hidden" is not taken for all.
     */
    view(): string {
      const s = store.get();
      const selected = t(s.lang, 'selectionCount', { n: formatNumber(s.multiSelection.length, s.lang) });
      const edges = this.graph().edges;
      const allTime = edges.some(citesAllTime);
      const outdated = edges.some(derivedByOtherRules);
      return [
        selected,
        viewDescription(
          s,
          sceneSources(s.scene).map((x) => x.id),
          allTime,
          outdated,
        ),
      ]
        .filter(Boolean)
        .join(' · ');
    },
  };
}

export type MultiSelectActions = ReturnType<typeof createMultiSelectActions>;
