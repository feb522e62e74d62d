// A link always fits the address budget (a longer one fails to open at all, with an HTTP error and no note): every
// part that can grow is cut to fit, in the order that keeps most of the view, and the note names what was left out.
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import { DEFAULT_URL_BUDGET, type UrlView } from '../../../../client/state/url.js';

/** A node id as Neo4j's elementId writes it on a database that is not ours (about 55 characters in a link). */
const foreign = (i: number) => `neo4j:4:0f8e1c52-3a6b-4d7e-9f10-2b3c4d5e6f70:${i}`;
const range = (n: number, id: (i: number) => string) => Array.from({ length: n }, (_, i) => id(i));

describe('a link within the address budget', () => {
  it('cuts the multi-selection (a lasso over a foreign graph) before the nodes, and stays within the budget', () => {
    const nodes = range(400, foreign);
    const link = encodeView({ mode: 'network', lang: 'en', nodes, multiSelection: nodes });
    expect(link.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    const { view, issues } = decodeLink(link);
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['multiSelection', 'nodes'] }]);
    // Nodes are cut only once the selection is gone: it never holds them out of the link.
    expect(view.multiSelection).toBeUndefined();
    expect(view.nodes!.length).toBeGreaterThan(100);
    expect(view.nodes).toEqual(nodes.slice(0, view.nodes!.length));
  });

  it('keeps every node while cutting the multi-selection is enough', () => {
    const nodes = range(150, foreign);
    const link = encodeView({ mode: 'network', lang: 'en', nodes, multiSelection: nodes });
    expect(link.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    const { view, issues } = decodeLink(link);
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['multiSelection'] }]);
    expect(view.nodes).toEqual(nodes);
    expect(view.multiSelection!.length).toBeGreaterThan(0);
    expect(view.multiSelection).toEqual(nodes.slice(0, view.multiSelection!.length));
  });

  it('keeps the hidden relationships among the nodes it keeps, when it cuts nodes for length', () => {
    const nodes = range(500, (i) => `person:someone-${i}`);
    const rels = range(30, (i) => `fact:hidden-${i}`);
    const hidden = [nodes[0]!, ...rels, ...nodes.slice(400, 450)];
    const { view, issues } = decodeLink(encodeView({ mode: 'network', lang: 'en', nodes, hidden }, 6_000));
    expect(view.nodes!.length).toBeLessThan(nodes.length);
    // Without its fact list every fact among the kept nodes reopens: a hidden one left out would be drawn again.
    const kept = view.hidden ?? [];
    const said = issues.some((i) => i.kind === 'trimmed' && i.parts.includes('hidden'));
    expect(said || rels.every((id) => kept.includes(id))).toBe(true);
    expect(kept).toEqual(expect.arrayContaining([nodes[0], ...rels]));
  });

  it('says hidden items are shown again when they leave no room for the nodes, and gives the nodes back', () => {
    const nodes = range(50, foreign);
    const hidden = range(400, (i) => `${foreign(i)}-rel`);
    const link = encodeView({ mode: 'network', lang: 'en', nodes, hidden });
    expect(link.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    const { view, issues } = decodeLink(link);
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['nodes', 'hidden'] }]);
    expect(view.hidden!.length).toBeGreaterThan(0);
    // The nodes the hidden relationships pushed out come back as far as they fit once those are cut: not one node.
    expect(view.nodes!.length).toBeGreaterThan(10);
    expect(view.nodes).toEqual(nodes.slice(0, view.nodes!.length));
  });

  it('cuts hidden items and hidden sources of a query view to fit, and says their facts show again', () => {
    const hidden = range(400, foreign);
    const query = encodeView({ mode: 'network', lang: 'en', query: 'MATCH (n) RETURN n', hidden });
    expect(query.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    expect(decodeLink(query).issues).toEqual([{ kind: 'trimmed', parts: ['hidden'] }]);
    const hiddenSources = range(1_000, (i) => `source:a-report-with-a-long-identifier-${i}`);
    const sources = encodeView({ mode: 'network', lang: 'en', query: 'MATCH (n) RETURN n', hiddenSources });
    expect(sources.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    const { view, issues } = decodeLink(sources);
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['hiddenSources'] }]);
    expect(view.query).toBe('MATCH (n) RETURN n');
    expect(view.hiddenSources).toEqual(hiddenSources.slice(0, view.hiddenSources!.length));
  });

  it('links no view rather than one too long to open, and says so in the link’s language', () => {
    const hiddenLabels = range(2_000, (i) => `A label of a foreign graph ${i}`);
    const v: UrlView = { mode: 'flows', lang: 'ar', theme: 'dark', nodes: ['org:meta'], hiddenLabels };
    const link = encodeView(v);
    expect(link.length).toBeLessThanOrEqual(DEFAULT_URL_BUDGET);
    expect(decodeLink(link)).toEqual({
      view: { lang: 'ar', theme: 'dark' },
      version: 2,
      issues: [{ kind: 'trimmed', parts: ['view'] }],
    });
  });
});
