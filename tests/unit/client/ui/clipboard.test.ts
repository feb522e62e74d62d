// copyText claims a copy only once the browser has written it: no clipboard (plain http off localhost) or a refused
// write is a failure the caller shows, never "copied".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../../client/ui/clipboard.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyText', () => {
  it('is false when the browser gives no clipboard', async () => {
    vi.stubGlobal('navigator', {});
    expect(await copyText('x')).toBe(false);
  });

  it('is false when the write is refused', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new Error('Write permission denied.')) },
    });
    expect(await copyText('x')).toBe(false);
  });

  it('is true once the text is written', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', {
      clipboard: { writeText: async (t: string) => void written.push(t) },
    });
    expect(await copyText('http://example.org/?v=2')).toBe(true);
    expect(written).toEqual(['http://example.org/?v=2']);
  });
});
