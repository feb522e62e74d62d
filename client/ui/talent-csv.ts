// The company dashboard's numbers as CSV: each period and the moves no period holds, named and reported apart, by
// certainty, of the organisation and its benchmark, each row with the sources of its own numbers, then all of them.
import type { TalentResponse } from '../../model/talent-response.js';
import { csvCited, rowCited } from './talent-cited.js';

/** The periods as CSV rows (the dashboard's numbers export): named and reported apart, by certainty. */
export function periodsCsv(data: TalentResponse): string {
  const head = [
    'organisation',
    'period',
    'start',
    'end',
    'hires_named_stated',
    'hires_named_implied',
    'hires_reported_stated',
    'hires_reported_implied',
    'hires_reported_unquantified',
    'departures_named_stated',
    'departures_named_implied',
    'departures_reported_stated',
    'departures_reported_implied',
    'departures_reported_unquantified',
    'net_named',
    'net_reported',
    // The Source ids of the row's numbers, space-separated: a row read or shared alone names its own evidence.
    'sources',
  ];
  const series = [data, ...(data.benchmark ? [data.benchmark] : [])];
  const rows = series.flatMap((s) => [
    ...s.periods.map((p) => [
      s.org.id,
      p.label,
      p.start,
      p.end,
      p.hires.named.stated,
      p.hires.named.implied,
      p.hires.reported.stated,
      p.hires.reported.implied,
      p.hires.reported.unquantified,
      p.departures.named.stated,
      p.departures.named.implied,
      p.departures.reported.stated,
      p.departures.reported.implied,
      p.departures.reported.unquantified,
      p.net.named,
      p.net.reported,
      rowCited(p).join(' '),
    ]),
    ...(['undated', 'imprecise'] as const).map((k) => [
      s.org.id,
      k,
      '',
      '',
      s[k].hires.named.stated,
      s[k].hires.named.implied,
      s[k].hires.reported.stated,
      s[k].hires.reported.implied,
      s[k].hires.reported.unquantified,
      s[k].departures.named.stated,
      s[k].departures.named.implied,
      s[k].departures.reported.stated,
      s[k].departures.reported.implied,
      s[k].departures.reported.unquantified,
      '',
      '',
      rowCited(s[k]).join(' '),
    ]),
  ]);
  // All the rows' sources, the benchmark's beside the organisation's; not those of moves outside the window.
  const sourceIds = csvCited(data);
  const cell = (v: unknown) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [head, ...rows].map((r) => r.map(cell).join(','));
  lines.push('', `sources,${sourceIds.map(cell).join(' ')}`);
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
