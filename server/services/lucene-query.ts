// Builds the full-text queries for typing-as-you-go search: the user's text is normalised like the indexed
// `searchText`, split into terms, each Lucene-escaped (never interpreted). The first query asks only the
// `searchText` field (every name, Arabic name, alias and title, normalised) for each term exactly (boosted) or
// as a prefix; the fallback, for text that finds nothing so, asks every indexed field and also allows one typo
// from 4 characters — fuzzy terms cost far more than prefixes, so they run only when needed.
import { normalizeName } from '../../model/normalize.js';

export const MAX_SEARCH_TERMS = 8;
export const FUZZY_MIN_LENGTH = 4;
export const EXACT_BOOST = 4;
export const PREFIX_BOOST = 2;
/** The indexed field that holds every name of a node, normalised (model/data-model.ts FULLTEXT_INDEX). */
export const SEARCH_FIELD = 'searchText';

/** Lucene's special characters and words; every one is escaped with a backslash. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

export function escapeLucene(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  // Operators are upper-case words; a quoted-by-escape first letter keeps them literal.
  return LUCENE_OPERATORS.has(escaped) ? `\\${escaped}` : escaped;
}

/** The normalised search terms of what the user typed (at most MAX_SEARCH_TERMS). */
export function searchTerms(text: string): string[] {
  return normalizeName(text).split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_TERMS);
}

/** One term's clause: exact (boosted) OR prefix, and with `fuzzy` OR one typo (≥ 4 characters). */
function termClause(term: string, fuzzy: boolean): string {
  const t = escapeLucene(term);
  const parts = [`${t}^${EXACT_BOOST}`, `${t}*^${PREFIX_BOOST}`];
  if (fuzzy && [...term].length >= FUZZY_MIN_LENGTH) parts.push(`${t}~1`);
  return `(${parts.join(' OR ')})`;
}

/**
 * The Lucene query for the text, or undefined when nothing searchable is left (only punctuation, say).
 * Default: exact or prefix, in `searchText` only. `fuzzy`: the fallback — any indexed field (a node written
 * without `searchText` is still found by its name), one typo allowed. `anyField`: exact or prefix in any indexed
 * field, for a user's own full-text index (which has no `searchText`).
 */
export function buildLuceneQuery(
  text: string,
  opts: { fuzzy?: boolean; anyField?: boolean } = {},
): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  const fuzzy = opts.fuzzy ?? false;
  // Every term must match, so "mark zuck" narrows rather than widens.
  const query = terms.map((t) => termClause(t, fuzzy)).join(' AND ');
  return fuzzy || opts.anyField ? query : `${SEARCH_FIELD}:(${query})`;
}
