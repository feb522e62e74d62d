// Menus of queries for the editor: ready questions (open to read or edit, or run at once), the history of every run
// (how it ended, its time and rows; filterable) and saved queries (named in the page, not in a browser prompt; grouped
// by folder; exported to and imported from a JSON file).
import { useRef, useState } from 'react';
import { fallbackName, savedKey, unusedName, type StoredQuery } from '../state/query-history.js';
import { countOf, formatNumber } from '../i18n/i18n.js';
import { firstLine } from '../state/result-frames.js';
import { DEFAULT_SAVED_FILE_NAME } from '../state/saved-file.js';
import { useApp, useAppState, useT } from './app-context.js';
import { download } from './download.js';
import { Menu } from './menu.js';

/** Saved queries by folder: those without one first, then the folders in alphabetical order. */
function byFolder(saved: StoredQuery[]): [string, StoredQuery[]][] {
  const groups = new Map<string, StoredQuery[]>();
  for (const s of saved) {
    const f = s.folder?.trim() ?? '';
    groups.set(f, [...(groups.get(f) ?? []), s]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
}

export function QueryMenus() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const history = useAppState((s) => s.cypher.history);
  const saved = useAppState((s) => s.cypher.saved);
  const setAside = useAppState((s) => s.cypher.setAside);
  const text = useAppState((s) => s.cypher.text);
  const [filter, setFilter] = useState('');
  // `taken`: the last try found the name held by another query in the folder; the form asks before replacing it.
  const [save, setSave] = useState<{ name: string; folder: string; taken?: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const folders = [...new Set(saved.map((s) => s.folder?.trim() ?? '').filter(Boolean))].sort();
  const num = (n: number) => formatNumber(n, lang);
  const outcome = (h: StoredQuery): string => {
    const ms = num(h.ms ?? 0);
    if (h.outcome === 'error') return t('outcomeError', { code: h.code ?? '?', ms });
    if (h.outcome === 'cancelled') return t('outcomeCancelled', { ms });
    if (h.outcome === 'ok')
      return h.rows === undefined
        ? t('outcomeOkNoRows', { ms })
        : t('outcomeOk', { rows: countOf(lang, 'Rows', h.rows), ms });
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
      <Menu label={`${t('saved')} ▾`} listClassName="menu-list menu-up saved-list" testId="saved-menu">
        {(close) => (
          <>
            {saved.length === 0 && <span className="hint">{t('savedEmpty')}</span>}
            {byFolder(saved).map(([folder, items]) => (
              <div
                key={folder}
                role="group"
                className="saved-folder"
                aria-label={folder || t('savedNoFolder')}
                data-testid="saved-folder"
                data-folder={folder}
              >
                {folder && (
                  <div className="saved-folder-name" dir="auto">
                    {folder}
                  </div>
                )}
                {items.map((s) => (
                  <div key={savedKey(s)} className="menu-row">
                    <button
                      type="button"
                      role="menuitem"
                      dir="auto"
                      data-testid="saved-item"
                      title={s.query}
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
                      onClick={() => actions.cypher.unsave(s.name!, s.folder)}
                    >
                      ×
                    </button>
                  </div>
                ))}
              </div>
            ))}
            {/* Where the once-only warning of what this version cannot read can still be found. */}
            {setAside.entries > 0 && (
              <span className="hint" data-testid="saved-set-aside">
                {t('savedKeptAsideEntries', { n: setAside.entries })}
              </span>
            )}
            {setAside.lists > 0 && (
              <span className="hint" data-testid="saved-set-aside">
                {t('savedKeptAsideLists', { n: setAside.lists })}
              </span>
            )}
            {save === null ? (
              <button
                type="button"
                role="menuitem"
                disabled={!text.trim()}
                data-testid="save-query"
                // A suggested name is never another query's: the first line, numbered when it is taken.
                onClick={() => setSave({ name: unusedName(saved, fallbackName(text), '', text), folder: '' })}
              >
                + {t('save')}
              </button>
            ) : (
              <form
                className="save-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  // Not saved (the parameters do not parse, storage refused it): the panel says why, and the name
                  // typed is still in the form when the menu is opened again. A taken name keeps the menu open to ask.
                  const done = actions.cypher.save(save.name, save.folder);
                  if (done === 'taken') {
                    setSave({ ...save, taken: true });
                    return;
                  }
                  if (done === 'saved') setSave(null);
                  close();
                }}
                onKeyDown={(e) => e.key === 'Escape' && setSave(null)}
              >
                <input
                  type="text"
                  dir="auto"
                  value={save.name}
                  aria-label={t('saveName')}
                  placeholder={t('saveName')}
                  // The form opens on the user's click: the name field is where they type next.
                  autoFocus
                  onChange={(e) => setSave({ ...save, name: e.target.value, taken: false })}
                  data-testid="save-query-name"
                />
                <input
                  type="text"
                  dir="auto"
                  value={save.folder}
                  list="saved-folders"
                  aria-label={t('savedFolder')}
                  placeholder={t('savedFolder')}
                  onChange={(e) => setSave({ ...save, folder: e.target.value, taken: false })}
                  data-testid="save-query-folder"
                />
                <datalist id="saved-folders">
                  {folders.map((f) => (
                    <option key={f} value={f} />
                  ))}
                </datalist>
                {save.taken ? (
                  <>
                    <span className="hint save-taken" role="alert" data-testid="save-query-taken">
                      {t('saveNameTaken', { name: `\u2068${save.name.trim() || fallbackName(text)}\u2069` })}
                    </span>
                    {/* Replacing someone's saved query is its own, deliberate click. */}
                    <button
                      type="button"
                      className="tool-button"
                      data-testid="save-query-replace"
                      onClick={() => {
                        if (actions.cypher.save(save.name, save.folder, { replace: true }) === 'saved')
                          setSave(null);
                        close();
                      }}
                    >
                      {t('saveReplace')}
                    </button>
                  </>
                ) : (
                  <button type="submit" className="primary-button" data-testid="save-query-confirm">
                    {t('saveAs')}
                  </button>
                )}
              </form>
            )}
            <button
              type="button"
              role="menuitem"
              disabled={saved.length === 0}
              data-testid="saved-export"
              onClick={() => {
                close();
                download(DEFAULT_SAVED_FILE_NAME, actions.cypher.exportSaved(), 'application/json');
              }}
            >
              ⤓ {t('savedExport')}
            </button>
            <button
              type="button"
              role="menuitem"
              data-testid="saved-import"
              onClick={() => {
                close();
                fileRef.current?.click();
              }}
            >
              ⤒ {t('savedImport')}
            </button>
          </>
        )}
      </Menu>
      {/* Outside the menu: the menu closes while the file chooser is open, and the input must outlive it. */}
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="saved-import-file"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          // An unreadable file is reported as one that is not JSON; either way the same file can be chosen again.
          void file
            .text()
            .catch(() => '')
            .then((body) => actions.cypher.importSaved(file.name, body))
            .finally(() => {
              input.value = '';
            });
        }}
      />
    </>
  );
}
