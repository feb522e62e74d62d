// A link carries how the view is looked at, not only what it holds: the camera (with a held frame), pins, the table
// view, the Flows tab's own positions, the multi-selection and the source reader — written, read back, put back on
// reopening, bounded like the rest of a link, and a bad value said in a note, never a crash.
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../../client/state/actions.js';
import { initialState, type AppState } from '../../../../client/state/app-state.js';
import { flowGraph } from '../../../../client/state/flows.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { MAX_URL_NODES, type UrlView } from '../../../../client/state/url.js';
import { linkIssueTexts } from '../../../../client/state/chips.js';
import { articleGraph, edge } from '../fixtures.js';
import { flowsAnswer } from '../answers.js';
import { setup } from './link-setup.js';

const base = (patch: Partial<AppState> = {}) =>
  initialState({ scene: sceneFromGraph(articleGraph()), addressHold: null, ...patch });
const at = (list: [string, number, number, boolean?][]) =>
  new Map(list.map(([id, x, y, pinned]) => [id, { x, y, ...(pinned ? { pinned } : {}) }]));
const SOURCE = 'source:rosa-2025-08-29-musk-meta-talent';
const FACT = 'fact:xinlei-chen-left-meta';

describe('what a link carries of how the view is looked at', () => {
  it('tells the table view from the drawing', () => {
    const drawn = encodeView(viewOf(base({ tableView: false })));
    const table = encodeView(viewOf(base({ tableView: true })));
    expect(table).not.toBe(drawn);
    expect(decodeLink(table).view.tableView).toBe(true);
    expect(decodeLink(drawn).view.tableView).toBeUndefined();
  });

  it('carries the Flows tab’s own positions and pins, by their own ids', () => {
    const g = articleGraph();
    const flows = flowGraph({
      nodes: g.nodes,
      edges: [
        edge('flow:org:meta->org:xai', 'TALENT_FLOW', 'org:meta', 'org:xai', { count: 4, statedCount: 4 }),
      ],
    });
    const s = base({ mode: 'flows', flowData: flows });
    const view = viewOf(
      s,
      at([
        ['org:meta', 123, -45, true],
        ['org:xai', 9, 9],
      ]),
    );
    const back = decodeLink(encodeView(view)).view;
    expect(back.positions).toEqual({ 'org:meta': { x: 123, y: -45 }, 'org:xai': { x: 9, y: 9 } });
    expect(back.pinned).toEqual(['org:meta']);
  });

  it('carries the open source reader, with its quote', () => {
    const reader = { status: 'ready' as const, sourceId: SOURCE, factId: FACT, source: null, holder: null };
    const link = encodeView(viewOf(base({ reader })));
    expect(link).not.toBe(encodeView(viewOf(base())));
    expect(decodeLink(link).view.reader).toEqual({ source: SOURCE, fact: FACT });
    const noQuote = encodeView(viewOf(base({ reader: { ...reader, factId: null } })));
    expect(decodeLink(noQuote).view.reader).toEqual({ source: SOURCE });
  });

  it('carries the camera over the positions, with the frame it was held on, and the multi-selection', () => {
    const s = base({ multiSelection: ['person:xinlei-chen', 'org:meta'] });
    const camera = {
      x: 0.61234567,
      y: 0.4,
      ratio: 0.2345678,
      frame: { x: [-10.123, 50] as [number, number], y: [0, 20] as [number, number] },
    };
    const view = viewOf(
      s,
      at([
        ['org:meta', 1, 2],
        ['org:xai', 3, 4, true],
      ]),
      camera,
    );
    const { view: back, issues } = decodeLink(encodeView(view));
    expect(back.camera).toEqual({
      x: 0.61235,
      y: 0.4,
      ratio: 0.23457,
      frame: { x: [-10.12, 50], y: [0, 20] },
    });
    expect(back.pinned).toEqual(['org:xai']);
    expect(back.multiSelection).toEqual(['person:xinlei-chen', 'org:meta']);
    expect(issues).toEqual([]);
    // No positions, no camera: over a layout made afresh it would look at nothing in particular.
    expect(decodeLink(encodeView(viewOf(s, undefined, camera))).view.camera).toBeUndefined();
  });

  it('leaves the pins and camera out with the positions when the link is too long, and says so', () => {
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes: ['org:meta', 'org:xai'],
      positions: { 'org:meta': { x: 1, y: 2 }, 'org:xai': { x: 3, y: 4 } },
      pinned: ['org:meta'],
      camera: { x: 0.5, y: 0.5, ratio: 0.3 },
      editorText: 'x'.repeat(300),
    };
    // Room for the positions' absence to be said (trim=positions+editor), none for them.
    const budget =
      encodeView({
        ...view,
        editorText: undefined,
        positions: undefined,
        camera: undefined,
        pinned: undefined,
      }).length + 30;
    const { view: back, issues } = decodeLink(encodeView(view, budget));
    expect(back.positions).toBeUndefined();
    expect(back.camera).toBeUndefined();
    expect(back.pinned).toBeUndefined();
    expect(issues).toContainEqual({ kind: 'trimmed', parts: ['positions', 'editor'] });
  });

  it('keeps at most 400 selected nodes and says it left some out, in English and Arabic', () => {
    const many = Array.from({ length: MAX_URL_NODES + 10 }, (_, i) => `person:p${i}`);
    const { view, issues } = decodeLink(encodeView({ mode: 'network', lang: 'en', multiSelection: many }));
    expect(view.multiSelection).toHaveLength(MAX_URL_NODES);
    expect(issues).toContainEqual({ kind: 'trimmed', parts: ['multiSelection'] });
    expect(linkIssueTexts(issues, 'en').join(' ')).toContain('some of the selected nodes');
    expect(linkIssueTexts(issues, 'ar').join(' ')).toContain('بعض العقد المحدّدة');
  });

  it('names a bad camera, table view or reader in the note and opens the rest', () => {
    for (const cam of ['0.5,0.5', '0.5,0.5,0', '0.5,0.5,999', 'a,b,c', '0.5,0.5,1,5,1,0,1', '1e400,0,1']) {
      const { view, issues } = decodeLink(`?v=2&n=org:meta&cam=${encodeURIComponent(cam)}&tv=1`);
      expect(view.camera, cam).toBeUndefined();
      expect(view.tableView).toBe(true);
      expect(issues, cam).toEqual([{ kind: 'unreadable', parts: ['camera'] }]);
    }
    const bad = decodeLink('?v=2&n=org:meta&tv=yes&rs=%01&ms=%01');
    expect(bad.view).toEqual({ nodes: ['org:meta'] });
    expect(bad.issues).toEqual([{ kind: 'unreadable', parts: ['table', 'selection', 'reader'] }]);
    expect(linkIssueTexts(bad.issues, 'en')).toEqual([
      'Parts of this link could not be read and were left at their defaults: table view, selection, source reader.',
    ]);
    expect(linkIssueTexts(bad.issues, 'ar')[0]).toContain('العرض الجدولي');
    const quote = decodeLink(`?v=2&rs=${SOURCE}&rf=%01`);
    expect(quote.view.reader).toEqual({ source: SOURCE });
    expect(quote.issues).toEqual([{ kind: 'unreadable', parts: ['reader'] }]);
  });

  it('opens an older link without these parts as before', () => {
    const { view, issues } = decodeLink('?v=2&n=org:meta&n=org:xai&p=1,2;3,4');
    expect(view).toEqual({
      nodes: ['org:meta', 'org:xai'],
      positions: { 'org:meta': { x: 1, y: 2 }, 'org:xai': { x: 3, y: 4 } },
    });
    expect(issues).toEqual([]);
  });
});

