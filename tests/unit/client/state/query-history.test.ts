// Query history and saved queries persist in (a stand-in for) localStorage, newest first, deduplicated.
import { describe, expect, it } from 'vitest';
import { createQueryMemory, DEFAULT_HISTORY_SIZE } from '../../../../client/state/query-history.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe('query memory', () => {
  it('keeps recent queries newest first without duplicates, up to the limit', () => {
    const mem = createQueryMemory(memoryStorage(), () => new Date('2025-08-29T00:00:00Z'));
    mem.remember('RETURN 1');
    mem.remember('RETURN 2', { a: 1 });
    mem.remember('RETURN 1');
    expect(mem.history().map((h) => h.query)).toEqual(['RETURN 1', 'RETURN 2']);
    for (let i = 0; i < DEFAULT_HISTORY_SIZE + 5; i++) mem.remember(`RETURN ${i + 10}`);
    expect(mem.history()).toHaveLength(DEFAULT_HISTORY_SIZE);
  });

  it('keeps how each run ended: rows and time, the error code of a failure, a cancel', () => {
    const mem = createQueryMemory(memoryStorage(), () => new Date('2025-08-29T10:00:00Z'));
    mem.remember('RETURN 1', undefined, { outcome: 'ok', ms: 12, rows: 1 });
    mem.remember('RETRN 1', undefined, { outcome: 'error', ms: 5, code: 'CYPHER_ERROR' });
    mem.remember('UNWIND range(1, 10) AS x RETURN x', undefined, { outcome: 'cancelled', ms: 900 });
    expect(mem.history()).toEqual([
      {
        query: 'UNWIND range(1, 10) AS x RETURN x',
        at: '2025-08-29T10:00:00.000Z',
        outcome: 'cancelled',
        ms: 900,
      },
      { query: 'RETRN 1', at: '2025-08-29T10:00:00.000Z', outcome: 'error', ms: 5, code: 'CYPHER_ERROR' },
      { query: 'RETURN 1', at: '2025-08-29T10:00:00.000Z', outcome: 'ok', ms: 12, rows: 1 },
    ]);
    // Run again, a query moves to the top with its latest outcome.
    mem.remember('RETRN 1', undefined, { outcome: 'ok', ms: 3, rows: 0 });
    expect(mem.history()[0]).toMatchObject({ query: 'RETRN 1', outcome: 'ok', rows: 0 });
    expect(mem.history()[0]!.code).toBeUndefined();
  });

  it('saves, replaces and deletes named queries', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('meta', 'MATCH (o {id: $org}) RETURN o', { org: 'org:meta' });
    mem.save('meta', 'MATCH (o {id: $org}) RETURN o LIMIT 1', { org: 'org:meta' });
    expect(mem.saved()).toHaveLength(1);
    expect(mem.saved()[0]!.query).toContain('LIMIT 1');
    expect(mem.unsave('meta')).toEqual([]);
  });

  it('survives broken or unavailable storage', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('quota');
      },
    };
    const mem = createQueryMemory(broken);
    expect(mem.history()).toEqual([]);
    expect(() => mem.remember('RETURN 1')).not.toThrow();
    expect(createQueryMemory(undefined).saved()).toEqual([]);
  });
});
