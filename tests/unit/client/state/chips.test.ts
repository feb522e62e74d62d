// What hides things is always said: the chips per mode (a filter that applies shows in each mode it applies to; a
// path highlight only in the network it was found in), the Timeline tab's own "as of the latest date" that ends with
// the tab, and the words of a shared link's note in both languages.
import { describe, expect, it } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState, type AppState } from '../../../../client/state/app-state.js';
import { activeChips, linkIssueTexts, viewDescription } from '../../../../client/state/chips.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { hideInScene, sceneFromGraph } from '../../../../client/state/scene.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph, handWritten } from '../fixtures.js';

/** Three sources the scene's facts cite: the article, and two the busy view hides. */
const THREE = ['source:rosa-2025-08-29-musk-meta-talent', 'source:b', 'source:c'];
const ids = (s: AppState) => activeChips(s, THREE).map((c) => c.id);

describe('filter chips', () => {
  const busy = initialState({
    scene: hideInScene(sceneFromGraph(articleGraph()), ['org:fair', 'org:xai']),
    filters: {
      hiddenLabels: ['Event'],
      hiddenRelTypes: ['REPORTED_BY'],
      certainties: ['stated'],
      hiddenSources: ['source:b', 'source:c'],
    },
    time: { ...initialState().time, enabled: true, window: { from: '2024', to: '2025' } },
    path: { from: 'a:a', to: 'b:b', highlight: { nodes: ['a:a'], edges: [] } },
  });

  it('shows every filter of the network as a chip, with words a reader understands', () => {
    expect(ids(busy)).toEqual([
      'time',
      'certainty-implied',
      'sources',
      'label-Event',
      'rel-REPORTED_BY',
      'hidden-nodes',
      'path',
    ]);
    const text = activeChips(busy, THREE).map((c) => c.text);
    expect(text).toEqual(
      expect.arrayContaining([
        'Time: 2024–2025',
        'Implied hidden',
        'Sources: 1 of 3',
        'Hidden nodes: 2',
        'Path highlight',
      ]),
    );
    expect(activeChips({ ...busy, lang: 'ar' }, THREE).map((c) => c.text)).toContain('عُقد مخفية: ٢');
  });

  it('says a source filter only while it hides a source of the scene', () => {
    // The hidden sources cite nothing in a scene of the article's source alone: no "Sources: 1 of 1".
    expect(activeChips(busy, [THREE[0]!]).map((c) => c.id)).not.toContain('sources');
    expect(activeChips(busy, THREE.slice(0, 2)).find((c) => c.id === 'sources')?.text).toBe(
      'Sources: 1 of 2',
    );
  });

  it('says the view an export is taken from in words: each chip, and a flow view by division', () => {
    expect(viewDescription(busy, THREE)).toBe(
      activeChips(busy, THREE)
        .map((c) => c.text)
        .join(' · '),
    );
    expect(viewDescription(busy, THREE)).toContain('Time: 2024–2025 · Implied hidden');
    const flows = { ...busy, mode: 'flows' as const, flowDivisions: true };
    expect(viewDescription(flows, THREE)).toMatch(/^Divisions apart · Time: 2024–2025/);
    expect(viewDescription({ ...flows, lang: 'ar' }, THREE)).toMatch(/^الأقسام منفصلة · /);
    expect(viewDescription(initialState(), [])).toBe('');
    // Flows drawn whose named parts cite all time's sources in the window: said last, in the UI's language.
    expect(viewDescription(flows, THREE, true)).toMatch(
      / · Some flows cite the sources of all their named moves, not only of those in this window \(.*\)$/,
    );
    expect(viewDescription({ ...flows, lang: 'ar' }, THREE, true)).toContain(
      'بعض التدفّقات تذكر مصادر كل انتقالاتها بالاسم',
    );
    // Flows drawn that were derived by other rules than this version's: said last too, after all time's sources.
    expect(viewDescription(flows, THREE, false, true)).toMatch(
      / · Some flows were derived by an older version's rules \(.*\)$/,
    );
    expect(viewDescription(flows, THREE, true, true)).toMatch(/this window \(.*\) · Some flows were derived/);
    expect(viewDescription({ ...flows, lang: 'ar' }, THREE, false, true)).toContain(
      'بعض التدفّقات اشتُقّت بقواعد إصدار أقدم',
    );
    // A flow view that loaded only the largest flows says so, in the caption's words.
    const cut = { ...flows, flowDivisions: false, flowCount: { shown: 100, total: 412 } };
    expect(viewDescription(cut, THREE)).toMatch(/^100 of 412 flows loaded, the largest first · Time/);
    expect(viewDescription({ ...cut, flowCount: { shown: 412, total: 412 } }, THREE)).toMatch(/^Time/);
  });

  it('shows in the flow view only what applies there: no path highlight, hidden nodes or source filter', () => {
    expect(ids({ ...busy, mode: 'flows' })).toEqual([
      'time',
      'certainty-implied',
      'label-Event',
      'rel-REPORTED_BY',
    ]);
  });

  it('says how many facts no source backs a narrowed certainty hides, in both languages, in the network only', () => {
    const g = articleGraph();
    g.edges.push(handWritten('hand:musk-meta', 'WORKED_AT', 'person:elon-musk', 'org:meta'));
    const narrowed = initialState({
      scene: sceneFromGraph(g),
      filters: { ...initialState().filters, certainties: ['stated'] },
    });
    const chip = (s: AppState) => activeChips(s, ['source:a']).find((c) => c.id === 'unsourced')?.text;
    expect(chip(narrowed)).toBe('No source: 1 hidden');
    expect(chip({ ...narrowed, lang: 'ar' })).toBe('بلا مصدر: ١ مخفية');
    expect(chip({ ...narrowed, mode: 'flows' })).toBeUndefined();
    // Nothing narrowed, or no such fact: no chip.
    expect(chip({ ...narrowed, filters: initialState().filters })).toBeUndefined();
    expect(chip({ ...narrowed, scene: sceneFromGraph(articleGraph()) })).toBeUndefined();
  });

  it('counts no virtual relationship (the schema’s picture) among the facts no source backs', () => {
    const g = articleGraph();
    g.edges.push(handWritten('neo4j:-104', 'WORKED_AT', 'person:elon-musk', 'org:meta'));
    const narrowed = initialState({
      scene: sceneFromGraph(g),
      filters: { ...initialState().filters, certainties: ['stated'] },
    });
    expect(activeChips(narrowed, ['source:a']).find((c) => c.id === 'unsourced')).toBeUndefined();
  });

  it('has no chip for the Timeline tab’s own "as of the latest date", nor when nothing is filtered', () => {
    expect(ids(initialState())).toEqual([]);
    const auto = { ...initialState().time, enabled: true, auto: true };
    expect(ids(initialState({ mode: 'timeline', time: auto }))).toEqual([]);
  });
});

