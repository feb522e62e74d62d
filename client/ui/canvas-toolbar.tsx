// Canvas controls: fit, zoom, layout start/stop, select mode (lasso), undo/redo, table view, appearance, and the
// Cypher behind the current view.
import { countOf } from '../i18n/i18n.js';
import { useActiveVisibility, useApp, useAppState, useT } from './app-context.js';
import { AppearanceButton } from './appearance-panel.js';

/** Text whose spaces do not break a line (no-break spaces). */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

export function CanvasToolbar() {
  const { actions, canvas } = useApp();
  const t = useT();
  const { scene, vis } = useActiveVisibility();
  const mode = useAppState((s) => s.mode);
  const lang = useAppState((s) => s.lang);
  const layoutRunning = useAppState((s) => s.layoutRunning);
  const selectMode = useAppState((s) => s.selectMode);
  const canUndo = useAppState((s) => s.history.past.length > 0);
  const canRedo = useAppState((s) => s.history.future.length > 0);
  const tableView = useAppState((s) => s.tableView);
  const pathShown = useAppState((s) => Boolean(s.path.highlight));
  const total = Object.keys(scene.nodes).length;
  const totalEdges = Object.keys(scene.edges).length;
  const flows = mode === 'flows';
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas')} title={t('shortcuts')}>
      <button
        type="button"
        className="icon-button"
        data-testid="fit-button"
        aria-label={t('fit')}
        title={`${t('fit')} (F)`}
        onClick={() => canvas.current?.fit()}
      >
        ⤢
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoomIn')}
        title={`${t('zoomIn')} (+)`}
        onClick={() => canvas.current?.zoomIn()}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoomOut')}
        title={`${t('zoomOut')} (−)`}
        onClick={() => canvas.current?.zoomOut()}
      >
        −
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={layoutRunning}
        data-testid="layout-button"
        onClick={() => (layoutRunning ? canvas.current?.stopLayout() : canvas.current?.startLayout())}
      >
        {layoutRunning ? `⏸ ${t('layoutStop')}` : `▶ ${t('layoutStart')}`}
      </button>
      {!flows && (
        <>
          <button
            type="button"
            className="tool-button"
            aria-pressed={selectMode}
            title={t('selectModeTitle')}
            data-testid="select-mode-button"
            onClick={() => actions.multi.setSelectMode(!selectMode)}
          >
            ⬚ {t('selectMode')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('undo')}
            title={`${t('undo')} (Ctrl+Z)`}
            disabled={!canUndo}
            onClick={actions.scene.undo}
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('redo')}
            title={`${t('redo')} (Ctrl+Shift+Z)`}
            disabled={!canRedo}
            onClick={actions.scene.redo}
          >
            ↷
          </button>
        </>
      )}
      <button
        type="button"
        className="tool-button"
        aria-pressed={tableView}
        onClick={() => actions.setTableView(!tableView)}
        data-testid="table-view-button"
      >
        {tableView ? t('canvasView') : t('tableView')}
      </button>
      <AppearanceButton />
      <button
        type="button"
        className="tool-button"
        onClick={() => actions.cypher.open(actions.currentQuery())}
        data-testid="show-cypher"
      >
        {t('showCypher')}
      </button>
      {pathShown && (
        <button type="button" className="tool-button" onClick={actions.clearPath}>
          {t('clearPath')}
        </button>
      )}
      <span
        className="stats"
        data-testid="scene-stats"
        data-nodes={vis.nodes.size}
        data-edges={vis.edges.size}
      >
        {/* What the filters leave of the scene, nodes and relationships alike: a count of what is drawn alone would
            read as the scene's size. */}
        {vis.nodes.size === total && vis.edges.size === totalEdges
          ? t('sceneStats', {
              // Each count with its noun kept on one line: a narrow toolbar breaks the text between the two only.
              nodes: unbroken(countOf(lang, 'Nodes', total)),
              edges: unbroken(countOf(lang, 'Relationships', totalEdges)),
            })
          : t('visibleStats', {
              // "5 of 10" kept on one line, as the counts above: the toolbar broke it between a number and its "of".
              nodes: unbroken(t('legendShownOf', { shown: vis.nodes.size, total })),
              edges: unbroken(t('legendShownOf', { shown: vis.edges.size, total: totalEdges })),
            })}
      </span>
    </div>
  );
}
