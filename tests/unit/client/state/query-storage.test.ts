// Reaching the browser's localStorage at all (client/state/query-storage.ts): with site data blocked, or in a
// sandboxed frame, merely reading `window.localStorage` throws, and the page must still open.
import { describe, expect, it } from 'vitest';
import { browserStorage } from '../../../../client/state/query-storage.js';
import { memoryStorage } from '../storage.js';

describe('the browser storage', () => {
  it('is the window’s localStorage when the browser gives it', () => {
    const storage = memoryStorage();
    expect(browserStorage({ localStorage: storage as unknown as Storage })).toBe(storage);
  });

  it('is absent, not an error, when reading it throws (site data blocked, a sandboxed frame)', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException(
          'The document is sandboxed and lacks the allow-same-origin flag.',
          'SecurityError',
        );
      },
    };
    expect(browserStorage(blocked)).toBeUndefined();
  });

  it('is absent when the browser has none', () => {
    expect(browserStorage({ localStorage: null as unknown as Storage })).toBeUndefined();
  });
});
