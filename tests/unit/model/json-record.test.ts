// Cypher parameters (POST /api/cypher's body) keep a key named __proto__, at the top or nested, as JSON.parse gave it;
// what is wrong under such a key is still refused, with its path.
import { describe, expect, it } from 'vitest';
import { CypherRequestSchema } from '../../../model/api.js';

const parse = (body: string) => CypherRequestSchema.safeParse(JSON.parse(body));

describe('Cypher parameters with a key named __proto__', () => {
  it('keeps the key, at the top and inside a value, as its own key', () => {
    const parsed = parse(
      '{"query": "RETURN $p", "params": {"__proto__": {"x": 1}, "p": [{"__proto__": "s", "y": 2}]}}',
    );
    expect(parsed.success).toBe(true);
    const params = parsed.data!.params!;
    expect(Object.keys(params)).toEqual(['__proto__', 'p']);
    expect(Object.getOwnPropertyDescriptor(params, '__proto__')?.value).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.entries((params.p as object[])[0]!)).toEqual([
      ['__proto__', 's'],
      ['y', 2],
    ]);
  });

  it('refuses a wrong typed value under __proto__, naming its path', () => {
    const parsed = parse(
      '{"query": "RETURN 1", "params": {"__proto__": {"$type": "Integer", "_value": "x"}}}',
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^params\.__proto__: expected _value to be a whole number/),
    ]);
  });

  it('refuses parameters that are not an object, as before', () => {
    expect(parse('{"query": "RETURN 1", "params": [1]}').success).toBe(false);
    expect(parse('{"query": "RETURN 1", "params": 5}').success).toBe(false);
  });
});
