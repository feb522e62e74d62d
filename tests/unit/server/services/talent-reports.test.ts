// How the talent service counts departures reports: TALENT_REPORTS gives a report one row per counterpart it names
// (one event from Meta to both OpenAI and Anthropic is two rows), and a total must still count that report once —
// the source says 10 left, not 20 — while each counterpart's ranked row shows it beside that counterpart. The rows
// are made-up test data shaped as the repository returns them (the query is run against Neo4j in
// tests/integration/server/talent-reports.test.ts).
import { describe, expect, it } from 'vitest';
import type { TalentData, TalentReportRow } from '../../../../server/repositories/talent-repository.js';
import { rank, reportsOf, seriesOf } from '../../../../server/services/talent-service.js';
import { periodsBetween } from '../../../../server/services/talent-periods.js';

const org = (id: string, name: string) => ({ id, name, nameAr: null });
const META = org('org:meta', 'Meta');
const OPENAI = org('org:openai', 'OpenAI');
const ANTHROPIC = org('org:anthropic', 'Anthropic');

/** One row of a report, as TALENT_REPORTS gives it for one of its counterparts. */
function row(
  id: string,
  counterpart: ReturnType<typeof org> | null,
  count: number | null,
  certainty: 'stated' | 'implied' = 'stated',
  date: string | null = '2025-06',
): TalentReportRow {
  return {
    id,
    name: id,
    direction: 'departure',
    count,
    countQualifier: null,
    since: null,
    until: null,
    date,
    published: null,
    counterpart,
    implied: certainty === 'implied' ? [`fact:${id}-to-${counterpart?.id ?? 'none'}`] : [],
    facts: [],
    placedBy: [],
  };
}

function counts(reports: TalentReportRow[]) {
  const data: TalentData = { org: META, people: [], index: null, reports };
  const periods = periodsBetween('2025', '2025', 'year');
  const rows = reportsOf(data, periods, 'year');
  return { series: seriesOf(META, [], rows, periods), ranked: rank([], rows, 'departure') };
}

describe('reported departures', () => {
  it('counts one report naming two destinations once in the total, and beside each destination in its row', () => {
    const { series, ranked } = counts([row('event:exodus', OPENAI, 10), row('event:exodus', ANTHROPIC, 10)]);
    expect(series.periods[0]!.departures.reported).toEqual({ stated: 10, implied: 0, unquantified: 0 });
    expect(series.periods[0]!.net.reported).toBe(-10);
    expect(ranked.map((r) => [r.org.id, r.reported.stated])).toEqual([
      ['org:anthropic', 10],
      ['org:openai', 10],
    ]);
  });

  it('still sums different reports of different destinations, and takes the largest for one destination', () => {
    const { series } = counts([
      row('event:exodus', OPENAI, 10),
      row('event:exodus', ANTHROPIC, 10),
      row('event:later', OPENAI, 12),
      row('event:smaller', ANTHROPIC, 3),
    ]);
    // OpenAI's largest is the 12, Anthropic's the 10 (which also names OpenAI): 12 + 10, the 10 once.
    expect(series.periods[0]!.departures.reported.stated).toBe(22);
  });

  it('counts a report stated when its chain to one of its destinations is stated', () => {
    const { series } = counts([
      row('event:exodus', OPENAI, 10, 'implied'),
      row('event:exodus', ANTHROPIC, 10, 'stated'),
    ]);
    expect(series.periods[0]!.departures.reported).toEqual({ stated: 10, implied: 0, unquantified: 0 });
    // Stated towards Anthropic, where a larger report wins: counted where it is largest (OpenAI), still stated.
    const { series: other } = counts([
      row('event:exodus', OPENAI, 10, 'implied'),
      row('event:exodus', ANTHROPIC, 10, 'stated'),
      row('event:bigger', ANTHROPIC, 12, 'stated'),
    ]);
    expect(other.periods[0]!.departures.reported).toEqual({ stated: 22, implied: 0, unquantified: 0 });
  });

  it('counts a report that gives no number once among the unquantified, however many destinations it names', () => {
    const { series } = counts([
      row('event:vague', OPENAI, null, 'stated', null),
      row('event:vague', ANTHROPIC, null, 'stated', null),
    ]);
    expect(series.undated.departures.reported).toEqual({ stated: 0, implied: 0, unquantified: 1 });
  });

  it('counts a report naming no destination as overlapping every other: the larger of it and their sum, never both', () => {
    // "30 left Meta" and "at least 14 left Meta for xAI": the 14 may be among the 30.
    const XAI = org('org:xai', 'xAI');
    const over = counts([row('event:thirty', null, 30), row('event:to-xai', XAI, 14)]);
    expect(over.series.periods[0]!.departures.reported).toEqual({ stated: 30, implied: 0, unquantified: 0 });
    // Reports of different destinations saying more than it: they stand for it.
    const under = counts([
      row('event:thirty', null, 30),
      row('event:to-xai', XAI, 14),
      row('event:to-openai', OPENAI, 20),
    ]);
    expect(under.series.periods[0]!.departures.reported).toEqual({ stated: 34, implied: 0, unquantified: 0 });
    // As much, and stated where one of the sum is only implied: the stated number stands.
    const tie = counts([
      row('event:thirty', null, 30),
      row('event:to-xai', XAI, 14, 'implied'),
      row('event:to-openai', OPENAI, 16),
    ]);
    expect(tie.series.periods[0]!.departures.reported).toEqual({ stated: 30, implied: 0, unquantified: 0 });
    // Alone, it counts as before; and it never ranks a destination.
    expect(counts([row('event:thirty', null, 30)]).series.periods[0]!.departures.reported.stated).toBe(30);
    expect(over.ranked.map((r) => [r.org.id, r.reported.stated])).toEqual([['org:xai', 14]]);
  });
});