describe('time across modes', () => {
  function setup() {
    const api = {
      cypher: async () => ({
        columns: [],
        rows: [],
        graph: articleGraph(),
        summary: { rowCount: 1, truncated: false, resultAvailableAfterMs: 1, resultConsumedAfterMs: 1 },
      }),
      schema: async () => ({ labels: [], relationshipTypes: [], propertyKeys: [], raw: {} }),
      timeline: async () => ({ items: [] }),
      flows: async () => ({ flows: [], graph: { nodes: [], edges: [] } }),
    } as unknown as Api;
    const store = createStore(initialState());
    return { store, actions: createActions({ store, api, memory: createQueryMemory(undefined) }) };
  }

  it('ends the Timeline tab’s own time when the tab is left', async () => {
    const { store, actions } = setup();
    await actions.init({});
    actions.setMode('timeline');
    expect(store.get().time).toMatchObject({ enabled: true, auto: true });
    actions.setMode('network');
    expect(store.get().time.enabled).toBe(false);
  });

  it('keeps a time the user chose in the Timeline tab, shown as a chip in the network', async () => {
    const { store, actions } = setup();
    await actions.init({});
    actions.setMode('timeline');
    actions.time.setWindow({ from: null, to: '2024' });
    actions.setMode('network');
    expect(store.get().time).toMatchObject({ enabled: true, auto: false });
    expect(activeChips(store.get(), ['source:a']).map((c) => c.text)).toEqual(['As of 2024']);
  });
});

describe('shared link notes', () => {
  it('says what an older link could not restore and what a malformed one could not read, in both languages', () => {
    const issues = [
      { kind: 'older' as const, missing: ['exactFacts' as const, 'positions' as const] },
      {
        kind: 'unreadable' as const,
        parts: ['mode' as const, 'time' as const, 'nodes' as const, 'edges' as const],
      },
    ];
    expect(linkIssueTexts(issues, 'en')).toEqual([
      'This link comes from an earlier version of Talent Graph; not restored: the exact facts drawn (every fact among its nodes is shown), node positions (laid out afresh).',
      'Parts of this link could not be read and were left at their defaults: view, time window, scene.',
    ]);
    expect(linkIssueTexts(issues, 'ar')[1]).toContain('النافذة الزمنية');
    expect(linkIssueTexts([{ kind: 'trimmed', parts: ['positions', 'nodes'] }], 'en')).toEqual([
      'This view was too large for a link; left out of it: node positions (laid out afresh), some of its nodes.',
    ]);
    expect(linkIssueTexts([{ kind: 'missingNodes', missing: 2, total: 9 }], 'ar')).toEqual([
      '٢ من ٩ عقد في الرابط لم تعد موجودة فتُركت.',
    ]);
    // Selected nodes the reopened view does not draw: counted, not selected.
    expect(linkIssueTexts([{ kind: 'missingSelected', missing: 1, total: 3 }], 'en')).toEqual([
      '1 of the 3 nodes the link selected are not in the view and are not selected.',
    ]);
    expect(linkIssueTexts([{ kind: 'missingSelected', missing: 1, total: 3 }], 'ar')).toEqual([
      '١ من ٣ عقد حدّدها الرابط ليست في العرض فلم تُحدَّد.',
    ]);
    // Ids it could not read are counted, the rest of their lists restored.
    expect(linkIssueTexts([{ kind: 'droppedIds', dropped: 3 }], 'en')).toEqual([
      '3 of the ids this link lists (nodes, facts, hidden items or sources) could not be read and were left out; the rest of the view is restored.',
    ]);
    expect(linkIssueTexts([{ kind: 'droppedIds', dropped: 3 }], 'ar')[0]).toMatch(
      /^تعذّرت قراءة ٣ من المعرّفات/,
    );
    // Ids the sender's view held that no link can carry are counted by the link that left them out.
    expect(linkIssueTexts([{ kind: 'unwrittenIds', count: 2 }], 'en')[0]).toMatch(
      /^2 ids of the view this link was made from .* not restored\.$/,
    );
    expect(linkIssueTexts([{ kind: 'unwrittenIds', count: 2 }], 'ar')[0]).toMatch(/^٢ من معرّفات العرض/);
  });
});
