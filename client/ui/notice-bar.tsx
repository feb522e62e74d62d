// One-line notices over the canvas: caps, supernode guards ("100 of 412 — show more"), errors. Polite live region.
// A notice about one view (the scene, the flows) shows only over that view (client/state/notice.ts shownNotice).
import { noticeText, shownNotice } from '../state/notice.js';
import { linkIssueTexts } from '../state/chips.js';
import { useApp, useAppState, useT } from './app-context.js';
import { CloseButton } from './close-button.js';

export function NoticeBar() {
  const { actions } = useApp();
  const notice = useAppState(shownNotice);
  const busy = useAppState((s) => s.busy);
  const linkIssues = useAppState((s) => s.linkIssues);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  return (
    <div className="notice-area" aria-live="polite">
      {busy && <div className="notice notice-busy">{t('loading')}</div>}
      {linkIssues.length > 0 && (
        // What a shared link could not restore: kept apart from the passing notices so none of them replaces it.
        <div className="notice notice-warn" role="status" data-testid="link-note">
          <span>
            {linkIssueTexts(linkIssues, lang).map((text) => (
              <span key={text} className="link-note-line">
                {text}
              </span>
            ))}
          </span>
          <CloseButton label={t('dismiss')} onClick={actions.dismissLinkIssues} />
        </div>
      )}
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <span>{noticeText(notice, lang)}</span>
          {notice.action && (
            <button type="button" className="link-button" onClick={notice.action.run}>
              {t(notice.action.key)}
            </button>
          )}
          <CloseButton label={t('dismiss')} onClick={actions.dismissNotice} />
        </div>
      )}
    </div>
  );
}
