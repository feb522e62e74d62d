// Short names for tight labels (client/graph/names.ts shortName): the career chart's organisation names, cut at a
// word's end with an ellipsis. The Arabic name is FAIR's, as the article writes it.
import { describe, expect, it } from 'vitest';
import { shortName } from '../../../../client/graph/names.js';

describe('shortName', () => {
  it('keeps a name that fits whole', () => {
    expect(shortName('ميتا', 18)).toBe('ميتا');
    expect(shortName('Fundamental AI Res', 18)).toBe('Fundamental AI Res');
  });

  it('cuts a long name at a word’s end, with an ellipsis, never inside a word', () => {
    expect(shortName('قسم أبحاث الذكاء الاصطناعي الأساسي', 18)).toBe('قسم أبحاث الذكاء…');
    expect(shortName('Fundamental AI Research', 18)).toBe('Fundamental AI…');
  });

  it('cuts inside a word only when no word ends in the second half', () => {
    expect(shortName('Superintelligencelabs Meta', 10)).toBe('Superinte…');
    expect([...shortName('Superintelligencelabs Meta', 10)]).toHaveLength(10);
  });
});
