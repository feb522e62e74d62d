// The building blocks of the API's query parameters (model/api-params.ts): a number is digits or a clear refusal
// quoting what came, never a guess (an empty value read as 0, hex or an exponent read as a number).
import { describe, expect, it } from 'vitest';
import { intParam, optionalIntParam } from '../../../model/api-params.js';

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe('whole-number parameters', () => {
  const limit = intParam(1, 100, 25);
  const optional = optionalIntParam(0, 100);

  it('reads plain digits as the number they write, and the default when left out', () => {
    expect(limit.parse('16')).toBe(16);
    expect(limit.parse('007')).toBe(7);
    expect(limit.parse(undefined)).toBe(25);
    expect(optional.parse(undefined)).toBeUndefined();
    expect(optional.parse('0')).toBe(0);
  });

  it.each(['', '0x10', '1e1', '1.5', ' 5', '5 ', '+5', 'ten', '0b11', 'Infinity'])(
    'refuses %j instead of reading it as some number, quoting what came',
    (raw) => {
      for (const schema of [limit, optional]) {
        const r = schema.safeParse(raw);
        expect(r.success, raw).toBe(false);
        expect(firstMessage(r)).toBe(`expected a whole number, got ${JSON.stringify(raw)}`);
      }
    },
  );

  it('says which end of the range a number is outside', () => {
    expect(firstMessage(limit.safeParse('0'))).toBe('expected a whole number of at least 1');
    expect(firstMessage(limit.safeParse('101'))).toBe('expected a whole number of at most 100');
    expect(firstMessage(optional.safeParse('-1'))).toBe('expected a whole number of at least 0');
  });
});