/** A row whose chain of facts rests on one source: `source:<id>-to-<counterpart>`. */
function sourced(r: TalentReportRow): TalentReportRow {
  const source = `source:${r.id.slice('event:'.length)}-to-${r.counterpart?.id.slice('org:'.length) ?? 'none'}`;
  return {
    ...r,
    facts: [
      {
        id: `fact:${source}`,
        org: null,
        role: 'from',
        certainty: r.implied.length ? 'implied' : 'stated',
        evidence: null,
        evidenceEn: null,
        note: null,
        sources: [source],
      },
    ],
  };
}

describe('the sources a reported count cites', () => {
  it('cites the reports a total counts: not a smaller one a larger stands for, nor an implied chain beside a stated one', () => {
    const { series, ranked } = counts(
      [
        row('event:exodus', OPENAI, 10, 'stated'),
        row('event:exodus', ANTHROPIC, 10, 'implied'),
        row('event:smaller', OPENAI, 3),
        row('event:vague', ANTHROPIC, null, 'implied'),
      ].map(sourced),
    );
    expect(series.periods[0]!.departures.reported).toEqual({ stated: 10, implied: 0, unquantified: 1 });
    expect(series.periods[0]!.departures.cited.reported).toEqual({
      stated: ['source:exodus-to-openai'],
      implied: [],
      unquantified: ['source:vague-to-anthropic'],
    });
    // Beside each destination, the row counted there: towards Anthropic the implied chain is what counts.
    expect(ranked.map((r) => [r.org.id, r.cited.reported])).toEqual([
      [
        'org:anthropic',
        { stated: [], implied: ['source:exodus-to-anthropic'], unquantified: ['source:vague-to-anthropic'] },
      ],
      ['org:openai', { stated: ['source:exodus-to-openai'], implied: [], unquantified: [] }],
    ]);
  });

  it('cites the report naming no destination alone where it stands for the others, and them alone where they do', () => {
    const XAI = org('org:xai', 'xAI');
    const over = counts([row('event:thirty', null, 30), row('event:to-xai', XAI, 14)].map(sourced));
    expect(over.series.periods[0]!.departures.cited.reported.stated).toEqual(['source:thirty-to-none']);
    const under = counts(
      [row('event:thirty', null, 30), row('event:to-xai', XAI, 14), row('event:to-openai', OPENAI, 20)].map(
        sourced,
      ),
    );
    expect(under.series.periods[0]!.departures.cited.reported.stated).toEqual([
      'source:to-openai-to-openai',
      'source:to-xai-to-xai',
    ]);
  });
});
