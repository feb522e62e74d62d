// One report from its rows: the talent query gives a report one row per counterpart it names (each with its own
// chain of facts). The dashboard's totals (server/services/talent-service.ts) and its lists (client/ui) both take
// the rows as one report by this one rule, so a count and the list behind it cannot disagree. Also the one rule for
// the number overlapping reports stand for (the largest, never their sum) and how sure that number is, which the
// dashboard and the flows (server and client) all follow.
import type { Certainty } from './labels.js';
import type { TalentMove, TalentReport } from './talent-response.js';

/** A counterpart of a report: where its people went (departure) or came from (hire), and how sure that is. */
export type ReportCounterpart = TalentMove['counterparts'][number];

/** A report once: stated when one chain of its facts is, with every counterpart it names and every fact behind it. */
export interface MergedReport extends TalentReport {
  counterparts: ReportCounterpart[];
}

/**
 * What makes rows one report: its id and its direction. A report of people moving both ways (from Meta and a rival
 * to Meta and the rival) is a departure towards the rival and a hire from it — two facts, counted in hires and in
 * departures apart, and never one line that would say the rival is where both went.
 */
export const reportKey = (r: Pick<TalentReport, 'id' | 'kind'>): string => `${r.kind}|${r.id}`;

/**
 * The rows merged into one report each, in the order first seen. A report is stated when any of its rows is (a
 * stated chain of facts counts it here; an implied one beside it takes nothing away); a counterpart is listed once,
 * stated when any chain to it is; facts are joined, each once. The rest (count, dates, placement) is the report's
 * own and the same on every row.
 */
export function mergeReportRows(rows: readonly TalentReport[]): MergedReport[] {
  const merged = new Map<string, { report: MergedReport; facts: Set<string> }>();
  for (const r of rows) {
    const key = reportKey(r);
    let had = merged.get(key);
    if (!had) {
      had = { report: { ...r, facts: [], counterparts: [] }, facts: new Set() };
      merged.set(key, had);
    }
    const report = had.report;
    if (r.certainty === 'stated') report.certainty = 'stated';
    if (r.counterpart) {
      const known = report.counterparts.find((c) => c.org.id === r.counterpart!.id);
      if (!known) report.counterparts.push({ org: r.counterpart, certainty: r.certainty });
      else if (r.certainty === 'stated') known.certainty = 'stated';
    }
    for (const f of r.facts) {
      if (had.facts.has(f.id)) continue;
      had.facts.add(f.id);
      report.facts.push(f);
    }
  }
  return [...merged.values()].map((m) => m.report);
}

/** What the largest-report rule reads of a report: its number (null when it gives none) and its certainty. */
export interface CountedReport {
  count: number | null;
  certainty: Certainty;
}

/**
 * Whether report `a` stands for overlapping reports rather than `b`: a larger number, or as large and stated where
 * `b` is not. Overlapping reports may count the same people, so the largest is shown, never their sum; on a tie the
 * stated one, so an implied report never stands where a stated one says as much.
 */
export function outranks(a: CountedReport, b: CountedReport | undefined): boolean {
  if (a.count === null) return false;
  if (!b || b.count === null) return true;
  return a.count > b.count || (a.count === b.count && a.certainty === 'stated' && b.certainty !== 'stated');
}

/** The report whose number stands for `reports` (see outranks), or undefined when none gives a number. */
export function largestReport<T extends CountedReport>(reports: readonly T[]): T | undefined {
  let top: T | undefined;
  for (const r of reports) if (outranks(r, top)) top = r;
  return top;
}

/**
 * How sure the reported part of a flow is: the certainty of the report whose number it shows (an implied "at least
 * 10" shown beside a stated report that gives no number is implied), else, when no report gives a number, stated when
 * one report is. Null when there is no report.
 */
export function reportedCertainty(reports: readonly CountedReport[]): Certainty | null {
  if (reports.length === 0) return null;
  const top = largestReport(reports);
  if (top) return top.certainty;
  return reports.some((r) => r.certainty === 'stated') ? 'stated' : 'implied';
}
