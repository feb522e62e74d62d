// Periods of a talent series (years, quarters or months) and where a dated thing falls among them: in one
// period, over several (imprecise: a year with interval=month), before or after the window, or undated.
import { earliestDay, latestDay } from '../../model/dates.js';
import { MAX_TALENT_PERIODS } from '../../model/api.js';
import { AppError } from '../errors.js';

export type Interval = 'year' | 'quarter' | 'month';
export type Placement = 'period' | 'imprecise' | 'undated' | 'outside';

export interface PeriodBounds {
  label: string;
  start: string;
  end: string;
}

/** The label of the period containing a day (YYYY-MM-DD): 2024, 2024-Q2, 2024-05 — sortable as strings. */
export function periodOfDay(day: string, interval: Interval): string {
  if (interval === 'year') return day.slice(0, 4);
  if (interval === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

export function boundsOf(label: string, interval: Interval): PeriodBounds {
  if (interval === 'year') return { label, start: `${label}-01-01`, end: `${label}-12-31` };
  if (interval === 'month') return { label, start: `${label}-01`, end: latestDay(label) };
  const q = Number(label.slice(6));
  const first = `${label.slice(0, 4)}-${String(q * 3 - 2).padStart(2, '0')}`;
  const last = `${label.slice(0, 4)}-${String(q * 3).padStart(2, '0')}`;
  return { label, start: earliestDay(first), end: latestDay(last) };
}

function next(label: string, interval: Interval): string {
  const y = Number(label.slice(0, 4));
  if (interval === 'year') return String(y + 1);
  if (interval === 'month') {
    const m = Number(label.slice(5, 7));
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const q = Number(label.slice(6));
  return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
}

/** Every period from the one containing `from` to the one containing `to` (partial dates); 400 past the cap. */
export function periodsBetween(from: string, to: string, interval: Interval): PeriodBounds[] {
  const last = periodOfDay(latestDay(to), interval);
  const out: PeriodBounds[] = [];
  for (let p = periodOfDay(earliestDay(from), interval); p <= last; p = next(p, interval)) {
    if (out.length === MAX_TALENT_PERIODS)
      throw new AppError(
        'VALIDATION_ERROR',
        `Invalid query.interval: expected at most ${MAX_TALENT_PERIODS} periods between from and to; use a longer interval or a shorter window.`,
      );
    out.push(boundsOf(p, interval));
  }
  return out;
}

/**
 * Where something dated over [since, until] (partial dates; until null: open-ended) falls: in one period when
 * its whole span lies in it, outside when the span misses the window, otherwise imprecise. No since: undated.
 */
export function place(
  since: string | null,
  until: string | null,
  periods: readonly PeriodBounds[],
  interval: Interval,
): { placement: Placement; period: string | null } {
  if (since === null) return { placement: 'undated', period: null };
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return { placement: 'outside', period: null };
  const a = periodOfDay(earliestDay(since), interval);
  const b = until === null ? null : periodOfDay(latestDay(until), interval);
  if (a > last.label || (b !== null && b < first.label)) return { placement: 'outside', period: null };
  if (a === b) return { placement: 'period', period: a };
  return { placement: 'imprecise', period: null };
}
