// Search with suggestions as you type (English or Arabic, via /api/search): an ARIA combobox; Enter adds the
// highlighted match to the scene, selects it and centres the canvas on it.
import type { SearchResult } from '../api/api.js';
import { labelStyle } from '../graph/style.js';
import { labelName } from '../graph/vocabulary.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';
import { briefName } from '../graph/names.js';
import { useSearchCombobox } from './use-search-combobox.js';
import { shownLabel } from '../state/our-database.js';

export function SearchBox() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const ourNames = useOurNames();
  const t = useT();
  const { results, open, setOpen, error, searched, inputProps, listProps, optionProps } = useSearchCombobox({
    search: actions.search,
    onChoose: (r) => void actions.reveal(r.id),
  });

  const name = (r: SearchResult) => briefName(r, lang);
  // The name in the other language, only when there is one: a node with no Arabic name is shown by its own name in
  // Arabic, which must not be repeated beside itself.
  const other = (r: SearchResult) => {
    const o = lang === 'ar' ? r.name : r.nameAr;
    return o && o !== name(r) ? o : null;
  };

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        {...inputProps}
        id="search-input"
        placeholder={t('searchPlaceholder')}
        aria-expanded={open && (results.length > 0 || Boolean(error) || Boolean(searched))}
        onFocus={() => results.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && (
        <ul {...listProps} data-testid="search-results">
          {error && <li className="search-empty">{t('searchFailed', { error })}</li>}
          {!error && searched && results.length === 0 && (
            <li className="search-empty">{t('searchNoResults', { q: searched })}</li>
          )}
          {results.map((r, i) => {
            // Our label first only on our database; a foreign graph's node by its own first label.
            const label = shownLabel(r.labels, ourNames);
            const style = labelStyle(label);
            return (
              <li key={r.id} {...optionProps(i)}>
                <span className="glyph" style={{ color: style.color[theme] }} aria-hidden="true">
                  {style.glyph}
                </span>
                <span className="result-name" dir="auto">
                  {name(r)}
                </span>
                {other(r) && (
                  <span className="result-other" dir="auto">
                    {other(r)}
                  </span>
                )}
                <span className="result-label">{labelName(label, lang, ourNames)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
