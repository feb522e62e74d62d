// The source reader's data, pure: an answer of GET /api/sources/:id, which quote is highlighted, and the article cut
// into plain text and the highlighted quote (rendered as text, never HTML).
import type { SourceResponse } from '../../model/api-responses.js';
import type { GraphNode } from '../../model/graph.js';

export interface SourceQuote {
  fact: string;
  evidence: string | null;
  evidenceEn: string | null;
  certainty: string | null;
  start: number | null;
  end: number | null;
}

export interface SourceAnswer {
  source: GraphNode;
  text: string | null;
  citedBy: GraphNode | null;
  quotes: SourceQuote[];
}

export interface ReaderState {
  status: 'loading' | 'ready' | 'error';
  /** The source the citation named. */
  sourceId: string;
  /** The fact whose quote is highlighted. */
  factId: string | null;
  /** The cited source's answer. */
  source: SourceAnswer | null;
  /** Whose text is shown: the source itself, or for a report it does not hold the text of, the article citing it. */
  holder: SourceAnswer | null;
  error?: string;
}

/** The reader's part of a GET /api/sources/:id answer. */
export function parseSourceAnswer(
  answer: Pick<SourceResponse, 'source' | 'text' | 'citedBy' | 'quotes'>,
): SourceAnswer {
  return {
    source: answer.source,
    text: answer.text,
    citedBy: answer.citedBy,
    quotes: answer.quotes.map(({ fact, evidence, evidenceEn, certainty, start, end }) => ({
      fact,
      evidence,
      evidenceEn,
      certainty,
      start,
      end,
    })),
  };
}

/** The highlighted quote of the reader, if its text holds it. */
export function readerQuote(s: ReaderState): SourceQuote | null {
  return s.holder?.quotes.find((q) => q.fact === s.factId) ?? null;
}

/** The text cut around the quote: [before, quote, after], or the whole text when the quote is not located. */
export function readerSegments(text: string, quote: SourceQuote | null): { text: string; mark: boolean }[] {
  if (
    !quote ||
    quote.start === null ||
    quote.end === null ||
    quote.end > text.length ||
    quote.start > quote.end
  )
    return [{ text, mark: false }];
  return [
    { text: text.slice(0, quote.start), mark: false },
    { text: text.slice(quote.start, quote.end), mark: true },
    { text: text.slice(quote.end), mark: false },
  ].filter((s) => s.text.length > 0);
}

/** The source's quotes once each (one excerpt often states several facts), in reading order, with their facts. */
export function distinctQuotes(quotes: SourceQuote[]): { quote: SourceQuote; facts: string[] }[] {
  const out = new Map<string, { quote: SourceQuote; facts: string[] }>();
  for (const q of quotes) {
    const key = q.start !== null ? `${q.start}:${q.end}` : `?${q.evidence ?? q.fact}`;
    const seen = out.get(key);
    if (seen) seen.facts.push(q.fact);
    else out.set(key, { quote: q, facts: [q.fact] });
  }
  return [...out.values()];
}
