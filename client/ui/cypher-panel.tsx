// The Cypher panel: editor and parameters, ready questions, history and saved queries, run with Ctrl/Cmd+Enter,
// errors at their position, results as graph (into the scene), table or JSON, with timings and truncation.
import { useMemo, useState } from 'react';
import { parseParams } from '../state/cypher-actions.js';
import { formatNumber } from '../state/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { LazyCypherEditor } from './lazy-cypher-editor.js';
import { QueryMenus } from './query-menus.js';
import { ResultJson, ResultTable } from './results-view.js';
import { PlanTree } from './plan-tree.js';
import { SplitHandle } from './split-handle.js';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function CypherPanel() {
  const { actions } = useApp();
  const t = useT();
  const c = useAppState((s) => s.cypher);
  const open = useAppState((s) => s.cypherOpen);
  const schema = useAppState((s) => s.schema);
  const theme = useAppState((s) => s.theme);
  const lang = useAppState((s) => s.lang);
  const [showParams, setShowParams] = useState(false);
  const paramNames = useMemo(() => {
    const p = parseParams(c.params);
    return 'params' in p ? Object.keys(p.params) : [];
  }, [c.params]);
  // The shortcut as the user's keyboard spells it (⌘ only on Apple machines).
  const shortcut = t(IS_APPLE ? 'runShortcutMac' : 'runShortcutOther');
  const r = c.result;
  const serverMs = r
    ? Math.round((r.summary?.resultAvailableAfterMs ?? 0) + (r.summary?.resultConsumedAfterMs ?? 0))
    : 0;

  return (
    <div className={`cypher-panel${open ? '' : ' collapsed'}`} data-testid="cypher-panel">
      {open && <SplitHandle />}
      <div className="cypher-bar">
        <button
          type="button"
          className="tool-button"
          aria-expanded={open}
          onClick={() => actions.setCypherOpen(!open)}
        >
          {open ? '▾' : '▸'} {t('cypher')}
        </button>
        {/* Ready questions, history and saved queries stay one click away on the folded bar too. */}
        <QueryMenus />
        {open && (
          <button
            type="button"
            className="tool-button"
            aria-pressed={showParams || paramNames.length > 0}
            onClick={() => setShowParams((v) => !v)}
          >
            {t('params')}
          </button>
        )}
        <span className="spacer" />
        {r && !c.error && (
          <span className="timing" data-testid="cypher-timing">
            {t((r.summary?.rowCount ?? r.rows.length) === 1 ? 'rowsTimingOne' : 'rowsTiming', {
              rows: formatNumber(r.summary?.rowCount ?? r.rows.length, lang),
              ms: formatNumber(c.roundTripMs ?? 0, lang),
              server: formatNumber(serverMs, lang),
            })}
            {r.summary?.truncated && (
              <strong className="truncated">
                {t('listSep')}
                {t('truncated')}
              </strong>
            )}
          </span>
        )}
        {c.cancelled && !c.running && (
          <span className="timing" role="status" data-testid="cypher-cancelled">
            {t('cancelledAfter', { ms: formatNumber(c.roundTripMs ?? 0, lang) })}
          </span>
        )}
        {c.running && (
          <button
            type="button"
            className="tool-button"
            onClick={() => actions.cypher.cancel()}
            data-testid="cypher-cancel"
          >
            {t('cancelQuery')}
          </button>
        )}
        <button
          type="button"
          className="primary-button"
          onClick={() => void actions.cypher.run()}
          disabled={c.running}
          data-testid="cypher-run"
          title={shortcut}
        >
          {c.running ? t('running') : t('run')} <kbd dir="ltr">{shortcut}</kbd>
        </button>
      </div>
      {open && (
        <div className="cypher-body">
          <div className="cypher-inputs">
            <div className="editor-column">
              <LazyCypherEditor
                value={c.text}
                onChange={actions.cypher.setText}
                onRun={() => void actions.cypher.run()}
                schema={schema}
                paramNames={paramNames}
                theme={theme}
                error={c.error}
                label={t('cypher')}
              />
              <p className="hint editor-hint">{t('editorEscHint')}</p>
            </div>
            {(showParams || paramNames.length > 0) && (
              <label className="params">
                <span>{t('params')}</span>
                <textarea
                  value={c.params}
                  spellCheck={false}
                  dir="ltr"
                  onChange={(e) => actions.cypher.setParams(e.target.value)}
                  data-testid="cypher-params"
                />
              </label>
            )}
          </div>
          {c.error && (
            <div className="cypher-error" role="alert" data-testid="cypher-error">
              <strong>
                {t('cypherError')}
                {c.error.position &&
                  ` (${t('cypherErrorAt', { line: c.error.position.line, column: c.error.position.column })})`}
                :
              </strong>{' '}
              <span className="mono">{c.error.code}</span> <span dir="ltr">{c.error.message}</span>
            </div>
          )}
          {r && !c.error && (
            <div className="results">
              <div className="results-bar" role="tablist" aria-label="Results">
                {(r.summary?.plan
                  ? (['graph', 'table', 'json', 'plan'] as const)
                  : (['graph', 'table', 'json'] as const)
                ).map((v) => (
                  <button
                    key={v}
                    type="button"
                    role="tab"
                    aria-selected={c.view === v}
                    onClick={() => actions.cypher.setView(v)}
                    data-testid={`result-tab-${v}`}
                  >
                    {t(
                      v === 'graph'
                        ? 'resultGraph'
                        : v === 'table'
                          ? 'resultTable'
                          : v === 'json'
                            ? 'resultJson'
                            : 'resultPlan',
                    )}
                  </button>
                ))}
                <span className="spacer" />
                <label className="check">
                  <input
                    type="radio"
                    name="target"
                    checked={c.target === 'replace'}
                    onChange={() => actions.cypher.setTarget('replace')}
                  />
                  {t('replaceScene')}
                </label>
                <label className="check">
                  <input
                    type="radio"
                    name="target"
                    checked={c.target === 'add'}
                    onChange={() => actions.cypher.setTarget('add')}
                  />
                  {t('addToScene')}
                </label>
              </div>
              {c.view === 'graph' && (
                <p className="hint" data-testid="result-graph-summary">
                  {r.graph.nodes.length
                    ? `${t('sceneStats', { nodes: formatNumber(r.graph.nodes.length, lang), edges: formatNumber(r.graph.edges.length, lang) })} → ${c.target === 'add' ? t('addToScene') : t('replaceScene')}`
                    : t('nothingToDraw')}
                  {r.graph.nodes.length > 0 && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button"
                        data-testid="result-replace"
                        onClick={() =>
                          actions.scene.replaceWithGraph(r.graph, {
                            id: 'user',
                            title: { en: 'Cypher query', ar: 'استعلام Cypher' },
                            query: c.text,
                            view: 'graph',
                          })
                        }
                      >
                        {t('replaceWithResult')}
                      </button>
                      {t('listSep')}
                      <button
                        type="button"
                        className="link-button"
                        data-testid="result-add"
                        onClick={() => actions.scene.addGraph(r.graph)}
                      >
                        {t('addResult')}
                      </button>
                    </>
                  )}
                </p>
              )}
              {c.view === 'table' && <ResultTable result={r} />}
              {c.view === 'json' && <ResultJson result={r} />}
              {c.view === 'plan' && r.summary?.plan && <PlanTree plan={r.summary.plan} />}
            </div>
          )}
          {!r && !c.error && <p className="hint">{t('noResult')}</p>}
        </div>
      )}
    </div>
  );
}
