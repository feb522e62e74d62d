// A saved query is never replaced by another under the same name without the user asking: a save under a name taken
// in its folder by a different query is refused (nothing changes) until the user chooses to replace it; the same
// text saved again under its own name updates it; a query saved without a name, and the form's suggested name, take
// the query's first line made unique in the folder ("… (2)").
import { describe, expect, it } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory, SAVED_KEY, unusedName } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { fakeApi } from '../answers.js';
import { memoryStorage } from '../storage.js';

const people = 'MATCH (p:Person)\nRETURN p.name';
const count = 'MATCH (p:Person)\nRETURN count(p)';

describe('saving under a name already taken', () => {
  it('refuses a different query under a name taken in its folder, changing nothing stored', () => {
    const storage = memoryStorage();
    const mem = createQueryMemory(storage);
    mem.save('people', people);
    const before = storage.items.get(SAVED_KEY);
    const second = mem.save('people', count);
    expect(second).toMatchObject({ ok: false, taken: true, list: [{ name: 'people', query: people }] });
    expect(storage.items.get(SAVED_KEY)).toBe(before);
  });

  it('replaces the saved query only when asked to', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('people', people);
    expect(mem.save('people', count, undefined, undefined, { replace: true })).toMatchObject({ ok: true });
    expect(mem.saved().map((s) => s.query)).toEqual([count]);
  });

  it('takes the name in another folder freely', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('people', people, undefined, 'Meta');
    expect(mem.save('people', count, undefined, 'xAI').ok).toBe(true);
    expect(mem.save('people', count, undefined, ' Meta ')).toMatchObject({ ok: false, taken: true });
    expect(mem.saved().map((s) => [s.folder, s.query])).toEqual([
      ['xAI', count],
      ['Meta', people],
    ]);
  });

  it('updates a query saved again with the same text under its own name (new parameters, newest first)', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('by org', 'MATCH (o {id: $org}) RETURN o', { org: 'org:meta' });
    mem.save('other', 'RETURN 1');
    expect(mem.save('by org', 'MATCH (o {id: $org}) RETURN o', { org: 'org:xai' }).ok).toBe(true);
    expect(mem.saved().map((s) => [s.name, s.params])).toEqual([
      ['by org', { org: 'org:xai' }],
      ['other', undefined],
    ]);
  });

  it('names a query saved without a name after its first line, made unique in its folder', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('', people);
    mem.save('  ', count);
    mem.save('', 'MATCH (p:Person)\nRETURN p LIMIT 1');
    expect(mem.saved().map((s) => s.name)).toEqual([
      'MATCH (p:Person) (3)',
      'MATCH (p:Person) (2)',
      'MATCH (p:Person)',
    ]);
    // The same text without a name again is the one saved already, updated, not a fourth.
    mem.save('', people);
    expect(mem.saved()).toHaveLength(3);
  });
});

describe('the name the save form suggests', () => {
  const saved = [
    { name: 'MATCH (p:Person)', query: people, at: '' },
    { name: 'MATCH (p:Person) (2)', query: 'RETURN 2', at: '' },
    { name: 'MATCH (p:Person)', folder: 'Meta', query: 'RETURN 3', at: '' },
  ];

  it('is the name itself when free in the folder, or when it holds this very query', () => {
    expect(unusedName(saved, 'MATCH (p:Person)', 'xAI', count)).toBe('MATCH (p:Person)');
    expect(unusedName(saved, 'MATCH (p:Person)', '', people)).toBe('MATCH (p:Person)');
  });

  it('is numbered past the names taken by other queries', () => {
    expect(unusedName(saved, 'MATCH (p:Person)', '', count)).toBe('MATCH (p:Person) (3)');
    expect(unusedName(saved, 'MATCH (p:Person)', ' Meta ', count)).toBe('MATCH (p:Person) (2)');
  });
});

describe('saving through the panel under a taken name', () => {
  it('says the name is taken, without an error notice, and replaces only when asked', () => {
    const store = createStore(initialState());
    const actions = createActions({ store, api: fakeApi({}), memory: createQueryMemory(memoryStorage()) });
    actions.cypher.setText(people);
    expect(actions.cypher.save('people')).toBe('saved');
    actions.cypher.setText(count);
    expect(actions.cypher.save('people')).toBe('taken');
    expect(store.get().notice).toBeNull();
    expect(store.get().cypher.saved.map((s) => s.query)).toEqual([people]);
    expect(actions.cypher.save('people', undefined, { replace: true })).toBe('saved');
    expect(store.get().cypher.saved.map((s) => s.query)).toEqual([count]);
  });
});
