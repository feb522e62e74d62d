// What of the path shown the view's filters hide (the filters a path search cannot apply: sources, labels, hidden
// nodes, the time window), counted for the path panel's note, whether or not the path is drawn.
import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../../../client/state/app-state.js';
import { pathHiddenCount, pathHiddenNote, pathHiddenSteps } from '../../../../client/state/path-hidden.js';
import { parsePathAnswer } from '../../../../client/state/paths.js';
import { addToScene, EMPTY_SCENE, hideInScene } from '../../../../client/state/scene.js';
import { followedOnPath } from '../../../../model/certainty.js';
import type { GraphData } from '../../../../model/graph.js';
import { edge, mixedFlow, node } from '../fixtures.js';
import { pathsAnswer } from '../answers.js';

// Ada worked at X (2019–2020, cited by source:old) and Ben at X (from 2018); Ben at Y, where Cy works.
const graph: GraphData = {
  nodes: [
    node('person:ada', 'Person'),
    node('org:x', 'Organization'),
    node('person:ben', 'Person'),
    node('org:y', 'Organization'),
    node('person:cy', 'Person'),
  ],
  edges: [
    edge('fact:ada-x', 'WORKED_AT', 'person:ada', 'org:x', {
      start: '2019',
      end: '2020',
      sources: ['source:old'],
    }),
    edge('fact:ben-x', 'WORKED_AT', 'person:ben', 'org:x', { start: '2018' }),
    edge('fact:ben-y', 'WORKED_AT', 'person:ben', 'org:y', { start: '2018' }),
    edge('fact:cy-y', 'WORKED_AT', 'person:cy', 'org:y', { start: '2018' }),
  ],
};
const path = {
  nodes: ['person:ada', 'org:x', 'person:ben', 'org:y', 'person:cy'],
  edges: ['fact:ada-x', 'fact:ben-x', 'fact:ben-y', 'fact:cy-y'],
  length: 4,
};

/** The panel showing that path, drawn over the scene (or only listed: `drawn` false). */
function shown(patch: Partial<AppState> = {}, drawn = true): AppState {
  const s = initialState();
  const answer = parsePathAnswer(pathsAnswer({ graph, paths: [path] }));
  return {
    ...s,
    scene: drawn ? addToScene(EMPTY_SCENE, graph) : EMPTY_SCENE,
    pathSearch: { from: 'person:ada', to: 'person:cy', status: 'ready', answer, selected: 0 },
    ...patch,
  };
}

