// The questions the benchmark asks, as a user would: names typed letter by letter, random people and companies.
import { createRng } from './random.js';

export const MIN_PREFIX = 2;

/** What a user types while looking for a name: "am", "ami", …, "amira h", … (from 2 characters on). */
export function typedPrefixes(name: string): string[] {
  const text = name.trim().replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let n = MIN_PREFIX; n <= text.length; n++) {
    const prefix = text.slice(0, n);
    if (!prefix.endsWith(' ')) out.push(prefix);
  }
  return out;
}

/** `count` search strings: random names typed out in order, one after another (seeded, so every run asks the same). */
export function searchPrefixes(names: readonly string[], count: number, seed: number): string[] {
  const usable = names.filter((n) => n.trim().length >= MIN_PREFIX);
  if (usable.length === 0) throw new Error('no names to search for');
  const rng = createRng(seed);
  const out: string[] = [];
  while (out.length < count) out.push(...typedPrefixes(rng.pick(usable)));
  return out.slice(0, count);
}
