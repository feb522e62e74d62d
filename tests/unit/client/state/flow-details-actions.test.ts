// A talent flow's details are read through GET /api/flows/:id/details (a stand-in here), never through the user's
// rate-limited Cypher endpoint: the flow view's own list of people is asked for (in parts when long), and the
// answer's people, stints and sources are what the panel shows.
import { describe, expect, it, vi } from 'vitest';
import type { FlowDetailsResponse } from '../../../../model/flow-response.js';
import { MAX_FLOW_DETAILS_PEOPLE, MAX_FLOW_DETAILS_REPORTS } from '../../../../model/api-limits.js';
import type { MoveWindow } from '../../../../model/flows-api.js';
import { createActions } from '../../../../client/state/actions.js';
import { flowDetailsQuery } from '../../../../client/state/details-actions.js';
import { initialState } from '../../../../client/state/app-state.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { addToScene, EMPTY_SCENE } from '../../../../client/state/scene.js';
import { edge, node } from '../fixtures.js';
import { fakeApi, flowOf, flowPerson, flowsAnswer } from '../answers.js';

const FLOW = 'flow:org:meta->org:xai';
const SOURCE = 'source:rosa-2025-08-29-musk-meta-talent';

function setup(o: { implied?: boolean } = {}) {
  const asked: {
    id: string;
    people: string[] | undefined;
    divisions?: boolean;
    reports?: string[];
    window?: MoveWindow;
  }[] = [];
  const cypher = vi.fn(async () => {
    throw new Error('the details panel must not send Cypher');
  });
  const api = fakeApi({
    cypher,
    flows: async () =>
      flowsAnswer({
        flows: [
          flowOf(FLOW, [
            flowPerson({
              id: 'person:xinlei-chen',
              certainty: o.implied ? 'implied' : 'stated',
              // The view's own mark (of its window), told apart from the details answer's (all time).
              impliedBy: o.implied ? ['fact:in-the-window'] : [],
            }),
          ]),
        ],
        graph: {
          nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')],
          edges: [
            edge(FLOW, 'TALENT_FLOW', 'org:meta', 'org:xai', {
              count: 1,
              ...(o.implied ? { statedCount: 0, impliedCount: 1 } : {}),
            }),
          ],
        },
      }),
    flowDetails: async (id, people, divisions, reports, window): Promise<FlowDetailsResponse> => {
      asked.push({
        id,
        people,
        ...(divisions ? { divisions } : {}),
        ...(reports ? { reports } : {}),
        ...(window ? { window } : {}),
      });
      const who = people ?? ['person:xinlei-chen'];
      return {
        flow: edge(id, 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 1 }),
        people: who,
        // All time: with `implied`, each listed person joined xAI by an implied fact only.
        implied: o.implied ? Object.fromEntries(who.map((p) => [p, [`fact:${p}-joined-xai`]])) : {},
        graph: {
          nodes: [
            node('org:meta', 'Organization'),
            node('org:xai', 'Organization'),
            ...who.map((p) => node(p, 'Person')),
          ],
          edges: who.map((p) =>
            edge(`fact:${p}-joined-xai`, 'WORKED_AT', p, 'org:xai', { evidence: 'quote', sources: [SOURCE] }),
          ),
        },
        sources: [node(SOURCE, 'Source', { title: 'The article' })],
      };
    },
  });
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions, asked, cypher };
}

