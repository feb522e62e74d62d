// @vitest-environment jsdom
// The scene as tables, rendered with React in jsdom: a relationship's certainty column shows ours as the app names it
// (stated, no source) and a foreign relationship's own `certainty` property as it is stored ("high", 0.93), never
// replaced by "no source". Made-up edges: ours on the article's shape, foreign ones with the `neo4j:` ids the server
// gives them.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { createStore } from '../../../../client/state/store.js';
import { AppProvider } from '../../../../client/ui/app-context.js';
import { SceneTable } from '../../../../client/ui/scene-table.js';
import type { AppState } from '../../../../client/state/app-state.js';
import type { GraphData, GraphEdge } from '../../../../model/graph.js';
import { emptySchema } from '../answers.js';
import { edge, node } from '../fixtures.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.body.innerHTML = '';
});

/** The scene table of `graph` in the network view (with `state`'s language and schema); its relationship rows. */
function edgeRows(graph: GraphData, state: Partial<AppState> = {}): Element[] {
  const store = createStore(initialState({ scene: sceneFromGraph(graph), ...state }));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const value = { store, actions: {} as Actions, canvas: { current: null } };
  act(() => root.render(createElement(AppProvider, { value, children: createElement(SceneTable) })));
  unmount = () => act(() => root.unmount());
  return [...host.querySelectorAll('table')[1]!.querySelectorAll('tbody tr')];
}

/** The type and certainty cells of each relationship row. */
function certainties(graph: GraphData): [string, string][] {
  return edgeRows(graph).map((r) => {
    const cells = r.querySelectorAll('td');
    return [cells[1]!.textContent ?? '', cells[4]!.textContent ?? ''];
  });
}

const foreign = (id: string, type: string, properties: GraphEdge['properties']): GraphEdge => ({
  id,
  type,
  source: 'neo4j:4:ab:1',
  target: 'neo4j:4:ab:2',
  properties,
});

describe('the scene table’s certainty column', () => {
  it('shows a foreign relationship’s own certainty as stored, and ours as the app names it', () => {
    const graph: GraphData = {
      nodes: [
        { id: 'neo4j:4:ab:1', labels: ['Claim'], properties: { name: 'A' } },
        { id: 'neo4j:4:ab:2', labels: ['Claim'], properties: { name: 'B' } },
        node('person:a', 'Person', { name: 'Person A' }),
        node('org:b', 'Organization', { name: 'Org B' }),
      ],
      edges: [
        foreign('neo4j:5:ab:1', 'SUPPORTS', { certainty: 'high' }),
        foreign('neo4j:5:ab:2', 'REFUTES', { certainty: 0.93 }),
        foreign('neo4j:5:ab:3', 'CITES', {}),
        edge('fact:a-worked-at-b', 'WORKED_AT', 'person:a', 'org:b', {}),
      ],
    };
    expect(certainties(graph)).toEqual([
      ['SUPPORTS', 'high'],
      ['REFUTES', '0.93'],
      ['CITES', ''],
      ['worked at', 'stated'],
    ]);
  });
});

describe('the scene table’s dates column', () => {
  const graph = (edges: GraphEdge[]): GraphData => ({
    nodes: [
      { id: 'neo4j:4:ab:1', labels: ['Person'], properties: { name: 'A' } },
      { id: 'neo4j:4:ab:2', labels: ['Company'], properties: { name: 'B' } },
      node('person:a', 'Person', { name: 'Person A' }),
      node('org:b', 'Organization', { name: 'Org B' }),
    ],
    edges,
  });
  const dates = (g: GraphData, state: Partial<AppState> = {}) =>
    edgeRows(g, state).map((r) => r.querySelectorAll('td')[3]!.textContent ?? '');

  it('shows a foreign relationship’s dates as stored and typed, in either language, as its details do', () => {
    // Made up: a foreign graph's WORKED_AT with a String, an Integer and a Duration where our facts keep dates.
    const g = graph([
      foreign('neo4j:5:ab:1', 'WORKED_AT', { role: 'founder', since: '2019' }),
      foreign('neo4j:5:ab:2', 'WORKED_AT', { since: 2019 }),
      { ...foreign('neo4j:5:ab:3', 'WORKED_AT', { since: 'P1Y2M' }), types: { '/since': 'Duration' } },
      edge('fact:a-worked-at-b', 'WORKED_AT', 'person:a', 'org:b', { start: '2019' }),
    ]);
    for (const lang of ['en', 'ar'] as const) {
      const [a, b, c, ours] = dates(g, { lang });
      // Not our date reading ("2019 –") nor Arabic digits; an Integer year shown, a Duration with its type.
      expect(a).toBe('since: 2019');
      expect(b).toBe('since: 2019');
      expect(c).toBe('since: P1Y2M Duration');
      // Ours as before: our reading, in the interface language's digits.
      expect(ours).toBe(lang === 'ar' ? '٢٠١٩ –' : '2019 –');
    }
    // In an Arabic row a key keeps its colon beside it, isolated with it ("since:", not ":since").
    const cell = edgeRows(g, { lang: 'ar' })[0]!.querySelectorAll('td')[3]!;
    expect(cell.querySelector('bdi')?.textContent).toBe('since:');
  });

  it('shows every relationship’s dates as stored on a database that holds none of our facts', () => {
    // Made up: a foreign database's WORKED_AT with an id written as ours are.
    const g = graph([edge('fact:a-worked-at-b', 'WORKED_AT', 'person:a', 'org:b', { start: '2019' })]);
    expect(dates(g, { lang: 'ar', schema: emptySchema({ sourcedFacts: false }) })).toEqual(['start: 2019']);
  });
});
