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
import type { GraphData, GraphEdge } from '../../../../model/graph.js';
import { edge, node } from '../fixtures.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.body.innerHTML = '';
});

/** The scene table of `graph` in the network view; its relationship rows' type and certainty cells. */
function certainties(graph: GraphData): [string, string][] {
  const store = createStore(initialState({ scene: sceneFromGraph(graph) }));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const value = { store, actions: {} as Actions, canvas: { current: null } };
  act(() => root.render(createElement(AppProvider, { value, children: createElement(SceneTable) })));
  unmount = () => act(() => root.unmount());
  const rows = [...host.querySelectorAll('table')[1]!.querySelectorAll('tbody tr')];
  return rows.map((r) => {
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
