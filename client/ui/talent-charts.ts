// The company dashboard's chart options (ECharts), as pure functions of the talent answer, the language and the
// theme: the colours, labels and lines the charts share, and a Sankey of the named moves with the top counterparts
// (the bars of hires and departures per period are talent-bars.ts', the CSV talent-csv.ts'). No chart is drawn here;
// talent-chart.tsx draws them.
import type { GraphNode } from '../../model/graph.js';
import type { TalentResponse } from '../../model/talent-response.js';
import { formatDate } from '../i18n/dates.js';
import { countOf, formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import type { Lang, Theme } from '../state/app-state.js';
import { briefName } from '../graph/names.js';

/** Counterparts the Sankey shows on each side at most; the ranked lists show them all. */
export const DEFAULT_SANKEY_COUNTERPARTS = 8;

export const PALETTE = {
  hiresStated: '#2e7d32',
  hiresImplied: '#81c784',
  departuresStated: '#c62828',
  departuresImplied: '#ef9a9a',
  // Reported counts (hatched in the bars), each split by the certainty of its reports: the implied part lighter.
  reportedHiresStated: '#1565c0',
  reportedHiresImplied: '#90caf9',
  reportedDeparturesStated: '#8e24aa',
  reportedDeparturesImplied: '#ce93d8',
  net: '#f9a825',
  benchmark: '#607d8b',
};

/** A Sankey's counterpart block: an organisation, in no certainty's colour (its links carry that). */
const COUNTERPART_COLOUR = '#90a4ae';

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Unicode's left-to-right and right-to-left isolates and their end (UAX #9). */
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * A source as a chart's image cites it, on one line in the UI's language where the data has it: publisher, date,
 * title, then its id ("Rose al-Youssef, 2025-08-29, … (source:…)"); the id alone when the Source node is not known.
 */
export function chartSourceLine(id: string, source: GraphNode | undefined, lang: Lang): string {
  const p = source?.properties ?? {};
  const s = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : undefined);
  // In an Arabic line an id is kept left to right (isolated): read right to left, its parts would be reordered. The
  // date is written as the Arabic screen writes it (Arabic-Indic digits, year first as read), isolated right to left
  // as a range is (i18n/dates.ts), so the title beside it cannot reorder it.
  const ltr = (x: string | undefined) => (x && lang === 'ar' ? `${LRI}${x}${PDI}` : x);
  const published = s('published');
  const date = published && lang === 'ar' ? `${RLI}${formatDate(published, lang)}${PDI}` : published;
  const name = [
    lang === 'ar' ? (s('publisherAr') ?? s('publisher')) : (s('publisher') ?? s('publisherAr')),
    date,
    lang === 'ar' ? (s('title') ?? s('titleEn')) : (s('titleEn') ?? s('title')),
  ]
    .filter(Boolean)
    .join(lang === 'ar' ? '، ' : ', ');
  return name ? `${name} (${ltr(id)})` : id;
}

/** A period label in the UI's digits: 2024-Q1 → ٢٠٢٤-ر١ in Arabic. */
export function periodLabel(label: string, lang: Lang): string {
  if (lang !== 'ar') return label;
  return label.replace('Q', 'ر').replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!);
}

/** The charts' text, muted text and line colours in a theme. */
export function colours(theme: Theme) {
  return theme === 'dark'
    ? { text: '#e6e6e6', muted: '#9aa0a6', line: '#555b61' }
    : { text: '#1f2328', muted: '#57606a', line: '#d0d7de' };
}

/**
 * The line under the bars about the moves no period holds (undated, or dated less precisely than the period): named
 * hires and departures, each with how many a source only implies, as the bars and lists split them — an implied
 * move in these totals must not read as stated — and, when there are any, the people reports count without naming
 * them and the reports that give no number: a report over a span that crosses periods (14 in 2025, under quarters)
 * is counted here and nowhere else, so the line must say it. (Unsourced stints make no move: the talent queries skip
 * them.)
 */
