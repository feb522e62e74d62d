// Menus of queries for the editor: ready questions (open to read or edit, or run at once), the history of every run
// (how it ended, its time and rows; filterable) and saved queries (named in the page, not in a browser prompt).
import { useState } from 'react';
import type { StoredQuery } from '../state/query-history.js';
import { formatNumber } from '../state/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { Menu } from './menu.js';

const firstLine = (q: string) =>
  q
    .split('\n')
    .find((l) => l.trim())
    ?.replace(/^\/\/\s*/, '')
    .slice(0, 90) ?? '';

export function QueryMenus() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const history = useAppState((s) => s.cypher.history);
  const saved = useAppState((s) => s.cypher.saved);
  const text = useAppState((s) => s.cypher.text);
  const [filter, setFilter] = useState('');
  const [saveName, setSaveName] = useState<string | null>(null);
  const num = (n: number) => formatNumber(n, lang);
  const outcome = (h: StoredQuery): string => {
    const ms = num(h.ms ?? 0);
    if (h.outcome === 'error') return t('outcomeError', { code: h.code ?? '?', ms });
    if (h.outcome === 'cancelled') return t('outcomeCancelled', { ms });
    if (h.outcome === 'ok')
      return h.rows === undefined
        ? t('outcomeOkNoRows', { ms })
        : t(h.rows === 1 ? 'outcomeOkOne' : 'outcomeOk', { rows: num(h.rows), ms });
    return '';
  };
  const when = (at: string) => {
    const d = new Date(at);
    return Number.isNaN(d.getTime())
      ? ''
      : d.toLocaleString(lang === 'ar' ? 'ar-EG' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  };
  const shown = filter.trim()
    ? history.filter((h) => h.query.toLowerCase().includes(filter.trim().toLowerCase()))
    : history;
  return (
    <>
      <Menu label={`${t('gallery')} ▾`} listClassName="menu-list menu-up" testId="gallery-menu">
        {(close) =>
          actions.gallery.map((g) => (
            <div key={g.id} className="menu-row">
              <button
                type="button"
                role="menuitem"
                data-testid={`gallery-${g.id}`}
                title={t('openReady', { title: g.title[lang] })}
                onClick={() => {
                  close();
                  actions.openGallery(g);
                }}
              >
                {g.title[lang]}
              </button>
              <button
                type="button"
                role="menuitem"
                className="tool-button"
                data-testid={`gallery-run-${g.id}`}
                aria-label={`${t('runReady')}: ${g.title[lang]}`}
                onClick={() => {
                  close();
                  actions.runGallery(g);
                }}
              >
                ▶ {t('runReady')}
              </button>
            </div>
          ))
        }
      </Menu>
      <Menu label={`${t('history')} ▾`} listClassName="menu-list menu-up history-list" testId="history-menu">
        {(close) => (
          <>
            <input
              type="search"
              className="menu-filter"
              value={filter}
              placeholder={t('historyFilter')}
              aria-label={t('historyFilter')}
              onChange={(e) => setFilter(e.target.value)}
              data-testid="history-filter"
            />
            {shown.length ? (
              shown.map((h, i) => (
                <button
                  key={`${h.at}-${i}`}
                  type="button"
                  role="menuitem"
                  className={`history-item${h.outcome ? ` outcome-${h.outcome}` : ''}`}
                  data-testid="history-item"
                  data-outcome={h.outcome ?? ''}
                  title={h.query}
                  onClick={() => {
                    close();
                    actions.cypher.open(h);
                  }}
                >
                  <span className="mono" dir="ltr">
                    {firstLine(h.query)}
                  </span>
                  <small className="history-meta">
                    {when(h.at)}
                    {h.outcome ? `${t('listSep')}${outcome(h)}` : ''}
                  </small>
                </button>
              ))
            ) : (
              <span className="hint">{t('historyEmpty')}</span>
            )}
          </>
        )}
      </Menu>
      <Menu label={`${t('saved')} ▾`} listClassName="menu-list menu-up" testId="saved-menu">
        {(close) => (
          <>
            {saved.map((s) => (
              <div key={s.name} className="menu-row">
                <button
                  type="button"
                  role="menuitem"
                  dir="auto"
                  onClick={() => {
                    close();
                    actions.cypher.open(s);
                  }}
                >
                  {s.name}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('remove')} ${s.name}`}
                  onClick={() => actions.cypher.unsave(s.name!)}
                >
                  ×
                </button>
              </div>
            ))}
            {saveName === null ? (
              <button
                type="button"
                role="menuitem"
                disabled={!text.trim()}
                data-testid="save-query"
                onClick={() => setSaveName(firstLine(text))}
              >
                + {t('save')}
              </button>
            ) : (
              <form
                className="menu-row save-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  actions.cypher.save(saveName);
                  setSaveName(null);
                  close();
                }}
              >
                <input
                  type="text"
                  dir="auto"
                  value={saveName}
                  aria-label={t('saveName')}
                  placeholder={t('saveName')}
                  // The form opens on the user's click: the name field is where they type next.
                  autoFocus
                  onChange={(e) => setSaveName(e.target.value)}
                  onKeyDown={(e) => e.key === 'Escape' && setSaveName(null)}
                  data-testid="save-query-name"
                />
                <button type="submit" className="primary-button" data-testid="save-query-confirm">
                  {t('saveAs')}
                </button>
              </form>
            )}
          </>
        )}
      </Menu>
    </>
  );
}
