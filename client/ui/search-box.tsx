// Search with suggestions as you type (English or Arabic, via /api/search): an ARIA combobox; Enter adds the
// highlighted match to the scene, selects it and centres the canvas on it.
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '../api/api.js';
import { labelStyle } from '../graph/style.js';
import { labelName } from '../graph/vocabulary.js';
import { useApp, useAppState, useT } from './app-context.js';
import { briefName } from '../graph/names.js';

const SEARCH_DELAY_MS = 150;

export function SearchBox() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const t = useT();
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
      setResults([]);
      setSearched('');
      return;
    }
    const timer = setTimeout(() => {
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      actions
        .search(query, c.signal)
        .then((r) => {
          if (c.signal.aborted) return;
          setResults(r);
          setActive(0);
          setError(null);
          setSearched(query);
          setOpen(true);
        })
        .catch((err: Error) => {
          if (!c.signal.aborted) {
            setError(err.message);
            setOpen(true);
          }
        });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, actions]);

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    setQ('');
    void actions.reveal(r.id);
  };

  const name = (r: SearchResult) => briefName(r, lang);
  const other = (r: SearchResult) => (lang === 'ar' ? r.name : r.nameAr);

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        // What is typed takes its own direction (a Latin name in the Arabic UI reads left to right); the empty box
        // takes the page's, so its hint reads in the UI language's direction (dir="auto" made it left to right).
        dir={q === '' ? undefined : 'auto'}
        placeholder={t('searchPlaceholder')}
        aria-expanded={open && (results.length > 0 || Boolean(error) || Boolean(searched))}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onFocus={() => results.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
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
            choose(results[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" data-testid="search-results">
          {error && <li className="search-empty">{t('searchFailed', { error })}</li>}
          {!error && searched && results.length === 0 && (
            <li className="search-empty">{t('searchNoResults', { q: searched })}</li>
          )}
          {results.map((r, i) => {
            const label =
              r.labels.find((l) => l in { Person: 1, Organization: 1, Event: 1, Product: 1, Source: 1 }) ??
              r.labels[0] ??
              '';
            const style = labelStyle(label);
            return (
              <li
                key={r.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
                onMouseEnter={() => setActive(i)}
              >
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
                <span className="result-label">{labelName(label, lang)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
