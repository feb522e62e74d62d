// Where a fact's quote sits in its source's text: offsets such that text.slice(start, end) is the quote. The seed
// checks evidence "after collapsing white space", so a quote whose line breaks or spaces differ from the text is
// still found, and its offsets then cover the text's own characters (a line break where the quote has a space).

/** The white space the seed's evidence check collapses (seed/validate.ts collapseWhitespace): runs become one space. */
const WHITESPACE = /[\s\u00A0\u200B\u200E\u200F]/;

export interface QuoteSpan {
  start: number;
  end: number;
  /** true when text.slice(start, end) === the quote; false when only white space differs. */
  exact: boolean;
}

/** The text with white-space runs collapsed to one space, and for each of its characters the offset in `text`. */
function collapseWithOffsets(text: string): { collapsed: string; offsets: number[] } {
  let collapsed = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITESPACE.test(ch)) {
      if (!inSpace) {
        collapsed += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      collapsed += ch;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { collapsed, offsets };
}

function collapse(s: string): string {
  return collapseWithOffsets(s).collapsed.trim();
}

/**
 * The span of `quote` in `text`: the exact match if there is one, else the match with white space collapsed on both
 * sides (also tried in Unicode NFC, as the seed compares); null when the quote is not in the text.
 */
export function locateQuote(text: string, quote: string): QuoteSpan | null {
  if (!quote.trim()) return null;
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length, exact: true };
  const { collapsed, offsets } = collapseWithOffsets(text);
  for (const q of new Set([collapse(quote), collapse(quote.normalize('NFC'))])) {
    if (!q) continue;
    const at = collapsed.indexOf(q);
    if (at < 0) continue;
    const start = offsets[at]!;
    const end = offsets[at + q.length - 1]! + 1;
    return { start, end, exact: text.slice(start, end) === quote };
  }
  return null;
}
