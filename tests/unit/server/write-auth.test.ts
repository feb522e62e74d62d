// The write token check of POST /api/cypher.
import { describe, expect, it } from 'vitest';
import { assertWriteAllowed, bearerMatches } from '../../../server/http/write-auth.js';

const TOKEN = 'a-write-token-of-some-length';

describe('write token', () => {
  it('accepts exactly "Bearer <token>"', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it('refuses a missing, wrong, prefixed or differently-schemed token', () => {
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(bearerMatches(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
  });

  it('answers 401 for a wrong token and 403 when writes are disabled, never echoing the token', () => {
    expect(() => assertWriteAllowed('Bearer nope', TOKEN)).toThrow(
      expect.objectContaining({ code: 'UNAUTHORIZED', status: 401 }),
    );
    expect(() => assertWriteAllowed(`Bearer ${TOKEN}`, undefined)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', status: 403 }),
    );
    try {
      assertWriteAllowed(`Bearer ${TOKEN}-wrong`, TOKEN);
    } catch (e) {
      expect((e as Error).message).not.toContain(TOKEN);
    }
    expect(() => assertWriteAllowed(`Bearer ${TOKEN}`, TOKEN)).not.toThrow();
  });
});
