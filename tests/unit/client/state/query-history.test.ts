// Query history and saved queries persist in (a stand-in for) localStorage, newest first, deduplicated. Saved
// queries are never lost quietly: a write storage refuses is reported, history gives way to them when storage is
// full, and what this version cannot read is kept, in both lists, and reported once.
import { describe, expect, it } from 'vitest';
import {
  createQueryMemory,
  DEFAULT_HISTORY_SIZE,
  HISTORY_KEY,
  SAVED_KEY,
} from '../../../../client/state/query-history.js';
import { memoryStorage, quotaStorage, refusingStorage } from '../storage.js';

const AT = new Date('2026-03-01T09:00:00Z');
/** A parameter of about `n` characters, as a run with a large list of ids would keep in the history. */
const bigParams = (n: number) => ({ ids: 'x'.repeat(n) });

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

  it('saves, replaces (when asked) and deletes named queries', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('meta', 'MATCH (o {id: $org}) RETURN o', { org: 'org:meta' });
    mem.save('meta', 'MATCH (o {id: $org}) RETURN o LIMIT 1', { org: 'org:meta' }, undefined, {
      replace: true,
    });
    expect(mem.saved()).toHaveLength(1);
    expect(mem.saved()[0]!.query).toContain('LIMIT 1');
    expect(mem.unsave('meta')).toEqual({ ok: true, list: [] });
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

describe('saved queries when storage is full or refused', () => {
  it('reports a saved query storage refuses as not saved, and lists what is stored', () => {
    const mem = createQueryMemory(refusingStorage());
    expect(mem.save('meta', 'RETURN 1')).toEqual({ ok: false, list: [] });
    expect(mem.importSaved([{ name: 'x', query: 'RETURN 2', at: AT.toISOString() }])).toMatchObject({
      ok: false,
      list: [],
    });
  });

  it('drops the oldest runs of the history to make room for a saved query, keeping the newest', () => {
    const storage = quotaStorage(60_000);
    const mem = createQueryMemory(storage, () => AT);
    // Runs with large parameters fill storage up, as 50 runs of ~1 MB each fill a browser's 5 MB.
    for (let i = 0; i < DEFAULT_HISTORY_SIZE; i++) mem.remember(`RETURN ${i}`, bigParams(1_100));
    const before = mem.history();
    expect(before.length).toBeGreaterThan(40);
    const saved = mem.save('big one', 'MATCH (n) WHERE n.id IN $ids RETURN n', bigParams(20_000));
    expect(mem.saved().map((s) => s.name)).toEqual(['big one']);
    expect(saved.ok).toBe(true);
    const after = mem.history();
    expect(after.length).toBeLessThan(before.length);
    expect(after.map((h) => h.query)).toEqual(before.slice(0, after.length).map((h) => h.query));
  });

  it('reports the save when even an empty history leaves no room, changing nothing saved', () => {
    const storage = quotaStorage(5_000);
    const mem = createQueryMemory(storage, () => AT);
    expect(mem.save('small', 'RETURN 1').ok).toBe(true);
    mem.remember('RETURN 2', bigParams(1_000));
    expect(mem.save('huge', 'RETURN $ids', bigParams(10_000))).toMatchObject({
      ok: false,
      list: [{ name: 'small' }],
    });
    expect(mem.saved().map((s) => s.name)).toEqual(['small']);
  });

  it('puts the history back as it was when a saved query does not fit even without it', () => {
    const storage = quotaStorage(5_000);
    const mem = createQueryMemory(storage, () => AT);
    mem.save('small', 'RETURN 1');
    for (let i = 0; i < 10; i++) mem.remember(`MATCH (n) RETURN n LIMIT ${i}`, bigParams(200));
    const before = storage.items.get(HISTORY_KEY);
    expect(mem.save('huge', 'RETURN $ids', bigParams(10_000)).ok).toBe(false);
    expect(storage.items.get(HISTORY_KEY)).toBe(before);
    expect(mem.history()).toHaveLength(10);
  });

  it('puts the history back as it was when an import does not fit even without it', () => {
    const storage = quotaStorage(5_000);
    const mem = createQueryMemory(storage, () => AT);
    for (let i = 0; i < 10; i++) mem.remember(`MATCH (n) RETURN n LIMIT ${i}`, bigParams(200));
    const before = storage.items.get(HISTORY_KEY);
    const queries = Array.from({ length: 10 }, (_, i) => ({
      name: `q${i}`,
      query: `RETURN '${'x'.repeat(1_000)}'`,
      at: '',
    }));
    expect(mem.importSaved(queries)).toMatchObject({ ok: false, list: [] });
    expect(storage.items.get(HISTORY_KEY)).toBe(before);
  });

  it('puts the history back when it made room for the backup of an unreadable list but the list does not fit', () => {
    // The backup of the unreadable value needs room the runs give up; the list then does not fit even without them.
    const storage = quotaStorage(6_000, { [SAVED_KEY]: `{"queries": "${'y'.repeat(2_000)}` });
    const mem = createQueryMemory(storage, () => AT);
    for (let i = 0; i < 10; i++) mem.remember(`MATCH (n) RETURN n LIMIT ${i}`, bigParams(200));
    const before = storage.items.get(HISTORY_KEY);
    expect(mem.save('huge', 'RETURN $ids', bigParams(6_000)).ok).toBe(false);
    expect(storage.items.get(HISTORY_KEY)).toBe(before);
    // The unreadable value is still where it was, and its copy made for the failed save is gone again.
    expect(storage.items.get(SAVED_KEY)).toMatch(/^\{"queries"/);
    expect([...storage.items.keys()].filter((k) => k.includes('.unreadable-'))).toEqual([]);
  });

  it('keeps the history within a full storage by dropping its oldest runs, quietly', () => {
    const storage = quotaStorage(30_000);
    const mem = createQueryMemory(storage, () => AT);
    for (let i = 0; i < DEFAULT_HISTORY_SIZE; i++)
      expect(() => mem.remember(`RETURN ${i}`, bigParams(2_000))).not.toThrow();
    const history = mem.history();
    expect(history[0]!.query).toBe(`RETURN ${DEFAULT_HISTORY_SIZE - 1}`);
    expect(history.length).toBeGreaterThan(0);
    expect(history.length).toBeLessThan(DEFAULT_HISTORY_SIZE);
  });
});

describe('saved queries this version cannot read', () => {
  it.each([
    ['not JSON', '[{"name": "a", "query": "RETURN 1"'],
    ['not a list', '{"version": 3, "queries": [{"name": "a", "query": "RETURN 1"}]}'],
  ])('moves a stored value that is %s aside before saving over it', (_what, raw) => {
    const storage = memoryStorage({ [SAVED_KEY]: raw });
    const mem = createQueryMemory(storage, () => AT);
    expect(mem.saved()).toEqual([]);
    const aside = mem.savedSetAside();
    const saved = mem.save('new', 'RETURN 2');
    expect(storage.items.get(`${SAVED_KEY}.unreadable-2026-03-01T09:00:00.000Z`)).toBe(raw);
    expect(saved.ok).toBe(true);
    expect(aside).toEqual({ entries: 0, lists: 1, unreported: true });
    expect(mem.saved().map((s) => s.name)).toEqual(['new']);
    // Moved to its backup, the value is still counted (and still not reported): the same one, not a second.
    expect(mem.savedSetAside()).toEqual({ entries: 0, lists: 1, unreported: true });
  });

  it('refuses to save over an unreadable value it cannot set aside', () => {
    const raw = '{"queries": "' + 'q'.repeat(900) + '"}';
    const storage = quotaStorage(1_200, { [SAVED_KEY]: raw });
    const mem = createQueryMemory(storage, () => AT);
    const saved = mem.save('new', 'RETURN 2');
    expect(storage.items.get(SAVED_KEY)).toBe(raw);
    expect(saved.ok).toBe(false);
  });

  it('carries entries of a shape it does not read through every write, untouched', () => {
    const future = { title: 'from a newer version', cypher: { text: 'RETURN 9' } };
    const wrongType = { name: 'odd', query: 'RETURN 8', params: 'not an object' };
    const raw = JSON.stringify([{ name: 'a', query: 'RETURN 1', at: AT.toISOString() }, future, wrongType]);
    const storage = memoryStorage({ [SAVED_KEY]: raw });
    const mem = createQueryMemory(storage, () => AT);
    mem.save('b', 'RETURN 2');
    mem.unsave('a');
    mem.importSaved([{ name: 'c', query: 'RETURN 3', at: AT.toISOString() }]);
    expect(JSON.parse(storage.items.get(SAVED_KEY)!)).toEqual([
      { name: 'b', query: 'RETURN 2', at: AT.toISOString() },
      { name: 'c', query: 'RETURN 3', at: AT.toISOString() },
      future,
      wrongType,
    ]);
    // Shown: the ones this version reads; the others are announced as kept aside (cypher-actions.ts).
    expect(mem.saved().map((s) => s.name)).toEqual(['b', 'c']);
    expect(mem.savedSetAside()).toEqual({ entries: 2, lists: 0, unreported: true });
  });
});

describe('telling the user once of saved queries kept aside', () => {
  const future = { title: 'from a newer version', cypher: { text: 'RETURN 9' } };
  const listWith = (...entries: unknown[]) =>
    JSON.stringify([{ name: 'a', query: 'RETURN 1', at: AT.toISOString() }, ...entries]);

  it('reports entries it cannot read until told they were, on later pages too, and again when new ones come', () => {
    const storage = memoryStorage({ [SAVED_KEY]: listWith(future) });
    const first = createQueryMemory(storage, () => AT);
    expect(first.savedSetAside()).toEqual({ entries: 1, lists: 0, unreported: true });
    first.reportedSetAside();
    expect(first.savedSetAside()).toEqual({ entries: 1, lists: 0, unreported: false });
    // The next page load over the same storage: still counted, not news; a save carries the entry and keeps it so.
    const next = createQueryMemory(storage, () => AT);
    next.save('b', 'RETURN 2');
    expect(next.savedSetAside()).toEqual({ entries: 1, lists: 0, unreported: false });
    // A newer version adds another entry this one cannot read: news again, and only that needs telling.
    const other = { title: 'another', cypher: { text: 'RETURN 10' } };
    storage.setItem(SAVED_KEY, listWith(future, other));
    expect(next.savedSetAside()).toEqual({ entries: 2, lists: 0, unreported: true });
    next.reportedSetAside();
    expect(createQueryMemory(storage).savedSetAside()).toEqual({ entries: 2, lists: 0, unreported: false });
  });

  it('does not report again an unreadable value it moved to a backup, but does a new one', () => {
    const raw = '{"version": 9, "queries": []}';
    const storage = memoryStorage({ [SAVED_KEY]: raw });
    const mem = createQueryMemory(storage, () => AT);
    mem.reportedSetAside();
    mem.save('new', 'RETURN 2');
    expect(storage.items.get(`${SAVED_KEY}.unreadable-${AT.toISOString()}`)).toBe(raw);
    expect(createQueryMemory(storage).savedSetAside()).toEqual({ entries: 0, lists: 1, unreported: false });
    // Another unreadable value in the key (a newer version wrote over the list): news, and two values kept aside.
    storage.setItem(SAVED_KEY, '{"version": 10}');
    expect(mem.savedSetAside()).toEqual({ entries: 0, lists: 2, unreported: true });
  });

  it('has nothing to report for a readable list, or with storage it cannot read', () => {
    const storage = memoryStorage({ [SAVED_KEY]: listWith() });
    expect(createQueryMemory(storage).savedSetAside()).toEqual({ entries: 0, lists: 0, unreported: false });
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {},
    };
    expect(createQueryMemory(blocked).savedSetAside()).toEqual({ entries: 0, lists: 0, unreported: false });
  });
});

describe('a history this version cannot read', () => {
  const run = (i: number) => ({ query: `RETURN ${i}`, at: AT.toISOString() });
  const later = new Date('2026-03-02T09:00:00Z');

  it.each([
    ['not JSON', '[{"query": "RETURN 1"'],
    ['not a list', '{"version": 3, "runs": [{"cypher": "RETURN 1"}]}'],
  ])('moves a stored value that is %s aside once, before the first run it remembers', (_what, raw) => {
    const storage = memoryStorage({ [HISTORY_KEY]: raw });
    let now = AT;
    const mem = createQueryMemory(storage, () => now);
    expect(mem.history()).toEqual([]);
    mem.remember('RETURN 2');
    now = later;
    mem.remember('RETURN 3');
    const backups = [...storage.items.keys()].filter((k) => k.startsWith(`${HISTORY_KEY}.unreadable-`));
    expect(backups).toEqual([`${HISTORY_KEY}.unreadable-${AT.toISOString()}`]);
    expect(storage.items.get(backups[0]!)).toBe(raw);
    expect(mem.history().map((h) => h.query)).toEqual(['RETURN 3', 'RETURN 2']);
  });

  it('keeps entries of a shape it does not read in their place, untouched, through every run', () => {
    const future = { cypher: 'RETURN 9', ranAt: '2026-02-01' };
    const wrongType = { query: 42, at: AT.toISOString() };
    const storage = memoryStorage({ [HISTORY_KEY]: JSON.stringify([run(1), future, run(2), wrongType]) });
    const mem = createQueryMemory(storage, () => AT);
    mem.remember('RETURN 3');
    mem.remember('RETURN 2');
    expect(JSON.parse(storage.items.get(HISTORY_KEY)!)).toEqual([run(2), run(3), run(1), future, wrongType]);
    expect(mem.history().map((h) => h.query)).toEqual(['RETURN 2', 'RETURN 3', 'RETURN 1']);
  });

  it('holds the size limit with them: the oldest entry gives way, whichever version wrote it', () => {
    const newest = { cypher: 'newest, from a newer version' };
    const oldest = { cypher: 'oldest, from a newer version' };
    const runs = Array.from({ length: DEFAULT_HISTORY_SIZE - 2 }, (_, i) => run(i));
    const storage = memoryStorage({ [HISTORY_KEY]: JSON.stringify([newest, ...runs, oldest]) });
    const mem = createQueryMemory(storage, () => AT);
    mem.remember('RETURN new');
    const stored = JSON.parse(storage.items.get(HISTORY_KEY)!) as unknown[];
    expect(stored).toHaveLength(DEFAULT_HISTORY_SIZE);
    expect(stored.slice(0, 2)).toEqual([{ query: 'RETURN new', at: AT.toISOString() }, newest]);
    expect(stored).not.toContainEqual(oldest);
  });

  it('gives its oldest entries, read or not, up to a saved query when storage is full, keeping the newest as they were', () => {
    const big = (i: number) =>
      i % 3 === 0
        ? { cypher: `RETURN ${i}`, payload: 'y'.repeat(1_100) }
        : { ...run(i), params: bigParams(1_100) };
    const items = Array.from({ length: DEFAULT_HISTORY_SIZE }, (_, i) => big(i));
    const storage = quotaStorage(60_000, { [HISTORY_KEY]: JSON.stringify(items) });
    const mem = createQueryMemory(storage, () => AT);
    const saved = mem.save('big one', 'MATCH (n) WHERE n.id IN $ids RETURN n', bigParams(20_000));
    expect(saved.ok).toBe(true);
    const after = JSON.parse(storage.items.get(HISTORY_KEY)!) as unknown[];
    expect(after.length).toBeLessThan(items.length);
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual(items.slice(0, after.length));
    expect(after).toContainEqual(big(0));
  });

  it('never writes over an unreadable history for room, nor when it cannot move it aside', () => {
    const raw = '{"runs": "' + 'r'.repeat(3_000) + '"}';
    const storage = quotaStorage(4_000, { [HISTORY_KEY]: raw });
    const mem = createQueryMemory(storage, () => AT);
    expect(mem.save('big', 'RETURN $ids', bigParams(2_000)).ok).toBe(false);
    expect(() => mem.remember('RETURN 1')).not.toThrow();
    expect(storage.items.get(HISTORY_KEY)).toBe(raw);
    expect([...storage.items.keys()]).toEqual([HISTORY_KEY]);
  });

  it('writes nothing over a history storage refused to read', () => {
    const written: string[] = [];
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: (k: string) => void written.push(k),
    };
    const mem = createQueryMemory(blocked, () => AT);
    expect(mem.remember('RETURN 1').map((h) => h.query)).toEqual(['RETURN 1']);
    expect(written).toEqual([]);
  });
});