export function apartLine(
  bucket: TalentResponse['undated'],
  placement: 'undated' | 'imprecise',
  lang: Lang,
): string {
  const implied = (n: number) => (n > 0 ? t(lang, 'dashboardImpliedOf', { n }) : '');
  const { hires, departures } = bucket;
  const named = t(lang, placement === 'undated' ? 'dashboardUndated' : 'dashboardImprecise', {
    hires: countOf(lang, 'Hires', hires.named.stated + hires.named.implied),
    hiresImplied: implied(hires.named.implied),
    departures: countOf(lang, 'Departures', departures.named.stated + departures.named.implied),
    departuresImplied: implied(departures.named.implied),
  });
  const reportedHires = hires.reported.stated + hires.reported.implied;
  const reportedDepartures = departures.reported.stated + departures.reported.implied;
  const reported =
    reportedHires + reportedDepartures > 0
      ? t(lang, 'dashboardApartReported', {
          hires: countOf(lang, 'Hires', reportedHires),
          hiresImplied: implied(hires.reported.implied),
          departures: countOf(lang, 'Departures', reportedDepartures),
          departuresImplied: implied(departures.reported.implied),
        })
      : '';
  const unquantified = hires.reported.unquantified + departures.reported.unquantified;
  return `${named}${reported}${unquantified > 0 ? t(lang, 'dashboardApartUnquantified', { n: unquantified }) : ''}`;
}

/** What a Sankey link stands for: named hires or departures of one certainty (its legend's names are these keys). */
const SANKEY_PARTS = ['hiresStated', 'hiresImplied', 'departuresStated', 'departuresImplied'] as const;

/** The Sankey's legend entries: the links' colours, by kind and certainty (drawn as HTML, and in its image). */
export function sankeyLegend(lang: Lang): { name: string; color: string; line: boolean }[] {
  return SANKEY_PARTS.map((key) => ({ name: t(lang, key), color: PALETTE[key], line: false }));
}

/** The Sankey's height when many counterparts are drawn. */
export const SANKEY_HEIGHT = 260;

/**
 * The Sankey's height for the counterparts it draws (the more of one side): the organisation alone (a small block)
 * or one link a side needs ~120–130 px, two ~190; a single counterpart's block filled 260 px, and the lone block sat
 * amid 260 px of nothing.
 */
export function sankeyHeight(data: TalentResponse): number {
  const { sources, destinations } = sankeyCounterparts(data);
  const n = Math.max(sources.length, destinations.length);
  return n === 0 ? 120 : n === 1 ? 130 : n === 2 ? 190 : SANKEY_HEIGHT;
}

/** A counterpart's named moves in the window, stated and implied: its link's width in the Sankey. */
const namedSize = (r: { named: { stated: number; implied: number } }) => r.named.stated + r.named.implied;

/** The counterparts the Sankey draws: those with named moves in the window (undated ones are not), the top first. */
export function sankeyCounterparts(data: TalentResponse) {
  const top = (rows: TalentResponse['sources']) =>
    rows.filter((r) => namedSize(r) > 0).slice(0, DEFAULT_SANKEY_COUNTERPARTS);
  return { sources: top(data.sources), destinations: top(data.destinations) };
}

/** A Sankey link: one counterpart's named moves of one certainty (stated and implied are drawn apart). */
interface SankeyLink {
  source: string;
  target: string;
  value: number;
  org: string;
  kind: 'hire' | 'departure';
  /** The legend's name of its moves: hires or departures, stated or implied. */
  part: MessageKey;
  lineStyle: { color: string };
}

/**
 * A counterpart's links: its stated moves in the stated colour and those a source only implies beside them in the
 * implied one (as the bars draw them), never one link that draws implied moves as stated.
 */
function certaintyLinks(
  r: { org: { id: string }; named: { stated: number; implied: number } },
  source: string,
  target: string,
  kind: 'hire' | 'departure',
): SankeyLink[] {
  const parts = [
    { value: r.named.stated, part: kind === 'hire' ? 'hiresStated' : 'departuresStated' },
    { value: r.named.implied, part: kind === 'hire' ? 'hiresImplied' : 'departuresImplied' },
  ] as const;
  return parts
    .filter((p) => p.value > 0)
    .map((p) => ({
      source,
      target,
      value: p.value,
      org: r.org.id,
      kind,
      part: p.part,
      lineStyle: { color: PALETTE[p.part] },
    }));
}

