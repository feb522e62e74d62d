// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): the precision a source gives, never more. Validation and
// comparison helpers shared by the facts schema, the seed and the server.
import { compareIds } from './graph.js';

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const PARTIAL_DATE_FORMATS = 'YYYY, YYYY-MM or YYYY-MM-DD';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a well-formed partial date that exists in the calendar (no month 13, no 31 April, no 29 Feb 2025). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day a partial date can mean: '2025' → '2025-01-01'. */
export function earliestDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a partial date can mean: '2024-02' → '2024-02-29'. */
export function latestDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return value;
}

/**
 * Compares two partial dates at their common precision: '2025' vs '2025-03' is 0 (the year contains the
 * month), '2024-12' vs '2025' is -1. This is the order the seed uses for stints and the one its Cypher
 * applies with string prefixes (`left(a, n) <= left(b, n)`).
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return compareIds(x, y);
}

/** True when `a` can be at or before `b` (it is, at their common precision). */
export function mayPrecede(a: string, b: string): boolean {
  return comparePartialDates(a, b) <= 0;
}
