// A time window's numbers of the network's stored flows (client/state/flow-window.ts): what each drawn part of a flow
// shows under them, which parts are in the window, and that they are drawn only for the window they were asked for.
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../model/graph.js';
import {
  countsFromAnswer,
  currentFlowCounts,
  flowWindowStatus,
  NOTHING_IN_WINDOW,
  partInWindow,
  sceneFlowIds,
  windowedFlowParts,
  windowedPart,
  type FlowWindowCounts,
} from '../../../../client/state/flow-window.js';
import { initialState } from '../../../../client/state/app-state.js';
import { derivedByOtherRules, splitFlows } from '../../../../client/state/flows.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import {
  activeFlowDrawing,
  activeFlowParts,
  activeVisibility,
  visibleGraph,
  windowFlowParts,
  visibleSourceLines,
} from '../../../../client/state/view-data.js';
import { computeVisibility, DEFAULT_FILTERS, sceneSources } from '../../../../client/state/visibility.js';
import { edge, node } from '../fixtures.js';
import { flowOf, flowsAnswer } from '../answers.js';

const AB = 'flow:org:a->org:b';
const CD = 'flow:org:c->org:d';
const EF = 'flow:org:e->org:f';

/**
 * Stored flows as a Cypher result brings them: A → B (3 stated movers from 2019, a report of 5 from 2024), C → D (one
 * stated, one implied, from 2018), E → F (an undated report, no names).
 */
function storedScene() {
  const orgs = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => node(`org:${x}`, 'Organization', { name: x }));
  const data: GraphData = {
    nodes: orgs,
    edges: [
      edge(AB, 'TALENT_FLOW', 'org:a', 'org:b', {
        count: 3,
        statedCount: 3,
        impliedCount: 0,
        reportedCount: 5,
        reportedQualifier: 'at least',
        eventIds: ['event:ab'],
        since: '2019',
        movedSince: '2019',
        reportSince: '2024-01',
      }),
      edge(CD, 'TALENT_FLOW', 'org:c', 'org:d', {
        count: 2,
        statedCount: 1,
        impliedCount: 1,
        since: '2018',
        movedSince: '2018',
      }),
      edge(EF, 'TALENT_FLOW', 'org:e', 'org:f', { count: 0, eventIds: ['event:ef'] }),
    ],
  };
  return sceneFromGraph(splitFlows(data));
}

const counts = (c: Partial<FlowWindowCounts>): FlowWindowCounts => ({ ...NOTHING_IN_WINDOW, ...c });

