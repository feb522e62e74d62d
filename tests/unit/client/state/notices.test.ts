// Which notice shows over which view (client/state/notice.ts shownNotice), through the actions that set them,
// against a stand-in for the HTTP API: a query that draws nothing says so over the network and the timeline, not over
// the flows (it once stayed over the flow view of a database whose story is empty) nor the dashboard, and again on
// returning; an expansion or a node that failed says so in the dashboard too (its details column expands and adds
// nodes); the flows' own notices show over the flows only, and a successful load clears an earlier one (not a failed
// load the user had already replaced), and how many flows are drawn of how many outlives a notice that could not be
// shown; a notice about no view in particular shows everywhere.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../client/api/api.js';
import { t } from '../../../../client/i18n/i18n.js';
import { createActions } from '../../../../client/state/actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { noticeText, shownNotice, type Notice } from '../../../../client/state/notice.js';
import type { GalleryQuery } from '../../../../client/state/gallery.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import type { Mode } from '../../../../client/state/url.js';
import { edge, node } from '../fixtures.js';
import { cypherAnswer, fakeApi, flowOf, flowsAnswer } from '../answers.js';

const MODES: Mode[] = ['network', 'timeline', 'flows', 'dashboard'];

/** The modes in which the store's notice is shown. */
function shownIn(notice: Notice | null): Mode[] {
  return MODES.filter((mode) => shownNotice({ notice, mode }) !== null);
}

const EMPTY_QUERY: GalleryQuery = {
  id: 'nothing',
  title: { en: 'Nothing', ar: 'لا شيء' },
  query: 'MATCH (n:Nobody) RETURN n',
  view: 'graph',
};

/** `flowsFail`: the first load of the flows fails, later ones succeed (a retry). */
function setup(opts: { flowsFail?: boolean; moreFlows?: number } = {}) {
  let flowFailures = opts.flowsFail ? 1 : 0;
  const api = fakeApi({
    neighbors: async () => {
      throw new Error('the database did not answer');
    },
    node: async () => {
      throw new Error('the database did not answer');
    },
    cypher: async () => cypherAnswer({ nodes: [], edges: [] }),
    flows: async () => {
      if (flowFailures-- > 0) throw new Error('the database did not answer');
      const flow = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', { count: 2 });
      return flowsAnswer({
        flows: [flowOf(flow.id)],
        more: opts.moreFlows ?? 0,
        graph: {
          nodes: [node('org:a', 'Organization', { name: 'A' }), node('org:b', 'Organization', { name: 'B' })],
          edges: [flow],
        },
      });
    },
  });
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions };
}

