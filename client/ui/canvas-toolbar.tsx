// Canvas controls: fit, zoom, layout start/stop, select mode (lasso), undo/redo, table view, appearance, and the
// Cypher behind the current view.
import { formatNumber } from '../state/i18n.js';
import { activeScene, activeVisibility } from '../state/view-data.js';
import { useApp, useAppState, useT } from './app-context.js';
import { AppearanceButton } from './appearance-panel.js';

export function CanvasToolbar() {
  const { actions, canvas } = useApp();
  const t = useT();
  const state = useAppState((s) => s);
  const scene = activeScene(state);
  const vis = activeVisibility(state, scene);
  const total = Object.keys(scene.nodes).length;
  const flows = state.mode === 'flows';
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas')} title={t('shortcuts')}>
      <button
        type="button"
        className="icon-button"
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
        aria-pressed={state.layoutRunning}
        data-testid="layout-button"
        onClick={() => (state.layoutRunning ? canvas.current?.stopLayout() : canvas.current?.startLayout())}
      >
        {state.layoutRunning ? `⏸ ${t('layoutStop')}` : `▶ ${t('layoutStart')}`}
      </button>
      {!flows && (
        <>
          <button
            type="button"
            className="tool-button"
            aria-pressed={state.selectMode}
            title={t('selectModeTitle')}
            data-testid="select-mode-button"
            onClick={() => actions.multi.setSelectMode(!state.selectMode)}
          >
            ⬚ {t('selectMode')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('undo')}
            title={`${t('undo')} (Ctrl+Z)`}
            disabled={!state.history.past.length}
            onClick={actions.scene.undo}
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('redo')}
            title={`${t('redo')} (Ctrl+Shift+Z)`}
            disabled={!state.history.future.length}
            onClick={actions.scene.redo}
          >
            ↷
          </button>
        </>
      )}
      <button
        type="button"
        className="tool-button"
        aria-pressed={state.tableView}
        onClick={() => actions.setTableView(!state.tableView)}
        data-testid="table-view-button"
      >
        {state.tableView ? t('canvasView') : t('tableView')}
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
      {state.path.highlight && (
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
        {vis.nodes.size === total
          ? t('sceneStats', {
              nodes: formatNumber(total, state.lang),
              edges: formatNumber(vis.edges.size, state.lang),
            })
          : t('visibleStats', {
              nodes: formatNumber(vis.nodes.size, state.lang),
              total: formatNumber(total, state.lang),
            })}
      </span>
    </div>
  );
}
