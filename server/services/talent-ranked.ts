// The ranked counterparts of GET /api/orgs/:id/talent (where an organisation's people came from and went to), each
// number with the sources behind it, and the largest-report rule the totals (talent-service.ts fill) share with them.
import { outranks } from '../../model/report-merge.js';
import type { TalentCertainty as Certainty, TalentKind as Kind } from '../../model/talent-events.js';
import type { Brief } from '../../model/talent-rows.js';
import type { TalentReport, TalentResponse } from '../../model/talent-response.js';
import { noNamedCited, noReportedCited, rowSources, sourcesOf, type CountedMove } from './talent-cites.js';

/** largestPerCounterpart's key of the reports that name no counterpart. */
export const NO_COUNTERPART = '';

/**
 * Of the rows that give a number, the largest per counterpart (a stated row wins a tie): two reports of people moving
 * to one counterpart may count the same people, so the larger is counted towards it, never their sum.
 */
export function largestPerCounterpart(rows: readonly TalentReport[]): Map<string, TalentReport> {
  const largest = new Map<string, TalentReport>();
  for (const r of rows) {
    if (r.count === null) continue;
    const key = r.counterpart?.id ?? NO_COUNTERPART;
    if (outranks(r, largest.get(key))) largest.set(key, r);
  }
  return largest;
}

/**
 * Counterparts ranked by the larger of named (in the window) and reported people. Each number cites what it counts:
 * the moves of the people it counts towards the counterpart, as sure as it counts them (their facts at the
 * organisation and those each move adds towards the counterpart), and the report rows it counts.
 */
export function rank(moves: CountedMove[], reports: TalentReport[], kind: Kind): TalentResponse['sources'] {
  type Row = TalentResponse['sources'][number];
  const rows = new Map<string, Row>();
  const entry = (org: Brief) => {
    let r = rows.get(org.id);
    if (!r) {
      r = {
        org,
        named: { stated: 0, implied: 0 },
        undated: { stated: 0, implied: 0 },
        reported: { stated: 0, implied: 0, unquantified: 0 },
        cited: { named: noNamedCited(), undated: noNamedCited(), reported: noReportedCited() },
      };
      rows.set(org.id, r);
    }
    return r;
  };
  // Gathered as they come, each list made distinct and sorted at the end.
  const cite = (list: string[], ids: readonly string[]) => {
    for (const id of ids) list.push(id);
  };
  // Each person once per counterpart, dated (in the window) and undated apart, as sure as their surest move there.
  const people = new Map<string, { org: Brief; undated: boolean; certainty: Certainty; cites: string[] }>();
  for (const m of moves) {
    if (m.kind !== kind || m.placement === 'outside') continue;
    const undated = m.placement === 'undated';
    m.counterparts.forEach((c, i) => {
      const key = `${undated ? 'u' : 'd'}|${c.org.id}|${m.person.id}`;
      const had = people.get(key);
      // An implied move beside a stated one towards the same counterpart is counted nowhere, so cited nowhere.
      if (had?.certainty === 'stated' && c.certainty === 'implied') return;
      const p =
        had?.certainty === c.certainty ? had : { org: c.org, undated, certainty: c.certainty, cites: [] };
      people.set(key, p);
      cite(p.cites, m.cites.own);
      cite(p.cites, m.cites.towards[i] ?? []);
    });
  }
  for (const p of people.values()) {
    const part = p.undated ? 'undated' : 'named';
    const row = entry(p.org);
    row[part][p.certainty] += 1;
    cite(row.cited[part][p.certainty], p.cites);
  }
  const ranked = reports.filter((r) => r.kind === kind && r.counterpart && r.placement !== 'outside');
  for (const r of ranked)
    if (r.count === null) {
      const row = entry(r.counterpart!);
      row.reported.unquantified += 1;
      cite(row.cited.reported.unquantified, rowSources(r));
    }
  for (const r of largestPerCounterpart(ranked).values()) {
    const row = entry(r.counterpart!);
    row.reported[r.certainty] += r.count!;
    cite(row.cited.reported[r.certainty], rowSources(r));
  }
  for (const { cited } of rows.values())
    for (const lists of [cited.named, cited.undated, cited.reported] as Record<string, string[]>[])
      for (const [k, ids] of Object.entries(lists)) lists[k] = sourcesOf([ids]);
  const size = (r: Row) => Math.max(r.named.stated + r.named.implied, r.reported.stated + r.reported.implied);
  const undatedSize = (r: Row) => r.undated.stated + r.undated.implied;
  return [...rows.values()].sort(
    (a, b) => size(b) - size(a) || undatedSize(b) - undatedSize(a) || a.org.id.localeCompare(b.org.id),
  );
}
