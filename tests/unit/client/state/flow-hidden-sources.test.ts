// A drawn talent flow citing a source the source filter hides beside one it shows: a flow is counted over every
// source's people and not recounted by source, so its label says some of its sources are hidden — never its number
// read as the shown sources' alone. Fictional organisations and sources (tests/unit/client/fixtures.ts).
import { describe, expect, it } from 'vitest';
import { createEdgeReducer, edgeLabelText } from '../../../../client/graph/reducers.js';
import { initialState } from '../../../../client/state/app-state.js';
import { flowGraph } from '../../../../client/state/flows.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { activeFlowsCitingHidden } from '../../../../client/state/view-data.js';
import { DEFAULT_FILTERS } from '../../../../client/state/visibility.js';
import { edge, node } from '../fixtures.js';
import { BASE_SPEC } from '../graph/scene-fixtures.js';

const orgs = ['org:alpha', 'org:beta', 'org:gamma'].map((id) => node(id, 'Organization', { name: id }));
// Alpha → Beta: two people, one stated only by source A, the other only by B. Alpha → Gamma: one person, stated by B.
const graph = flowGraph({
  nodes: orgs,
  edges: [
    edge('flow:org:alpha->org:beta', 'TALENT_FLOW', 'org:alpha', 'org:beta', {
      count: 2,
      statedCount: 2,
      impliedCount: 0,
      statedSources: ['source:a', 'source:b'],
    }),
    edge('flow:org:alpha->org:gamma', 'TALENT_FLOW', 'org:alpha', 'org:gamma', {
      count: 1,
      statedCount: 1,
      impliedCount: 0,
      statedSources: ['source:b'],
    }),
  ],
});
const state = (hiddenSources: string[], mode: 'network' | 'flows' = 'network') =>
  initialState({ mode, scene: sceneFromGraph(graph), filters: { ...DEFAULT_FILTERS, hiddenSources } });

describe('a talent flow citing a hidden source', () => {
  it('is marked while the filter hides one of its sources and shows another, and only then', () => {
    expect([...activeFlowsCitingHidden(state(['source:a']))]).toEqual(['flow:org:alpha->org:beta']);
    // Nothing hidden; or every source of the flow hidden, so it is not drawn at all.
    expect(activeFlowsCitingHidden(state([])).size).toBe(0);
    expect([...activeFlowsCitingHidden(state(['source:a', 'source:b']))]).toEqual([]);
    // The Talent flows tab counts every source's moves and is not filtered by source.
    expect(activeFlowsCitingHidden(state(['source:a'], 'flows')).size).toBe(0);
  });

  it('says so in its label, in English and Arabic, after the numbers', () => {
    const flow = graph.edges.find((e) => e.id === 'flow:org:alpha->org:beta')!;
    expect(edgeLabelText(flow, 'en', undefined, { sourcesHidden: true })).toBe(
      '2 named · some sources hidden',
    );
    expect(edgeLabelText(flow, 'ar', 'all-time', { sourcesHidden: true, withDivisions: true })).toBe(
      '٢ بالاسم · كل الأوقات · يشمل الأقسام · بعض مصادره مخفية',
    );
    const label = createEdgeReducer({ ...BASE_SPEC, flowsCitingHidden: new Set([flow.id]) })(flow.id, {
      edge: flow,
    } as never).label;
    expect(label).toBe('2 named · some sources hidden');
  });
});
