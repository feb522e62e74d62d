// Renders the edge details panel with React in jsdom (for the tests of tests/unit/client/ui): the panel for a details
// state as the details actions leave it once loaded, in an app context with a store and the actions given; unmounted after
// each test. A file that uses it opens with `// @vitest-environment jsdom`.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';
import type { Actions } from '../../../../client/state/actions.js';
import { initialState, type AppState, type DetailsState } from '../../../../client/state/app-state.js';
import { createStore } from '../../../../client/state/store.js';
import { AppProvider } from '../../../../client/ui/app-context.js';
import { EdgeDetails } from '../../../../client/ui/edge-details.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount: (() => void) | undefined;

/** Unmounts what renderEdgeDetails rendered, after each test of the file that calls it. */
export function useEdgeDetailsCleanup(): void {
  afterEach(() => {
    unmount?.();
    unmount = undefined;
    document.body.innerHTML = '';
  });
}

/**
 * The edge details panel for `details`, in a host element in the document; `state`: the rest of the app's state;
 * `actions`: those its buttons call.
 */
export function renderEdgeDetails(
  details: DetailsState,
  state: Partial<AppState> = {},
  actions = {} as Actions,
): HTMLElement {
  const store = createStore(initialState({ ...state, details }));
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const value = { store, actions, canvas: { current: null } };
  act(() =>
    root.render(createElement(AppProvider, { value, children: createElement(EdgeDetails, { details }) })),
  );
  unmount = () => act(() => root.unmount());
  return host;
}
