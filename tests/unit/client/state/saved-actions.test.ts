// Saving queries through the explorer's actions: the panel never shows as saved what the browser's storage refused
// (a notice says nothing was saved), a query is not saved without the parameters the box holds, and saved queries this
// version cannot read are announced as kept aside, once, and counted for the saved menu.
import { describe, expect, it } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory, SAVED_KEY } from '../../../../client/state/query-history.js';
import { SAVED_FILE_FORMAT } from '../../../../client/state/saved-file.js';
import { createStore } from '../../../../client/state/store.js';
import { articleGraph } from '../fixtures.js';
import { cypherAnswer, fakeApi } from '../answers.js';
import { memoryStorage, quotaStorage, refusingStorage, type TestStorage } from '../storage.js';

function setup(storage: TestStorage = memoryStorage()) {
  const store = createStore(initialState());
  const api = fakeApi({ cypher: async () => cypherAnswer(articleGraph()) });
  const actions = createActions({ store, api, memory: createQueryMemory(storage) });
  return { store, actions, storage };
}

const file = JSON.stringify({
  format: SAVED_FILE_FORMAT,
  version: 1,
  queries: [{ name: 'xAI hires', folder: 'xAI', query: "MATCH (o {id: 'org:xai'}) RETURN o" }],
});

describe('saving queries when the browser refuses', () => {
  it('says nothing was saved, and does not list the query, when storage is full', () => {
    const { store, actions } = setup(quotaStorage(200));
    actions.cypher.setText(`MATCH (n) WHERE n.name IN $names RETURN n // ${'long '.repeat(60)}`);
    const saved = actions.cypher.save('people');
    expect(store.get().cypher.saved).toEqual([]);
    expect(store.get().notice).toMatchObject({ kind: 'error', key: 'savedStorageFailed' });
    expect(saved).toBe('refused');
  });

  it('keeps a query on the list, and says so, when storage refuses its deletion', () => {
    const storage = memoryStorage();
    const { store, actions } = setup(storage);
    actions.cypher.setText('RETURN 1');
    actions.cypher.save('one');
    expect(store.get().cypher.saved.map((s) => s.name)).toEqual(['one']);
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const removed = actions.cypher.unsave('one');
    expect(store.get().cypher.saved.map((s) => s.name)).toEqual(['one']);
    expect(store.get().notice).toMatchObject({ kind: 'error', key: 'savedStorageFailed' });
    expect(removed).toBe(false);
  });

  it('refuses an import storage cannot keep, instead of reporting it imported', async () => {
    const { store, actions } = setup(refusingStorage());
    await expect(actions.cypher.importSaved('mine.json', file)).resolves.toBe(false);
    expect(store.get().cypher.saved).toEqual([]);
    expect(store.get().notice).toMatchObject({ kind: 'error', key: 'savedStorageFailed' });
  });
});

describe('saving a query with its parameters', () => {
  it.each([
    ['invalid JSON', '{"org": ', /^Parameters must be a JSON object: /],
    ['an integer JSON cannot keep', '{"id": 9007199254740993}', /9007199254740993 is past the whole numbers/],
  ])(
    'refuses to save when the parameters box holds %s, showing the error a run shows',
    (_what, params, message) => {
      const { store, actions, storage } = setup();
      actions.cypher.setText('MATCH (o {id: $org}) RETURN o');
      actions.cypher.setParams(params);
      const saved = actions.cypher.save('by org');
      expect(store.get().cypher.saved).toEqual([]);
      expect(storage.items.has(SAVED_KEY)).toBe(false);
      expect(saved).toBe('refused');
      const error = store.get().cypher.error;
      expect(error).toMatchObject({ code: 'PARAMS_INVALID' });
      expect(error?.message).toMatch(message);
      // The same error as a run of the same box.
      actions.cypher.setParams(params);
      return actions.cypher.run().then(() => expect(store.get().cypher.error).toEqual(error));
    },
  );

  it('saves the parameters with the query', () => {
    const { store, actions } = setup();
    actions.cypher.setText('MATCH (o {id: $org}) RETURN o');
    actions.cypher.setParams('{"org": "org:meta"}');
    actions.cypher.save('by org');
    expect(store.get().cypher.saved[0]).toMatchObject({ name: 'by org', params: { org: 'org:meta' } });
  });
});

describe('saving queries when the browser keeps no site data', () => {
  const pageOnly = () => {
    const store = createStore(initialState());
    const api = fakeApi({ cypher: async () => cypherAnswer(articleGraph()) });
    const memory = createQueryMemory(undefined, undefined, { pageOnly: true });
    return { store, actions: createActions({ store, api, memory }) };
  };

  it('says on opening the page that saved queries will last only while it is open', async () => {
    const { store, actions } = pageOnly();
    await actions.init({});
    expect(Object.keys(store.get().scene.nodes).length).toBeGreaterThan(0);
    expect(store.get().notice).toMatchObject({ kind: 'warn', key: 'savedPageOnly' });
  });

  it('saves for the page and says so again on saving', async () => {
    const { store, actions } = pageOnly();
    await actions.init({});
    store.set({ notice: null });
    actions.cypher.setText('RETURN 1');
    expect(actions.cypher.save('one')).toBe('saved');
    expect(store.get().cypher.saved.map((s) => s.name)).toEqual(['one']);
    expect(store.get().notice).toMatchObject({ kind: 'warn', key: 'savedPageOnly' });
  });
});

describe('saved queries this version cannot read', () => {
  it('says on opening the page that some saved queries were kept aside', async () => {
    const { store, actions } = setup(memoryStorage({ [SAVED_KEY]: '{"queries": [' }));
    await actions.init({});
    expect(Object.keys(store.get().scene.nodes).length).toBeGreaterThan(0);
    expect(store.get().notice).toMatchObject({ kind: 'warn', key: 'savedSetAside' });
  });

  it('says so once: a later page over the same storage is quiet but counts them, and a new unreadable value warns again', async () => {
    const storage = memoryStorage({ [SAVED_KEY]: '{"queries": [' });
    await setup(storage).actions.init({});
    const later = setup(storage);
    await later.actions.init({});
    expect(later.store.get().notice).toBeNull();
    expect(later.store.get().cypher.setAside).toEqual({ entries: 0, lists: 1 });
    // Saving moves the value to its backup: still counted, still told of.
    later.actions.cypher.setText('RETURN 1');
    later.actions.cypher.save('one');
    expect(later.store.get().cypher.setAside).toEqual({ entries: 0, lists: 1 });
    const saved = JSON.parse(storage.items.get(SAVED_KEY)!) as unknown[];
    storage.setItem(SAVED_KEY, JSON.stringify([...saved, { title: 'from a newer version' }]));
    const next = setup(storage);
    await next.actions.init({});
    expect(next.store.get().notice).toMatchObject({ kind: 'warn', key: 'savedSetAside' });
    expect(next.store.get().cypher.setAside).toEqual({ entries: 1, lists: 1 });
  });

  it('opens a page with a readable list without a notice', async () => {
    const stored = JSON.stringify([{ name: 'a', query: 'RETURN 1', at: '2026-01-01T00:00:00.000Z' }]);
    const { store, actions } = setup(memoryStorage({ [SAVED_KEY]: stored }));
    await actions.init({});
    expect(store.get().cypher.saved.map((s) => s.name)).toEqual(['a']);
    expect(store.get().notice).toBeNull();
    expect(store.get().cypher.setAside).toEqual({ entries: 0, lists: 0 });
  });
});
