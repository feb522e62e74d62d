// What hides things on the canvas now, as removable chips: the time window, certainty, sources, hidden labels and
// relationship types, hidden nodes and the path highlight — each shown in the modes where it applies, so nothing is
// ever hidden silently. Also the words of a shared link's note. Pure functions of state.
import { certaintyName, labelName, relName } from '../graph/vocabulary.js';
import type { AppState } from './app-state.js';
import { formatDate } from '../i18n/dates.js';
import { countOfTotal, formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import type { Lang, LinkIssue, LinkPart, OlderMissing, TrimmedPart } from './url.js';
import { holdsOurFacts, ourFactTypes } from './our-database.js';
import { DEFAULT_FILTERS, isUnsourcedSceneFact } from './visibility.js';

export type Chip =
  | { kind: 'time'; id: 'time'; text: string }
  | { kind: 'certainty'; id: string; value: string; text: string }
  | { kind: 'unsourced'; id: 'unsourced'; text: string }
  | { kind: 'sources'; id: 'sources'; text: string }
  | { kind: 'label'; id: string; value: string; text: string }
  | { kind: 'relType'; id: string; value: string; text: string }
  | { kind: 'hiddenNodes'; id: 'hidden-nodes'; text: string }
  | { kind: 'path'; id: 'path'; text: string };

/** What the flow view's caption says of how many flows it loaded, by what its answer covers (AppState.flowScope). */
const FLOWS_COUNT: Record<AppState['flowScope'], MessageKey> = {
  all: 'flowsCount',
  window: 'flowsCountWindow',
  estimated: 'flowsCountWindowEstimated',
};

/** The caption's words for how many flows were loaded of how many, the total counted with its noun. */
export function flowsCountText(
  lang: Lang,
  scope: AppState['flowScope'],
  count: { shown: number; total: number },
): string {
  return t(lang, FLOWS_COUNT[scope], { shown: count.shown, total: countOfTotal(lang, 'Flows', count.total) });
}

/**
 * The view an export was taken from, in words: in the flow view, whether divisions are apart and how many flows it
 * loaded (the caption's words: "100 of 412 flows loaded, the largest first"); then every chip (time window,
 * certainty, sources, hidden labels, types and nodes, path), whether some flow drawn cites all time's sources
 * in the window (`sourcesAllTime`), and whether some was derived by an older version's rules (`outdated`,
 * flows.ts derivedByOtherRules) — '' for the whole view. Written into each exported file
 * and image, so a "stated only, 2023" export is not taken for an all-time one (the CSV tables have no place for it).
 */
export function viewDescription(
  s: ChipInputs & Pick<AppState, 'flowDivisions' | 'flowCount' | 'flowScope'>,
  sourceIds: readonly string[],
  sourcesAllTime = false,
  outdated = false,
): string {
  const parts: string[] = [];
  if (s.mode === 'flows') {
    if (s.flowDivisions) parts.push(t(s.lang, 'dashboardDivisions'));
    if (s.flowCount && s.flowCount.shown < s.flowCount.total)
      parts.push(flowsCountText(s.lang, s.flowScope, s.flowCount).replace(/\.$/, ''));
  }
  parts.push(...activeChips(s, sourceIds).map((c) => c.text));
  // In a time window, flows whose named parts cite all time's sources (flows.ts citesAllTime): the file says so.
  if (sourcesAllTime) parts.push(t(s.lang, 'flowsSourcesAllTime').replace(/\.$/, ''));
  // Flows derived by an older version's rules (flows.ts derivedByOtherRules): the file says so too.
  if (outdated) parts.push(t(s.lang, 'flowsOutdated').replace(/\.$/, ''));
  return parts.join(' · ');
}

/** The parts of the state the chips are made of (a component subscribes to these only). */
export type ChipInputs = Pick<AppState, 'lang' | 'filters' | 'mode' | 'time' | 'scene' | 'path' | 'schema'>;

/** `sourceIds`: the sources the scene's facts cite (state/visibility.ts sceneSources). */
export function activeChips(s: ChipInputs, sourceIds: readonly string[]): Chip[] {
  const { lang, filters } = s;
  const network = s.mode !== 'flows';
  const chips: Chip[] = [];
  // The time window applies in every mode (the flow view asks the server for the window's moves).
  if (s.time.enabled && !s.time.auto) {
    const w = s.time.window;
    chips.push({
      kind: 'time',
      id: 'time',
      text: w.from
        ? t(lang, 'chipTimeWindow', { from: formatDate(w.from, lang), to: formatDate(w.to, lang) })
        : t(lang, 'chipTimeAsOf', { date: formatDate(w.to, lang) }),
    });
  }
  for (const c of DEFAULT_FILTERS.certainties)
    if (!filters.certainties.includes(c))
      chips.push({
        kind: 'certainty',
        id: `certainty-${c}`,
        value: c,
        text: t(lang, 'chipHidden', { what: certaintyName(c, lang) }),
      });
  // Facts no source backs go with any certainty hidden (visibility.ts): said, with how many.
  if (network && DEFAULT_FILTERS.certainties.some((c) => !filters.certainties.includes(c))) {
    let unsourced = 0;
    const factTypes = ourFactTypes(s.schema);
    for (const [id, e] of Object.entries(s.scene.edges))
      if (isUnsourcedSceneFact(id, e, factTypes)) unsourced++;
    if (unsourced)
      chips.push({
        kind: 'unsourced',
        id: 'unsourced',
        text: t(lang, 'chipUnsourcedHidden', { n: formatNumber(unsourced, lang) }),
      });
  }
  // The flow view's edges are derived from every source; the source filter applies to the network's facts.
  // Said while it hides a source of the scene: one hidden in an earlier scene hides nothing here ("5 of 5").
  const hiddenSources = new Set(filters.hiddenSources);
  if (network && sourceIds.some((id) => hiddenSources.has(id))) {
    chips.push({
      kind: 'sources',
      id: 'sources',
      text: t(lang, 'chipSources', {
        n: formatNumber(sourceIds.filter((id) => !hiddenSources.has(id)).length, lang),
        total: formatNumber(sourceIds.length, lang),
      }),
    });
  }
  for (const l of filters.hiddenLabels)
    chips.push({
      kind: 'label',
      id: `label-${l}`,
      value: l,
      text: t(lang, 'chipHidden', { what: labelName(l, lang, holdsOurFacts(s.schema)) }),
    });
  for (const r of filters.hiddenRelTypes)
    chips.push({
      kind: 'relType',
      id: `rel-${r}`,
      value: r,
      text: t(lang, 'chipHidden', { what: relName(r, lang, holdsOurFacts(s.schema)) }),
    });
  const hidden = Object.keys(s.scene.hidden).length;
  if (network && hidden)
    chips.push({
      kind: 'hiddenNodes',
      id: 'hidden-nodes',
      text: t(lang, 'chipHiddenNodes', { n: formatNumber(hidden, lang) }),
    });
  // A path is found in the network: its highlight belongs there and never greys out the flow view.
  if (network && s.path.highlight) chips.push({ kind: 'path', id: 'path', text: t(lang, 'chipPath') });
  // "implied hidden" reads as a sentence fragment; a chip starts with a capital (Arabic has none, and is unchanged).
  return chips.map((c) => ({ ...c, text: c.text.charAt(0).toUpperCase() + c.text.slice(1) }));
}

const MISSING: Record<OlderMissing, MessageKey> = {
  positions: 'linkMissingPositions',
  filters: 'linkMissingFilters',
  exactFacts: 'linkMissingExactFacts',
  sourceFilter: 'linkMissingSourceFilter',
};

const TRIMMED: Record<TrimmedPart, MessageKey> = {
  positions: 'linkMissingPositions',
  facts: 'linkMissingExactFacts',
  editor: 'linkPartEditor',
  nodes: 'linkTrimmedNodes',
  hidden: 'linkTrimmedHidden',
  multiSelection: 'linkTrimmedMultiSelection',
  hiddenSources: 'linkTrimmedHiddenSources',
  view: 'linkTrimmedView',
};

const PARTS: Record<LinkPart, MessageKey> = {
  version: 'linkPartScene',
  lang: 'linkPartDisplay',
  theme: 'linkPartDisplay',
  mode: 'linkPartMode',
  query: 'linkPartScene',
  params: 'linkPartScene',
  nodes: 'linkPartScene',
  edges: 'linkPartScene',
  hidden: 'linkPartScene',
  positions: 'linkPartPositions',
  filters: 'linkPartFilters',
  time: 'linkPartTime',
  selection: 'linkPartSelection',
  appearance: 'linkPartAppearance',
  editor: 'linkPartEditor',
  path: 'linkPartPath',
  camera: 'linkPartCamera',
  table: 'linkPartTable',
  reader: 'linkPartReader',
};

/** One sentence per issue of a shared link, in the UI language. */
export function linkIssueTexts(issues: LinkIssue[], lang: Lang): string[] {
  const list = (keys: MessageKey[]) =>
    [...new Set(keys)].map((k) => t(lang, k)).join(t(lang, 'listSeparator'));
  return issues.map((issue) => {
    switch (issue.kind) {
      case 'older':
        return t(lang, 'linkOlder', { missing: list(issue.missing.map((m) => MISSING[m])) });
      case 'newer':
        // The version as the address writes it (v=7), not as a count.
        return t(lang, 'linkNewer', { version: String(issue.version) });
      case 'unreadable':
        return t(lang, 'linkUnreadable', { parts: list(issue.parts.map((p) => PARTS[p])) });
      case 'droppedIds':
        return t(lang, 'linkDroppedIds', { n: formatNumber(issue.dropped, lang) });
      case 'unwrittenIds':
        return t(lang, 'linkUnwrittenIds', { n: formatNumber(issue.count, lang) });
      case 'tooLong':
        return t(lang, 'linkTooLong');
      case 'trimmed':
        return t(lang, 'linkTrimmed', { parts: list(issue.parts.map((p) => TRIMMED[p])) });
      case 'sceneFailed':
        return t(lang, 'linkSceneFailed', { error: issue.error });
      case 'noNodes':
        return t(lang, 'linkNoNodes');
      case 'missingNodes':
        return t(lang, 'linkMissingNodes', {
          missing: formatNumber(issue.missing, lang),
          total: countOfTotal(lang, 'Nodes', issue.total),
        });
      case 'missingFacts':
        return t(lang, 'linkMissingFacts', {
          missing: formatNumber(issue.missing, lang),
          total: countOfTotal(lang, 'Facts', issue.total),
        });
      case 'missingSelected':
        return t(lang, 'linkMissingSelected', {
          missing: formatNumber(issue.missing, lang),
          total: countOfTotal(lang, 'Nodes', issue.total),
        });
      case 'pathChanged':
        return t(lang, 'linkPathChanged');
      case 'pathAppeared':
        return t(lang, 'linkPathAppeared');
      case 'pathVanished':
        return t(lang, 'linkPathVanished');
    }
  });
}
