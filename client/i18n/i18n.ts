// Interface text in English and Arabic. t(lang, key, vars) fills {placeholders}; a missing Arabic string falls
// back to English, and a missing key shows the key (easy to spot in review).
import type { Lang } from './lang.js';
import { AR } from './messages-ar.js';
import { EN, type MessageKey } from './messages-en.js';

export type { MessageKey };

export type Vars = Record<string, string | number>;

/** A message in the UI's language; numbers among its values are written in that language's digits (formatNumber). */
export function t(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const template = (lang === 'ar' ? AR[key] : undefined) ?? EN[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in vars)) return m;
    const v = vars[k]!;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

// One formatter per language and style, made on first use: toLocaleString builds a new one per call, which cost a
// thousand-node scene ~50 ms of its first frame.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: 'count' | 'metric'): Intl.NumberFormat {
  const key = `${lang}|${style}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(
        lang === 'ar' ? 'ar-EG' : 'en',
        style === 'metric' ? { maximumSignificantDigits: 3 } : {},
      )),
    );
  return f;
}

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** The Arabic thousands separator (U+066C), as ICU's ar-EG format writes it. */
const ARABIC_THOUSANDS = '\u066c';
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Numbers in the UI language's digits (Arabic-Indic in the Arabic UI). Whole counts, what the first screen shows, are
 * written here without Intl, character for character as Intl writes them (a unit test compares the two): a page's
 * first Intl formatter loads ICU's number data, ~30 ms of the main thread in Chromium here, and the scene's counts
 * are drawn on the way to its first frame. Fractions and negatives go to Intl.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n) && n >= 0) {
    const grouped = String(n).replace(THOUSANDS, lang === 'ar' ? ARABIC_THOUSANDS : ',');
    return lang === 'ar' ? grouped.replace(/\d/g, (d) => ARABIC_INDIC_DIGITS[Number(d)]!) : grouped;
  }
  return numberFormat(lang, 'count').format(n);
}

/**
 * Nouns counted with countOf: each has a message per plural form, `count<Noun>One`, `Two`, `Few` and the plain key, and
 * where Arabic writes them apart `Many` (eleven to ninety-nine: a masculine noun's accusative, ١٤ تعيينًا) and `TwoOf`
 * (the dual after a preposition, من عقدتين).
 */
export type CountedNoun =
  | 'Nodes'
  | 'Relationships'
  | 'Facts'
  | 'Hires'
  | 'Departures'
  | 'Neighbours'
  | 'Steps'
  | 'Rows'
  | 'Flows'
  | 'CacheHits'
  | 'CacheMisses'
  | 'DbHits'
  // A noun with the word that qualifies it, where the two languages put that word on different sides of it
  // (14 smaller flows, ١٤ تدفّقًا أصغر).
  | 'TalentFlows'
  | 'SmallerFlows'
  | 'UnpinnedResults'
  // The timeline strip's events and moves.
  | 'TimelineItems';

/**
 * The plural form a number takes: English one and other; Arabic (CLDR's rules, written out: Intl.PluralRules would
 * load ICU's data on the way to the first frame, which shows the scene's counts, see formatNumber) one, two (the
 * dual), few (3–10, and 103–110, …), many (11–99, 111–199, …) and other (0, 100–102, …).
 */
function pluralForm(lang: Lang, n: number): 'One' | 'Two' | 'Few' | 'Many' | '' {
  if (n === 1) return 'One';
  if (lang !== 'ar') return '';
  if (n === 2) return 'Two';
  const rest = n % 100;
  return rest >= 3 && rest <= 10 ? 'Few' : rest >= 11 && rest <= 99 ? 'Many' : '';
}

/** The first of `keys` the messages have (a noun that writes two forms alike has one message for both). */
function firstKey(keys: string[]): MessageKey {
  return (keys.find((k) => k in EN) ?? keys[keys.length - 1]) as MessageKey;
}

/**
 * A count with its noun in the form the language gives that number: English 1 node, 2 nodes; Arabic one (عقدة
 * واحدة), two (the dual, عقدتان), three to ten — and 103 to 110, … — the plural (٣ عقد), any other the singular (١١
 * عقدة, ١٠٠ عقدة), in the accusative from eleven to ninety-nine where that is written (١١ تعيينًا).
 */
export function countOf(lang: Lang, noun: CountedNoun, n: number): string {
  const form = pluralForm(lang, n);
  return t(lang, firstKey([`count${noun}${form}`, `count${noun}`]), { n });
}

/**
 * A total that a part is counted of, after "of" (Arabic من): the noun agrees with the total, not with the part (٢ من
 * ٩ عقد), and a dual is in the genitive (١ من عقدتين).
 */
export function countOfTotal(lang: Lang, noun: CountedNoun, n: number): string {
  const form = pluralForm(lang, n);
  return t(lang, firstKey([`count${noun}${form}Of`, `count${noun}${form}`, `count${noun}`]), { n });
}

/**
 * Text set apart for the bidirectional algorithm (first-strong isolate, U+2068 … U+2069): an id or a name inside a
 * sentence of the other direction keeps its own order and leaves the sentence's alone (UAX #9).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A metric's value in the UI language's digits, to three significant digits (legends of appearance rules). */
export function formatMetric(n: number, lang: Lang): string {
  return numberFormat(lang, 'metric').format(n);
}

export const MESSAGE_KEYS = Object.keys(EN) as MessageKey[];
export const ARABIC_KEYS = Object.keys(AR) as MessageKey[];