describe('a talent flow’s details', () => {
  it('asks the flow-details endpoint for the flow view’s people and shows its stints and sources', async () => {
    const { store, actions, asked, cypher } = setup();
    actions.setMode('flows');
    await actions.loadFlows();
    // The flow view draws a flow's parts as edges of their own ids (#implied, #reported): any opens the flow.
    const drawn = store.get().flowData!.edges.map((e) => e.id);
    expect(drawn.every((id) => id.startsWith(FLOW))).toBe(true);
    actions.details.selectEdge(drawn[0]!);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    // With the reports the view counts (none in this answer): the details quote those alone.
    expect(asked).toEqual([{ id: FLOW, people: ['person:xinlei-chen'], reports: [] }]);
    expect(cypher).not.toHaveBeenCalled();
    const details = store.get().details!;
    expect(details.flowPeople).toEqual({ [FLOW]: ['person:xinlei-chen'] });
    // With the reports the view counts (its answer's), which the details quote alone.
    expect(details.flowReports).toEqual({ [FLOW]: store.get().flowReports[FLOW] });
    expect(details.graph!.edges.map((e) => e.id)).toContain('fact:person:xinlei-chen-joined-xai');
    expect(store.get().sources[SOURCE]?.properties.title).toBe('The article');
  });

  it('asks for the flow’s details in the view it is shown in: by division, its own moves only', async () => {
    const { store, actions, asked } = setup();
    actions.setMode('flows');
    actions.setFlowDivisions(true);
    await vi.waitFor(() => expect(store.get().flowData?.edges.length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked).toEqual([{ id: FLOW, people: ['person:xinlei-chen'], divisions: true, reports: [] }]);
    actions.setFlowDivisions(false);
    await vi.waitFor(() => expect(store.get().flowData?.edges.length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked[1]).toEqual({ id: FLOW, people: ['person:xinlei-chen'], reports: [] });
  });

  it('opens a flow by its id when only its implied part is drawn (a link’s selection)', async () => {
    const { store, actions, asked } = setup({ implied: true });
    actions.setMode('flows');
    await actions.loadFlows();
    expect(store.get().flowData!.edges.map((e) => e.id)).toEqual([`${FLOW}#implied`]);
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked).toEqual([{ id: FLOW, people: ['person:xinlei-chen'], reports: [] }]);
    expect(store.get().details!.graph!.edges.map((e) => e.id)).toContain(`${FLOW}#implied`);
    // The part drawn is what is selected now (highlighted, and named by a link copied from here).
    expect(store.get().selection).toEqual({ kind: 'edge', id: `${FLOW}#implied` });
  });

  it('opens a flow by its id in the network too, where a whole flow entered as its implied part', async () => {
    const { store, actions, asked } = setup({ implied: true });
    // A Cypher result's flow (no stated move): the scene holds its implied part only.
    store.set({
      scene: addToScene(EMPTY_SCENE, {
        nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')],
        edges: [
          edge(FLOW, 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 1, statedCount: 0, impliedCount: 1 }),
        ],
      }),
    });
    expect(Object.keys(store.get().scene.edges)).toEqual([`${FLOW}#implied`]);
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked.map((a) => a.id)).toEqual([FLOW]);
    expect(store.get().selection).toEqual({ kind: 'edge', id: `${FLOW}#implied` });
    // No flow view marked anyone: the answer says whose move is implied, and by which fact.
    expect(store.get().details!.flowImplied).toEqual({
      [FLOW]: { 'person:xinlei-chen': ['fact:person:xinlei-chen-joined-xai'] },
    });
    // Its Cypher is the stored flow's (the part's id names no relationship).
    expect(actions.scene.edgeQuery(`${FLOW}#implied`).params).toEqual({
      id: FLOW,
      internal: ['TALENT_FLOW_STAGED'],
    });
  });

  it('marks the flow view’s list with the view’s marks of that moment, not a later window’s', async () => {
    const { store, actions } = setup({ implied: true });
    actions.setMode('flows');
    await actions.loadFlows();
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    // The view's marks, not the answer's (fact:person:xinlei-chen-joined-xai, all time).
    const marks = { [FLOW]: { 'person:xinlei-chen': ['fact:in-the-window'] } };
    expect(store.get().details!.flowImplied).toEqual(marks);
    // A later answer of the view (another window) marks no one: the open details keep the list's own marks.
    store.set({ flowImplied: { [FLOW]: {} } });
    expect(store.get().details!.flowImplied).toEqual(marks);
  });

  it('asks for a long list of people in parts the endpoint accepts, and lists them all', async () => {
    const { store, actions, asked } = setup();
    actions.setMode('flows');
    await actions.loadFlows();
    const many = Array.from({ length: MAX_FLOW_DETAILS_PEOPLE * 2 + 5 }, (_, i) => `person:p${i}`);
    store.set({ flowPeople: { [FLOW]: many } });
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked.map((a) => a.people?.length)).toEqual([MAX_FLOW_DETAILS_PEOPLE, MAX_FLOW_DETAILS_PEOPLE, 5]);
    expect(asked.flatMap((a) => a.people)).toEqual(many);
    // The view's reports (none here) are named in each part: none is quoted beyond them.
    expect(asked.map((a) => a.reports)).toEqual([[], [], []]);
    expect(store.get().details!.flowPeople![FLOW]).toEqual(many);
    expect(store.get().details!.graph!.edges.filter((e) => e.type === 'WORKED_AT')).toHaveLength(many.length);
  });

  it('asks for a time window’s long list of reports in parts, each part naming its slice and no one past the list', async () => {
    const { store, actions, asked } = setup();
    actions.setMode('flows');
    await actions.loadFlows();
    const reports = Array.from({ length: MAX_FLOW_DETAILS_REPORTS + 3 }, (_, i) => `event:e${i}`);
    store.set({ flowReports: { [FLOW]: reports } });
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked.map((a) => a.reports?.length)).toEqual([MAX_FLOW_DETAILS_REPORTS, 3]);
    expect(asked.flatMap((a) => a.reports)).toEqual(reports);
    // The view's one person is listed by the first part; the second lists no one (an empty list, not the first).
    expect(asked.map((a) => a.people)).toEqual([['person:xinlei-chen'], []]);
    expect(store.get().details!.flowPeople![FLOW]).toEqual(['person:xinlei-chen']);
    expect(store.get().details!.flowReports).toEqual({ [FLOW]: reports });
  });

  it('asks for the moves of the time window the view counts the flow in, and keeps it for Show Cypher', async () => {
    const { store, actions, asked } = setup();
    actions.setMode('flows');
    store.set((s) => ({ time: { ...s.time, enabled: true, window: { from: '2022', to: '2022' } } }));
    await actions.loadFlows();
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    const window = { since: '2022', until: '2022' };
    expect(asked).toEqual([{ id: FLOW, people: ['person:xinlei-chen'], reports: [], window }]);
    const details = store.get().details!;
    expect(details.flowDetailsWindow).toEqual(window);
    // The details' "Show Cypher" asks for the same window's moves.
    const q = flowDetailsQuery(FLOW, 'org:meta', 'org:xai', [], false, null, details.flowDetailsWindow);
    expect(q.params).toMatchObject({ since: '2022', until: '2022' });
  });

  it('asks for every move without a time window, and in the network', async () => {
    const { store, actions, asked } = setup();
    actions.setMode('flows');
    await actions.loadFlows();
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked[0]!.window).toBeUndefined();
    expect(store.get().details!.flowDetailsWindow).toBeUndefined();
    expect(flowDetailsQuery(FLOW, 'org:meta', 'org:xai', [], false).params).toMatchObject({
      since: null,
      until: null,
    });
  });

  it('quotes every report behind the flow in the network, where no view narrowed them', async () => {
    const { store, actions, asked } = setup();
    store.set({
      scene: addToScene(EMPTY_SCENE, {
        nodes: [node('org:meta', 'Organization'), node('org:xai', 'Organization')],
        edges: [edge(FLOW, 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 1 })],
      }),
    });
    actions.details.selectEdge(FLOW);
    await vi.waitFor(() => expect(store.get().details?.status).toBe('ready'), { timeout: 10_000 });
    expect(asked).toEqual([{ id: FLOW, people: undefined }]);
    expect(store.get().details!.flowReports).toBeUndefined();
  });
});
