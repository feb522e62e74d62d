// What the canvas and the panels draw from (client/state/view-data.ts): the visibility is computed once per set of
// inputs, and the one before stays known while panels, deferred, still ask for it (client/ui/app-context.tsx).
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../client/state/app-state.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { flowGraph } from '../../../../client/state/flows.js';
import {
  activeScene,
  activeVisibility,
  exportedGraph,
  exportedSources,
  visibleGraph,
  visibleSourceLines,
} from '../../../../client/state/view-data.js';
import { DEFAULT_FILTERS, sourceHiding } from '../../../../client/state/visibility.js';
import { articleGraph, edge, node, SOURCE_ID } from '../fixtures.js';

describe('activeVisibility', () => {
  it('answers the same inputs with the same visibility', () => {
    const s = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const v = activeVisibility(s);
    expect(v.nodes.size).toBe(8);
    expect(activeVisibility({ ...s })).toBe(v);
  });

  it('keeps the visibility before the newest: the canvas asks for the new one while the panels still ask for it', () => {
    const before = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const after = { ...before, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Event'] } };
    const old = activeVisibility(before);
    const now = activeVisibility(after);
    expect(now).not.toBe(old);
    expect(now.nodes.size).toBeLessThan(old.nodes.size);
    expect(activeVisibility(before)).toBe(old);
    expect(activeVisibility(after)).toBe(now);
  });

  it('forgets all but the last two', () => {
    const base = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const first = activeVisibility(base);
    activeVisibility({ ...base, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Event'] } });
    activeVisibility({ ...base, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Person'] } });
    const again = activeVisibility(base);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('a hidden source and the talent flows', () => {
  // The network of the flows resting on the article alone (as `MATCH p = ()-[:TALENT_FLOW]->() RETURN p` draws them).
  const flow = edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
    count: 4,
    statedCount: 0,
    impliedCount: 4,
    reportedCount: 14,
    impliedSources: [SOURCE_ID],
    reportSources: [SOURCE_ID],
  });
  const graph = { nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')], edges: [flow] };
  const hidden = { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] };

  it('draws none of the network’s flows resting on it, and an export lists no source', () => {
    const s = { ...initialState(), scene: sceneFromGraph(flowGraph(graph, 0)), filters: hidden };
    const vis = activeVisibility(s);
    expect(vis.edges.size).toBe(0);
    expect(visibleSourceLines(s.scene, vis, {})).toEqual([]);
    const shown = activeVisibility({ ...s, filters: DEFAULT_FILTERS });
    expect(visibleSourceLines(s.scene, shown, {})).toEqual([`1. ${SOURCE_ID}`]);
  });

  it('leaves them in the Talent flows tab, where the source filter does not apply', () => {
    const s = { ...initialState(), mode: 'flows' as const, flowData: flowGraph(graph, 0), filters: hidden };
    expect(activeVisibility(s, activeScene(s)).edges.size).toBe(2);
  });
});

describe('a fact citing a hidden and a shown source', () => {
  // Made up for the test: the article's fact of Xinlei Chen joining xAI, also stated by a second report.
  const OTHER = 'source:other-report';
  // Its quote is one source's words (which, the data does not say).
  const both = edge('fact:xinlei-chen-joined-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
    sources: [SOURCE_ID, OTHER],
    evidence: 'كلمات المصدر',
    evidenceEn: 'the source’s words',
  });
  const only = edge('fact:musk-at-xai', 'WORKED_AT', 'person:elon-musk', 'org:xai');
  const graph = {
    nodes: [
      node('person:xinlei-chen', 'Person'),
      node('person:elon-musk', 'Person'),
      node('org:xai', 'Organization'),
    ],
    edges: [both, only],
  };
  const s = {
    ...initialState(),
    scene: sceneFromGraph(graph),
    filters: { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] },
  };

  it('stays drawn, and the image lists its shown source only', () => {
    const vis = activeVisibility(s);
    expect([...vis.edges]).toEqual([both.id]);
    expect(visibleSourceLines(s.scene, vis, {}, null, sourceHiding(s))).toEqual([`1. ${OTHER}`]);
  });

  it('is exported citing its shown source, with how many of its sources are hidden, and without a quote that may be the hidden one’s', () => {
    const data = exportedGraph(visibleGraph(s.scene, activeVisibility(s)), sourceHiding(s));
    // Under its shown source alone, the quote would read as that source's words.
    const { evidence: _ar, evidenceEn: _en, ...rest } = both.properties;
    expect(data.edges).toEqual([
      { ...both, properties: { ...rest, sources: [OTHER] }, hiddenSourceCount: 1 },
    ]);
    // What the server sent stays as it was.
    expect(s.scene.edges[both.id]!.properties.sources).toEqual([SOURCE_ID, OTHER]);
  });

  it('names in an export the shown sources of its facts only, in full where known, by id where not', () => {
    const data = exportedGraph(visibleGraph(s.scene, activeVisibility(s)), sourceHiding(s));
    const known = {
      [OTHER]: node(OTHER, 'Source', { publisher: 'Other Daily', url: 'https://example.org/o' }),
    };
    // The hidden source is cited by no fact of the export: not named. The shown one with its details.
    expect(exportedSources(data, known)).toEqual([
      { id: OTHER, publisher: 'Other Daily', url: 'https://example.org/o' },
    ]);
    // Nothing hidden: both, most cited first; one whose details are not known by its id.
    const all = visibleGraph(s.scene, activeVisibility({ ...s, filters: DEFAULT_FILTERS }));
    expect(exportedSources(all, known)).toEqual([
      { id: SOURCE_ID },
      { id: OTHER, publisher: 'Other Daily', url: 'https://example.org/o' },
    ]);
  });

  it('is exported as it is with no source hidden, or in the Talent flows tab for a flow part', () => {
    const data = visibleGraph(s.scene, activeVisibility({ ...s, filters: DEFAULT_FILTERS }));
    expect(exportedGraph(data, sourceHiding({ ...s, filters: DEFAULT_FILTERS }))).toBe(data);
    const flows = flowGraph(
      {
        nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')],
        edges: [
          edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', {
            count: 1,
            statedCount: 1,
            impliedCount: 0,
            statedSources: [SOURCE_ID, OTHER],
          }),
        ],
      },
      0,
    );
    const tab = exportedGraph(flows, sourceHiding({ ...s, mode: 'flows' }));
    expect(tab.edges[0]!.properties.sources).toEqual([SOURCE_ID, OTHER]);
    expect(tab.edges[0]!.hiddenSourceCount).toBeUndefined();
    // The same flow drawn in the network is cited by its shown source.
    const network = exportedGraph(flows, sourceHiding(s));
    expect(network.edges[0]!.properties.sources).toEqual([OTHER]);
    expect(network.edges[0]!.hiddenSourceCount).toBe(1);
  });
});
