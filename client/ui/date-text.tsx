// Dates as elements of a screen: a partial date in the UI's digits (i18n/dates.ts) with the stored one kept for
// machines, and a window of two such dates that reads from its start to its end in the reading direction.
import { formatDate } from '../i18n/dates.js';
import type { Lang } from '../i18n/lang.js';

/**
 * A window's two dates, each isolated (<bdi>, the stored date in data-date) and the whole laid out in the UI's
 * direction: in Arabic the start stands on the right, where the reader begins.
 */
export function DateRange({ from, to, lang }: { from: string; to: string; lang: Lang }) {
  return (
    <span className="date-range" dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <bdi data-date={from}>{formatDate(from, lang)}</bdi> – <bdi data-date={to}>{formatDate(to, lang)}</bdi>
    </span>
  );
}
