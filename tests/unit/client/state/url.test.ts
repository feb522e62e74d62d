// The view in the URL round-trips (version 2: exact facts, hidden nodes, positions, filters, selection, editor text),
// links from before versioning still open with a note of what they lack, and malformed links open something sensible
// with a note of what could not be read, instead of failing.
import { describe, expect, it } from 'vitest';
import { decodeLink, decodeView } from '../../../../client/state/url-decode.js';
import { encodeView } from '../../../../client/state/url-encode.js';
import {
  MAX_URL_EDGES,
  MAX_URL_NODES,
  MAX_URL_QUERY_LENGTH,
  MAX_URL_SEARCH_LENGTH,
  URL_VERSION,
  type UrlView,
} from '../../../../client/state/url.js';
import { COLOR_RULES, SIZE_RULES } from '../../../../client/graph/metrics.js';

describe('URL view encoding', () => {
  it('round-trips a query view with parameters, mode, language, theme, time window and selection', () => {
    const view = {
      mode: 'flows' as const,
      lang: 'ar' as const,
      theme: 'dark' as const,
      query: "MATCH (n {id: $id}) RETURN n // ماسك & 'quotes'",
      params: { id: 'person:elon-musk', n: 3 },
      time: { from: '2024', to: '2025-08' },
      selected: 'person:elon-musk',
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it('round-trips a node set and an as-of date, and leaves defaults out of the URL', () => {
    const s = encodeView({
      mode: 'network',
      lang: 'en',
      nodes: ['org:meta', 'flow:org:meta->org:xai'],
      time: { from: null, to: '2025-01' },
    });
    expect(s).not.toContain('mode=');
    expect(s).not.toContain('lang=');
    expect(decodeView(s)).toEqual({
      nodes: ['org:meta', 'flow:org:meta->org:xai'],
      time: { from: null, to: '2025-01' },
    });
  });

  it('caps long node lists', () => {
    const nodes = Array.from({ length: MAX_URL_NODES + 50 }, (_, i) => `person:p${i}`);
    expect(decodeView(encodeView({ mode: 'network', lang: 'en', nodes })).nodes).toHaveLength(MAX_URL_NODES);
  });

  it('ignores unknown modes, bad dates, broken params and ids that are not ids', () => {
    const v = decodeView(
      `?mode=evil&lang=fr&theme=neon&at=2025-13&q=RETURN%201&params=%7Bbroken&n=%01x&sel=${'x'.repeat(513)}`,
    );
    expect(v).toEqual({ query: 'RETURN 1' });
  });

  it('reads the flow view’s divisions and the dashboard’s organisation and settings, and names a bad one as the view', () => {
    expect(decodeView('?v=2&mode=flows&div=1')).toMatchObject({ mode: 'flows', flowDivisions: true });
    expect(decodeView('?v=2&mode=dashboard&org=org:meta')).toMatchObject({ dashboardOrg: 'org:meta' });
    expect(decodeLink('?v=2&div=yes&org=%20').issues).toEqual([{ kind: 'unreadable', parts: ['mode'] }]);
    const dashboard = { mode: 'dashboard' as const, lang: 'en' as const, dashboardOrg: 'org:meta' };
    const options = { interval: 'quarter' as const, compare: 'org:xai', divisions: true };
    expect(decodeView(encodeView({ ...dashboard, dashboardOptions: options }))).toMatchObject({
      dashboardOptions: options,
    });
    expect(decodeLink('?v=2&di=week&dd=2').issues).toEqual([{ kind: 'unreadable', parts: ['mode'] }]);
  });

  it('orders a window given backwards', () => {
    expect(decodeView('?from=2025&to=2024').time).toEqual({ from: '2024', to: '2025' });
  });

  it('round-trips a hand-made view exactly: facts, hidden nodes, positions, filters, edge selection, editor text', () => {
    const view: UrlView = {
      mode: 'timeline',
      lang: 'ar',
      nodes: ['org:meta', 'org:xai', 'person:xinlei-chen'],
      edges: ['fact:xinlei-chen-left-meta', 'fact:xinlei-chen-joined-xai'],
      hidden: ['org:xai'],
      positions: { 'org:meta': { x: 1.25, y: -3.5 }, 'person:xinlei-chen': { x: 10, y: 0.33 } },
      certainties: ['stated'],
      hiddenSources: ['source:rosa-2025-08-29-musk-meta-talent'],
      hiddenLabels: ['Event'],
      hiddenRelTypes: ['REPORTED_BY'],
      time: { from: '2024', to: '2025' },
      selectedEdge: 'fact:xinlei-chen-left-meta',
      editorText: 'MATCH (p:Person {name: $name}) RETURN p // شخص',
      editorParams: '{"name": "Xinlei Chen"}',
    };
    const link = encodeView(view);
    expect(link).toContain(`v=${URL_VERSION}`);
    expect(decodeLink(link)).toEqual({ view, version: URL_VERSION, issues: [] });
  });

  it('carries a foreign graph’s label and type names whole: spaces, any script, underscores, long names', () => {
    const names = ['__Entity__', 'Comic Character', 'شخص', 'Ünïcode-Label', `L${'x'.repeat(120)}`];
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      query: 'MATCH (n) RETURN n',
      hiddenLabels: names,
      hiddenRelTypes: ['HAS PART', 'يعمل_في'],
      path: { from: 'neo4j:4:x:1', to: 'neo4j:4:x:2', types: ['ACTED IN', 'DIRECTED'] },
    };
    const { mode: _mode, lang: _lang, ...carried } = view;
    expect(decodeLink(encodeView(view))).toEqual({ view: carried, version: URL_VERSION, issues: [] });
    // A type named "-" is not the "none" of an empty list.
    const dash = { ...view, path: { ...view.path!, types: ['-'] } };
    expect(decodeView(encodeView(dash)).path?.types).toEqual(['-']);
    // An older link's names read as before.
    expect(
      decodeView(`v=${URL_VERSION}&q=MATCH%20(n)%20RETURN%20n&hl=Event+Source&ht=REPORTED_BY`),
    ).toMatchObject({
      hiddenLabels: ['Event', 'Source'],
      hiddenRelTypes: ['REPORTED_BY'],
    });
    // A name that cannot be read says so, and hides nothing.
    const bad = decodeLink(`v=${URL_VERSION}&q=MATCH%20(n)%20RETURN%20n&hl=%25E0`);
    expect(bad.view.hiddenLabels).toBeUndefined();
    expect(bad.issues).toEqual([{ kind: 'unreadable', parts: ['filters'] }]);
  });

  it('carries the hidden nodes without a label (the empty name, NO_LABEL), alone or beside other labels', () => {
    for (const hiddenLabels of [[''], ['Person', '']]) {
      const view: UrlView = { mode: 'network', lang: 'en', query: 'MATCH (n) RETURN n', hiddenLabels };
      const link = decodeLink(encodeView(view));
      expect(link.issues).toEqual([]);
      expect(link.view.hiddenLabels).toEqual(hiddenLabels);
    }
  });

  it('keeps positions to two decimals and carries their own ids for a query view', () => {
    const link = encodeView({
      mode: 'network',
      lang: 'en',
      query: 'MATCH (n) RETURN n',
      positions: { 'org:meta': { x: 1.23456, y: -0.456 } },
    });
    expect(decodeView(link).positions).toEqual({ 'org:meta': { x: 1.23, y: -0.46 } });
  });

  it('says an empty certainty list explicitly, so "nothing shown" survives the trip', () => {
    const v = decodeView(
      encodeView({ mode: 'network', lang: 'en', certainties: [], nodes: ['org:b'], edges: [] }),
    );
    expect(v).toMatchObject({ certainties: [], edges: [] });
  });

  it('reads the source list of a link from before hidden sources as the sources it kept', () => {
    // `src` listed the sources shown ('-': none); such a link reopens with the others of its answer hidden.
    expect(decodeView('?v=2&src=source%3Aa+source%3Ab').keptSources).toEqual(['source:a', 'source:b']);
    expect(decodeView('?v=2&src=-').keptSources).toEqual([]);
    expect(decodeView('?v=2&src=-').hiddenSources).toBeUndefined();
    // A link carries the hidden ones only.
    const link = encodeView({ mode: 'network', lang: 'en', hiddenSources: ['source:a'] });
    expect(new URLSearchParams(link).has('src')).toBe(false);
    expect(decodeView(link).hiddenSources).toEqual(['source:a']);
  });

  it('carries ids with spaces, commas, % or any script whole, in every list, and our slugs as before', () => {
    // Made-up ids a foreign or imported graph may hold: our prefixes, then anything.
    const odd = ['person:José García', 'org:Acme, Inc.', 'org:100% Labs', 'org:-', 'neo4j:4:abc:7'];
    const edges = ['fact:a b', 'flow:org:Acme, Inc.->org:100% Labs#implied', 'neo4j:5:abc:9'];
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes: odd,
      edges,
      hidden: [odd[0]!, edges[1]!],
      hiddenSources: ['source:a report'],
      selectedEdge: edges[0],
      path: { from: odd[0]!, to: odd[1]!, edges: [edges[0]!, edges[0]!] },
    };
    const { view: back, issues } = decodeLink(encodeView(view));
    expect(issues).toEqual([]);
    expect(back).toMatchObject({
      nodes: odd,
      edges,
      hidden: [odd[0], edges[1]],
      hiddenSources: ['source:a report'],
      selectedEdge: edges[0],
      path: { from: odd[0], to: odd[1], edges: [edges[0], edges[0]] },
    });
    // Positions follow ids written on their own (pn) too.
    const positions = { [odd[0]!]: { x: 1, y: 2 }, [odd[1]!]: { x: 3, y: 4 } };
    expect(
      decodeView(encodeView({ mode: 'network', lang: 'en', query: 'RETURN 1', positions })).positions,
    ).toEqual(positions);
    // Our slugs are written as they always were.
    expect(
      encodeView({ mode: 'network', lang: 'en', nodes: ['org:meta'], edges: ['fact:a', 'fact:b'] }),
    ).toContain('e=fact%3Aa+fact%3Ab');
    // What can name no element (a control character) is still refused: that id alone.
    expect(decodeLink('?v=2&n=org:meta&e=fact:a%20fact:%2501').issues).toEqual([
      { kind: 'droppedIds', dropped: 1 },
    ]);
  });

  it('opens a link from before versioning and says what it could not carry', () => {
    const old = decodeLink('?n=org:meta&n=org:xai&sel=org:meta&at=2025');
    expect(old.version).toBe(1);
    expect(old.view).toEqual({
      nodes: ['org:meta', 'org:xai'],
      selected: 'org:meta',
      time: { from: null, to: '2025' },
    });
    expect(old.issues).toEqual([{ kind: 'older', missing: ['exactFacts', 'positions', 'filters'] }]);
    // A hand-written link of a mode and a date lacks nothing.
    expect(decodeLink('?mode=timeline&at=2019').issues).toEqual([]);
  });

  it('round-trips a selected part of a talent flow (its implied or reported moves)', () => {
    for (const part of ['#implied', '#reported', '']) {
      const selectedEdge = `flow:org:meta->org:xai${part}`;
      const { view, issues } = decodeLink(encodeView({ mode: 'flows', lang: 'en', selectedEdge }));
      expect(issues, part).toEqual([]);
      expect(view.selectedEdge, part).toBe(selectedEdge);
    }
    const evil = decodeLink(`?v=2&mode=flows&sele=${encodeURIComponent('flow:org:a->org:b#x\n')}`);
    expect(evil.view.selectedEdge).toBeUndefined();
    expect(evil.issues).toEqual([{ kind: 'unreadable', parts: ['selection'] }]);
  });

  it('keeps the certainties a link shows that it knows, hiding what the sender hid, and names the filter', () => {
    // A newer version's link showing stated facts and a certainty this one does not know: implied stays hidden.
    const { view, issues } = decodeLink('?v=2&n=org:meta&cert=stated%20reported');
    expect(view.certainties).toEqual(['stated']);
    expect(issues).toEqual([{ kind: 'unreadable', parts: ['filters'] }]);
  });

  it('reads what it can of a newer link and says so', () => {
    expect(decodeLink('?v=7&mode=flows').issues).toEqual([{ kind: 'newer', version: 7 }]);
  });

  it('names the parts of a malformed link it could not read, and keeps the rest', () => {
    const { view, issues } = decodeLink(
      '?v=2&mode=evil&at=2025-13&n=org:meta&n=%01&e=%2501%20%25zz&p=1,2,3&cert=maybe&sel=%7F',
    );
    // A certainty it does not know is not shown (the filter keeps those it knows: none here).
    expect(view).toEqual({ nodes: ['org:meta'], certainties: [] });
    // An id that cannot be read drops alone (one node); a list none of whose ids can be read is named (the facts).
    expect(issues).toEqual([
      { kind: 'unreadable', parts: ['mode', 'edges', 'positions', 'filters', 'time', 'selection'] },
      { kind: 'droppedIds', dropped: 1 },
    ]);
    expect(decodeLink('?v=two').issues).toEqual([{ kind: 'unreadable', parts: ['version'] }]);
    expect(decodeLink(`?q=${'x'.repeat(MAX_URL_SEARCH_LENGTH)}`)).toEqual({
      view: {},
      version: 0,
      issues: [{ kind: 'tooLong' }],
    });
    expect(decodeLink('')).toEqual({ view: {}, version: 0, issues: [] });
  });

  it('keeps a large view under the address budget, leaving out positions first, then facts, and says so', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `person:someone-with-a-long-id-${i}`);
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: i * 1.11, y: -i * 2.22 }]));
    const edges = nodes.map((_, i) => `fact:a-long-fact-id-number-${i}`);
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes: nodes.slice(0, 200),
      positions,
      edges: edges.slice(0, 100),
    };
    const full = encodeView(view, 1_000_000);
    expect(decodeLink(full).issues).toEqual([]);
    const noPositions = encodeView(view, full.length - 1);
    expect(noPositions.length).toBeLessThan(full.length);
    expect(decodeLink(noPositions)).toMatchObject({
      view: { nodes: view.nodes, edges: view.edges },
      issues: [{ kind: 'trimmed', parts: ['positions'] }],
    });
    const small = encodeView({ ...view, nodes }, 4_000);
    expect(small.length).toBeLessThanOrEqual(4_000);
    const decoded = decodeLink(small);
    expect(decoded.issues).toEqual([{ kind: 'trimmed', parts: ['positions', 'facts', 'nodes'] }]);
    expect(decoded.view.nodes!.length).toBeGreaterThan(10);
    expect(decoded.view.edges).toBeUndefined();
  });

  it('leaves the editor text out for length before positions and facts: it is the least of the view', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => `person:someone-${i}`);
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes,
      edges: nodes.map((_, i) => `fact:f-${i}`),
      positions: Object.fromEntries(nodes.map((id, i) => [id, { x: i, y: -i - 1 }])),
      editorText: `MATCH (p:Person) // ${'my own words '.repeat(60)}\nRETURN p`,
    };
    const withoutText = encodeView({ ...view, editorText: undefined }, 1_000_000);
    const link = decodeLink(encodeView(view, withoutText.length + 20));
    expect(link.issues).toEqual([{ kind: 'trimmed', parts: ['editor'] }]);
    expect(link.view).toMatchObject({ nodes, edges: view.edges, positions: view.positions });
    expect(link.view.editorText).toBeUndefined();
  });

  it('round-trips the drawn parts of a talent flow in its lists of facts and hidden relationships', () => {
    const view: UrlView = {
      mode: 'network',
      lang: 'en',
      nodes: ['org:meta', 'org:xai'],
      edges: ['flow:org:meta->org:xai#implied', 'flow:org:meta->org:xai#reported', 'fact:a'],
      hidden: ['flow:org:meta->org:xai#reported'],
    };
    const decoded = decodeLink(encodeView(view));
    expect(decoded.issues).toEqual([]);
    expect(decoded.view).toMatchObject({ edges: view.edges, hidden: view.hidden });
  });

  it('says what a link never holds: nodes beyond its 400, facts beyond its 800, an editor text too long', () => {
    const nodes = Array.from({ length: MAX_URL_NODES + 1 }, (_, i) => `person:p${i}`);
    const manyNodes = decodeLink(encodeView({ mode: 'network', lang: 'en', nodes }, 1_000_000));
    expect(manyNodes.view.nodes).toHaveLength(MAX_URL_NODES);
    expect(manyNodes.issues).toEqual([{ kind: 'trimmed', parts: ['nodes'] }]);
    const edges = Array.from({ length: MAX_URL_EDGES + 1 }, (_, i) => `fact:f${i}`);
    const manyFacts = decodeLink(
      encodeView({ mode: 'network', lang: 'en', nodes: nodes.slice(0, 2), edges }, 1_000_000),
    );
    expect(manyFacts.view.edges).toBeUndefined();
    expect(manyFacts.issues).toEqual([{ kind: 'trimmed', parts: ['facts'] }]);
    const longText = decodeLink(
      encodeView(
        { mode: 'network', lang: 'en', query: 'RETURN 1', editorText: 'x'.repeat(MAX_URL_QUERY_LENGTH + 1) },
        1_000_000,
      ),
    );
    expect(longText.view.editorText).toBeUndefined();
    expect(longText.issues).toEqual([{ kind: 'trimmed', parts: ['editor'] }]);
    // Within the limits nothing is said.
    const fits = decodeLink(
      encodeView(
        { mode: 'network', lang: 'en', nodes: nodes.slice(0, 2), edges: edges.slice(0, 2) },
        1_000_000,
      ),
    );
    expect(fits.issues).toEqual([]);
  });

  it('round-trips every appearance rule, and leaves the default rule (degree, kind) out of the link', () => {
    for (const sizeBy of SIZE_RULES)
      for (const colorBy of COLOR_RULES) {
        const view = { mode: 'network' as const, lang: 'en' as const, query: 'RETURN 1', sizeBy, colorBy };
        const decoded = decodeLink(encodeView(view));
        expect(decoded.issues).toEqual([]);
        expect({ sizeBy: 'degree', colorBy: 'kind', ...decoded.view }).toMatchObject({ sizeBy, colorBy });
      }
    const plain = encodeView({
      mode: 'network',
      lang: 'en',
      query: 'RETURN 1',
      sizeBy: 'degree',
      colorBy: 'kind',
    });
    expect(plain).not.toContain('size=');
    expect(plain).not.toContain('color=');
    expect(encodeView({ mode: 'network', lang: 'en', sizeBy: 'pagerank', colorBy: 'betweenness' })).toContain(
      'size=pagerank&color=betweenness',
    );
  });

  it('reads an unknown size or colour rule as the default and names the appearance as unreadable', () => {
    for (const search of [
      '?v=2&size=huge&color=rainbow',
      '?v=2&size=&color=__proto__',
      '?v=2&size=PageRank',
    ]) {
      const { view, issues } = decodeLink(search);
      expect(view.sizeBy).toBeUndefined();
      expect(view.colorBy).toBeUndefined();
      expect(issues).toEqual([{ kind: 'unreadable', parts: ['appearance'] }]);
    }
    // A good half is kept when the other half is bad.
    expect(decodeLink('?v=2&size=betweenness&color=nope').view).toEqual({ sizeBy: 'betweenness' });
  });

  it('round-trips the path panel: its ends, options, the path listed and whether it is highlighted', () => {
    const view: UrlView = {
      mode: 'timeline',
      lang: 'ar',
      nodes: ['person:xinlei-chen', 'org:meta', 'flow:org:meta->org:openai', 'person:sam-altman'],
      path: {
        from: 'person:xinlei-chen',
        to: 'person:sam-altman',
        derived: true,
        types: ['WORKED_AT', 'FOUNDED'],
        edges: ['fact:a', 'flow:org:meta->org:openai', 'fact:b'],
      },
    };
    expect(decodeLink(encodeView(view))).toEqual({ view, version: URL_VERSION, issues: [] });
    // Listed, not drawn; no type ticked; and a search that found no path (no steps).
    const listed: UrlView = {
      ...view,
      path: { from: 'person:a', to: 'person:b', types: [], edges: ['fact:a'], listOnly: true },
    };
    expect(decodeView(encodeView(listed)).path).toEqual(listed.path);
    const none: UrlView = { ...view, path: { from: 'person:a', to: 'person:b' } };
    expect(encodeView(none)).not.toMatch(/[?&](pe|pl|pd|pty)=/);
    expect(decodeView(encodeView(none)).path).toEqual({ from: 'person:a', to: 'person:b' });
    // A search that found no path says so ('-'), so a path found since can be told apart.
    const found: UrlView = { ...view, path: { from: 'person:a', to: 'person:b', edges: [] } };
    expect(encodeView(found)).toMatch(/[?&]pe=-(&|$)/);
    expect(decodeView(encodeView(found)).path).toEqual(found.path);
  });

  it('names a path it cannot read and opens the rest of the link without it', () => {
    for (const bad of [
      'pf=person:a',
      'pf=person:a&pt=%01',
      'pf=person:a&pt=person:b&pe=fact:a%20fact:%25zz',
      'pf=person:a&pt=person:b&pd=yes',
      'pf=person:a&pt=person:b&pty=%25E0',
      'pf=person:a&pt=person:b&pe=',
      `pf=person:a&pt=person:b&pe=${Array.from({ length: 33 }, (_, i) => `fact:${i}`).join('%20')}`,
      'pf=person:a&pt=person:b&pe=fact:a&pl=maybe',
    ]) {
      const { view, issues } = decodeLink(`?v=2&n=org:meta&${bad}`);
      expect(view, bad).toEqual({ nodes: ['org:meta'] });
      expect(issues, bad).toEqual([{ kind: 'unreadable', parts: ['path'] }]);
    }
  });

  it('keeps a few hidden ids of the nodes a link cut for length, so a path that adds one back keeps it hidden', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `person:someone-with-a-long-identifier-${i}`);
    const hidden = [nodes[299]!, nodes[298]!, nodes[0]!];
    const s = encodeView({ mode: 'network', lang: 'en', nodes, hidden }, 4_000);
    const { view, issues } = decodeLink(s);
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['nodes'] }]);
    expect(view.nodes!.length).toBeLessThan(nodes.length);
    expect(view.hidden).toEqual([nodes[0], nodes[299], nodes[298]]);
  });

  it('says a node set drew talent flows even when its facts are left out for length', () => {
    const nodes = ['org:meta', 'org:xai'];
    const edges = Array.from({ length: 60 }, (_, i) => `fact:a-long-fact-identifier-${i}`);
    const view: UrlView = { mode: 'network', lang: 'en', nodes, edges, flows: true };
    const budget = encodeView({ ...view, edges: undefined }).length + 20;
    const { view: back, issues } = decodeLink(encodeView(view, budget));
    expect(issues).toEqual([{ kind: 'trimmed', parts: ['facts'] }]);
    expect(back).toEqual({ nodes, flows: true });
    expect(decodeLink('?v=2&n=org:meta&fl=maybe').issues).toEqual([{ kind: 'unreadable', parts: ['nodes'] }]);
  });

  it('carries a light theme, so the reopened page does not follow its own system’s preference instead', () => {
    const s = encodeView({ mode: 'network', lang: 'en', theme: 'light', nodes: ['org:meta'] });
    expect(decodeView(s).theme).toBe('light');
  });

  it('reads an editor text without parameters as empty parameters, not as the opened query’s', () => {
    const s = encodeView({
      mode: 'network',
      lang: 'en',
      query: 'MATCH (o:Organization {id: $org}) RETURN o',
      params: { org: 'org:meta' },
      editorText: 'MATCH (n) RETURN n LIMIT 5',
      editorParams: '{}',
    });
    expect(decodeView(s)).toMatchObject({ editorText: 'MATCH (n) RETURN n LIMIT 5', editorParams: '{}' });
    // A blank parameters box is no parameters too, not an unreadable editor.
    const blank = decodeLink(
      encodeView({
        mode: 'network',
        lang: 'en',
        query: 'RETURN 1',
        editorText: 'RETURN 2',
        editorParams: ' ',
      }),
    );
    expect(blank.issues).toEqual([]);
    expect(blank.view).toMatchObject({ editorText: 'RETURN 2', editorParams: '{}' });
  });

  it('says what it leaves out of a link that lists more than a link holds (made by hand or by another tool)', () => {
    const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const nodes = ids(MAX_URL_NODES + 1, 'person:p');
    const n = nodes.map((id) => `n=${id}`).join('&');
    const cells = nodes.map((_, i) => `${i},0`).join(';');
    const manyNodes = decodeLink(`?v=${URL_VERSION}&${n}&p=${cells}`);
    expect(manyNodes.view.nodes).toEqual(nodes.slice(0, MAX_URL_NODES));
    // The positions of the nodes it reads are kept, not refused for the one beyond.
    expect(Object.keys(manyNodes.view.positions!)).toHaveLength(MAX_URL_NODES);
    expect(manyNodes.issues).toEqual([{ kind: 'trimmed', parts: ['nodes'] }]);

    // Facts beyond the link's 800: as a link made here would, it lists none, so every fact among its nodes is shown.
    const edges = ids(MAX_URL_EDGES + 1, 'fact:f').join('+');
    const manyFacts = decodeLink(`?v=${URL_VERSION}&n=org:meta&n=org:xai&e=${edges}`);
    expect(manyFacts.view.edges).toBeUndefined();
    expect(manyFacts.issues).toEqual([{ kind: 'trimmed', parts: ['facts'] }]);

    const hidden = ids(MAX_URL_NODES + 1, 'person:h').join('+');
    const manyHidden = decodeLink(`?v=${URL_VERSION}&q=RETURN%201&h=${hidden}`);
    expect(manyHidden.view.hidden).toHaveLength(MAX_URL_NODES);
    expect(manyHidden.issues).toEqual([{ kind: 'trimmed', parts: ['hidden'] }]);

    // With the sender's own note of what it left out, one note says it all.
    const both = decodeLink(`?v=${URL_VERSION}&${n}&trim=positions`);
    expect(both.issues).toEqual([{ kind: 'trimmed', parts: ['positions', 'nodes'] }]);
  });

  it('says when hidden items or a query view’s positions go beyond what a link holds', () => {
    const ids = Array.from({ length: MAX_URL_NODES + 10 }, (_, i) => `person:p${i}`);
    const hidden = decodeLink(
      encodeView({ mode: 'network', lang: 'en', query: 'RETURN 1', hidden: ids }, 1e6),
    );
    expect(hidden.view.hidden).toHaveLength(MAX_URL_NODES);
    expect(hidden.issues).toEqual([{ kind: 'trimmed', parts: ['hidden'] }]);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: i, y: 0 }]));
    const placed = decodeLink(encodeView({ mode: 'network', lang: 'en', query: 'RETURN 1', positions }, 1e6));
    expect(Object.keys(placed.view.positions!)).toHaveLength(MAX_URL_NODES);
    expect(placed.issues).toEqual([{ kind: 'trimmed', parts: ['positions'] }]);
  });
});
