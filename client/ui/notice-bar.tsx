// One-line notices over the canvas: caps, supernode guards ("100 of 412 — show more"), errors. Polite live region.
import { useApp, useAppState, useT } from './app-context.js';

export function NoticeBar() {
  const { actions } = useApp();
  const notice = useAppState((s) => s.notice);
  const busy = useAppState((s) => s.busy);
  const t = useT();
  return (
    <div className="notice-area" aria-live="polite">
      {busy && <div className="notice notice-busy">{t('loading')}</div>}
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <span>{t(notice.key, notice.vars)}</span>
          {notice.action && (
            <button type="button" className="link-button" onClick={notice.action.run}>
              {t(notice.action.key)}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('dismiss')}
            onClick={actions.dismissNotice}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
