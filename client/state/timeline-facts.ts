// A stint item of the timeline told by the facts the filters still show. GET /api/timeline tells a move of several
// facts as one item, as certain as its surest fact, dated and citing by all of them; once the source filter, the
// certainty filter or the canvas hides some of them, the strip must say only what the facts left say (the canvas
// draws those alone): implied when no stated fact is left, citing the shown facts' sources, at a date they give.
import { isCertainty, strongestCertainty, UNSOURCED, type EdgeCertainty } from '../../model/certainty.js';
import { latestEnd } from '../../model/career-moves.js';
import { comparePartialDates } from '../../model/dates.js';
import { finerDate } from '../../model/talent-events.js';
import type { TimelineItem } from './app-state.js';

/** One fact a stint item tells, as GET /api/timeline lists it beside `stints`. */
export interface ItemFact {
  id: string;
  org: string;
  certainty: EdgeCertainty;
  sources: readonly string[];
  date: string;
}

/**
 * The facts a stint item tells, from its lists parallel to `stints`; null for an event, or an item of a server that
 * gave no certainty, sources or date per fact (nothing to tell it again by: it stays as it came).
 */
export function itemFacts(it: TimelineItem): ItemFact[] | null {
  const { stints, stintOrgs, stintCertainties: cs, stintSources: ss, stintDates: ds } = it;
  const n = stints?.length ?? 0;
  if (!n || stintOrgs?.length !== n || cs?.length !== n || ss?.length !== n || ds?.length !== n) return null;
  return stints!.map((id, i) => ({
    id,
    org: stintOrgs[i]!,
    certainty: isCertainty(cs[i]) ? cs[i] : UNSOURCED,
    sources: ss[i]!,
    date: ds[i]!,
  }));
}

/**
 * The date the server gives an item of these facts, all as certain as the item (server/services/timeline-service.ts
 * stintItem): the finest of them when they are equal at their common precision (one move told by date); else they
 * are the ends of the stints of one leaving, dated by the latest (the coarser of two equal, model/leavings.ts).
 */
function dateOf(dates: readonly string[]): string {
  const first = dates[0]!;
  if (dates.every((d) => comparePartialDates(d, first) === 0)) return dates.reduce(finerDate);
  return latestEnd(dates) ?? first;
}

/**
 * The item told by `shown`, the facts of it the filters leave (none left out: the item as it came): as certain as
 * the surest of them, dated by those as certain as that (as the server dates it), citing their sources but those
 * `hiddenSources` hides (a fact citing a shown and a hidden source rests on the shown one, as the canvas says).
 */
export function toldBy(
  it: TimelineItem,
  facts: readonly ItemFact[],
  shown: readonly ItemFact[],
  hiddenSources: ReadonlySet<string>,
): TimelineItem {
  const sources = [...new Set(shown.flatMap((f) => f.sources))].filter((s) => !hiddenSources.has(s));
  if (shown.length === facts.length) {
    return sources.length === (it.sources ?? []).length ? it : { ...it, sources };
  }
  const certainty = strongestCertainty(shown.map((f) => f.certainty));
  const date = dateOf(shown.filter((f) => f.certainty === certainty).map((f) => f.date));
  return { ...it, date, certainty, sources };
}
