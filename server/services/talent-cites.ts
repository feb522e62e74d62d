// The sources each number of GET /api/orgs/:id/talent cites, gathered where the number is counted
// (talent-service.ts fill and rank), so a chart that draws some of the numbers cites only what is behind them: a
// chart of one period does not cite another period's moves, nor a count of hires a report of departures.
import type { TalentCertainty as Certainty } from '../../model/talent-events.js';
import { reportKey } from '../../model/report-merge.js';
import type { TalentMove, TalentReport } from '../../model/talent-response.js';

export const CERTAINTIES: readonly Certainty[] = ['stated', 'implied'];

/** A move as counted, with the sources its counts cite (never sent: the answer's moves list their facts instead). */
export interface CountedMove extends TalentMove {
  cites: {
    /** Where it is counted at the organisation (model/talent-events.ts countedSources). */
    own: readonly string[];
    /** What it adds towards each of its `counterparts`, in their order (counterpartSources). */
    towards: readonly (readonly string[])[];
  };
}

/** A counted move as the answer lists it. */
export const sentMove = ({ cites: _cites, ...move }: CountedMove): TalentMove => move;

/** The distinct ids of some lists, sorted (as the answer's `cited`). */
export function sourcesOf(lists: Iterable<readonly string[]>): string[] {
  const ids = new Set<string>();
  for (const l of lists) for (const id of l) ids.add(id);
  return [...ids].sort();
}

/** A report row's own sources: its chain's PARTICIPATED_IN facts and the PART_OF facts it is counted along. */
export const rowSources = (r: TalentReport): string[] => r.facts.flatMap((f) => f.sources);

/**
 * The sources each report cites where a total counts it once, by reportKey: the rows as sure as the report
 * (model/report-merge.ts: stated when one row is) — a stated report's stated chains only, as a flow's reported part
 * cites a stated report's stated facts; an implied chain beside them backs no part of the number.
 */
export function reportCites(rows: readonly TalentReport[]): Map<string, string[]> {
  const stated = new Set(rows.filter((r) => r.certainty === 'stated').map(reportKey));
  const lists = new Map<string, string[][]>();
  for (const r of rows) {
    const key = reportKey(r);
    if (stated.has(key) && r.certainty !== 'stated') continue;
    const l = lists.get(key);
    if (l) l.push(rowSources(r));
    else lists.set(key, [rowSources(r)]);
  }
  return new Map([...lists].map(([key, l]) => [key, sourcesOf(l)]));
}

/** No source behind a named count (stated, implied) yet. */
export const noNamedCited = () => ({ stated: [] as string[], implied: [] as string[] });

/** No source behind a reported count (stated, implied, unquantified) yet. */
export const noReportedCited = () => ({ ...noNamedCited(), unquantified: [] as string[] });
