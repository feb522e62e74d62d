// Pure parts of search (which name matched, whole-name ranking) and of flows (counting in a window).
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../model/graph.js';
import type { FlowRow } from '../../../server/repositories/flow-repository.js';
import { summariseFlow } from '../../../server/services/flow-service.js';
import { normalizeName } from '../../../model/normalize.js';
import {
  createNameKeyCache,
  createSearchService,
  matchedName,
  scanScore,
  wholeNameRank,
} from '../../../server/services/search-service.js';

const node = (id: string, properties: GraphNode['properties'], labels = ['Person']): GraphNode => ({
  id,
  labels,
  properties: { id, ...properties },
});
const musk = node('person:elon-musk', { name: 'Elon Musk', nameAr: 'إيلون ماسك', aliases: ['Musk', 'ماسك'] });

describe('search results', () => {
  it('names the stored name or alias that matched, in its original script and spelling', () => {
    expect(matchedName(musk, ['ايلون'])).toBe('إيلون ماسك');
    expect(matchedName(musk, ['musk'])).toBe('Elon Musk');
    expect(matchedName(musk, ['ماسك'])).toBe('إيلون ماسك');
    expect(matchedName(musk, ['elom'])).toBe('Elon Musk');
    expect(matchedName(musk, ['zzzz'])).toBeNull();
  });

  it('ranks a name equal to the query above one that starts with it, above the rest', () => {
    expect(
      wholeNameRank(node('org:meta', { name: 'Meta', aliases: ['ميتا'] }, ['Organization']), ['meta']),
    ).toBe(2);
    expect(wholeNameRank(node('event:x', { name: 'Meta abandons Behemoth' }, ['Event']), ['meta'])).toBe(1);
    expect(
      wholeNameRank(node('event:y', { name: 'Musk’s bid for OpenAI with Meta' }, ['Event']), ['meta']),
    ).toBe(0);
  });

  it('ranks equally scored matches (a prefix query’s) by the shorter name, whatever order the index gives them', async () => {
    const zuck = node('person:mark-zuckerberg', { name: 'Mark Zuckerberg', aliases: ['Zuckerberg'] });
    const offers = node('event:offers', { name: "Zuckerberg's offers to keep Meta researchers" }, ['Event']);
    for (const order of [
      [offers, zuck],
      [zuck, offers],
    ]) {
      const repo = {
        fulltextIndexes: async () => [{ name: 'entity_search', labels: [], properties: [] }],
        search: async () => order.map((n) => ({ node: n, score: 1 })),
        scanNames: async () => [],
        nodesByElementIds: async () => [],
      };
      const service = createSearchService(repo, { requireLabels: async () => {} });
      const answer = await service.search({ q: 'zuckerb', limit: 10 });
      expect(answer.results.map((r) => r.id)).toEqual(['person:mark-zuckerberg', 'event:offers']);
    }
    // Where the index scores them apart, its order stands.
    const repo = {
      fulltextIndexes: async () => [{ name: 'entity_search', labels: [], properties: [] }],
      search: async () => [
        { node: offers, score: 2 },
        { node: zuck, score: 1 },
      ],
      scanNames: async () => [],
      nodesByElementIds: async () => [],
    };
    const answer = await createSearchService(repo, { requireLabels: async () => {} }).search({
      q: 'zuckerb',
      limit: 10,
    });
    expect(answer.results.map((r) => r.id)).toEqual(['event:offers', 'person:mark-zuckerberg']);
  });

  it('reads names in name, nameAr, aliases, title, titleEn order, skipping empty, repeated and non-string values', () => {
    const messy = node('person:x', {
      name: '',
      nameAr: 'ماسك',
      aliases: [42, 'Musk', 'ماسك', null, 'Musk Elon'],
      title: 'Musk',
      displayName: 'Elon R. Musk',
    });
    // Of equal matches the first in that order wins ('Musk' the alias, before 'Musk Elon' and 'Elon R. Musk').
    expect(matchedName(messy, ['ماسك'])).toBe('ماسك');
    expect(matchedName(messy, ['musk'])).toBe('Musk');
    // A name found only in the other display properties still counts, after ours.
    expect(matchedName(messy, ['r'])).toBe('Elon R. Musk');
    expect(wholeNameRank(messy, ['musk', 'elon'])).toBe(2);
    expect(wholeNameRank(messy, ['elon'])).toBe(1);
    expect(wholeNameRank(node('person:y', { name: '', aliases: [7] }), ['x'])).toBe(0);
  });
});

