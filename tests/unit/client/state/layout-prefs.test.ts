// The screen layout the user chose persists in (a stand-in for) localStorage: the Cypher panel folded on a first
// visit, then as left, and its height kept within limits.
import { describe, expect, it } from 'vitest';
import {
  clampCypherHeight,
  createLayoutPrefs,
  DEFAULT_LAYOUT,
  MIN_CYPHER_HEIGHT,
} from '../../../../client/state/layout-prefs.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('layout preferences', () => {
  it('folds the Cypher panel on a first visit, then remembers it open and its height', () => {
    const prefs = createLayoutPrefs(memoryStorage());
    expect(prefs.read()).toEqual(DEFAULT_LAYOUT);
    expect(prefs.read().cypherOpen).toBe(false);
    prefs.write({ cypherOpen: true });
    prefs.write({ cypherHeight: 420 });
    expect(prefs.read()).toEqual({ cypherOpen: true, cypherHeight: 420 });
  });

  it('keeps the height between a few editor lines and three quarters of the window', () => {
    expect(clampCypherHeight(20, 900)).toBe(MIN_CYPHER_HEIGHT);
    expect(clampCypherHeight(5_000, 900)).toBe(675);
    expect(clampCypherHeight(333.4, 900)).toBe(333);
  });

  it('survives broken or unavailable storage', () => {
    const broken = {
      getItem: () => '{"cypherOpen": "yes", "cypherHeight": "tall"',
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(createLayoutPrefs(broken).read()).toEqual(DEFAULT_LAYOUT);
    expect(() => createLayoutPrefs(broken).write({ cypherOpen: true })).not.toThrow();
    expect(createLayoutPrefs(undefined).read()).toEqual(DEFAULT_LAYOUT);
  });
});