describe('reopening how the view was looked at', () => {
  it('asks the canvas for the positions, pins and camera, and opens the table, multi-selection and reader', async () => {
    const asked: string[] = [];
    const { store, actions } = setup(undefined, {
      source: async (id) => {
        asked.push(id);
        throw new Error('not read in this test');
      },
    });
    const camera = { x: 0.7, y: 0.3, ratio: 0.25 };
    await actions.init({
      nodes: ['org:meta', 'org:xai', 'person:xinlei-chen'],
      positions: { 'org:meta': { x: 1, y: 2 }, 'org:xai': { x: 3, y: 4 } },
      pinned: ['org:xai'],
      camera,
      tableView: true,
      multiSelection: ['org:xai', 'person:nobody', 'org:meta'],
      reader: { source: SOURCE, fact: FACT },
    });
    const s = store.get();
    expect(s.positionsRequest).toMatchObject({ kind: 'network', pinned: ['org:xai'], camera });
    expect(s.tableView).toBe(true);
    // A node the scene does not draw is not selected, and that is said.
    expect(s.multiSelection).toEqual(['org:xai', 'org:meta']);
    expect(asked).toEqual([SOURCE]);
    expect(s.reader).toMatchObject({ sourceId: SOURCE, factId: FACT });
    expect(s.linkIssues).toEqual([{ kind: 'missingSelected', missing: 1, total: 3 }]);
  });

  it('opens an older link without them as before: its positions framed whole, no table, no reader', async () => {
    const { store, actions } = setup();
    await actions.init({ nodes: ['org:meta', 'org:xai'], positions: { 'org:meta': { x: 1, y: 2 } } });
    const s = store.get();
    expect(s.positionsRequest).toMatchObject({ kind: 'network', positions: { 'org:meta': { x: 1, y: 2 } } });
    expect(s.positionsRequest?.camera).toBeUndefined();
    expect(s.positionsRequest?.pinned).toBeUndefined();
    expect(s.tableView).toBe(false);
    expect(s.multiSelection).toEqual([]);
    expect(s.reader).toBeNull();
  });

  it('puts the Flows tab’s positions on the flow view once its flows are in', async () => {
    let flowsReady = false;
    const { store, actions } = setup(undefined, {
      flows: async () => {
        await Promise.resolve();
        flowsReady = true;
        return flowsAnswer();
      },
    });
    const requests: string[] = [];
    store.subscribe((s, prev) => {
      if (s.positionsRequest !== prev.positionsRequest)
        requests.push(`${s.positionsRequest?.kind} ${flowsReady}`);
    });
    await actions.init({
      mode: 'flows',
      nodes: ['org:meta', 'org:xai'],
      positions: { 'org:meta': { x: 5, y: 6 } },
      camera: { x: 0.5, y: 0.5, ratio: 0.4 },
    });
    expect(requests).toEqual(['flows true']);
    expect(store.get().positionsRequest).toMatchObject({
      kind: 'flows',
      positions: { 'org:meta': { x: 5, y: 6 } },
      camera: { x: 0.5, y: 0.5, ratio: 0.4 },
    });
  });
});