describe('the name-key memo of a search service', () => {
  it('answers what normalizeName answers, and the same matches and ranks through it', () => {
    const keyOf = createNameKeyCache(100);
    for (const name of ['إيلون ماسك', 'Elon Musk', 'Zoë CAFÉ', 'مكتبـــة', 'إيلون ماسك'])
      expect(keyOf(name)).toBe(normalizeName(name));
    expect(matchedName(musk, ['ماسك'], keyOf)).toBe('إيلون ماسك');
    expect(wholeNameRank(musk, ['elon', 'musk'], keyOf)).toBe(2);
    expect(scanScore(['Inès Varga'], ['ines', 'var'], keyOf)).toBe(
      scanScore(['Inès Varga'], ['ines', 'var']),
    );
  });

  it('folds each name once while it is remembered, and stays within its size', () => {
    const folded: string[] = [];
    let calls = 0;
    const keyOf = createNameKeyCache(2, (name) => {
      calls += 1;
      folded.push(name);
      return normalizeName(name);
    });
    keyOf('Elon Musk');
    keyOf('Elon Musk');
    keyOf('إيلون ماسك');
    expect(calls).toBe(2);
    // A third distinct name starts the memo afresh: the first is folded again afterwards.
    keyOf('Sam Altman');
    keyOf('Elon Musk');
    expect(folded).toEqual(['Elon Musk', 'إيلون ماسك', 'Sam Altman', 'Elon Musk']);
  });
});

