// The Cypher panel: editor and parameters, ready questions, history and saved queries, run with Ctrl/Cmd+Enter,
// the latest run's timing in the bar, and every run's result (or error) as a frame in a stack below the editor.
import { useMemo, useState } from 'react';
import { parseParams } from '../state/cypher-actions.js';
import { countOf, formatNumber } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { LazyCypherEditor } from './lazy-cypher-editor.js';
import { QueryMenus } from './query-menus.js';
import { ResultFrames } from './result-frames-view.js';
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
  const parsedParams = useMemo(() => parseParams(c.params), [c.params]);
  const paramNames = useMemo(
    () => ('params' in parsedParams ? Object.keys(parsedParams.params) : []),
    [parsedParams],
  );
  // The box stays while what it holds does not parse: a run or a save refused for it says so, and the user mends it
  // there (it used to vanish the moment its text stopped being JSON).
  const paramsShown = showParams || paramNames.length > 0 || 'error' in parsedParams;
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
            aria-pressed={paramsShown}
            onClick={() => setShowParams((v) => !v)}
          >
            {t('params')}
          </button>
        )}
        <span className="spacer" />
        {r && !c.error && (
          <span className="timing" data-testid="cypher-timing">
            {t('rowsTiming', {
              rows: countOf(lang, 'Rows', r.summary?.rowCount ?? r.rows.length),
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
            {paramsShown && (
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
          {/* An error no run's frame carries (parameters that are not JSON) is said here, under the editor. */}
          {c.error && !c.frames.some((f) => f.error === c.error) && (
            <div className="cypher-error" role="alert" data-testid="cypher-error">
              <strong>{t('cypherError')}:</strong> <span className="mono">{c.error.code}</span>{' '}
              <span dir="ltr">{c.error.message}</span>
            </div>
          )}
          {c.frames.length > 0 && <ResultFrames />}
          {c.frames.length === 0 && !c.error && <p className="hint">{t('noResult')}</p>}
        </div>
      )}
    </div>
  );
}
