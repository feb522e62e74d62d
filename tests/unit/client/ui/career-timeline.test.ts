// @vitest-environment jsdom
// The career list in the details panel, rendered with React in jsdom: a move's date is written as every date of the
// interface is (client/i18n/dates.ts formatDate), in Arabic digits in Arabic — it was printed raw, "(2020-03)" in an
// Arabic line. Made-up stints (no fact of the article): a person who left Alpha in 2020-02 and joined Beta in 2020-03.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { careerOf } from '../../../../client/state/details.js';
import { createStore } from '../../../../client/state/store.js';
import { AppProvider } from '../../../../client/ui/app-context.js';
import { CareerTimeline } from '../../../../client/ui/career-timeline.js';
import type { GraphData } from '../../../../model/graph.js';
import { edge, node } from '../fixtures.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
});

const graph: GraphData = {
  nodes: [
    node('person:p', 'Person', { name: 'Pat' }),
    node('org:alpha', 'Organization', { name: 'Alpha' }),
    node('org:beta', 'Organization', { name: 'Beta' }),
  ],
  edges: [
    edge('fact:p-alpha', 'WORKED_AT', 'person:p', 'org:alpha', { start: '2015', end: '2020-02' }),
    edge('fact:p-beta', 'WORKED_AT', 'person:p', 'org:beta', { start: '2020-03' }),
  ],
};

function render(lang: 'en' | 'ar'): HTMLElement {
  const store = createStore(initialState({ lang }));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const value = { store, actions: {} as Actions, canvas: { current: null } };
  const career = careerOf('person:p', graph);
  act(() =>
    root.render(createElement(AppProvider, { value, children: createElement(CareerTimeline, { career }) })),
  );
  unmount = () => act(() => root.unmount());
  return host;
}

describe('career moves', () => {
  it('writes a move’s date in the interface’s digits', () => {
    const move = (lang: 'en' | 'ar') =>
      render(lang).querySelector('[data-testid="career-move"]')?.textContent;
    expect(move('en')).toContain('(2020-03)');
    unmount?.();
    expect(move('ar')).toContain('٢٠٢٠-٠٣');
    expect(move('ar')).not.toContain('2020');
  });
});
