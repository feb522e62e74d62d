// The ids a link carries: every id the app gives out (the server keeps a relationship's own id between our nodes
// whatever it is: a stint written by hand 'hand:1', 'stint-5', '1'), written and read by one rule; an id that cannot
// be read drops alone, said with a count, never the list it is in.
import { describe, expect, it } from 'vitest';
import { viewOf } from '../../../../client/state/actions.js';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { isLinkId, MAX_LINK_ID_LENGTH } from '../../../../client/state/url-ids.js';
import type { UrlView } from '../../../../client/state/url.js';
import type { GraphData } from '../../../../model/graph.js';
import { handWritten, node } from '../fixtures.js';
import { among, answer, setup } from './link-setup.js';

/** Ids the server gives relationships between our nodes (server/db/convert.ts relAppIdOf); made up for the tests. */
const HAND_IDS = ['hand:1', 'stint-5', '1', 'x#y', '<b>'];

describe('ids in a link', () => {
  it('round-trips every id the app gives out, in every list and as the selection and path', () => {
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes: ['person:x', 'org:y'],
      edges: HAND_IDS,
      hidden: ['org:y', 'stint-5'],
      hiddenSources: ['a report', '7'],
      selectedEdge: 'hand:1',
      path: { from: 'person:x', to: 'org:y', edges: ['1'] },
    };
    const { view: back, issues } = decodeLink(encodeView(view));
    expect(issues).toEqual([]);
    expect({ ...back, mode: 'network', lang: 'en' }).toEqual(view);
    expect(decodeLink(encodeView({ mode: 'network', lang: 'en', selected: '42' })).view.selected).toBe('42');
  });

  it('drops only the ids it cannot read, keeps the rest of each list and says how many it dropped', () => {
    const long = `fact:${'x'.repeat(MAX_LINK_ID_LENGTH)}`;
    // A control character and a broken escape in the facts, an over-long id among the hidden ones.
    const { view, issues } = decodeLink(
      `?v=2&n=org:meta&n=org:xai&e=fact:a%20fact:%2501b%20fact:%25zz%20hand:1&h=org:xai%20${long}&hs=source:a`,
    );
    expect(view).toEqual({
      nodes: ['org:meta', 'org:xai'],
      edges: ['fact:a', 'hand:1'],
      hidden: ['org:xai'],
      hiddenSources: ['source:a'],
    });
    expect(issues).toEqual([{ kind: 'droppedIds', dropped: 3 }]);
  });

  it('writes no id the reader would refuse, and says how many of the view it left out', () => {
    const bad = ['fact:a\u0001b', `fact:${'x'.repeat(MAX_LINK_ID_LENGTH)}`];
    expect(bad.map(isLinkId)).toEqual([false, false]);
    const link = decodeLink(
      encodeView({
        mode: 'network',
        lang: 'en',
        nodes: ['org:meta'],
        edges: ['fact:a', ...bad],
        hidden: bad,
      }),
    );
    // The same two ids in two lists are two ids left out, not four.
    expect(link.issues).toEqual([{ kind: 'unwrittenIds', count: 2 }]);
    expect(link.view.edges).toEqual(['fact:a']);
    expect(link.view.hidden).toBeUndefined();
  });

  it('says so when a hidden source, the selection or the dashboard organisation could not be written', () => {
    const long = `source:${'x'.repeat(MAX_LINK_ID_LENGTH)}`;
    const base: UrlView = { mode: 'network', lang: 'en', nodes: ['org:meta'] };
    const issuesOf = (view: UrlView) => decodeLink(encodeView(view)).issues;
    expect(issuesOf({ ...base, hiddenSources: ['source:a', long] })).toEqual([
      { kind: 'unwrittenIds', count: 1 },
    ]);
    expect(decodeLink(encodeView({ ...base, hiddenSources: ['source:a', long] })).view.hiddenSources).toEqual(
      ['source:a'],
    );
    expect(issuesOf({ ...base, selected: 'person:\n' })).toEqual([{ kind: 'unwrittenIds', count: 1 }]);
    expect(issuesOf({ mode: 'dashboard', lang: 'en', dashboardOrg: long })).toEqual([
      { kind: 'unwrittenIds', count: 1 },
    ]);
    // Both ends of a path that cannot be written are two ids left out.
    expect(issuesOf({ ...base, path: { from: long, to: 'person:\u0007' } })).toEqual([
      { kind: 'unwrittenIds', count: 2 },
    ]);
    // A writable view says nothing; nor does a hand-edited count that is no count, as nothing is missing for it.
    expect(issuesOf({ ...base, hiddenSources: ['source:a'], selected: 'org:meta' })).toEqual([]);
    expect(decodeLink('?v=2&n=org:meta&xid=many').issues).toEqual([]);
  });

  it('reopens a scene with a hand-written relationship exactly: its facts, what was hidden, the selection', async () => {
    // A stint written by hand through Cypher ('hand:1'), and an implied fact among the same nodes the sender did not draw.
    const graph: GraphData = {
      nodes: [node('person:x', 'Person'), node('org:y', 'Organization'), node('org:z', 'Organization')],
      edges: [
        handWritten('hand:1', 'WORKED_AT', 'person:x', 'org:y'),
        handWritten('fact:implied-z', 'WORKED_AT', 'person:x', 'org:z', { certainty: 'implied' }),
      ],
    };
    const sender = setup(async (_q, p) => answer(among(graph, p?.ids)));
    sender.actions.scene.replaceWithGraph({ nodes: graph.nodes, edges: [graph.edges[0]!] }, null);
    sender.actions.scene.hide(['org:y']);
    sender.actions.details.selectEdge('hand:1');
    const link = decodeLink(encodeView(viewOf(sender.store.get())));
    const receiver = setup(async (_q, p) => answer(among(graph, p?.ids)));
    await receiver.actions.init(link.view, link.issues);
    const s = receiver.store.get();
    expect(Object.keys(s.scene.edges)).toEqual(['hand:1']);
    expect(s.scene.hidden).toEqual({ 'org:y': true });
    expect(s.selection).toEqual({ kind: 'edge', id: 'hand:1' });
    expect(s.linkIssues).toEqual([]);
  });
});
