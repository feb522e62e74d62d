// The stack of result frames under the Cypher editor: each run's query, when it ran, how it ended, and its own
// Graph/Table/JSON/Plan views, with re-run, pin and close. Pinned frames stay on top (client/state/result-frames.ts).
import { useState } from 'react';
import { ahead } from '../i18n/arrows.js';
import { countOf, countOfTotal, formatNumber } from '../i18n/i18n.js';
import { DEFAULT_MAX_FRAMES, firstLine, type FrameView, type ResultFrame } from '../state/result-frames.js';
import { useApp, useAppState, useT } from './app-context.js';
import { CloseButton } from './close-button.js';
import { PlanTree } from './plan-tree.js';
import { ResultJson, ResultTable } from './results-view.js';

const VIEW_LABEL = {
  graph: 'resultGraph',
  table: 'resultTable',
  json: 'resultJson',
  plan: 'resultPlan',
} as const;

function FrameOutcome({ frame }: { frame: ResultFrame }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const ms = formatNumber(frame.ms, lang);
  if (frame.outcome === 'error') return <>{t('outcomeError', { code: frame.error?.code ?? '?', ms })}</>;
  if (frame.outcome === 'cancelled') return <>{t('outcomeCancelled', { ms })}</>;
  const rows = frame.result?.summary?.rowCount ?? frame.result?.rows.length ?? 0;
  return (
    <>
      {t('outcomeOk', { rows: countOf(lang, 'Rows', rows), ms })}
      {frame.result?.summary?.truncated && (
        <strong className="truncated">
          {t('listSep')}
          {t('truncated')}
        </strong>
      )}
    </>
  );
}

