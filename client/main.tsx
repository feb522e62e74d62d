// Entry point: builds the store, API client and actions, renders the explorer and opens the view in the URL.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createActions } from './state/actions.js';
import { createApi } from './api/api.js';
import { initialState } from './state/app-state.js';
import { createLayoutPrefs } from './state/layout-prefs.js';
import { createQueryMemory } from './state/query-history.js';
import { browserStorage } from './state/query-storage.js';
import { createStore } from './state/store.js';
import { decodeLink } from './state/url-decode.js';
import { App } from './ui/app.js';
import { AppProvider, type CanvasHandle } from './ui/app-context.js';
import './styles/app.css';

// A link that cannot be read (wholly or in part) still opens: what it lacks is said over the canvas.
const { view, issues } = decodeLink(window.location.search);
const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
// Read once: with site data blocked (or in a sandboxed frame) reading it throws, and the page keeps its lists itself.
const storage = browserStorage(window);
const layout = createLayoutPrefs(storage);
const store = createStore(
  initialState({
    lang: view.lang ?? 'en',
    theme: view.theme ?? (prefersDark ? 'dark' : 'light'),
    mode: view.mode ?? 'network',
    // Folded on a first visit (the canvas gets the room); as the user left it afterwards.
    cypherOpen: layout.read().cypherOpen,
  }),
);
const memory = createQueryMemory(storage, undefined, { pageOnly: storage === undefined });
const actions = createActions({ store, api: createApi(), memory });
const canvas: CanvasHandle = { current: null };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider value={{ store, actions, canvas, layout }}>
      <App />
    </AppProvider>
  </StrictMode>,
);
void actions.init(view, issues);
