// Dates as the reader sees them, one formatter per interface language: a partial date ('2019', '2022-04',
// '2025-08-03') at its own precision, in English as stored and in Arabic in Arabic-Indic digits (as the dashboard's
// axis writes its periods); and a range of two, from its start to its end in the reading direction. Machine formats
// (exports, links, Cypher, data attributes, <time datetime>) keep the stored date and do not come here.
import type { Lang } from './lang.js';

const ARABIC_INDIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** A year, a year and month, or a day, as the data stores them (model/dates.ts). */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Unicode's right-to-left isolate and its end (UAX #9). */
const RLI = '\u2067';
const PDI = '\u2069';

/**
 * A partial date in the UI language's digits, no more precise than stored: a year stays a year. In Arabic the parts
 * keep their order, year first as read: digits and hyphens make a right-to-left run, the year on its right.
 * Anything that is no partial date (a foreign graph's text, a timestamp) is shown as it is.
 */
export function formatDate(date: string, lang: Lang): string {
  if (lang !== 'ar' || !PARTIAL_DATE.test(date)) return date;
  return date.replace(/\d/g, (d) => ARABIC_INDIC_DIGITS[Number(d)]!);
}

/**
 * Two dates as a range, start to end as read: "2019 – 2025-08-03"; in Arabic isolated as a right-to-left run, so the
 * start stands on the right whatever the text around it ("٢٠١٩ – ٢٠٢٥-٠٨-٠٣" read from the right), where Latin
 * digits in an Arabic line made "2025-08-03 – 2019" read as if it ran back to front.
 */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  const range = `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  return lang === 'ar' ? `${RLI}${range}${PDI}` : range;
}
