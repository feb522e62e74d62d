// The flow view's data: each flow split by the certainty of its moves, reports that name nobody kept as flows,
// and why each move is implied read from the flows answer; with the reducers, implied moves look implied; the time
// slider's dates span each flow's moves.
import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS, sceneSources } from '../../../../client/state/visibility.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { createEdgeReducer, edgeLabelText, type ViewSpec } from '../../../../client/graph/reducers.js';
import {
  citesAllTime,
  factText,
  flowGraph,
  flowIdOf,
  impliedByFlow,
  impliedFactText,
  reportedPartCertainty,
  reportedCounts,
} from '../../../../client/state/flows.js';
import { sceneDates } from '../../../../client/state/time.js';
import { factDates } from '../../../../client/graph/names.js';
import { flowOf, flowPerson, flowsAnswer } from '../answers.js';
import { edge, mixedFlow, node } from '../fixtures.js';
import { BASE_SPEC } from '../graph/scene-fixtures.js';

const orgs = ['org:alpha', 'org:beta', 'org:gamma'].map((id) => node(id, 'Organization', { name: id }));
// Alpha → Beta: one stated and two implied named moves, and a stated report of "at least 5".
const mixed = mixedFlow();
// Beta → Gamma: a report with no number and no names.
const reportOnly = edge('flow:org:beta->org:gamma', 'TALENT_FLOW', 'org:beta', 'org:gamma', {
  count: 0,
  statedCount: 0,
  impliedCount: 0,
  reportedCount: null,
  reports: 1,
  reportCertainty: 'stated',
});
const g = flowGraph({ nodes: orgs, edges: [mixed, reportOnly] });
const byId = (id: string) => g.edges.find((e) => e.id === id)!;

