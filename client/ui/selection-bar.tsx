// The bar at the canvas's foot while nodes are multi-selected: how many, and what to do with them (hide, expand all,
// the shortest path between two, export JSON/CSV of the nodes, the facts among them and those facts' sources, clear).
import { formatNumber } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { download } from './download.js';
import { ExportItemButton, type ExportItem } from './export-item.js';
import { Menu } from './menu.js';

const stamp = () => new Date().toISOString().slice(0, 10);
// The file formats load on first use, as in the export menu.
const formats = () => import('../graph/exports.js');
const sourceFormats = () => import('../graph/export-sources.js');

export function SelectionBar() {
  const { actions } = useApp();
  const t = useT();
  const count = useAppState((s) => s.multiSelection.length);
  const lang = useAppState((s) => s.lang);
  const flows = useAppState((s) => s.mode === 'flows');
  if (count === 0 || flows) return null;

  const exports: ExportItem[] = [
    {
      key: 'exportJson',
      run: async () =>
        download(
          `talent-graph-selection-${stamp()}.json`,
          (await formats()).toJson(
            await actions.details.withSources(actions.multi.graph()),
            actions.multi.view(),
          ),
          'application/json',
        ),
    },
    {
      key: 'exportCsvNodes',
      run: async () =>
        download(
          `talent-graph-selection-nodes-${stamp()}.csv`,
          (await formats()).nodesCsv(actions.multi.graph()),
          'text/csv;charset=utf-8',
        ),
    },
    {
      key: 'exportCsvEdges',
      run: async () =>
        download(
          `talent-graph-selection-edges-${stamp()}.csv`,
          (await formats()).edgesCsv(actions.multi.graph()),
          'text/csv;charset=utf-8',
        ),
    },
    {
      key: 'exportCsvSources',
      run: async () =>
        download(
          `talent-graph-selection-sources-${stamp()}.csv`,
          (await sourceFormats()).sourcesCsv(
            (await actions.details.withSources(actions.multi.graph())).sources ?? [],
          ),
          'text/csv;charset=utf-8',
        ),
    },
  ];

  return (
    <div
      className="selection-bar"
      role="toolbar"
      aria-label={t('selectionBar')}
      data-testid="selection-bar"
      data-count={count}
    >
      <span className="selection-count" data-testid="selection-count">
        {t('selectionCount', { n: formatNumber(count, lang) })}
      </span>
      <button type="button" className="tool-button" data-testid="selection-hide" onClick={actions.multi.hide}>
        {t('selectionHide')}
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="selection-expand"
        onClick={() => void actions.multi.expand()}
      >
        {t('selectionExpand')}
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="selection-path"
        disabled={count !== 2}
        title={count === 2 ? t('selectionPath') : t('selectionPathNeedsTwo')}
        onClick={actions.multi.pathBetween}
      >
        {t('selectionPath')}
      </button>
      <Menu label={`⤓ ${t('selectionExport')}`} testId="selection-export">
        {(close) =>
          exports.map((it) => (
            <ExportItemButton key={it.key} item={it} testId={`selection-export-${it.key}`} close={close} />
          ))
        }
      </Menu>
      <button
        type="button"
        className="icon-button"
        data-testid="selection-clear"
        aria-label={t('selectionClear')}
        title={`${t('selectionClear')} (Esc)`}
        onClick={actions.multi.clear}
      >
        ✕
      </button>
    </div>
  );
}
