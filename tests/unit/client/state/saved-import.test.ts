// Importing a saved-queries file through the explorer's actions: the file's checker (client/state/saved-transfer.ts,
// with zod) is loaded only when a file is imported, so it is not in the page's first bundle; if it cannot be loaded,
// the import is refused with a notice and nothing saved changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { SAVED_FILE_FORMAT } from '../../../../client/state/saved-file.js';
import { createStore } from '../../../../client/state/store.js';
import { fakeApi } from '../answers.js';

function setup() {
  const store = createStore(initialState());
  const actions = createActions({ store, api: fakeApi({}), memory: createQueryMemory(undefined) });
  return { store, actions };
}

const file = JSON.stringify({
  format: SAVED_FILE_FORMAT,
  version: 1,
  queries: [{ name: 'xAI hires', folder: 'xAI', query: "MATCH (o {id: 'org:xai'}) RETURN o" }],
});

afterEach(() => {
  vi.doUnmock('../../../../client/state/saved-transfer.js');
  vi.resetModules();
});

describe('importing saved queries', () => {
  it('loads the checker on demand and saves every query of a good file', async () => {
    const { store, actions } = setup();
    await expect(actions.cypher.importSaved('mine.json', file)).resolves.toBe(true);
    expect(store.get().cypher.saved.map((s) => [s.folder, s.name])).toEqual([['xAI', 'xAI hires']]);
    expect(store.get().notice).toMatchObject({
      kind: 'info',
      key: 'savedImported',
      vars: { added: 1, skipped: 0 },
    });
  });

  it('refuses a bad file whole, saying where and what', async () => {
    const { store, actions } = setup();
    const bad = JSON.stringify({ format: SAVED_FILE_FORMAT, version: 1, queries: [{ name: 'x', query: 3 }] });
    await expect(actions.cypher.importSaved('bad.json', bad)).resolves.toBe(false);
    expect(store.get().cypher.saved).toEqual([]);
    expect(store.get().notice).toMatchObject({ kind: 'error', key: 'savedImportInvalid' });
    expect(String(store.get().notice?.vars?.where)).toContain('queries[0].query');
  });

  it('refuses the import with a notice, changing nothing, when the checker cannot be loaded', async () => {
    vi.doMock('../../../../client/state/saved-transfer.js', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { store, actions } = setup();
    await expect(actions.cypher.importSaved('mine.json', file)).resolves.toBe(false);
    expect(store.get().cypher.saved).toEqual([]);
    expect(store.get().notice).toMatchObject({ kind: 'error', key: 'savedImportUnreadable' });
    expect(String(store.get().notice?.vars?.what)).toContain('the file checker did not load');
  });
});
