// The benchmark's seeded PRNG: the same seed asks the same questions, and its shuffle (which orders the API-overhead
// section's sides for each question) is a fair permutation — every item leads, and follows every other, about as often.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../bench/random.js';

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty list/);
  });
});

describe('shuffle', () => {
  const sides = ['raw', 'api', 'floor', 'expressFloor', 'rawBookmarked', 'service'];

  it('returns a new permutation of the items and leaves the input alone', () => {
    const input = [...sides];
    const out = createRng(3).shuffle(input);
    expect(out).not.toBe(input);
    expect(input).toEqual(sides);
    expect([...out].sort()).toEqual([...sides].sort());
    expect(createRng(1).shuffle([])).toEqual([]);
  });

  it('puts each item first, and right after each other item, about equally often', () => {
    const rng = createRng(42);
    const draws = 6_000;
    const leads = new Map<string, number>();
    const follows = new Map<string, number>();
    for (let i = 0; i < draws; i++) {
      const order = rng.shuffle(sides);
      leads.set(order[0]!, (leads.get(order[0]!) ?? 0) + 1);
      for (let k = 1; k < order.length; k++) {
        const pair = `${order[k - 1]}>${order[k]}`;
        follows.set(pair, (follows.get(pair) ?? 0) + 1);
      }
    }
    // 6 leaders, 1,000 each expected; 30 ordered pairs, 1,000 each expected (6,000 draws × 5 pairs ÷ 30).
    expect(leads.size).toBe(6);
    for (const n of leads.values()) expect(Math.abs(n - 1_000)).toBeLessThan(150);
    expect(follows.size).toBe(30);
    for (const n of follows.values()) expect(Math.abs(n - 1_000)).toBeLessThan(150);
  });
});