describe('the time window’s numbers of the network’s stored flows', () => {
  it('lists the stored flows a scene draws, each once, from their parts', () => {
    expect(sceneFlowIds(storedScene())).toEqual([AB, CD, EF]);
    expect(sceneFlowIds(sceneFromGraph({ nodes: [node('org:a', 'Organization')], edges: [] }))).toEqual([]);
  });

  it('reads the numbers of the flows asked for from the answer, and zeros for those it left out', () => {
    const ab = {
      ...flowOf(AB),
      byCertainty: { stated: 1, implied: 0 },
      count: 1,
      reportedCount: 5,
      reportedQualifier: 'at least',
    };
    const got = countsFromAnswer(flowsAnswer({ flows: [ab] }), [AB, EF]);
    expect(got[AB]).toEqual({
      stated: 1,
      implied: 0,
      reportedCount: 5,
      reportedQualifier: 'at least',
      reports: 0,
      reportCertainty: null,
      moveSpan: { since: null, until: null },
      reportSpan: { since: null, until: null },
      statedSources: [],
      impliedSources: [],
      reportSources: [],
      sourcesAllTime: false,
      outdated: false,
    });
    // E → F has nothing in the window: the server left it out.
    expect(got[EF]).toEqual(NOTHING_IN_WINDOW);
    expect(Object.keys(got).sort()).toEqual([AB, EF]);
  });

  it('draws the numbers only for the window they were asked for, over the network', () => {
    const flowWindow = { since: null, until: '2022', counts: { [AB]: counts({ stated: 1 }) } };
    const on = initialState({
      flowWindow,
      time: { ...initialState().time, enabled: true, window: { from: null, to: '2022' } },
    });
    expect(currentFlowCounts(on)).toBe(flowWindow.counts);
    // Another window (the answer for it has not come), no window, the Talent flows tab: none.
    expect(currentFlowCounts({ ...on, time: { ...on.time, window: { from: null, to: '2023' } } })).toBeNull();
    expect(
      currentFlowCounts({ ...on, time: { ...on.time, window: { from: '2020', to: '2022' } } }),
    ).toBeNull();
    expect(currentFlowCounts({ ...on, time: { ...on.time, enabled: false } })).toBeNull();
    expect(currentFlowCounts({ ...on, mode: 'flows' })).toBeNull();
  });

  it('gives each part of a flow its own part of the window’s numbers, an implied move never drawn as stated', () => {
    const scene = storedScene();
    const part = (id: string, c: Record<string, FlowWindowCounts>) => windowedPart(scene.edges[id]!, c)!;
    const cd = { [CD]: counts({ stated: 0, implied: 1 }) };
    expect(part(CD, cd).properties).toMatchObject({ count: 0, certainty: 'stated' });
    expect(part(`${CD}#implied`, cd).properties).toMatchObject({ count: 1, certainty: 'implied' });
    expect(partInWindow(part(CD, cd))).toBe(false);
    expect(partInWindow(part(`${CD}#implied`, cd))).toBe(true);
    const ab = { [AB]: counts({ stated: 0, reportedCount: 5, reportedQualifier: 'at least', reports: 1 }) };
    expect(part(`${AB}#reported`, ab).properties).toMatchObject({ reportedCount: 5, reports: 1 });
    // Each part dated by what the window counts of it, as the Talent flows tab dates its parts.
    const dated = {
      [AB]: counts({
        stated: 1,
        moveSpan: { since: '2022-06', until: '2022-06' },
        reportSpan: { since: '2024-01', until: null },
        reports: 1,
      }),
    };
    expect(part(AB, dated).properties).toMatchObject({ spanSince: '2022-06', spanUntil: '2022-06' });
    expect(part(`${AB}#reported`, dated).properties).toMatchObject({ spanSince: '2024-01', spanUntil: null });
    expect(partInWindow(part(`${AB}#reported`, ab))).toBe(true);
    expect(partInWindow(part(AB, ab))).toBe(false);
    // A report that names nobody and gives no number is in the window when it overlaps it.
    expect(
      partInWindow(part(`${EF}#reported`, { [EF]: counts({ reports: 1, reportCertainty: 'implied' }) })),
    ).toBe(true);
    expect(partInWindow(part(`${EF}#reported`, { [EF]: NOTHING_IN_WINDOW }))).toBe(false);
    // A flow not asked for yet: no numbers of the window.
    expect(windowedPart(scene.edges[AB]!, {})).toBeNull();
    // Not a flow's part.
    expect(windowedPart(edge('x', 'WORKED_AT', 'org:a', 'org:b'), { [AB]: counts({}) })).toBeNull();
  });

  it('draws as implied the window’s implied movers of a flow that has no implied part of its own', () => {
    // A → B's movers are all stated over all time; in the window, one moved only by implied facts.
    const scene = storedScene();
    const only = windowedPart(scene.edges[AB]!, { [AB]: counts({ stated: 0, implied: 1 }) })!;
    expect(only.properties).toMatchObject({ count: 1, certainty: 'implied' });
    const both = windowedPart(scene.edges[AB]!, { [AB]: counts({ stated: 2, implied: 1 }) })!;
    expect(both.properties).toMatchObject({ count: 2, certainty: 'stated', alsoImplied: 1 });
  });

  it('hides a flow with nothing in the window as a fact outside it is, and shows one with something in it', () => {
    const scene = storedScene();
    const window = { from: '2024', to: '2024-12' };
    // Without the window's numbers, each part is placed by its span (as of the window's end).
    const before = computeVisibility(scene, DEFAULT_FILTERS, window).edges;
    expect([...before].sort()).toEqual([AB, `${AB}#reported`, CD, `${CD}#implied`, `${EF}#reported`]);
    const parts = windowedFlowParts(scene, {
      [AB]: counts({ reportedCount: 5, reports: 1, reportCertainty: 'stated' }),
      [CD]: NOTHING_IN_WINDOW,
      [EF]: NOTHING_IN_WINDOW,
    });
    const vis = computeVisibility(scene, DEFAULT_FILTERS, window, parts);
    expect([...vis.edges]).toEqual([`${AB}#reported`]);
    // The table view and the exports take the part as the canvas draws it: with the window's numbers.
    expect(visibleGraph(scene, vis, parts).edges.map((e) => e.properties.reports)).toEqual([1]);
    // C, D, E and F are drawn faded, as organisations with nothing true in the window are.
    expect([...vis.dimmed].sort()).toEqual(['org:c', 'org:d', 'org:e', 'org:f']);
    // Without a window the numbers change nothing.
    expect(computeVisibility(scene, DEFAULT_FILTERS, null, parts).edges.size).toBe(5);
  });

  it('filters a flow’s part by its certainty in the window', () => {
    const scene = storedScene();
    const parts = windowedFlowParts(scene, { [AB]: counts({ stated: 0, implied: 2 }) });
    const window = { from: null, to: '2025' };
    const stated = { ...DEFAULT_FILTERS, certainties: ['stated'] };
    expect(computeVisibility(scene, stated, window, parts).edges.has(AB)).toBe(false);
    expect(computeVisibility(scene, DEFAULT_FILTERS, window, parts).edges.has(AB)).toBe(true);
  });

  it('cites, for each part drawn under a window, the sources of what the server counted in it', () => {
    // A → B stored: its reports of 2021 and 2024 cite src:r21 and src:r24, its stated movers src:s, all time.
    const orgs = ['a', 'b'].map((x) => node(`org:${x}`, 'Organization', { name: x }));
    const scene = sceneFromGraph(
      splitFlows({
        nodes: orgs,
        edges: [
          edge(AB, 'TALENT_FLOW', 'org:a', 'org:b', {
            count: 1,
            statedCount: 1,
            impliedCount: 0,
            reportedCount: 9,
            eventIds: ['event:2021', 'event:2024'],
            statedSources: ['src:s'],
            impliedSources: [],
            reportSources: ['src:r21', 'src:r24'],
          }),
        ],
      }),
    );
    expect(
      sceneSources(scene)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['src:r21', 'src:r24', 'src:s']);
    // In 2024 the server counts the 2024 report only, and one mover who moved then by implied facts alone.
    const answer = flowsAnswer({
      flows: [
        {
          ...flowOf(AB),
          byCertainty: { stated: 0, implied: 1 },
          reportedCount: 4,
          statedSources: ['src:s'],
          impliedSources: ['src:i'],
          reportSources: ['src:r24'],
        },
      ],
    });
    const parts = windowedFlowParts(scene, countsFromAnswer(answer, [AB]));
    const window = { from: '2024', to: '2024-12' };
    const vis = computeVisibility(scene, DEFAULT_FILTERS, window, parts);
    expect(parts.get(`${AB}#reported`)!.properties.sources).toEqual(['src:r24']);
    // The named part drawn implied cites the implied moves' sources, not the stated ones'.
    expect(parts.get(AB)!.properties).toMatchObject({ certainty: 'implied', sources: ['src:i'] });
    // The sources legend and the exports read the parts as drawn.
    expect(
      sceneSources(scene, vis.edges, parts)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['src:i', 'src:r24']);
    expect(visibleSourceLines(scene, vis, {}, parts)).toEqual(['1. src:i', '2. src:r24']);
    expect(visibleGraph(scene, vis, parts).edges.flatMap((e) => e.properties.sources)).toEqual([
      'src:i',
      'src:r24',
    ]);
    // A stated part that also draws the window's implied movers cites both lists.
    const both = windowedPart(scene.edges[AB]!, {
      [AB]: counts({ stated: 1, implied: 1, statedSources: ['src:s'], impliedSources: ['src:i'] }),
    })!;
    expect(both.properties).toMatchObject({ alsoImplied: 1, sources: ['src:s', 'src:i'] });
    // A flow derived before its named moves' sources were kept apart keeps the stored part's list.
    const old = windowedPart(scene.edges[AB]!, {
      [AB]: counts({ stated: 1, statedSources: null, impliedSources: null }),
    })!;
    expect(old.properties.sources).toEqual(['src:s']);
  });

  it('marks the named parts of a flow whose sources the server could not narrow to the window as citing all time’s', () => {
    const scene = storedScene();
    // C → D was derived by an older seed: the server counted it in the window but cites all its moves' sources.
    const answer = flowsAnswer({
      flows: [
        {
          ...flowOf(CD),
          byCertainty: { stated: 1, implied: 1 },
          statedSources: ['src:s-all'],
          impliedSources: ['src:i-all'],
          sourcesAllTime: true,
        },
        { ...flowOf(AB), byCertainty: { stated: 1, implied: 0 }, reportedCount: 5, statedSources: ['src:s'] },
      ],
    });
    const c = countsFromAnswer(answer, [AB, CD]);
    expect(c[CD]!.sourcesAllTime).toBe(true);
    const parts = windowedFlowParts(scene, c);
    expect(parts.get(CD)!.properties).toMatchObject({ sources: ['src:s-all'], sourcesAllTime: true });
    expect(parts.get(`${CD}#implied`)!.properties).toMatchObject({
      sources: ['src:i-all'],
      sourcesAllTime: true,
    });
    // A flow whose sources are the window's says nothing of the kind, its reported part neither.
    expect(parts.get(AB)!.properties).not.toHaveProperty('sourcesAllTime');
    expect(parts.get(`${AB}#reported`)!.properties).not.toHaveProperty('sourcesAllTime');
  });

  it('marks every part of a flow derived by other rules than this version’s as outdated, and no other', () => {
    const scene = storedScene();
    // A → B was derived by an older version of the rules (the server's flows[].outdated); C → D by this one.
    const answer = flowsAnswer({
      flows: [
        { ...flowOf(AB), byCertainty: { stated: 1, implied: 0 }, reportedCount: 5, outdated: true },
        { ...flowOf(CD), byCertainty: { stated: 1, implied: 1 } },
      ],
    });
    const c = countsFromAnswer(answer, [AB, CD]);
    expect([c[AB]!.outdated, c[CD]!.outdated]).toEqual([true, false]);
    const parts = windowedFlowParts(scene, c);
    expect(parts.get(AB)!.properties.outdated).toBe(true);
    expect(parts.get(`${AB}#reported`)!.properties.outdated).toBe(true);
    expect(derivedByOtherRules(parts.get(AB)!)).toBe(true);
    expect(parts.get(CD)!.properties).not.toHaveProperty('outdated');
    expect(parts.get(`${CD}#implied`)!.properties).not.toHaveProperty('outdated');
    expect(derivedByOtherRules(parts.get(CD)!)).toBe(false);
    // The Talent flows tab's answer: its edge says so, and so do the parts drawn of it, the reported one too.
    const drawn = splitFlows({
      nodes: [],
      edges: [
        edge(AB, 'TALENT_FLOW', 'org:a', 'org:b', {
          count: 1,
          statedCount: 1,
          reportedCount: 5,
          outdated: true,
        }),
      ],
    });
    expect(drawn.edges.map((e) => [e.id, derivedByOtherRules(e)])).toEqual([
      [AB, true],
      [`${AB}#reported`, true],
    ]);
  });

  it('draws a part carrying both certainties as the ticked ones, in the canvas, the table and the exports alike', () => {
    // A → B has no implied part: in the window its stated part also carries one mover who moved by implied facts.
    const scene = storedScene();
    const c = {
      [AB]: counts({ stated: 2, implied: 1, statedSources: ['src:s'], impliedSources: ['src:i'] }),
    };
    const window = { from: null, to: '2025' };
    const shown = (certainties: string[]) => {
      const parts = windowedFlowParts(scene, c, certainties);
      const vis = computeVisibility(scene, { ...DEFAULT_FILTERS, certainties }, window, parts);
      return visibleGraph(scene, vis, parts).edges.find((e) => e.id === AB)?.properties ?? null;
    };
    expect(shown(['stated', 'implied'])).toMatchObject({ count: 2, certainty: 'stated', alsoImplied: 1 });
    // "implied" unticked: its stated movers alone — no "+1 implied" — citing the stated moves only.
    const stated = shown(['stated'])!;
    expect(stated).toMatchObject({ count: 2, certainty: 'stated', sources: ['src:s'] });
    expect(stated.alsoImplied).toBeUndefined();
    // "stated" unticked: still drawn, as its implied mover alone.
    expect(shown(['implied'])).toMatchObject({ count: 1, certainty: 'implied', sources: ['src:i'] });
    expect(shown([])).toBeNull();
    // The canvas and the table take the parts from the state's filter.
    const state = initialState({
      scene,
      filters: { ...DEFAULT_FILTERS, certainties: ['implied'] },
      flowWindow: { since: null, until: '2025', counts: c },
      time: { ...initialState().time, enabled: true, window },
    });
    expect(activeFlowParts(state).get(AB)?.properties).toMatchObject({ count: 1, certainty: 'implied' });
    expect(activeVisibility(state).edges.has(AB)).toBe(true);
  });

  it('keeps the parts the canvas and the panels ask for, from the live and the deferred state, side by side', () => {
    // The canvas reads the live state and the panels the deferred one (app-context.tsx): asking for one, then the
    // other, then the first again finds the first's parts, not a new computation of them.
    const scene = storedScene();
    const time = { ...initialState().time, enabled: true, window: { from: null, to: '2025' } };
    const live = initialState({
      scene,
      time,
      flowWindow: { since: null, until: '2025', counts: { [AB]: counts({ stated: 2 }) } },
    });
    const deferred = {
      ...live,
      flowWindow: { since: null, until: '2025', counts: { [AB]: counts({ stated: 1 }) } },
    };
    const first = activeFlowParts(live);
    expect(activeFlowParts(deferred).get(AB)?.properties.count).toBe(1);
    expect(activeFlowParts(live)).toBe(first);
    expect(first.get(AB)?.properties.count).toBe(2);
  });

  describe('while a window’s numbers load', () => {
    const time = (to: string) => ({
      ...initialState().time,
      enabled: true,
      window: { from: null, to },
    });
    // 2022 was answered (A → B: 2 stated movers); the slider is on 2023, whose numbers are being asked.
    const answered2022 = {
      since: null,
      until: '2022',
      counts: { [AB]: counts({ stated: 2 }), [CD]: NOTHING_IN_WINDOW },
    };
    const asking2023 = { since: null, until: '2023', counts: {}, last: answered2022.counts };

    it('calls a flow pending, drawn with the last window’s numbers, until this window’s come or fail', () => {
      const scene = storedScene();
      for (const flowWindow of [answered2022, asking2023]) {
        // The slider moved on (2022's held) or 2023's request is on its way: pending either way, drawn as 2022.
        const s = initialState({ scene, flowWindow, time: time('2023') });
        expect(flowWindowStatus(s, AB)).toEqual({ kind: 'pending', drawn: counts({ stated: 2 }) });
        const drawing = activeFlowDrawing(s);
        expect(drawing.pending.has(AB)).toBe(true);
        expect(drawing.parts.get(AB)?.properties.count).toBe(2);
        // 2022's "nothing in the window" keeps C → D hidden meanwhile, rather than shown with all time's numbers.
        expect(activeVisibility(s).edges.has(CD)).toBe(false);
        expect(activeVisibility(s).edges.has(AB)).toBe(true);
      }
      // No window answered yet: pending, drawn as stored (placed by its dates), and no number said.
      const first = initialState({ scene, flowWindow: null, time: time('2023') });
      expect(flowWindowStatus(first, AB)).toEqual({ kind: 'pending', drawn: null });
      expect(activeFlowDrawing(first).parts.has(AB)).toBe(false);
      expect(activeFlowDrawing(first).pending.has(AB)).toBe(true);
      // Come: counted. Failed: all time's (marked by the canvas), no longer pending.
      const come = { ...asking2023, counts: { [AB]: counts({ stated: 5 }) } };
      expect(flowWindowStatus(initialState({ scene, flowWindow: come, time: time('2023') }), AB)).toEqual({
        kind: 'counted',
        counts: counts({ stated: 5 }),
      });
      const failed = { ...asking2023, failed: new Set([AB, CD, EF]) };
      const s = initialState({ scene, flowWindow: failed, time: time('2023') });
      expect(flowWindowStatus(s, AB)).toEqual({ kind: 'allTime' });
      expect(activeFlowDrawing(s).pending.size).toBe(0);
      expect(activeFlowDrawing(s).parts.size).toBe(0);
      // A flow the server does not store is all time's in any window, not pending.
      const unstored = { ...answered2022, unstored: new Set([EF]) };
      expect(flowWindowStatus(initialState({ scene, flowWindow: unstored, time: time('2023') }), EF)).toEqual(
        {
          kind: 'allTime',
        },
      );
      // No window: none.
      expect(flowWindowStatus(initialState({ scene, flowWindow: asking2023 }), AB)).toBeNull();
    });

    it('tells the table and the exports no number for a pending flow, neither the last window’s nor all time’s', () => {
      const scene = storedScene();
      const s = initialState({ scene, flowWindow: asking2023, time: time('2023') });
      const told = windowFlowParts(s)!;
      const row = visibleGraph(scene, activeVisibility(s), told).edges.find((e) => e.id === AB)!;
      expect(row.properties).toMatchObject({
        count: null,
        statedCount: null,
        impliedCount: null,
        windowPending: true,
      });
      expect(row.properties.alsoImplied).toBeUndefined();
      // Nor the stored part's sources and dates, which are all time's: the legend and exports cite none for it.
      expect(scene.edges[AB]!.properties.sources).not.toEqual([]);
      expect(row.properties).toMatchObject({ sources: [], spanSince: null, spanUntil: null });
      // Asked again, the same object: the panels' memos see no change.
      expect(windowFlowParts(s)).toBe(told);
      // Once counted, the window's numbers.
      const come = {
        ...asking2023,
        counts: { [AB]: counts({ stated: 5 }), [CD]: NOTHING_IN_WINDOW, [EF]: NOTHING_IN_WINDOW },
      };
      const counted = initialState({ scene, flowWindow: come, time: time('2023') });
      expect(windowFlowParts(counted)!.get(AB)?.properties).toMatchObject({ count: 5 });
      expect(windowFlowParts(counted)!.get(AB)?.properties.windowPending).toBeUndefined();
    });

    it('keeps one drawing while the slider moves between answers', () => {
      const scene = storedScene();
      const a = activeFlowDrawing(initialState({ scene, flowWindow: answered2022, time: time('2023') }));
      const b = activeFlowDrawing(initialState({ scene, flowWindow: answered2022, time: time('2024') }));
      expect(b).toBe(a);
    });
  });
});
