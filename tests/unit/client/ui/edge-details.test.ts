// @vitest-environment jsdom
// The edge details panel, rendered with React in jsdom: a foreign relationship whose type is named as one of ours (an
// employer graph's WORKED_AT {salary, grade}, LLM Graph Builder's Chunk-[:PART_OF]->Document) shows its properties,
// with no certainty badge and no Evidence block; our fact keeps both. Edges written for this test (fixtures.ts models
// ours on the article's facts; the foreign ones carry the `neo4j:` fallback ids the server gives such relationships).
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../model/graph.js';
import { edge, node, SOURCE_ID } from '../fixtures.js';
import { DEFAULT_FILTERS } from '../../../../client/state/visibility.js';
import { renderEdgeDetails, useEdgeDetailsCleanup } from './render-edge-details.js';

useEdgeDetailsCleanup();

/** The panel for `shown` among `nodes`, as the details actions leave it once loaded. */
function renderDetails(shown: GraphEdge, nodes: GraphNode[]): HTMLElement {
  return renderEdgeDetails({ id: shown.id, kind: 'edge', status: 'ready', graph: { nodes, edges: [shown] } });
}

/** A relationship of a foreign graph as the API sends it: its fallback id, its own properties only. */
const foreign = (type: string, properties: GraphEdge['properties']): GraphEdge => ({
  id: 'neo4j:5:ab12:7',
  type,
  source: 'neo4j:5:ab12:1',
  target: 'neo4j:5:ab12:2',
  properties,
});
const foreignNodes: GraphNode[] = [
  { id: 'neo4j:5:ab12:1', labels: ['Emp'], properties: { name: 'Dana' } },
  { id: 'neo4j:5:ab12:2', labels: ['Co'], properties: { name: 'Acme' } },
];

describe('edge details', () => {
  it('shows a foreign WORKED_AT’s own properties, with no "no source" badge and no evidence', () => {
    const host = renderDetails(foreign('WORKED_AT', { salary: 1.5, grade: 'B' }), foreignNodes);
    const props = host.querySelector('[data-testid="relationship-properties"]');
    expect(props?.textContent).toContain('salary');
    expect(props?.textContent).toContain('1.5');
    expect(props?.textContent).toContain('grade');
    expect(host.querySelector('.badge')).toBeNull();
    expect(host.querySelector('.evidence-block')).toBeNull();
  });

  it('shows a foreign PART_OF (a Chunk of a Document) by its properties too', () => {
    const host = renderDetails(foreign('PART_OF', { position: 3 }), foreignNodes);
    expect(host.querySelector('[data-testid="relationship-properties"]')?.textContent).toContain('position');
    expect(host.querySelector('.badge')).toBeNull();
    expect(host.querySelector('.evidence-block')).toBeNull();
  });

  it('shows a foreign relationship’s values with their Cypher types: the String "42" apart from the Integer 42', () => {
    const host = renderDetails(foreign('RATED', { code: '42', n: 42, none: '' }), foreignNodes);
    const cells = [...host.querySelectorAll('[data-testid="relationship-properties"] dd')];
    expect(
      cells.map((dd) => [dd.textContent, dd.querySelector('[data-type]')?.getAttribute('data-type')]),
    ).toEqual([
      ['42', 'String'],
      ['42', 'Integer'],
      ['""', 'String'],
    ]);
  });

  it('keeps our fact’s certainty badge and evidence', () => {
    const fact = edge('fact:xinlei-chen-joined-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
      evidence: 'joined xAI',
    });
    const host = renderDetails(fact, [
      node('person:xinlei-chen', 'Person', { name: 'Xinlei Chen' }),
      node('org:xai', 'Organization', { name: 'xAI' }),
    ]);
    expect(host.querySelector('.kind .badge')?.className).toContain('badge-stated');
    expect(host.querySelector('[data-testid="evidence"]')?.textContent).toBe('joined xAI');
    expect(host.querySelector('[data-testid="relationship-properties"]')).toBeNull();
  });

  describe('of a fact citing a shown and a hidden source', () => {
    const OTHER = 'source:other-report';
    const fact = edge('fact:xinlei-chen-joined-xai', 'WORKED_AT', 'person:xinlei-chen', 'org:xai', {
      sources: [SOURCE_ID, OTHER],
    });
    const nodes = [
      node('person:xinlei-chen', 'Person', { name: 'Xinlei Chen' }),
      node('org:xai', 'Organization', { name: 'xAI' }),
      node(SOURCE_ID, 'Source', { publisher: 'Rose al-Youssef' }),
      node(OTHER, 'Source', { publisher: 'Other Gazette' }),
    ];
    const details = {
      id: fact.id,
      kind: 'edge' as const,
      status: 'ready' as const,
      graph: { nodes, edges: [fact] },
    };
    const hidden = { ...DEFAULT_FILTERS, hiddenSources: [SOURCE_ID] };
    const cited = (host: HTMLElement, testId: string) =>
      [...host.querySelectorAll(`[data-testid="${testId}"] cite`)].map((c) => c.textContent);

    it('marks the hidden source as hidden by the filter, not dropped, in the fact’s own order of sources', () => {
      const host = renderEdgeDetails(details, { filters: hidden });
      // The quote is one source's words: no other source moves up under it.
      expect([...host.querySelectorAll('.fact-source cite')].map((c) => c.textContent)).toEqual([
        'Rose al-Youssef',
        'Other Gazette',
      ]);
      expect(cited(host, 'fact-source')).toEqual(['Other Gazette']);
      expect(cited(host, 'fact-source-hidden')).toEqual(['Rose al-Youssef']);
      expect(host.querySelector('[data-testid="fact-source-hidden"] .badge')?.textContent).toBe(
        'hidden by the source filter',
      );
    });

    it('marks none in the Talent flows tab, where the filter does not apply, nor with nothing hidden', () => {
      for (const state of [{ filters: hidden, mode: 'flows' as const }, {}]) {
        const host = renderEdgeDetails(details, state);
        expect(cited(host, 'fact-source')).toEqual(['Rose al-Youssef', 'Other Gazette']);
        expect(host.querySelector('[data-testid="fact-source-hidden"]')).toBeNull();
        document.body.innerHTML = '';
      }
    });
  });
});