describe('flow graph', () => {
  it('draws stated moves, implied moves and reports as separate edges, each with one certainty', () => {
    expect(g.edges.map((e) => [e.id, e.type, e.properties.certainty, e.properties.count])).toEqual([
      ['flow:org:alpha->org:beta', 'TALENT_FLOW', 'stated', 1],
      ['flow:org:alpha->org:beta#implied', 'TALENT_FLOW', 'implied', 2],
      ['flow:org:alpha->org:beta#reported', 'TALENT_FLOW_REPORTED', 'stated', 3],
      ['flow:org:beta->org:gamma#reported', 'TALENT_FLOW_REPORTED', 'stated', 0],
    ]);
    // Every part keeps the whole flow's split, for its details.
    expect(byId('flow:org:alpha->org:beta#implied').properties).toMatchObject({
      statedCount: 1,
      impliedCount: 2,
    });
    expect(flowIdOf('flow:org:alpha->org:beta#implied')).toBe('flow:org:alpha->org:beta');
  });

  it('keeps a report that names nobody and gives no number, so its organisation appears', () => {
    expect(g.nodes.map((n) => n.id)).toContain('org:gamma');
    expect(edgeLabelText(byId('flow:org:beta->org:gamma#reported'), 'en')).toBe('reported');
    expect(edgeLabelText(byId('flow:org:beta->org:gamma#reported'), 'ar')).toBe('مُبلَّغ عنها');
    expect(edgeLabelText(byId('flow:org:alpha->org:beta#reported'), 'en')).toBe('≥ 5 reported');
  });

  it('makes a stored flow’s reported part as sure as the report its number is from (listed first), not any report', () => {
    // As the seed stores it: the implied "at least 10" first (the largest), a stated report with no number beside it.
    const stored = (events: string[], implied: string[]) =>
      flowGraph({
        nodes: orgs,
        edges: [
          edge('flow:org:beta->org:gamma', 'TALENT_FLOW', 'org:beta', 'org:gamma', {
            count: 0,
            reportedCount: 10,
            reportedQualifier: 'at least',
            eventIds: events,
            impliedEventIds: implied,
          }),
        ],
      }).edges[0]!.properties.certainty;
    expect(stored(['event:implied-10', 'event:stated-none'], ['event:implied-10'])).toBe('implied');
    expect(stored(['event:stated-10', 'event:implied-10'], ['event:implied-10'])).toBe('stated');
  });

  it('removes the implied moves when "implied" is unticked, keeping the stated count and the report', () => {
    const scene = sceneFromGraph(g);
    const all = computeVisibility(scene, DEFAULT_FILTERS, null);
    expect(all.edges.has('flow:org:alpha->org:beta#implied')).toBe(true);
    const stated = computeVisibility(scene, { ...DEFAULT_FILTERS, certainties: ['stated'] }, null);
    expect([...stated.edges].sort()).toEqual([
      'flow:org:alpha->org:beta',
      'flow:org:alpha->org:beta#reported',
      'flow:org:beta->org:gamma#reported',
    ]);
  });

  it('draws implied moves as implied facts are drawn (faded, thinner) and says so in the label', () => {
    const spec: ViewSpec = BASE_SPEC;
    const reducer = createEdgeReducer(spec);
    const implied = {
      ...byId('flow:org:alpha->org:beta#implied'),
      properties: { ...byId('flow:org:alpha->org:beta#implied').properties, count: 1 },
    };
    const a = reducer('s', { edge: byId('flow:org:alpha->org:beta'), weight: 1 } as never);
    const b = reducer('i', { edge: implied, weight: 1 } as never);
    expect(b.size).toBeLessThan(a.size as number);
    expect(b.color).not.toBe(a.color);
    expect(b.label).toBe('1 named · implied');
    expect(a.label).toBe('1 named');
  });

  it('reads why each listed move is implied from the flows answer', () => {
    const answer = flowsAnswer({
      flows: [
        flowOf('flow:org:alpha->org:beta', [
          flowPerson({ id: 'person:a', certainty: 'stated' }),
          flowPerson({ id: 'person:b', certainty: 'implied', impliedBy: ['fact:b-beta'] }),
        ]),
      ],
    });
    expect(impliedByFlow(answer)).toEqual({ 'flow:org:alpha->org:beta': { 'person:b': ['fact:b-beta'] } });
  });

  it('offers the time slider every flow’s first and last move, so it reaches the date all moves are in', () => {
    // Alpha → Beta moved people from 2021-03 to 2021-05: "as of" its first move alone would leave the later ones out.
    const dated = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      count: 2,
      statedCount: 2,
      impliedCount: 0,
      since: '2021-03',
      until: '2021-05',
    });
    const scene = sceneFromGraph(flowGraph({ nodes: orgs, edges: [dated] }));
    expect(sceneDates(scene)).toEqual(['2021-03', '2021-05']);
  });

  it('dates each part of a flow by what it draws: the named parts by the moves, the reported part by the reports', () => {
    // An answer of GET /api/flows in a window: moves of 2024-02 to 2024-06, a report since 2023-09 (no end).
    const spanned = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      ...mixed.properties,
      since: '2019-01',
      until: '2025-03',
      spanSince: '2023-09',
      spanUntil: '2024-06',
      moveSpanSince: '2024-02',
      moveSpanUntil: '2024-06',
      reportSpanSince: '2023-09',
      reportSpanUntil: null,
    });
    const parts = flowGraph({ nodes: orgs, edges: [spanned] });
    const dates = (id: string) => factDates(parts.edges.find((e) => e.id === id)!);
    expect(dates('flow:org:alpha->org:beta')).toBe('2024-02 – 2024-06');
    expect(dates('flow:org:alpha->org:beta#implied')).toBe('2024-02 – 2024-06');
    expect(dates('flow:org:alpha->org:beta#reported')).toBe('2023-09 –');
    // The flow's own dates stay, for the time slider (the window's spans would move its steps with the window).
    expect(sceneDates(sceneFromGraph(parts), false)).toEqual(['2019-01', '2025-03']);
    // A flow from a Cypher result (no spans): its own dates.
    expect(factDates(byId('flow:org:alpha->org:beta'))).toBe('');
  });

  it('cites for each part the sources behind it: the stated, implied and reported parts each their own', () => {
    const sourced = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      ...mixed.properties,
      sources: ['source:stated', 'source:implied', 'source:report'],
      statedSources: ['source:stated'],
      impliedSources: ['source:implied'],
      reportSources: ['source:report'],
    });
    const parts = flowGraph({ nodes: orgs, edges: [sourced] });
    const cited = (id: string) => parts.edges.find((e) => e.id === id)!.properties.sources;
    expect(cited('flow:org:alpha->org:beta')).toEqual(['source:stated']);
    expect(cited('flow:org:alpha->org:beta#implied')).toEqual(['source:implied']);
    expect(cited('flow:org:alpha->org:beta#reported')).toEqual(['source:report']);
    // Each part carries its own list as its sources, not the other parts' lists (an export's row of a part).
    for (const e of parts.edges)
      for (const key of ['statedSources', 'impliedSources', 'reportSources'])
        expect(e.properties, `${e.id} ${key}`).not.toHaveProperty(key);
    // The sources legend follows: each source counted by the parts it backs; with implied moves hidden, theirs go.
    const scene = sceneFromGraph(parts);
    expect(sceneSources(scene)).toEqual([
      { id: 'source:implied', facts: 1 },
      { id: 'source:report', facts: 1 },
      { id: 'source:stated', facts: 1 },
    ]);
    const statedOnly = computeVisibility(scene, { ...DEFAULT_FILTERS, certainties: ['stated'] }, null);
    expect(sceneSources(scene, statedOnly.edges).map((s) => s.id)).toEqual([
      'source:report',
      'source:stated',
    ]);
    // A flow derived before its sources were kept apart cites all of them for every part.
    const older = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      ...mixed.properties,
      sources: ['source:stated', 'source:report'],
    });
    const olderParts = flowGraph({ nodes: orgs, edges: [older] });
    for (const e of olderParts.edges)
      expect(e.properties.sources).toEqual(['source:stated', 'source:report']);
  });

  it('says which parts cite all time’s sources in a window: the named parts of a flow the server could not narrow', () => {
    const allTime = edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      ...mixed.properties,
      statedSources: ['source:stated'],
      impliedSources: ['source:implied'],
      reportSources: ['source:report'],
      sourcesAllTime: true,
    });
    const parts = flowGraph({ nodes: orgs, edges: [allTime] });
    const says = (id: string) => citesAllTime(parts.edges.find((e) => e.id === id)!);
    expect(says('flow:org:alpha->org:beta')).toBe(true);
    expect(says('flow:org:alpha->org:beta#implied')).toBe(true);
    // The reports kept are always the window's.
    expect(says('flow:org:alpha->org:beta#reported')).toBe(false);
    const narrowed = flowGraph({ nodes: orgs, edges: [{ ...allTime, properties: mixed.properties }] });
    expect(narrowed.edges.some(citesAllTime)).toBe(false);
  });
});

