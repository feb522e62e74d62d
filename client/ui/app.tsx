// The explorer's shell: top bar, legend and filters, the canvas, details, and the Cypher panel; language direction,
// theme, the URL kept in step with the view, and keyboard shortcuts.
import { useCallback, useEffect, useState } from 'react';
import { addressOf } from '../state/actions.js';
import { isForeignDatabase } from '../state/overview.js';
import { useApp, useAppState, useT } from './app-context.js';
import { CanvasArea } from './canvas-area.js';
import { CloseButton } from './close-button.js';
import { CypherPanel } from './cypher-panel.js';
import { DetailsPanel } from './details-panel.js';
import { LeftPanel } from './left-panel.js';
import { SourceReader } from './source-reader.js';
import { TopBar } from './top-bar.js';
import { useShortcuts } from './use-shortcuts.js';

const URL_SYNC_DELAY_MS = 300;
const NARROW_SCREEN_PX = 1000;
const DETAILS_TOGGLE_ID = 'details-toggle';

export function App() {
  const { store, canvas, layout } = useApp();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const cypherOpen = useAppState((s) => s.cypherOpen);
  // The details column is there when it has something to say (a selection, a path, a foreign database's overview):
  // with nothing selected the canvas takes its room. On narrow screens it floats and the user toggles it.
  const detailsNeeded = useAppState(
    (s) => s.details !== null || s.pathSearch !== null || isForeignDatabase(s.schema),
  );
  const t = useT();
  // On tablets the side panels float over the canvas, so they start closed there.
  const [leftOpen, setLeftOpen] = useState(() => window.innerWidth > NARROW_SCREEN_PX);
  const [rightOpen, setRightOpen] = useState(() => window.innerWidth > NARROW_SCREEN_PX);
  const [narrow] = useState(() => window.innerWidth <= NARROW_SCREEN_PX);
  const showRight = rightOpen && (detailsNeeded || narrow);
  // A floating panel covers the canvas: Escape (which also clears the selection it showed) and its own close button
  // put it away, as any overlay is dismissed, and focus goes back to the button that opens it.
  const closeFloating = useCallback(() => {
    if (!narrow) return;
    setRightOpen(false);
    if (document.activeElement?.closest('.panel-right')) document.getElementById(DETAILS_TOGGLE_ID)?.focus();
  }, [narrow]);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = lang === 'ar' ? 'rtl' : 'ltr';
    html.dataset.theme = theme;
    document.title = t('appName');
  }, [lang, theme, t]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const sync = () => {
      const search = addressOf(store.get(), canvas.current?.positions(), canvas.current?.cameraView());
      if (search === null) return;
      // The view changed since a link failed to open: from now on the address follows it.
      if (store.get().addressHold !== null) store.set({ addressHold: null });
      if (search === last) return;
      last = search;
      window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    };
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(sync, URL_SYNC_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, canvas]);

  // The Cypher panel stays as the user left it: open or folded, and its height.
  useEffect(() => {
    layout?.write({ cypherOpen });
  }, [layout, cypherOpen]);

  useShortcuts(closeFloating);

  return (
    <div
      className={`app${leftOpen ? '' : ' no-left'}${showRight ? '' : ' no-right'}${cypherOpen ? '' : ' no-bottom'}`}
    >
      <TopBar
        leftOpen={leftOpen}
        rightOpen={showRight}
        onToggleLeft={() => setLeftOpen((v) => !v)}
        onToggleRight={() => setRightOpen((v) => !v)}
        rightToggleId={DETAILS_TOGGLE_ID}
      />
      <aside className="panel panel-left" aria-label={t('leftPanel')} hidden={!leftOpen}>
        <LeftPanel />
      </aside>
      <main className="stage" aria-label={t('canvas')}>
        <CanvasArea />
      </main>
      <aside className="panel panel-right" aria-label={t('rightPanel')} hidden={!showRight}>
        {narrow && (
          <div className="panel-close-row">
            <CloseButton label={t('closePanel')} testId="details-close" onClick={closeFloating} />
          </div>
        )}
        <DetailsPanel />
      </aside>
      <section className="panel panel-bottom" aria-label={t('bottomPanel')}>
        <CypherPanel />
      </section>
      <SourceReader />
    </div>
  );
}
