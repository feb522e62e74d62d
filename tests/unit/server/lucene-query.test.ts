// The full-text query built from what a user types: normalised, escaped, exact/prefix/fuzzy per term.
import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, searchTerms } from '../../../server/services/lucene-query.js';

describe('search query building', () => {
  it('escapes every Lucene metacharacter and keeps operator words literal', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
    expect(escapeLucene('AND')).toBe('\\AND');
  });

  it('normalises the text like the indexed searchText (Arabic letter variants, case, punctuation)', () => {
    expect(searchTerms('  Elon   MUSK! ')).toEqual(['elon', 'musk']);
    expect(searchTerms('إيلون')).toEqual(['ايلون']);
    expect(searchTerms('*** ()')).toEqual([]);
  });

  it('matches each term exactly (boosted) or as a prefix, in searchText only', () => {
    expect(buildLuceneQuery('xai')).toBe('searchText:((xai^4 OR xai*^2))');
    expect(buildLuceneQuery('mark zuck')).toBe('searchText:((mark^4 OR mark*^2) AND (zuck^4 OR zuck*^2))');
  });

  it('as the fallback, matches any field and allows one typo from four characters', () => {
    expect(buildLuceneQuery('xai', { fuzzy: true })).toBe('(xai^4 OR xai*^2)');
    expect(buildLuceneQuery('Zuckerb', { fuzzy: true })).toBe('(zuckerb^4 OR zuckerb*^2 OR zuckerb~1)');
    expect(buildLuceneQuery('mark zuck', { fuzzy: true })).toBe(
      '(mark^4 OR mark*^2 OR mark~1) AND (zuck^4 OR zuck*^2 OR zuck~1)',
    );
  });

  it('leaves nothing to search when only punctuation was typed', () => {
    expect(buildLuceneQuery('"~*')).toBeUndefined();
  });

  it('never lets operators through: OR typed by the user is a lower-case term', () => {
    expect(buildLuceneQuery('a OR b', { fuzzy: true })).toBe(
      '(a^4 OR a*^2) AND (or^4 OR or*^2) AND (b^4 OR b*^2)',
    );
    expect(buildLuceneQuery('a OR b')).toBe(
      'searchText:((a^4 OR a*^2) AND (or^4 OR or*^2) AND (b^4 OR b*^2))',
    );
  });
});