describe('a flow’s reported count', () => {
  it('is as sure as the report its number is from: the answer’s certainty, a part’s, else the stored events’', () => {
    expect(reportedCounts(mixedFlow())).toEqual({ stated: 5, implied: 0 });
    const implied = mixedFlow({ reportCertainty: 'implied' });
    expect(reportedCounts(implied)).toEqual({ stated: 0, implied: 5 });
    // Each of its drawn parts carries it (the details of any part show the whole flow's numbers).
    for (const part of flowGraph({ nodes: orgs, edges: [implied] }).edges)
      expect(reportedCounts(part)).toEqual({ stated: 0, implied: 5 });
    // A stored flow (a Cypher result's): as sure as its first event, the report its number is from (the seed lists
    // them largest first); with no number, implied when every event behind it is.
    const stored = (impliedEventIds: string[], reportedCount: number | null = 4) =>
      edge('flow:org:beta->org:alpha', 'TALENT_FLOW', 'org:beta', 'org:alpha', {
        count: 0,
        reportedCount,
        reports: 2,
        eventIds: ['event:a', 'event:b'],
        impliedEventIds,
      });
    expect(reportedCounts(stored(['event:a', 'event:b']))).toEqual({ stated: 0, implied: 4 });
    expect(reportedCounts(stored(['event:a']))).toEqual({ stated: 0, implied: 4 });
    expect(reportedCounts(stored(['event:b']))).toEqual({ stated: 4, implied: 0 });
    expect(reportedPartCertainty(stored(['event:a'], null))).toBe('stated');
    expect(reportedPartCertainty(stored(['event:a', 'event:b'], null))).toBe('implied');
  });
});

describe('an implied fact in words', () => {
  const xai = { id: 'org:xai', name: 'xAI', nameAr: null };
  const wing = { id: 'org:wing', name: 'Wing', nameAr: 'الجناح' };
  const top = { id: 'org:top', name: 'Top', nameAr: 'القمة' };

  it('names a stint by its organisation and a PART_OF fact by what it places where, in the UI language', () => {
    const stint = { id: 'fact:s', type: 'WORKED_AT' as const, org: xai, parent: null };
    expect(impliedFactText(stint, 'fact:s', 'en')).toBe('worked at xAI');
    expect(impliedFactText(stint, 'fact:s', 'ar')).toBe('عمل في xAI');
    const placing = { id: 'fact:p', type: 'PART_OF' as const, org: wing, parent: top };
    expect(impliedFactText(placing, 'fact:p', 'en')).toBe('Wing part of Top');
    expect(impliedFactText(placing, 'fact:p', 'ar')).toBe('الجناح جزء من القمة');
  });

  it('falls back to the id when the answer did not say what the fact is', () => {
    expect(impliedFactText(undefined, 'fact:x', 'en')).toBe('fact:x');
    expect(impliedFactText({ id: 'fact:x', type: null, org: null, parent: null }, 'fact:x', 'en')).toBe(
      'fact:x',
    );
  });
});

describe('a fact behind a flow in words', () => {
  const names: Record<string, string> = {
    'person:p': 'Pat',
    'org:xai': 'xAI',
    'org:fair': 'FAIR',
    'org:meta': 'Meta',
  };
  const name = (id: string) => names[id] ?? id;

  it('says where a stint was, and what a PART_OF fact places where', () => {
    expect(factText(edge('fact:s', 'WORKED_AT', 'person:p', 'org:xai'), name, 'en')).toBe('worked at xAI');
    expect(factText(edge('fact:f', 'PART_OF', 'org:fair', 'org:meta'), name, 'en')).toBe('FAIR part of Meta');
    expect(factText(edge('fact:f', 'PART_OF', 'org:fair', 'org:meta'), name, 'ar')).toBe('FAIR جزء من Meta');
  });
});
