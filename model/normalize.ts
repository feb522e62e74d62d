// Name normalisation for entity resolution and full-text search: one function, used by the seed (to store
// `searchText`), the CSV import (to match names) and the server (to normalise queries), so both sides agree.

/** Arabic harakat/tashkeel, Quranic annotation marks and the superscript alef. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Alef with hamza above/below, alef madda and alef wasla all become a bare alef. */
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAKSURA = /\u0649/g;
const TEH_MARBUTA = /\u0629/g;
/** Combining marks left after canonical decomposition (Latin accents and the like). */
const COMBINING_MARKS = /\p{M}/gu;
/** Anything that is not a letter or a digit separates words. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Plain ASCII: every normalisation form leaves it unchanged and it holds no Arabic or combining mark. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is meant.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** NON_WORD restricted to ASCII, once lower-cased: what is not a–z or 0–9. */
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * Folds a name to the key used for matching and search:
 * lower case; Latin diacritics removed (é→e, ø stays ø); Arabic tashkeel and tatweel removed; أ/إ/آ/ٱ→ا,
 * ى→ي, ة→ه, and the hamza seat letters ؤ→و, ئ→ي (their hamza is a combining mark after decomposition); Arabic-Indic digits → 0–9; compatibility forms folded (NFKC, e.g. ligatures and presentation
 * forms); punctuation and symbols → one space; trimmed.
 * Idempotent: normalizeName(normalizeName(x)) === normalizeName(x).
 */
export function normalizeName(value: string): string {
  // Most names are ASCII, for which the steps below reduce to these two (3–4× faster; search re-ranks by them).
  if (ASCII_ONLY.test(value)) return value.toLowerCase().replace(ASCII_NON_WORD, ' ').trim();
  let s = value.normalize('NFKC');
  // Fold the Arabic letter variants before decomposition, so NFD cannot split them into letter + hamza mark.
  s = s
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(ALEF_MAKSURA, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .replace(ARABIC_INDIC_DIGITS, (d) =>
      String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)) % 10),
    );
  s = s.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  return s.toLowerCase().replace(NON_WORD, ' ').trim();
}

/** The distinct non-empty normalised keys of a set of names (name, nameAr, aliases…), in first-seen order. */
export function nameKeys(names: Iterable<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (typeof n !== 'string') continue;
    const k = normalizeName(n);
    if (k) keys.add(k);
  }
  return [...keys];
}

/** The text stored in a node's `searchText`: its normalised names joined with ' | '. */
export function searchTextOf(names: Iterable<string | null | undefined>): string {
  return nameKeys(names).join(' | ');
}