describe('flows in a window', () => {
  const org = (id: string) => node(id, { name: id }, ['Organization']);
  const row: FlowRow = {
    edge: {
      id: 'flow:org:a->org:b',
      type: 'TALENT_FLOW',
      source: 'org:a',
      target: 'org:b',
      properties: {
        count: 3,
        reportedCount: 14,
        reportedQualifier: 'at least',
        since: '2024',
        until: '2025-06',
      },
    },
    from: org('org:a'),
    to: org('org:b'),
    movers: [
      {
        person: node('person:early', { name: 'Early' }),
        when: '2024-03',
        facts: ['fact:1', 'fact:2'],
        impliedFacts: [],
      },
      {
        person: node('person:late', { name: 'Late' }),
        when: '2025-06',
        facts: ['fact:3', 'fact:4'],
        impliedFacts: [],
      },
      {
        person: node('person:undated', { name: 'Undated' }),
        when: null,
        facts: ['fact:5', 'fact:6'],
        impliedFacts: [],
      },
    ],
    named: 3,
    impliedCount: 1,
    // A flow derived without dated moves: in a window every mover is read, to be dated and counted here.
    window: null,
    span: null,
    // The late mover's joined stint is only implied.
    implied: new Map([['person:late', ['fact:4']]]),
    reports: [
      {
        event: node('event:departures', { count: 14, countQualifier: 'at least', since: '2025-01' }, [
          'Event',
        ]),
        implied: false,
        facts: [
          {
            id: 'fact:from',
            type: 'PARTICIPATED_IN',
            source: 'org:a',
            target: 'event:departures',
            properties: {
              role: 'from',
              certainty: 'stated',
              evidence: 'نص',
              evidenceEn: 'text',
              sources: ['s'],
            },
          },
        ],
        placedBy: [],
      },
    ],
    // Derived before each move's sources were kept: the flow's own sources are cited.
    statedSources: null,
    impliedSources: null,
    windowSources: false,
  };

  it('uses the stored numbers without a window', () => {
    const f = summariseFlow(row, {});
    expect(f).toMatchObject({ count: 3, reportedCount: 14, atLeast: 14, undated: 1, peopleTotal: 3 });
    expect(f.people.map((p) => p.id)).toEqual(['person:early', 'person:late', 'person:undated']);
  });

  it('counts only dated moves inside the window and reports whose period overlaps it', () => {
    const f = summariseFlow(row, { since: '2025' });
    expect(f).toMatchObject({ count: 1, reportedCount: 14, atLeast: 14 });
    expect(f.people.map((p) => p.id)).toEqual(['person:late']);
    const before = summariseFlow(row, { until: '2024-12' });
    expect(before).toMatchObject({ count: 1, reportedCount: null, atLeast: 1 });
    expect(before.people.map((p) => p.id)).toEqual(['person:early']);
  });

  it('gives each person the certainty of their move and why, and the flow its counts by certainty', () => {
    const f = summariseFlow(row, {});
    expect(f.byCertainty).toEqual({ stated: 2, implied: 1 });
    expect(f.certainty).toBe('stated');
    expect(f.people.find((p) => p.id === 'person:late')).toMatchObject({
      certainty: 'implied',
      impliedBy: ['fact:4'],
    });
    expect(f.people.find((p) => p.id === 'person:early')).toMatchObject({
      certainty: 'stated',
      impliedBy: [],
    });
    expect(f.reports[0]).toMatchObject({ certainty: 'stated', facts: [{ role: 'from', evidence: 'نص' }] });
  });

  it('counts by certainty inside a window too, and calls a flow of implied moves alone implied', () => {
    const late = summariseFlow(row, { since: '2025' });
    expect(late.byCertainty).toEqual({ stated: 0, implied: 1 });
    // The stated report of 2025 still states that people moved.
    expect(late.certainty).toBe('stated');
    const onlyImplied = summariseFlow({ ...row, reports: [] }, { since: '2025' });
    expect(onlyImplied.certainty).toBe('implied');
    expect(summariseFlow(row, { until: '2024-12' }).byCertainty).toEqual({ stated: 1, implied: 0 });
  });

  it('cites the sources of what the view counts: its stated and implied moves’ as the database read them, and its kept reports’', () => {
    const sourced = {
      ...row,
      edge: { ...row.edge, properties: { ...row.edge.properties, sources: ['s', 't', 'u', 'v'] } },
    };
    // Derived before each move's sources were kept: every source behind the flow, its reports' apart.
    expect(summariseFlow(sourced, {})).toMatchObject({
      sources: ['s', 't', 'u', 'v'],
      statedSources: null,
      impliedSources: null,
      reportSources: ['s'],
    });
    const counted = { ...sourced, statedSources: ['t'], impliedSources: ['v'] };
    expect(summariseFlow(counted, {})).toMatchObject({
      sources: ['t', 'v', 's'],
      statedSources: ['t'],
      impliedSources: ['v'],
      reportSources: ['s'],
    });
    // A window without the report (2025-01 on) nor the implied move (the late mover's, 2025-06): the stated part's
    // sources alone — the implied part is not drawn, so it cites nothing.
    expect(summariseFlow(counted, { until: '2024-12' })).toMatchObject({
      sources: ['t'],
      byCertainty: { stated: 1, implied: 0 },
      reportSources: [],
    });
    // One holding only the implied move (and the report, since 2025-01): the implied part's and the report's.
    expect(summariseFlow(counted, { since: '2025-06', until: '2025-06' })).toMatchObject({
      sources: ['v', 's'],
      byCertainty: { stated: 0, implied: 1 },
    });
    // A report of a division's people cites the PART_OF fact that places the division too (one source stored as a
    // string counts, as the seed and the details read it).
    const partOf = {
      id: 'fact:division-in-a',
      type: 'PART_OF',
      source: 'org:division',
      target: 'org:a',
      properties: { certainty: 'stated', evidence: 'نص', sources: 'w' },
    };
    const placed = { ...counted, reports: [{ ...row.reports[0]!, placedBy: [partOf] }] };
    const answer = summariseFlow(placed, {});
    expect(answer).toMatchObject({ sources: ['t', 'v', 's', 'w'], reportSources: ['s', 'w'] });
    expect(answer.reports[0]!.placedBy).toEqual([
      {
        id: 'fact:division-in-a',
        role: null,
        certainty: 'stated',
        evidence: 'نص',
        evidenceEn: null,
        sources: ['w'],
      },
    ]);
  });

  it('lists at most the given number of people but counts them all', () => {
    const f = summariseFlow(row, {}, { offset: 0, limit: 1 });
    expect(f.people).toHaveLength(1);
    expect(f.count).toBe(3);
  });

  it('pages through the people of a windowed flow after counting them all', () => {
    const window = { since: '2024', until: '2025-12' };
    const second = summariseFlow(row, window, { offset: 1, limit: 1 });
    expect(second.people.map((p) => p.id)).toEqual(['person:late']);
    expect(second).toMatchObject({ count: 2, peopleTotal: 2 });
    expect(summariseFlow(row, window, { offset: 2, limit: 1 }).people).toEqual([]);
  });

  it('takes a dated flow’s window numbers from the database, and its page of people as read', () => {
    // The database counted five people with a move in 2025 (two implied; one more at this level has no dated move)
    // and read the second page of one: the late mover.
    const dated: FlowRow = {
      ...row,
      movers: [row.movers[1]!],
      window: { count: 5, implied: 2, undated: 1 },
    };
    const f = summariseFlow(dated, { since: '2025' }, { offset: 1, limit: 1 });
    expect(f).toMatchObject({
      count: 5,
      byCertainty: { stated: 3, implied: 2 },
      peopleTotal: 5,
      undated: 1,
      atLeast: 14,
    });
    expect(f.people.map((p) => [p.id, p.when, p.certainty])).toEqual([['person:late', '2025-06', 'implied']]);
    // Without a window the database's numbers do not apply.
    expect(summariseFlow(dated, {})).toMatchObject({ count: 3, peopleTotal: 3 });
  });

  it('spans the flow by its stored dates without a window, and in one by the moves and reports counted in it', () => {
    expect(summariseFlow(row, {})).toMatchObject({ span: { since: '2024', until: '2025-06' } });
    // Every mover read and dated here: the one of 2024-03, and the report since 2025-01 (no end: it sets none).
    expect(summariseFlow(row, { until: '2025-03' })).toMatchObject({
      span: { since: '2024-03', until: '2024-03' },
    });
    // A report with an end widens the span to it.
    const ended = { ...row.reports[0]!, event: { ...row.reports[0]!.event } };
    ended.event.properties = { ...ended.event.properties, since: '2023-06', until: '2024-09' };
    expect(summariseFlow({ ...row, reports: [ended] }, { until: '2025-03' }).span).toEqual({
      since: '2023-06',
      until: '2024-09',
    });
    expect(summariseFlow({ ...row, reports: [] }, { until: '2024-12' }).span).toEqual({
      since: '2024-03',
      until: '2024-03',
    });
    // The database spanned the moves counted in the window: the report widens it.
    const dated: FlowRow = {
      ...row,
      window: { count: 1, implied: 0, undated: 0 },
      span: { since: '2025-02', until: '2025-04' },
    };
    expect(summariseFlow(dated, { since: '2025' })).toMatchObject({
      span: { since: '2025-01', until: '2025-04' },
    });
    expect(summariseFlow({ ...dated, reports: [] }, { since: '2025' }).span).toEqual({
      since: '2025-02',
      until: '2025-04',
    });
    // Each part apart: the moves (the database's span) and the report (since 2025-01, no end).
    expect(summariseFlow(dated, { since: '2025' })).toMatchObject({
      moveSpan: { since: '2025-02', until: '2025-04' },
      reportSpan: { since: '2025-01', until: null },
    });
    // All time: the named moves' own span as the seed stored it, apart from the reports'.
    const stored: FlowRow = {
      ...row,
      edge: {
        ...row.edge,
        properties: { ...row.edge.properties, movedSince: '2024-03', movedUntil: '2025-06' },
      },
    };
    expect(summariseFlow(stored, {})).toMatchObject({
      since: '2024',
      until: '2025-06',
      span: { since: '2024-03', until: '2025-06' },
      moveSpan: { since: '2024-03', until: '2025-06' },
      reportSpan: { since: '2025-01', until: null },
    });
    // No named move dated (''): the named part has no dates.
    const undatedMoves: FlowRow = {
      ...row,
      edge: { ...row.edge, properties: { ...row.edge.properties, movedSince: '', movedUntil: '' } },
    };
    expect(summariseFlow(undatedMoves, {}).moveSpan).toEqual({ since: null, until: null });
    // Dates of two precisions: '2025' may be later than '2025-04', so it ends the span.
    expect(summariseFlow({ ...dated, reports: [] }, { since: '2025' }).span).toEqual({
      since: '2025-02',
      until: '2025-04',
    });
    const coarse: FlowRow = { ...dated, span: { since: '2025-02', until: '2025-04' }, reports: [] };
    coarse.reports = [{ ...row.reports[0]!, event: { ...row.reports[0]!.event } }];
    coarse.reports[0]!.event.properties = { count: 3, date: '2025' };
    expect(summariseFlow(coarse, { since: '2025' }).span).toEqual({ since: '2025', until: '2025' });
    // Nothing dated counted: no span.
    const undated: FlowRow = { ...dated, span: { since: null, until: null }, reports: [] };
    expect(summariseFlow(undated, { since: '2025' })).toMatchObject({ span: { since: null, until: null } });
  });
});

describe('search without a full-text index (the scan)', () => {
  it('matches when every term is inside one of the names, folded like the index, and ranks whole words higher', () => {
    expect(scanScore(['Inès Varga'], ['ines', 'var'])).toBeGreaterThan(0);
    expect(scanScore(['The Salt Ledger'], ['salt', 'ledger'])).toBeGreaterThan(
      scanScore(['Salted Ledgers'], ['salt', 'ledger']),
    );
    expect(scanScore(['The Salt Ledger'], ['salt', 'harbour'])).toBe(0);
    expect(scanScore([], ['x'])).toBe(0);
  });
});
