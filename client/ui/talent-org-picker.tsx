// The company dashboard's own organisation picker: organisations only, searched as you type (GET /api/search with
// labels=Organization), an ARIA combobox one can drive with the keyboard alone; the choice becomes the dashboard's
// organisation in the app's state, which its link carries, so a shared link reopens it.
import { useId } from 'react';
import type { SearchResult } from '../api/api.js';
import { briefName } from '../graph/names.js';
import { useApp, useAppState, useT } from './app-context.js';
import { useSearchCombobox } from './use-search-combobox.js';

export function OrgPicker() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const inputId = useId();
  const { results, open, setOpen, error, searched, inputProps, listProps, optionProps } = useSearchCombobox({
    search: actions.searchOrgs,
    onChoose: (r) => actions.openDashboard(r.id),
    closeWhenEmptied: true,
    enterNeedsOpenList: true,
  });
  // The other language's name beside the first, as the top bar's search shows it: a name one knows in either.
  const other = (r: SearchResult) => (lang === 'ar' ? r.name : r.nameAr);

  return (
    <div className="talent-org-pick">
      <label htmlFor={inputId}>{t('dashboardOrgPicker')}</label>
      <div className="search">
        <input
          {...inputProps}
          id={inputId}
          placeholder={t('dashboardOrgPickerHint')}
          aria-expanded={open}
          data-testid="talent-org-picker"
          onFocus={() => searched && setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {open && (
          <ul {...listProps} data-testid="talent-org-options">
            {error && <li className="search-empty">{t('searchFailed', { error })}</li>}
            {!error && results.length === 0 && (
              <li className="search-empty">{t('dashboardOrgPickerNone', { q: searched })}</li>
            )}
            {results.map((r, i) => (
              <li key={r.id} {...optionProps(i)}>
                <span className="result-name" dir="auto">
                  {briefName(r, lang)}
                </span>
                {other(r) && (
                  <span className="result-other" dir="auto">
                    {other(r)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
