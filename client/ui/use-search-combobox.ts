// The search-as-you-type ARIA combobox that the top bar's search and the company dashboard's organisation picker
// share: one request once the typing pauses, the older one aborted, its matches or error kept, and the keys.
import { useEffect, useId, useRef, useState } from 'react';
import type { HTMLAttributes, InputHTMLAttributes, LiHTMLAttributes } from 'react';
import type { SearchResult } from '../api/api.js';

/** One request once the typing pauses, not one per key. */
const SEARCH_DELAY_MS = 150;

export interface SearchComboboxOptions {
  /** The matches of a query; the signal aborts the request once a newer query replaces it. */
  search: (query: string, signal: AbortSignal) => Promise<SearchResult[]>;
  /** Act on a match chosen with Enter or the pointer; the box has emptied and closed its list by then. */
  onChoose: (r: SearchResult) => void;
  /**
   * Emptying the box also drops the request in flight and closes the list: the picker's list says "no
   * organisation matches" and must not stay open over an empty box; the top bar's list closes on blur alone.
   */
  closeWhenEmptied?: boolean;
  /** Enter chooses only from an open list: the picker's choice moves the whole dashboard, so not blind. */
  enterNeedsOpenList?: boolean;
}

export function useSearchCombobox({
  search,
  onChoose,
  closeWhenEmptied,
  enterNeedsOpenList,
}: SearchComboboxOptions) {
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
      if (closeWhenEmptied) {
        ctrl.current?.abort();
        setOpen(false);
      }
      setResults([]);
      setSearched('');
      return;
    }
    const timer = setTimeout(() => {
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      search(query, c.signal)
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
  }, [q, search, closeWhenEmptied]);

  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    setOpen(false);
    setQ('');
    onChoose(r);
  };

  /** The input's combobox attributes and keys; its id, hint, aria-expanded, focus and blur are each box's own. */
  const inputProps: InputHTMLAttributes<HTMLInputElement> = {
    type: 'search',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    // What is typed takes its own direction (a Latin name in the Arabic UI reads left to right); the empty box
    // takes the page's, so its hint reads in the UI language's direction (dir="auto" made it left to right).
    dir: q === '' ? undefined : 'auto',
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': open && results[active] ? `${listId}-${active}` : undefined,
    value: q,
    onChange: (e) => setQ(e.target.value),
    onKeyDown: (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, results.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (open || !enterNeedsOpenList) choose(results[active]);
      } else if (e.key === 'Escape') {
        setOpen(false);
      }
    },
  };

  const listProps: HTMLAttributes<HTMLUListElement> = {
    id: listId,
    role: 'listbox',
    className: 'search-results',
  };

  const optionProps = (i: number): LiHTMLAttributes<HTMLLIElement> => ({
    id: `${listId}-${i}`,
    role: 'option',
    'aria-selected': i === active,
    className: i === active ? 'active' : undefined,
    // Chosen on the press, before the input's blur closes the list under the pointer.
    onMouseDown: (e) => {
      e.preventDefault();
      choose(results[i]);
    },
    onMouseEnter: () => setActive(i),
  });

  return { results, open, setOpen, error, searched, inputProps, listProps, optionProps };
}
