// One report from the rows the talent query gives it (one per counterpart): the rule the dashboard's totals and its
// lists share; and which report's number stands for overlapping reports, and how sure it is (dashboard and flows). The rows are made-up test data shaped as GET /api/orgs/:id/talent returns them.
import { describe, expect, it } from 'vitest';
import { largestReport, mergeReportRows, reportedCertainty, reportKey } from '../../../model/report-merge.js';
import type { TalentReport } from '../../../model/talent-response.js';

const org = (id: string) => ({ id, name: id, nameAr: null });
const OPENAI = org('org:openai');
const RIVAL = org('org:rival');

const fact = (id: string, certainty: 'stated' | 'implied') => ({
  id,
  type: 'PARTICIPATED_IN',
  org: null,
  start: null,
  end: null,
  role: null,
  certainty,
  evidence: null,
  evidenceEn: null,
  note: null,
  sources: ['source:made-up'],
  placing: null,
});

/** One row of a report towards one counterpart, with its chain of facts. */
function row(
  id: string,
  counterpart: ReturnType<typeof org> | null,
  certainty: 'stated' | 'implied',
  facts: string[] = [],
  kind: 'hire' | 'departure' = 'departure',
): TalentReport {
  return {
    id,
    name: id,
    kind,
    count: 10,
    countQualifier: 'at least',
    since: '2025',
    until: '2025',
    placement: 'period',
    period: '2025',
    certainty,
    counterpart,
    facts: facts.map((f) => fact(f, f.endsWith('implied') ? 'implied' : 'stated')),
  };
}

describe('mergeReportRows', () => {
  it('makes one report of the rows naming its counterparts, each counterpart with its own certainty', () => {
    const [one, ...rest] = mergeReportRows([
      row('event:exodus', OPENAI, 'stated', ['fact:from', 'fact:to-openai']),
      row('event:exodus', RIVAL, 'implied', ['fact:from', 'fact:to-rival-implied']),
    ]);
    expect(rest).toEqual([]);
    expect(one!.count).toBe(10);
    expect(one!.counterparts).toEqual([
      { org: OPENAI, certainty: 'stated' },
      { org: RIVAL, certainty: 'implied' },
    ]);
    // The fact both chains share (leaving Meta) once.
    expect(one!.facts.map((f) => f.id)).toEqual(['fact:from', 'fact:to-openai', 'fact:to-rival-implied']);
  });

  it('calls a report stated when any of its rows is, and implied only when all are', () => {
    const stated = mergeReportRows([row('event:a', RIVAL, 'implied'), row('event:a', OPENAI, 'stated')]);
    expect(stated.map((r) => r.certainty)).toEqual(['stated']);
    const implied = mergeReportRows([row('event:a', RIVAL, 'implied'), row('event:a', OPENAI, 'implied')]);
    expect(implied.map((r) => r.certainty)).toEqual(['implied']);
  });

  it('names a counterpart once, stated when any chain to it is', () => {
    const [one] = mergeReportRows([row('event:a', RIVAL, 'implied'), row('event:a', RIVAL, 'stated')]);
    expect(one!.counterparts).toEqual([{ org: RIVAL, certainty: 'stated' }]);
  });

  it('keeps a report that names no counterpart, with none listed', () => {
    const [one] = mergeReportRows([row('event:a', null, 'implied')]);
    expect(one!.counterparts).toEqual([]);
    expect(one!.certainty).toBe('implied');
  });

  it('keeps different reports apart, in the order first seen, and leaves the rows as they were', () => {
    const rows = [
      row('event:b', OPENAI, 'implied'),
      row('event:a', OPENAI, 'stated'),
      row('event:b', RIVAL, 'stated'),
    ];
    const before = structuredClone(rows);
    expect(mergeReportRows(rows).map((r) => [r.id, r.certainty])).toEqual([
      ['event:b', 'stated'],
      ['event:a', 'stated'],
    ]);
    expect(rows).toEqual(before);
  });

  it('keeps a report of people moving both ways as a departure and a hire: the rival is not where both went', () => {
    const merged = mergeReportRows([
      row('event:swap', RIVAL, 'stated', [], 'departure'),
      row('event:swap', OPENAI, 'implied', [], 'hire'),
    ]);
    expect(merged.map((r) => [reportKey(r), r.counterparts.map((c) => c.org.id)])).toEqual([
      ['departure|event:swap', ['org:rival']],
      ['hire|event:swap', ['org:openai']],
    ]);
    expect(merged.map((r) => r.certainty)).toEqual(['stated', 'implied']);
  });
});

describe('the number overlapping reports stand for', () => {
  const r = (id: string, count: number | null, certainty: 'stated' | 'implied') => ({ id, count, certainty });

  it('is the largest report’s, a stated one winning a tie, never a report that gives none', () => {
    expect(largestReport([r('a', 5, 'stated'), r('b', 10, 'implied')])?.id).toBe('b');
    expect(largestReport([r('a', 10, 'implied'), r('b', 10, 'stated'), r('c', 10, 'implied')])?.id).toBe('b');
    expect(largestReport([r('a', null, 'stated')])).toBeUndefined();
  });

  it('is as sure as its own report; with no number, stated when one report is', () => {
    // A stated "others left" (no number) beside an implied "at least 10": the 10 shown is implied.
    expect(reportedCertainty([r('a', null, 'stated'), r('b', 10, 'implied')])).toBe('implied');
    expect(reportedCertainty([r('a', 10, 'stated'), r('b', 10, 'implied')])).toBe('stated');
    expect(reportedCertainty([r('a', null, 'implied'), r('b', null, 'stated')])).toBe('stated');
    expect(reportedCertainty([r('a', null, 'implied')])).toBe('implied');
    expect(reportedCertainty([])).toBeNull();
  });
});
