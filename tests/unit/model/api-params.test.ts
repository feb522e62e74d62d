// The building blocks of the API's query parameters (model/api-params.ts): a number is digits or a clear refusal
// quoting what came, never a guess (an empty value read as 0, hex or an exponent read as a number).
import { describe, expect, it } from 'vitest';
import { TimelineQuerySchema } from '../../../model/api.js';
import { intParam, optionalIntParam } from '../../../model/api-params.js';
import { FlowsQuerySchema } from '../../../model/flows-api.js';

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
    // A sign is part of writing a whole number.
    expect(limit.parse('+5')).toBe(5);
  });

  it.each(['', '0x10', '1e1', '1.5', ' 5', '5 ', '+-5', 'ten', '0b11', 'Infinity'])(
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
    // Digits past a safe integer are a whole number out of range, not "no whole number".
    expect(firstMessage(limit.safeParse('99999999999999999999'))).toBe(
      'expected a whole number of at most 100',
    );
    expect(firstMessage(limit.safeParse('-99999999999999999999'))).toBe(
      'expected a whole number of at least 1',
    );
  });
});

describe('date windows', () => {
  it('refuses a timeline window that ends before it starts, naming from', () => {
    const r = TimelineQuerySchema.safeParse({ from: '2026', to: '2025' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['from'],
      message: 'expected from to be on or before to',
    });
  });

  it('refuses a flows window whose months are reversed within one year, naming until', () => {
    const r = FlowsQuerySchema.safeParse({ since: '2025-12', until: '2025-02' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['until'],
      message: 'expected since to be on or before until',
    });
  });

  it('takes dates that agree at their common precision, in either order of precision', () => {
    for (const [a, b] of [
      ['2025', '2025-03'],
      ['2025-06', '2025'],
      ['2025-02', '2025-02-14'],
      ['2024-12-31', '2025'],
    ]) {
      expect(TimelineQuerySchema.safeParse({ from: a, to: b }).success, `${a}…${b}`).toBe(true);
      expect(FlowsQuerySchema.safeParse({ since: a, until: b }).success, `${a}…${b}`).toBe(true);
    }
  });
});
