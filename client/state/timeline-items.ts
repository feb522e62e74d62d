// Which of the timeline's items the Timeline tab's strip lists: those the certainty and source filters leave, by the
// rule the canvas's facts follow (visibility.ts computeVisibility), and how many they hide, so the strip says so.
import { factCertaintyShown } from '../../model/certainty.js';
import { CERTAINTIES } from '../../model/labels.js';
import type { TimelineItem } from './app-state.js';
import type { Filters } from './visibility.js';

export interface StripItems {
  shown: TimelineItem[];
  /** How many items the filters leave out. */
  hidden: number;
}

/**
 * An item shows while the certainty filter shows its certainty, by the canvas's rule for facts (model/certainty.ts
 * factCertaintyShown): one no source backs (unsourced, or no certainty given) only while every certainty is. It is
 * left out when it cites sources and the filter hides them all; one citing none is the certainty filter's alone. Only the hidden sources the scene cites (`sceneSourceIds`,
 * visibility.ts sceneSources) count: those are the ones the sources chip and the left panel's list name, so one
 * hidden in an earlier scene never hides an item with nothing to say so or to show it again.
 */
export function stripItems(
  items: readonly TimelineItem[],
  filters: Pick<Filters, 'certainties' | 'hiddenSources'>,
  sceneSourceIds: readonly string[],
): StripItems {
  const everyCertainty = CERTAINTIES.every((c) => filters.certainties.includes(c));
  const inScene = new Set(sceneSourceIds);
  const hiddenSources = new Set(filters.hiddenSources.filter((id) => inScene.has(id)));
  if (everyCertainty && !hiddenSources.size) return { shown: [...items], hidden: 0 };
  const shown = items.filter((it) => {
    if (!factCertaintyShown(it.certainty, filters.certainties)) return false;
    const cited = it.sources ?? [];
    return !(cited.length && cited.every((s) => hiddenSources.has(s)));
  });
  return { shown, hidden: items.length - shown.length };
}