describe('pathHiddenSteps', () => {
  it('finds nothing hidden while no filter hides anything, and nothing with no path shown', () => {
    expect(pathHiddenSteps(shown())).toEqual([]);
    expect(pathHiddenSteps({ ...shown(), pathSearch: null })).toEqual([]);
  });

  it('counts a fact whose every source the source filter hides', () => {
    const s = shown({ filters: { ...initialState().filters, hiddenSources: ['source:old'] } });
    expect(pathHiddenSteps(s)).toEqual(['fact:ada-x']);
    expect(pathHiddenCount(s)).toBe(1);
  });

  it('counts the steps of a node hidden, by the user or by its label', () => {
    const hidden = shown();
    expect(pathHiddenSteps({ ...hidden, scene: hideInScene(hidden.scene, ['org:y']) })).toEqual([
      'fact:ben-y',
      'fact:cy-y',
    ]);
    const label = shown({ filters: { ...initialState().filters, hiddenLabels: ['Organization'] } });
    expect(pathHiddenSteps(label)).toEqual(path.edges);
  });

  it('counts a stint outside the time window', () => {
    const s = shown();
    const inWindow = { ...s, time: { ...s.time, enabled: true, window: { from: '2022', to: '2023-12-31' } } };
    expect(pathHiddenSteps(inWindow)).toEqual(['fact:ada-x']);
  });

  it('judges a path only listed by the filters, as it would be drawn', () => {
    const s = shown({ filters: { ...initialState().filters, hiddenSources: ['source:old'] } }, false);
    expect(pathHiddenSteps(s)).toEqual(['fact:ada-x']);
    expect(pathHiddenSteps(shown({}, false))).toEqual([]);
  });

  it('takes a derived flow step as drawn while one of its parts is', () => {
    const flowGraph: GraphData = {
      nodes: [node('org:alpha', 'Organization'), node('org:beta', 'Organization')],
      edges: [mixedFlow()],
    };
    const answer = parsePathAnswer(
      pathsAnswer({
        graph: flowGraph,
        paths: [{ nodes: ['org:alpha', 'org:beta'], edges: ['flow:org:alpha->org:beta'], length: 1 }],
      }),
    );
    const s: AppState = {
      ...initialState(),
      scene: addToScene(EMPTY_SCENE, flowGraph),
      pathSearch: { from: 'org:alpha', to: 'org:beta', status: 'ready', answer, selected: 0 },
    };
    // With stated facts hidden its implied part (and its report's) is still drawn; all of it with its types hidden.
    const implied = { ...s, filters: { ...s.filters, certainties: ['implied'] } };
    expect(pathHiddenSteps(implied)).toEqual([]);
    const stated = { ...s, filters: { ...s.filters, certainties: ['stated'] } };
    expect(pathHiddenSteps(stated)).toEqual([]);
    const types = {
      ...s,
      filters: { ...s.filters, hiddenRelTypes: ['TALENT_FLOW', 'TALENT_FLOW_REPORTED'] },
    };
    expect(pathHiddenSteps(types)).toEqual(['flow:org:alpha->org:beta']);
    // Only listed (not in the scene), it is judged by its parts as the scene would draw them, not by its one certainty.
    // Stored 'stated' (a stated move among its implied ones), with only implied facts shown its implied part is drawn.
    const stored = parsePathAnswer(
      pathsAnswer({
        graph: { ...flowGraph, edges: [mixedFlow({ certainty: 'stated' })] },
        paths: [{ nodes: ['org:alpha', 'org:beta'], edges: ['flow:org:alpha->org:beta'], length: 1 }],
      }),
    );
    const listed: AppState = {
      ...implied,
      scene: EMPTY_SCENE,
      pathSearch: { ...implied.pathSearch!, answer: stored },
    };
    expect(pathHiddenSteps(listed)).toEqual([]);
  });

  it('hides a flow step under exactly the certainty filters the search would not step on it under', () => {
    // Stored flows as the seed derives them: the certainties of the parts drawn (partCertainties) beside their
    // numbers. Implied moves and two reports, a stated one behind an implied one whose number is shown (stored
    // 'stated', drawn implied throughout); the same with the stated report's number shown; stated and implied moves.
    const stored = (p: Record<string, unknown>) =>
      edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
        certainty: 'stated',
        count: 3,
        reportedCount: 5,
        ...p,
      });
    const flows = [
      stored({
        statedCount: 0,
        impliedCount: 3,
        eventIds: ['event:implied-5', 'event:stated'],
        impliedEventIds: ['event:implied-5'],
        partCertainties: ['implied'],
      }),
      stored({
        statedCount: 0,
        impliedCount: 3,
        eventIds: ['event:stated-5', 'event:implied'],
        impliedEventIds: ['event:implied'],
        partCertainties: ['stated', 'implied'],
      }),
      stored({
        statedCount: 1,
        impliedCount: 2,
        eventIds: ['event:implied-5'],
        impliedEventIds: ['event:implied-5'],
        partCertainties: ['stated', 'implied'],
      }),
    ];
    for (const flow of flows)
      for (const certainties of [['stated', 'implied'], ['stated'], ['implied'], []]) {
        const answer = parsePathAnswer(
          pathsAnswer({
            graph: {
              nodes: [node('org:alpha', 'Organization'), node('org:beta', 'Organization')],
              edges: [flow],
            },
            paths: [{ nodes: ['org:alpha', 'org:beta'], edges: [flow.id], length: 1 }],
          }),
        );
        const s: AppState = {
          ...initialState(),
          filters: { ...initialState().filters, certainties },
          pathSearch: { from: 'org:alpha', to: 'org:beta', status: 'ready', answer, selected: 0 },
        };
        const label = `${JSON.stringify(flow.properties.partCertainties)} showing ${certainties.join(',')}`;
        expect(pathHiddenSteps(s), label).toEqual(followedOnPath(flow, certainties) ? [] : [flow.id]);
      }
  });
});

describe('the hidden-steps note', () => {
  it('says one, two or more facts, in English and in Arabic with its dual and the forms past ten', () => {
    expect(pathHiddenNote('en', 1)).toBe('This path goes through 1 fact the view’s filters hide.');
    expect(pathHiddenNote('en', 3)).toBe('This path goes through 3 facts the view’s filters hide.');
    expect(pathHiddenNote('ar', 1)).toContain('واقعة واحدة');
    expect(pathHiddenNote('ar', 2)).toContain('واقعتين');
    expect(pathHiddenNote('ar', 4)).toContain('عبر ٤ وقائع تخفيها');
    // Eleven to ninety-nine and a hundred take the singular (١١ واقعة), not the plural of three to ten.
    expect(pathHiddenNote('ar', 11)).toContain('عبر ١١ واقعة تخفيها');
    expect(pathHiddenNote('ar', 100)).toContain('عبر ١٠٠ واقعة تخفيها');
  });
});