describe('notices over the views', () => {
  it('says a query drew nothing over the network and the timeline, not over the flows, and again on returning', async () => {
    const { store, actions } = setup();
    await actions.scene.openQuery(EMPTY_QUERY);
    expect(store.get().notice).toMatchObject({ key: 'emptyResult' });
    expect(shownIn(store.get().notice)).toEqual(['network', 'timeline']);

    actions.setMode('flows');
    await new Promise((r) => setTimeout(r, 0));
    expect(shownNotice(store.get())).toBeNull();
    actions.setMode('network');
    expect(shownNotice(store.get())).toMatchObject({ key: 'emptyResult' });
  });

  it('shows the flows’ own notices (more flows than drawn, a failed load) over the flows only', async () => {
    const more = setup({ moreFlows: 7 });
    more.actions.setMode('flows');
    await more.actions.loadFlows();
    expect(more.store.get().notice).toMatchObject({ key: 'flowsMore', vars: { shown: 1, total: 8 } });
    expect(shownIn(more.store.get().notice)).toEqual(['flows']);

    expect(more.store.get().flowCount).toEqual({ shown: 1, total: 8 });

    const failed = setup({ flowsFail: true });
    await failed.actions.loadFlows();
    expect(failed.store.get().notice).toMatchObject({ kind: 'error', key: 'failed' });
    expect(shownIn(failed.store.get().notice)).toEqual(['flows']);
    // What failed is named in the language shown, also after the user switched language.
    const notice = failed.store.get().notice!;
    expect(noticeText(notice, 'en')).toMatch(/^Talent flows failed: /);
    expect(noticeText(notice, 'ar')).toContain(t('ar', 'modeFlows'));
    expect(noticeText(notice, 'ar')).not.toContain('Talent flows');
  });

  it('keeps how many flows are drawn of how many for the flow view when their answer comes after the user left it', async () => {
    const { store, actions } = setup({ moreFlows: 7 });
    actions.setMode('flows');
    actions.setMode('network');
    store.set({ notice: { kind: 'info', key: 'emptyResult', about: 'scene' } });
    await actions.loadFlows();
    // The network's notice stays (one slot); the count waits for the flow view's caption.
    expect(store.get().notice).toMatchObject({ key: 'emptyResult' });
    expect(store.get().flowCount).toEqual({ shown: 1, total: 8 });

    const all = setup();
    await all.actions.loadFlows();
    expect(all.store.get().flowCount).toBeNull();

    // A window's page ranked by all-time size (flows derived without move dates) with no move in it, flows beyond the
    // limit unread: the caption says they were not read (a count of 0 shown), and no notice claims flows are shown.
    const unread = fakeApi({ flows: async () => flowsAnswer({ flows: [], more: 5, estimated: true }) });
    const empty = createStore(initialState({ mode: 'flows' }));
    const emptyActions = createActions({ store: empty, api: unread, memory: createQueryMemory(undefined) });
    emptyActions.time.setEnabled(true);
    await emptyActions.loadFlows();
    expect(empty.get().flowCount).toEqual({ shown: 0, total: 5 });
    expect(empty.get().notice).toBeNull();
    expect(empty.get().flowScope).toBe('estimated');
  });

  it('reloads the flows on returning to them when the time window changed in another view, and says the window’s count', async () => {
    const asked: (string | undefined)[] = [];
    const flow = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', { count: 2 });
    const api = fakeApi({
      flows: async (o) => {
        asked.push(o?.until);
        return flowsAnswer({
          flows: [flowOf(flow.id)],
          more: 3,
          // Only the window's answer is estimated (the flows of the database lack move dates).
          estimated: o?.until !== undefined,
          graph: {
            nodes: [
              node('org:a', 'Organization', { name: 'A' }),
              node('org:b', 'Organization', { name: 'B' }),
            ],
            edges: [flow],
          },
        });
      },
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.setMode('flows');
    await new Promise((r) => setTimeout(r, 0));
    actions.setMode('network');
    actions.time.setEnabled(true);
    actions.time.setWindow({ from: null, to: '2020' });
    actions.setMode('flows');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([undefined, '2020']);
    expect(store.get().flowCount).toEqual({ shown: 1, total: 4 });
    expect(store.get().flowScope).toBe('estimated');
    expect(noticeText(store.get().notice!, 'en')).toMatch(/^1 of up to 4 talent flows in this window/);
    // Back again with nothing changed: the flows held are the window's; no new request.
    actions.setMode('network');
    actions.setMode('flows');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(2);
  });

  it('says a window’s flows are counted and ranked in the window when the server counted them there', async () => {
    const flow = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', { count: 2 });
    const api = fakeApi({
      flows: async () =>
        flowsAnswer({
          flows: [flowOf(flow.id)],
          more: 3,
          estimated: false,
          graph: { nodes: [node('org:a', 'Organization'), node('org:b', 'Organization')], edges: [flow] },
        }),
    });
    const store = createStore(initialState({ mode: 'flows' }));
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.time.setEnabled(true);
    await actions.loadFlows();
    expect(store.get().flowScope).toBe('window');
    expect(store.get().flowCount).toEqual({ shown: 1, total: 4 });
    expect(noticeText(store.get().notice!, 'en')).toBe(
      '1 of 4 talent flows in this window are loaded, the largest in it first; narrow the window or search to see others.',
    );
    expect(noticeText(store.get().notice!, 'ar')).not.toContain('على الأكثر');
  });

  it('says an expansion or an added node failed wherever the details column is, not over the flows', async () => {
    const { store, actions } = setup();
    store.set({ mode: 'dashboard' });
    await actions.scene.expand('org:meta');
    expect(shownNotice(store.get())).toMatchObject({ kind: 'error', key: 'failed' });
    store.set({ notice: null });
    expect(await actions.scene.addNode('person:nobody')).toBe(false);
    expect(shownNotice(store.get())).toMatchObject({ kind: 'error', key: 'failed' });
    expect(shownIn(store.get().notice)).toEqual(['network', 'timeline', 'dashboard']);
  });

  it('says in the UI language that a node to add does not exist, its id as written and isolated', async () => {
    const api = fakeApi({
      node: async (id) => {
        throw new ApiError(404, 'NOT_FOUND', `No node with id '${id}'.`);
      },
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    expect(await actions.scene.addNode('person:nobody')).toBe(false);
    const notice = store.get().notice!;
    expect(notice).toMatchObject({ kind: 'error', about: 'nodes' });
    expect(noticeText(notice, 'en')).toBe('No node with id \u2068person:nobody\u2069.');
    expect(noticeText(notice, 'ar')).toBe('لا توجد عقدة بالمعرّف \u2068person:nobody\u2069.');
  });

  it('says nothing of a failed flows load the user had already replaced by another', async () => {
    // The first request (all time) fails after the second (divisions) has answered.
    let failFirst: (err: Error) => void = () => {};
    const api = fakeApi({
      flows: (o) =>
        o?.divisions
          ? Promise.resolve(flowsAnswer())
          : new Promise((_resolve, reject) => {
              failFirst = reject;
            }),
    });
    const store = createStore(initialState({ mode: 'flows' }));
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    const first = actions.loadFlows();
    actions.setFlowDivisions(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.get().flowStatus).toBe('ready');
    failFirst(new Error('the database did not answer'));
    await first;
    expect(store.get().flowStatus).toBe('ready');
    expect(store.get().notice).toBeNull();
  });

  it('clears a failed load’s notice over the flows when a later load succeeds', async () => {
    const { store, actions } = setup({ flowsFail: true });
    store.set({ mode: 'flows' });
    await actions.loadFlows();
    expect(shownNotice(store.get())).toMatchObject({ kind: 'error', key: 'failed' });
    await actions.loadFlows();
    expect(store.get().flowStatus).toBe('ready');
    expect(store.get().notice).toBeNull();
  });

  it('shows a notice about no view in particular over every view', () => {
    const notice: Notice = { kind: 'info', key: 'emptyResult' };
    expect(shownIn(notice)).toEqual(MODES);
    expect(shownIn(null)).toEqual([]);
  });
});