/**
 * A name isolated from the text around it (Unicode's first-strong isolate): in an Arabic tooltip, two Latin names
 * around the arrow would otherwise be laid out left to right, and "OpenAI ← Meta" read the wrong way.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Text made safe for an ECharts tooltip, which is HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Named moves in the window: top sources → the organisation → top destinations (each side its own nodes). */
export function sankeyOption(data: TalentResponse, lang: Lang, theme: Theme) {
  const c = colours(theme);
  const { sources, destinations } = sankeyCounterparts(data);
  // With no link (an organisation whose people all moved undated, Meta in the article) ECharts lays out one column
  // and no value: it divides by zero depth and zero total, draws the node nowhere and its label at the chart's corner,
  // half above its top. The organisation alone is drawn as a small block in the middle, its name beside it; the block
  // stands for no number (the series is silent: no tooltip with one).
  const lone = sources.length === 0 && destinations.length === 0;
  const centre = briefName(data.org, lang);
  // Sankey nodes are keyed by name: the same organisation as source and destination gets two (in / out) keys.
  const inKey = (id: string) => `in:${id}`;
  const outKey = (id: string) => `out:${id}`;
  const names = new Map<string, string>([['centre', centre]]);
  for (const r of sources) names.set(inKey(r.org.id), briefName(r.org, lang));
  for (const r of destinations) names.set(outKey(r.org.id), briefName(r.org, lang));
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: 'inherit' },
    tooltip: {
      trigger: 'item',
      // A link says whether its moves are stated or only implied (its colour says so too), its arrow pointing the way
      // its language reads; a node, its name.
      formatter: (p: { dataType?: string; data: { key?: string; part?: MessageKey; kind?: string } }) => {
        if (p.dataType !== 'edge') return escapeHtml(names.get(p.data.key ?? '') ?? '');
        const { part, value, org, kind } = p.data as SankeyLink;
        const other = names.get(kind === 'hire' ? inKey(org) : outKey(org)) ?? '';
        const [from, to] = kind === 'hire' ? [other, centre] : [centre, other];
        return `${isolate(escapeHtml(from))} ${lang === 'ar' ? '←' : '→'} ${isolate(escapeHtml(to))}<br>${escapeHtml(t(lang, part))}: ${formatNumber(value, lang)}`;
      },
    },
    series: [
      {
        type: 'sankey',
        orient: 'horizontal',
        left: 140,
        right: 140,
        top: lone ? '42%' : 12,
        bottom: lone ? '42%' : 12,
        silent: lone,
        nodeGap: 10,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: { color: c.text, formatter: (p: { data: { key: string } }) => names.get(p.data.key) ?? '' },
        // Nearly opaque, so a link's colour reads as the legend's: at half opacity a stated link would pass for implied.
        lineStyle: { opacity: 0.8 },
        data: [
          ...[...names.keys()].map((key) => ({
            name: key,
            key,
            ...(lone ? { value: 1, localX: 0.5 } : {}),
            itemStyle: {
              // A counterpart's block stands for all its moves, stated or implied: not in a certainty's colour.
              color: key === 'centre' ? PALETTE.net : COUNTERPART_COLOUR,
            },
          })),
        ],
        // Arabic reads right to left: each link is drawn reversed, so sources stand on the right, destinations on
        // the left (a Sankey lays out its links from left to right).
        links: [
          ...sources.flatMap((r) => certaintyLinks(r, inKey(r.org.id), 'centre', 'hire')),
          ...destinations.flatMap((r) => certaintyLinks(r, 'centre', outKey(r.org.id), 'departure')),
        ].map((l) => (lang === 'ar' ? { ...l, source: l.target, target: l.source } : l)),
      },
    ],
  };
}
