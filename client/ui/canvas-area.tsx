// The centre of the screen: toolbar, the canvas (or its table alternative), the time slider, and in timeline mode
// the strip of dated events.
import { useAppState, useT } from './app-context.js';
import { AppearanceLegend } from './appearance-legend.js';
import { CanvasToolbar } from './canvas-toolbar.js';
import { CanvasView } from './canvas-view.js';
import { ContextMenu } from './context-menu.js';
import { FilterChips } from './filter-chips.js';
import { SceneTable } from './scene-table.js';
import { SelectionBar } from './selection-bar.js';
import { TimeSlider } from './time-slider.js';
import { TimelineStrip } from './timeline-strip.js';
import { LazyTalentDashboard } from './lazy-talent-dashboard.js';
import { NoticeBar } from './notice-bar.js';
import { countOf } from '../i18n/i18n.js';
import { flowsCountText } from '../state/chips.js';
import { citesAllTime } from '../state/flows.js';
import { drawsOutdatedFlows } from '../state/view-data.js';

export function CanvasArea() {
  const t = useT();
  const tableView = useAppState((s) => s.tableView);
  const mode = useAppState((s) => s.mode);
  const flowStatus = useAppState((s) => s.flowStatus);
  const flowEmpty = useAppState((s) => s.flowData !== null && s.flowData.nodes.length === 0);
  const flowCount = useAppState((s) => s.flowCount);
  const flowScope = useAppState((s) => s.flowScope);
  const lang = useAppState((s) => s.lang);
  // In a window, flows derived by an older seed cite all time's sources for their named parts: said beside the count
  // (only while a window is on: turned off, the answer drawn is the window's until the flows come again).
  const sourcesAllTime = useAppState(
    (s) => s.time.enabled && (s.flowData?.edges.some(citesAllTime) ?? false),
  );
  // A drawn flow derived by other rules than this version's (the network's stored flows too, read by a query, a path
  // or neighbours): said beside the drawing, in either view, not only in the exports.
  const outdated = useAppState(drawsOutdatedFlows);
  const outdatedNote = (
    <span className="flow-count" data-testid="flows-outdated">
      {t('flowsOutdated')}
    </span>
  );
  // The selection bar takes the hint's place at the canvas's foot.
  const nothingSelected = useAppState(
    (s) => s.details === null && s.pathSearch === null && s.multiSelection.length === 0,
  );
  return (
    <div className="canvas-area" data-mode={mode} data-flow-status={flowStatus}>
      {/* Its controls act on the network drawn under the dashboard, and its Show Cypher opens the network's query:
          not offered over the dashboard, which has its own controls. */}
      {mode !== 'dashboard' && <CanvasToolbar />}
      {mode === 'flows' && (
        <p className="canvas-caption" data-testid="flows-caption">
          {flowStatus === 'loading'
            ? t('flowsLoading')
            : flowEmpty
              ? // Of the answer drawn (the slider may have moved since). An empty page of a window ranked by all-time
                // size may leave flows unread: it says so rather than that the window has none.
                flowScope === 'all'
                ? t('flowsEmpty')
                : flowScope === 'estimated' && flowCount
                  ? t('flowsEmptyWindowUnread', { n: countOf(lang, 'SmallerFlows', flowCount.total) })
                  : t('flowsEmptyWindow')
              : t('flowsTitle')}
          {/* Said beside the drawing, not only in a notice: the answer may come while the user is in another view. */}
          {flowStatus !== 'loading' && !flowEmpty && flowCount && (
            <span className="flow-count" data-testid="flows-count">
              {flowsCountText(lang, flowScope, flowCount)}
            </span>
          )}
          {flowStatus !== 'loading' && !flowEmpty && sourcesAllTime && (
            <span className="flow-count" data-testid="flows-sources-all-time">
              {t('flowsSourcesAllTime')}
            </span>
          )}
          {flowStatus !== 'loading' && !flowEmpty && outdated && outdatedNote}
          <span className="flow-key">
            <span className="flow-key-named" aria-hidden="true" /> {t('named')}
            <span className="flow-key-implied" aria-hidden="true" /> {t('namedImpliedKey')}
            <span className="flow-key-reported" aria-hidden="true" /> {t('reported')}
          </span>
        </p>
      )}
      {mode !== 'flows' && mode !== 'dashboard' && outdated && (
        <p className="canvas-caption">{outdatedNote}</p>
      )}
      {/* The dashboard counts every period and certainty apart and takes neither the time window nor the filters: no
          chip or slider claims they narrow it. */}
      {mode !== 'dashboard' && <FilterChips />}
      <div className="canvas-wrap">
        {/* Notices float over the top of the drawing, under the toolbar however many rows it wraps to. */}
        <NoticeBar />
        <CanvasView />
        {tableView && mode !== 'dashboard' && <SceneTable />}
        {mode === 'dashboard' && <LazyTalentDashboard />}
        {mode !== 'dashboard' && !tableView && <AppearanceLegend />}
        {!tableView && mode !== 'dashboard' && <SelectionBar />}
        <ContextMenu />
        {/* The details column appears with a selection; until then, a line says how to get one. */}
        {nothingSelected && mode !== 'dashboard' && !tableView && (
          <p className="canvas-hint" data-testid="canvas-hint">
            {t(mode === 'flows' ? 'detailsEmptyFlows' : 'detailsEmpty')}
          </p>
        )}
      </div>
      {mode !== 'dashboard' && <TimeSlider />}
      {mode === 'timeline' && <TimelineStrip />}
    </div>
  );
}
