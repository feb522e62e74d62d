// Which of the timeline's items the Timeline tab's strip lists: those the filters its chips name leave — certainty,
// sources, hidden labels, relationship types and nodes — by the rules the canvas draws by (visibility.ts
// computeVisibility), and how many they hide, so the strip says so and agrees with the canvas and the chips.
import { factCertaintyShown } from '../../model/certainty.js';
import { CERTAINTIES } from '../../model/labels.js';
import type { TimelineItem } from './app-state.js';
import { itemFacts, toldBy, type ItemFact } from './timeline-facts.js';
import type { Filters } from './visibility.js';

export interface StripItems {
  shown: TimelineItem[];
  /** How many items the filters leave out. */
  hidden: number;
}

/** The type of the facts a stint item tells. */
const STINT_TYPE = 'WORKED_AT';

type StripFilters = Pick<Filters, 'certainties' | 'hiddenSources' | 'hiddenLabels' | 'hiddenRelTypes'>;

/**
 * What the label, type and node filters leave of an item, as the canvas would draw it. An event is a node: hidden
 * with its label or when hidden on the canvas; a relationship type hides no event. A stint item tells WORKED_AT facts
 * from one person to organisations: hidden with that type, with the person, or once every fact is hidden — by
 * itself on the canvas, or by its organisation (a move naming FAIR and Meta stays while FAIR is drawn). `hidden`
 * holds the ids of the scene's hidden nodes and facts (Scene.hidden), those the hidden-nodes chip counts.
 */
function drawnItem(
  it: TimelineItem,
  hiddenLabels: ReadonlySet<string>,
  hiddenTypes: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
): boolean {
  const nodeHidden = (i: number) => {
    const id = it.nodes[i];
    return (
      id !== undefined && (hidden.has(id) || (it.nodeLabels?.[i] ?? []).some((l) => hiddenLabels.has(l)))
    );
  };
  if (it.kind === 'event') return !nodeHidden(0);
  if (hiddenTypes.has(STINT_TYPE) || nodeHidden(0)) return false;
  const orgHidden = (org: string) => {
    const i = it.nodes.indexOf(org, 1);
    return i > 0 && nodeHidden(i);
  };
  const orgs = it.nodes.slice(1);
  // An item of a server that named no facts: its organisations stand for them.
  if (!it.stints?.length || it.stintOrgs?.length !== it.stints.length)
    return !orgs.length || !orgs.every(orgHidden);
  const stintOrgs = it.stintOrgs;
  return !it.stints.every((fact, i) => hidden.has(fact) || orgHidden(stintOrgs[i]!));
}

/**
 * An item shows while the certainty filter shows its certainty, by the canvas's rule for facts (model/certainty.ts
 * factCertaintyShown): one no source backs (unsourced, or no certainty given) only while every certainty is. It is
 * left out when it cites sources and the filter hides them all; one citing none is the certainty filter's alone.
 * Only the hidden sources the scene cites (`sceneSourceIds`, visibility.ts sceneSources) count: those are the ones
 * the sources chip and the left panel's list name, so one hidden in an earlier scene never hides an item with nothing
 * to say so or to show it again. It is left out too when the label, type or node filters hide what it is about
 * (drawnItem). A stint item whose facts the server describes one by one is judged fact by fact instead, and told by
 * the facts left (toldByShownFacts): a move stated by one fact is not stated once that fact is hidden. An item or fact
 * claiming no certainty (null: a foreign graph's own, GET /api/schema's sourcedFacts false) is shown whatever the
 * certainty filter shows, as the canvas shows such a relationship (model/certainty.ts certaintyShown).
 */
export function stripItems(
  items: readonly TimelineItem[],
  filters: StripFilters,
  sceneSourceIds: readonly string[],
  hidden: Readonly<Record<string, true>> = {},
): StripItems {
  const everyCertainty = CERTAINTIES.every((c) => filters.certainties.includes(c));
  const inScene = new Set(sceneSourceIds);
  const hiddenSources = new Set(filters.hiddenSources.filter((id) => inScene.has(id)));
  const hiddenLabels = new Set(filters.hiddenLabels);
  const hiddenTypes = new Set(filters.hiddenRelTypes);
  const hiddenIds = new Set(Object.keys(hidden));
  const hidesNodes = hiddenLabels.size > 0 || hiddenTypes.has(STINT_TYPE) || hiddenIds.size > 0;
  if (everyCertainty && !hiddenSources.size && !hidesNodes) return { shown: [...items], hidden: 0 };
  const shown = items.flatMap((it): TimelineItem[] => {
    const facts = itemFacts(it);
    if (facts)
      return toldByShownFacts(
        it,
        facts,
        filters.certainties,
        hiddenSources,
        hiddenLabels,
        hiddenTypes,
        hiddenIds,
      );
    // An item claiming no certainty (null: a foreign graph's) is no certainty filter's, as the canvas draws one.
    if (it.certainty !== null && !factCertaintyShown(it.certainty, filters.certainties)) return [];
    const cited = it.sources ?? [];
    if (cited.length && cited.every((s) => hiddenSources.has(s))) return [];
    return !hidesNodes || drawnItem(it, hiddenLabels, hiddenTypes, hiddenIds) ? [it] : [];
  });
  return { shown, hidden: items.length - shown.length };
}

/**
 * A stint item whose facts the server describes (timeline-facts.ts itemFacts), fact by fact as the canvas draws
 * them: a fact shows while the certainty filter shows its certainty, the source filter leaves one of its sources
 * (or it cites none), and neither it nor its organisation is hidden. The item is left out with WORKED_AT or its
 * person, or once no fact of it shows; else it is told by the facts that show — never stated by a hidden fact alone.
 */
function toldByShownFacts(
  it: TimelineItem,
  facts: readonly ItemFact[],
  certainties: readonly string[],
  hiddenSources: ReadonlySet<string>,
  hiddenLabels: ReadonlySet<string>,
  hiddenTypes: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
): TimelineItem[] {
  const nodeHidden = (id: string | undefined) => {
    const i = id === undefined ? -1 : it.nodes.indexOf(id);
    return i >= 0 && (hidden.has(id!) || (it.nodeLabels?.[i] ?? []).some((l) => hiddenLabels.has(l)));
  };
  if (hiddenTypes.has(STINT_TYPE) || nodeHidden(it.nodes[0])) return [];
  const shown = facts.filter(
    (f) =>
      (f.certainty === null || factCertaintyShown(f.certainty, certainties)) &&
      !(f.sources.length && f.sources.every((s) => hiddenSources.has(s))) &&
      !hidden.has(f.id) &&
      !nodeHidden(f.org),
  );
  return shown.length ? [toldBy(it, facts, shown, hiddenSources)] : [];
}
