// locateQuote: offsets of a fact's quote in its source's text, exact or with white space collapsed as the seed compares.
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../model/quotes.js';

describe('locateQuote', () => {
  it('finds an exact quote, so that the slice is the quote', () => {
    const text = 'قال ماسك إن xAI تنمو.\nوغادر الباحث Meta.';
    const quote = 'وغادر الباحث Meta';
    const span = locateQuote(text, quote)!;
    expect(span).toMatchObject({ exact: true });
    expect(text.slice(span.start, span.end)).toBe(quote);
  });

  it('finds a quote whose white space differs (a folded line), covering the text’s own characters', () => {
    const text = 'first line ends\n  and the next\u00A0one goes on. Tail.';
    const span = locateQuote(text, 'ends and the next one goes')!;
    expect(span.exact).toBe(false);
    expect(text.slice(span.start, span.end)).toBe('ends\n  and the next\u00A0one goes');
  });

  it('ignores white space around the quote and takes the first occurrence', () => {
    const text = 'a b a b';
    expect(locateQuote(text, '  a b ')).toEqual({ start: 0, end: 3, exact: false });
    expect(locateQuote(text, 'a b')).toEqual({ start: 0, end: 3, exact: true });
  });

  it('matches a decomposed quote against composed text (Unicode NFC, as the seed compares)', () => {
    const text = 'Café and more';
    const span = locateQuote(text, 'Cafe\u0301 and')!;
    expect(text.slice(span.start, span.end)).toBe('Café and');
  });

  it('gives null for a quote that is not in the text, or an empty one', () => {
    expect(locateQuote('some text', 'other words')).toBeNull();
    expect(locateQuote('some text', '   ')).toBeNull();
    expect(locateQuote('', 'x')).toBeNull();
  });
});
