// Builds the full-text query for typing-as-you-go search: the user's text is normalised like the indexed
// `searchText`, split into terms, each Lucene-escaped (never interpreted), and each term may match exactly
// (boosted), as a prefix, or — from 4 characters — with one typo.
import { normalizeName } from '../../model/normalize.js';

export const MAX_SEARCH_TERMS = 8;
export const FUZZY_MIN_LENGTH = 4;
export const EXACT_BOOST = 4;
export const PREFIX_BOOST = 2;

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

/** One term's clause: exact (boosted) OR prefix OR fuzzy (≥ 4 characters). */
function termClause(term: string): string {
  const t = escapeLucene(term);
  const parts = [`${t}^${EXACT_BOOST}`, `${t}*^${PREFIX_BOOST}`];
  if ([...term].length >= FUZZY_MIN_LENGTH) parts.push(`${t}~1`);
  return `(${parts.join(' OR ')})`;
}

/** The Lucene query for the text, or undefined when nothing searchable is left (only punctuation, say). */
export function buildLuceneQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  // Every term must match some field, so "mark zuck" narrows rather than widens.
  return terms.map(termClause).join(' AND ');
}
