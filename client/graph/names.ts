// How a node or fact is named on screen in the chosen language: Arabic names in the Arabic UI when known,
// English otherwise, with the other script available for tooltips.
import { nonBlankText } from '../../model/properties.js';
import { displayNameOf, nameText } from '../../model/display-names.js';
import type { GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import {
  TEXT_WRITTEN_TYPES,
  floatText,
  propertyType,
  propertyValue,
  type PropertyTypes,
} from '../../model/value-types.js';
import { formatDate, formatDateRange } from '../i18n/dates.js';
import { formatNumber } from '../i18n/i18n.js';
import type { Lang } from '../i18n/lang.js';

export type { Lang };

/**
 * The node's name in `lang`, falling back to the other language, then a title; a node with none of our names (a
 * foreign graph's) is named as search names it (model/display-names.ts: `name`, `title`, … then its first string
 * property); else its id.
 */
export function displayName(node: Pick<GraphNode, 'id' | 'properties' | 'types'>, lang: Lang): string {
  const p = node.properties;
  // A value the node's types say is no string (a date, a big integer written as text) names nothing.
  const text = (k: string) => nameText(p, node.types, k);
  const en = text('name') ?? text('titleEn') ?? text('title') ?? text('summary');
  const ar = text('nameAr') ?? text('title') ?? text('summaryAr');
  return (lang === 'ar' ? (ar ?? en) : (en ?? ar)) ?? displayNameOf(p, node.types) ?? node.id;
}

/**
 * The name of a brief — an API answer's `{id, name, nameAr}` of an organisation or person — in `lang`, else in the
 * other language, else its id.
 */
export function briefName(
  b: { id: string; name?: string | null; nameAr?: string | null },
  lang: Lang,
): string {
  return (lang === 'ar' ? (b.nameAr ?? b.name) : (b.name ?? b.nameAr)) ?? b.id;
}

/** The name in the other script, when it differs (shown on hover and in the details header). */
export function otherName(
  node: Pick<GraphNode, 'id' | 'properties' | 'types'>,
  lang: Lang,
): string | undefined {
  const other = displayName(node, lang === 'ar' ? 'en' : 'ar');
  return other !== displayName(node, lang) ? other : undefined;
}

/** A count in the interface language's digits (Arabic-Indic in the Arabic UI), as the panels write it. */
export function countText(n: number, lang: Lang): string {
  return formatNumber(n, lang);
}

/**
 * A short date range for a fact: "2023 – 2025-01", "since 2024", "until 2025", "left". A talent flow of the flow view
 * shows the dates of what the view counts (spanSince/spanUntil: in a time window, by division), not its own span.
 * In the UI language's digits (i18n/dates.ts), start to end as read.
 */
export function factDates(edge: Pick<GraphEdge, 'properties'>, lang: Lang = 'en'): string {
  const p = edge.properties;
  const spanned = 'spanSince' in p || 'spanUntil' in p;
  const first = spanned
    ? nonBlankText(p.spanSince)
    : (nonBlankText(p.start) ?? nonBlankText(p.since) ?? nonBlankText(p.date));
  const last = spanned ? nonBlankText(p.spanUntil) : (nonBlankText(p.end) ?? nonBlankText(p.until));
  // A view's moves or reports all of one date: that date.
  if (spanned && first && first === last) return formatDate(first, lang);
  if (first && last) return formatDateRange(first, last, lang);
  const start = first && formatDate(first, lang);
  const end = last && formatDate(last, lang);
  if (start) return p.left === true ? `${start} – ?` : `${start} –`;
  if (end) return `– ${end}`;
  return p.left === true ? '… – ?' : '';
}

/** The properties our reading takes a fact's part from (vocabulary.ts roleName), then its dates (factDates). */
export const ROLE_KEYS: readonly string[] = ['role', 'relation'];
export const DATE_KEYS: readonly string[] = ['start', 'since', 'date', 'end', 'until'];
export const FACT_KEYS: readonly string[] = [...ROLE_KEYS, ...DATE_KEYS];

/**
 * Which of `keys` a relationship holds a value for, in the order it stores them: what a foreign graph's relationship
 * shows where ours show a role and dates. Its `since` is its own (an Integer, a Duration, no date at all), so it is
 * never read as one of ours, translated or written in the interface's digits.
 */
export function storedKeys(edge: Pick<GraphEdge, 'properties'>, keys: readonly string[]): string[] {
  return Object.keys(edge.properties).filter(
    (k) => keys.includes(k) && propertyValue(edge.properties, k) != null,
  );
}

/** Types whose text could pass for a string (a Duration, a Date): written with their type, as a badge says it. */
const BADGED: ReadonlySet<string> = new Set(TEXT_WRITTEN_TYPES);

/**
 * A foreign element's property as the details panel writes it (ui/property-value.tsx, typed; the model's one reading
 * of its Cypher type): as stored, never in the interface's words or digits; a value written as text that is no
 * string followed by its type ("P1Y Duration"), an empty string as "".
 */
export function storedValueText(
  item: { properties: Readonly<Record<string, JsonValue>>; types?: PropertyTypes | undefined },
  key: string,
): string {
  const value = propertyValue(item.properties, key) ?? null;
  const type = propertyType(item, key);
  if (type === 'String' && typeof value === 'string') return value === '' ? '""' : value;
  const text =
    type === 'Float' ? floatText(value) : typeof value === 'string' ? value : JSON.stringify(value);
  return BADGED.has(type) || (type === 'Float' && typeof value === 'string') ? `${text} ${type}` : text;
}

/**
 * "role: founder · since: 2019": each of `keys` a foreign relationship holds, as stored (storedValueText), each value
 * isolated (FSI…PDI) as the details panel isolates it, so an Arabic one cannot reorder its neighbours on the canvas.
 */
export function storedPropertiesText(
  edge: Pick<GraphEdge, 'properties' | 'types'>,
  keys: readonly string[],
): string {
  return storedKeys(edge, keys)
    .map((k) => `${k}: \u2068${storedValueText(edge, k)}\u2069`)
    .join(' · ');
}

/**
 * A name cut to at most `max` characters for a tight label, at a word's end where one falls in its second half, with
 * an ellipsis ("قسم أبحاث الذكاء…", not "قسم أبحاث الذكاء ا"); whole when it fits.
 */
export function shortName(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
