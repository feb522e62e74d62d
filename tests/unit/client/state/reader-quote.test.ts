// The source reader's cut of the text around the highlighted quote, and its list of the quotes a source holds.
import { describe, expect, it } from 'vitest';
import {
  distinctQuotes,
  parseSourceAnswer,
  readerQuote,
  readerSegments,
} from '../../../../client/state/reader.js';
import { node } from '../fixtures.js';
import { sourceQuote } from '../answers.js';

describe('the reader’s text around a quote', () => {
  const text = 'قال ماسك: xAI تنمو.\nوغادر الباحث Meta.';
  const answer = parseSourceAnswer({
    source: node('source:a', 'Source') as never,
    text,
    citedBy: null,
    quotes: [
      sourceQuote({
        fact: 'fact:left',
        evidence: 'وغادر الباحث Meta',
        evidenceEn: 'The researcher left Meta',
        start: 20,
        end: 37,
      }),
      sourceQuote({ fact: 'fact:lost', evidence: 'غير موجود' }),
    ],
  });

  it('cuts the text into before, the quote (marked) and after, losing nothing', () => {
    const quote = readerQuote({
      status: 'ready',
      sourceId: 'source:a',
      factId: 'fact:left',
      source: answer,
      holder: answer,
    });
    const segments = readerSegments(text, quote);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['وغادر الباحث Meta']);
  });

  it('marks nothing for a quote that was not located, or offsets outside the text', () => {
    const lost = readerQuote({
      status: 'ready',
      sourceId: 'source:a',
      factId: 'fact:lost',
      source: answer,
      holder: answer,
    });
    expect(readerSegments(text, lost)).toEqual([{ text, mark: false }]);
    expect(readerSegments(text, { ...answer.quotes[0]!, end: 999 })).toEqual([{ text, mark: false }]);
    expect(
      readerQuote({ status: 'ready', sourceId: 'source:a', factId: null, source: answer, holder: answer }),
    ).toBeNull();
  });

  it('lists each excerpt once with every fact it states, in the given order', () => {
    const q = (fact: string, start: number | null) => ({
      fact,
      evidence: start === null ? 'x' : 'quote',
      evidenceEn: null,
      certainty: 'stated',
      start,
      end: start === null ? null : start + 5,
    });
    const list = distinctQuotes([q('fact:a', 10), q('fact:b', 10), q('fact:c', 40), q('fact:d', null)]);
    expect(list.map((x) => x.facts)).toEqual([['fact:a', 'fact:b'], ['fact:c'], ['fact:d']]);
  });
});
