// The company dashboard's own organisation picker: organisations only, searched as you type (GET /api/search with
// labels=Organization), an ARIA combobox one can drive with the keyboard alone; the choice becomes the dashboard's
// organisation in the app's state, which its link carries, so a shared link reopens it.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '../api/api.js';
import { briefName } from '../graph/names.js';
import { useApp, useAppState, useT } from './app-context.js';

/** As the top bar's search waits: one request once the typing pauses, not one per key. */
const SEARCH_DELAY_MS = 150;

export function OrgPicker() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const inputId = useId();
  const listId = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [searched, setSearched] = useState('');
  const ctrl = useRef<AbortController | null>(null);

  useEffect(() => {
    const query = q.trim();
    if (!query) {
      ctrl.current?.abort();
      setResults([]);
      setSearched('');
      setOpen(false);
      return;
    }
    const timer = setTimeout(() => {
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      actions
        .searchOrgs(query, c.signal)
        .then((r) => {
          if (c.signal.aborted) return;
          setResults(r);
          setActive(0);
          setError(null);
          setSearched(query);
          setOpen(true);
        })
        .catch((err: unknown) => {
          if (c.signal.aborted) return;
          setError(err instanceof Error ? err.message : String(err));
          setOpen(true);
        });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, actions]);

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    setQ('');
    actions.openDashboard(r.id);
  };
  // The other language's name beside the first, as the top bar's search shows it: a name one knows in either.
  const other = (r: SearchResult) => (lang === 'ar' ? r.name : r.nameAr);

  return (
    <div className="talent-org-pick">
      <label htmlFor={inputId}>{t('dashboardOrgPicker')}</label>
      <div className="search">
        <input
          id={inputId}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          // What is typed takes its own direction; the empty box the page's, so its hint reads the UI's way.
          dir={q === '' ? undefined : 'auto'}
          placeholder={t('dashboardOrgPickerHint')}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
          data-testid="talent-org-picker"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onFocus={() => searched && setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, results.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              if (open) choose(results[active]);
            } else if (e.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        {open && (
          <ul id={listId} role="listbox" className="search-results" data-testid="talent-org-options">
            {error && <li className="search-empty">{t('searchFailed', { error })}</li>}
            {!error && results.length === 0 && (
              <li className="search-empty">{t('dashboardOrgPickerNone', { q: searched })}</li>
            )}
            {results.map((r, i) => (
              <li
                key={r.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Chosen on the press, before the input's blur closes the list under the pointer.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
                onMouseEnter={() => setActive(i)}
              >
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