function FrameBody({ frame, newest }: { frame: ResultFrame; newest: boolean }) {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const target = useAppState((s) => s.cypher.target);
  if (frame.outcome === 'cancelled') return <p className="hint frame-note">{t('frameCancelled')}</p>;
  if (frame.outcome === 'error' && frame.error) {
    const e = frame.error;
    return (
      <div className="cypher-error" role="alert" data-testid="cypher-error">
        <strong>
          {t('cypherError')}
          {/* Line and column as the editor's gutter numbers them (not in the UI's digits). */}
          {e.position &&
            ` (${t('cypherErrorAt', { line: String(e.position.line), column: String(e.position.column) })})`}
          :
        </strong>{' '}
        <span className="mono">{e.code}</span> <span dir="ltr">{e.message}</span>
      </div>
    );
  }
  const r = frame.result;
  if (!r) return null;
  const plan = r.summary?.profile ?? r.summary?.plan;
  const views: FrameView[] = plan ? ['graph', 'table', 'json', 'plan'] : ['graph', 'table', 'json'];
  return (
    <div className="results">
      <div className="results-bar" role="tablist" aria-label={firstLine(frame.query, 60)}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={frame.view === v}
            onClick={() => actions.cypher.setFrameView(frame.id, v)}
            data-testid={`result-tab-${v}`}
          >
            {t(VIEW_LABEL[v])}
          </button>
        ))}
      </div>
      {frame.view === 'graph' && (
        <p className="hint" data-testid="result-graph-summary">
          {r.graph.nodes.length
            ? `${t('sceneStats', { nodes: countOf(lang, 'Nodes', r.graph.nodes.length), edges: countOf(lang, 'Relationships', r.graph.edges.length) })}${newest ? ` ${ahead(lang)} ${target === 'add' ? t('addToScene') : t('replaceScene')}` : ''}`
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
                    query: frame.query,
                    params: frame.params,
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
      {frame.view === 'table' && <ResultTable result={r} />}
      {frame.view === 'json' && <ResultJson result={r} />}
      {frame.view === 'plan' && plan && <PlanTree plan={plan} />}
    </div>
  );
}

function Frame({ frame, newest }: { frame: ResultFrame; newest: boolean }) {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const running = useAppState((s) => s.cypher.running);
  const [expanded, setExpanded] = useState(false);
  const title = firstLine(frame.query);
  const multiline = frame.query.trim().includes('\n');
  const at = new Date(frame.at);
  const time = at.toLocaleTimeString(lang === 'ar' ? 'ar-EG' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (
    <section
      className={`result-frame outcome-${frame.outcome}${frame.pinned ? ' pinned' : ''}`}
      data-testid="result-frame"
      data-frame-id={frame.id}
      data-outcome={frame.outcome}
      data-pinned={frame.pinned}
      aria-label={title}
    >
      <header className="frame-head">
        <button
          type="button"
          className="icon-button frame-expand"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'frameCollapse' : 'frameExpand')}
          title={t(expanded ? 'frameCollapse' : 'frameExpand')}
          disabled={!multiline && title === frame.query.trim()}
          onClick={() => setExpanded((v) => !v)}
          data-testid="frame-expand"
        >
          {expanded ? '▾' : '▸'}
        </button>
        {expanded ? (
          <pre className="frame-query mono" dir="ltr" data-testid="frame-query">
            {frame.query}
          </pre>
        ) : (
          <code className="frame-query mono" dir="ltr" title={frame.query} data-testid="frame-query">
            {title}
          </code>
        )}
        <span className="frame-meta timing">
          <time dateTime={frame.at} title={t('frameRanAt', { time })}>
            {time}
          </time>
          {t('listSep')}
          <span data-testid="frame-outcome">
            <FrameOutcome frame={frame} />
          </span>
        </span>
        <span className="frame-actions">
          <button
            type="button"
            className="tool-button"
            disabled={running}
            aria-label={t('frameRerunOf', { query: title })}
            title={t('frameRerunOf', { query: title })}
            onClick={() => void actions.cypher.rerun(frame.id)}
            data-testid="frame-rerun"
          >
            ↻ {t('frameRerun')}
          </button>
          <button
            type="button"
            className="tool-button"
            aria-pressed={frame.pinned}
            title={frame.pinned ? t('framePinned') : undefined}
            onClick={() => actions.cypher.pinFrame(frame.id, !frame.pinned)}
            data-testid="frame-pin"
          >
            {frame.pinned ? t('frameUnpin') : t('framePin')}
          </button>
          <CloseButton
            label={t('frameCloseOf', { query: title })}
            title={t('frameClose')}
            testId="frame-close"
            onClick={() => actions.cypher.closeFrame(frame.id)}
          />
        </span>
      </header>
      <div className="frame-body">
        <FrameBody frame={frame} newest={newest} />
      </div>
    </section>
  );
}

/** The frames, pinned first then newest first, with the choice of what a graph result does to the scene. */
export function ResultFrames() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const frames = useAppState((s) => s.cypher.frames);
  const target = useAppState((s) => s.cypher.target);
  const newestSeq = frames.reduce((m, f) => Math.max(m, f.seq), 0);
  return (
    <div className="result-frames" data-testid="result-frames">
      <div
        className="frames-bar"
        title={t('framesCap', { n: countOfTotal(lang, 'UnpinnedResults', DEFAULT_MAX_FRAMES) })}
      >
        <span>{t('graphTarget')}</span>
        {(['replace', 'add'] as const).map((to) => (
          <label className="check" key={to}>
            <input
              type="radio"
              name="cypher-target"
              checked={target === to}
              onChange={() => actions.cypher.setTarget(to)}
              data-testid={`target-${to}`}
            />
            {t(to === 'replace' ? 'replaceScene' : 'addToScene')}
          </label>
        ))}
      </div>
      <div className="frames-stack" role="list" aria-label={t('framesLabel')}>
        {frames.map((f) => (
          <div role="listitem" key={f.id}>
            <Frame frame={f} newest={f.seq === newestSeq} />
          </div>
        ))}
      </div>
    </div>
  );
}
