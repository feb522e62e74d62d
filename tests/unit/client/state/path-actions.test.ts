// Path search and the source reader against a stand-in for the HTTP API (the real API, database and browser are
// exercised by tests/integration/server/paths.test.ts, sources.test.ts and tests/browser/paths-reader.test.ts).
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../model/graph.js';
import { createActions } from '../../../../client/state/actions.js';
import type { Api } from '../../../../client/api/api.js';
import { initialState } from '../../../../client/state/app-state.js';
import { noticeText } from '../../../../client/state/notice.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { edge, handWritten, node } from '../fixtures.js';
import { emptySchema, fakeApi, pathsAnswer, sourceQuote } from '../answers.js';

function setup(paths: Api['paths'], source?: Api['source']) {
  const api: Api = fakeApi({ paths, ...(source ? { source } : {}) });
  const store = createStore(initialState());
  const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
  return { store, actions };
}

/** A and B both worked at X: one path of two steps between them. Made up. */
const TWO_STINTS: GraphData = {
  nodes: [node('person:a', 'Person'), node('org:x', 'Organization'), node('person:b', 'Person')],
  edges: [
    edge('fact:a-x', 'WORKED_AT', 'person:a', 'org:x'),
    edge('fact:b-x', 'WORKED_AT', 'person:b', 'org:x'),
  ],
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 1_000 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
};

describe('path search', () => {
  it('says "No path within N steps" when the answer has no path, never "0 steps"', async () => {
    const { store, actions } = setup(async () =>
      pathsAnswer({
        graph: { nodes: [node('person:a', 'Person'), node('person:b', 'Person')], edges: [] },
        maxLength: 6,
      }),
    );
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(store.get().notice).toMatchObject({ key: 'pathNone', vars: { max: 6 } });
    expect(noticeText(store.get().notice!, 'en')).toBe('No path within 6 steps.');
    expect(noticeText(store.get().notice!, 'ar')).toBe('لا يوجد مسار في حدود ٦ خطوات.');
    expect(store.get().path.highlight).toBeNull();
    expect(store.get().pathSearch?.answer?.paths).toEqual([]);
  });

  it('asks for derived flows only when the option is ticked, and highlights the chosen path only', async () => {
    const asked: (Record<string, string> | undefined)[] = [];
    const g: GraphData = {
      nodes: ['person:a', 'org:x', 'org:y', 'person:b'].map((id) =>
        node(id, id.startsWith('org') ? 'Organization' : 'Person'),
      ),
      edges: [
        edge('fact:a-x', 'WORKED_AT', 'person:a', 'org:x'),
        edge('fact:b-x', 'WORKED_AT', 'person:b', 'org:x'),
        edge('fact:a-y', 'WORKED_AT', 'person:a', 'org:y'),
        edge('fact:b-y', 'WORKED_AT', 'person:b', 'org:y'),
      ],
    };
    const { store, actions } = setup(async (_from, _to, _max, opts) => {
      asked.push(opts);
      return pathsAnswer({
        graph: g,
        paths: [
          { nodes: ['person:a', 'org:x', 'person:b'], edges: ['fact:a-x', 'fact:b-x'], length: 2 },
          { nodes: ['person:a', 'org:y', 'person:b'], edges: ['fact:a-y', 'fact:b-y'], length: 2 },
        ],
        maxLength: 6,
        derived: opts?.derived === 'true',
      });
    });
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(asked.at(-1)).toEqual({});
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-x', 'fact:b-x']);
    expect(store.get().notice).toMatchObject({ key: 'pathFound', vars: { n: 2 } });
    // Arabic's dual, not "٢ خطوات".
    expect(noticeText(store.get().notice!, 'ar')).toBe('أقصر مسار: خطوتان');
    expect(noticeText(store.get().notice!, 'en')).toBe('Shortest path: 2 steps');
    actions.paths.select(1);
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-y', 'fact:b-y']);
    actions.paths.setDerived(true);
    await until(() => asked.length === 2 && store.get().pathSearch?.status === 'ready');
    expect(asked.at(-1)).toEqual({ derived: 'true' });
    actions.paths.toggleType('WORKED_AT');
    await until(() => asked.length === 3);
    expect(asked.at(-1)?.types?.split(',')).not.toContain('WORKED_AT');
    actions.clearPath();
    expect(store.get().pathSearch).toBeNull();
    expect(store.get().path).toEqual({ from: null, to: null, highlight: null });
  });

  it('searches nothing with no type ticked, says why, and drops the path drawn before; the flows alone when asked', async () => {
    const asked: (Record<string, string> | undefined)[] = [];
    const g = TWO_STINTS;
    const { store, actions } = setup(async (_from, _to, _max, opts) => {
      asked.push(opts);
      return pathsAnswer({
        graph: g,
        paths: [{ nodes: ['person:a', 'org:x', 'person:b'], edges: ['fact:a-x', 'fact:b-x'], length: 2 }],
        maxLength: 6,
      });
    });
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(store.get().path.highlight).not.toBeNull();
    // Untick every type: no request (without types the server would follow its defaults), and the panel says why.
    const types = [...store.get().pathOptions.types];
    for (const type of types.slice(1)) actions.paths.toggleType(type);
    const before = asked.length;
    actions.paths.toggleType(types[0]!);
    expect(store.get().pathSearch?.status).toBe('noTypes');
    expect(asked).toHaveLength(before);
    expect(store.get().path.highlight).toBeNull();
    expect(store.get().pathSearch?.answer).toBeNull();
    expect(store.get().notice).toMatchObject({ key: 'pathNoTypes' });
    expect(actions.pathQuery()).toBeNull();
    // "Also through derived talent flows": the flows alone, named, and their Cypher follows them only.
    actions.paths.setDerived(true);
    await until(() => asked.length === before + 1 && store.get().pathSearch?.status === 'ready');
    expect(asked.at(-1)).toEqual({ derived: 'true', types: 'TALENT_FLOW' });
  });
  it('searches only the certainties the view shows, and again when the user shows or hides one', async () => {
    const asked: (Record<string, string> | undefined)[] = [];
    const g = TWO_STINTS;
    const { store, actions } = setup(async (_from, _to, _max, opts) => {
      asked.push(opts);
      const certainties = opts?.certainties?.split(',').filter(Boolean) ?? ['stated', 'implied'];
      return pathsAnswer({
        graph: g,
        paths: [{ nodes: ['person:a', 'org:x', 'person:b'], edges: ['fact:a-x', 'fact:b-x'], length: 2 }],
        types: ['WORKED_AT'],
        certainties: certainties as ('stated' | 'implied')[],
      });
    });
    // "Implied" unticked before the search: the search asks for stated facts only.
    actions.toggleCertainty('implied');
    expect(asked).toEqual([]);
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(asked).toEqual([{ certainties: 'stated' }]);
    // Its Cypher takes the certainties the answer stepped on.
    expect(actions.pathQuery()!.params).toMatchObject({ certainties: ['stated'] });
    // Shown again: searched again, with every certainty (the server's default).
    actions.toggleCertainty('implied');
    await until(() => asked.length === 2 && store.get().pathSearch?.status === 'ready');
    expect(asked[1]).toEqual({});
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-x', 'fact:b-x']);
    // A relationship type hidden that the search follows: searched again without it; a label hidden: not searched.
    actions.toggleRelType('WORKED_AT');
    await until(() => asked.length === 3 && store.get().pathSearch?.status === 'ready');
    expect(asked[2]?.types?.split(',')).not.toContain('WORKED_AT');
    actions.toggleLabel('Person');
    actions.setFilters({ hiddenSources: ['source:x'] });
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toHaveLength(3);
    // Every certainty unticked: asked for none, not left out (which would mean all).
    actions.setFilters({ certainties: [] });
    await until(() => asked.length === 4);
    expect(asked[3]).toMatchObject({ certainties: '' });
  });

  it('draws the path found when a filter changes while it is searched, or after none was found', async () => {
    const g = TWO_STINTS;
    const found = { nodes: ['person:a', 'org:x', 'person:b'], edges: ['fact:a-x', 'fact:b-x'], length: 2 };
    const pending: (() => void)[] = [];
    let none = false;
    const { store, actions } = setup(
      (_f, _t, _m, opts) =>
        new Promise((resolve) => {
          const certainties = (opts?.certainties?.split(',').filter(Boolean) ?? ['stated', 'implied']) as (
            'stated' | 'implied'
          )[];
          const answer = pathsAnswer({
            graph: g,
            paths: none ? [] : [found],
            types: ['WORKED_AT'],
            certainties,
          });
          pending.push(() => resolve(answer));
        }),
    );
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => pending.length === 1);
    // "Implied" unticked while the first search is still out: the second is the one drawn.
    actions.toggleCertainty('implied');
    await until(() => pending.length === 2);
    pending[0]!();
    pending[1]!();
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-x', 'fact:b-x']);
    // No path under stated facts only; shown again, the path found is drawn.
    none = true;
    actions.toggleCertainty('stated');
    await until(() => pending.length === 3);
    pending[2]!();
    await until(() => store.get().pathSearch?.status === 'ready' && store.get().path.highlight === null);
    none = false;
    actions.toggleCertainty('stated');
    await until(() => pending.length === 4);
    pending[3]!();
    await until(() => store.get().path.highlight !== null);
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-x', 'fact:b-x']);
  });

  it('says the view hides every type ticked when the filters leave the search nothing to follow', async () => {
    const asked: unknown[] = [];
    const { store, actions } = setup(async (_f, _t, _m, opts) => {
      asked.push(opts);
      return pathsAnswer();
    });
    for (const type of store.get().pathOptions.types.slice(1)) actions.paths.toggleType(type);
    actions.toggleRelType(store.get().pathOptions.types[0]!);
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().pathSearch?.status === 'noTypes');
    expect(asked).toEqual([]);
    expect(store.get().notice).toMatchObject({ key: 'pathNoTypesHidden' });
  });

  it('opens the Cypher of the answered search: the ends, maximum length and types the server says it followed', async () => {
    let answer!: (a: ReturnType<typeof pathsAnswer>) => void;
    const { store, actions } = setup(() => new Promise((resolve) => (answer = resolve)));
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'neo4j:4:x:9');
    await until(() => store.get().pathSearch?.status === 'loading');
    // No answer yet: which types the server follows is not known (its defaults depend on the database).
    expect(actions.pathQuery()).toBeNull();
    answer(pathsAnswer({ maxLength: 4, derived: true, types: ['WORKED_AT', 'works with', 'TALENT_FLOW'] }));
    await until(() => store.get().pathSearch?.status === 'ready');
    const q = actions.pathQuery()!;
    expect(q.query).toContain('[:`WORKED_AT`|`works with`|`TALENT_FLOW`*..4]');
    expect(q.query).toContain('MATCH (b) WHERE elementId(b) = $to');
    expect(q.params).toMatchObject({ from: 'person:a', to: '4:x:9' });
  });
});

describe('path highlight and the scene', () => {
  const g: GraphData = {
    nodes: ['person:a', 'org:x', 'person:b'].map((id) =>
      node(id, id.startsWith('org') ? 'Organization' : 'Person'),
    ),
    edges: [
      edge('fact:a-x', 'WORKED_AT', 'person:a', 'org:x'),
      edge('fact:b-x', 'WORKED_AT', 'person:b', 'org:x'),
    ],
  };
  const onePath = async () =>
    pathsAnswer({
      graph: g,
      paths: [{ nodes: ['person:a', 'org:x', 'person:b'], edges: ['fact:a-x', 'fact:b-x'], length: 2 }],
    });

  it('drops the highlight when an undo or a replaced scene no longer holds the path; the panel keeps listing it', async () => {
    const { store, actions } = setup(onePath);
    actions.scene.addGraph({ nodes: [g.nodes[0]!, g.nodes[2]!], edges: [] });
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().path.highlight !== null);
    // Undo the path's addition: org:x is gone, so is the highlight (a highlight of absent nodes fades the rest).
    actions.scene.undo();
    expect(store.get().scene.nodes['org:x']).toBeUndefined();
    expect(store.get().path.highlight).toBeNull();
    expect(store.get().pathSearch?.status).toBe('ready');
    // Drawn again, then a Cypher result replaces the scene: no highlight over it.
    actions.paths.select(0);
    expect(store.get().path.highlight).not.toBeNull();
    actions.scene.replaceWithGraph({ nodes: [g.nodes[0]!], edges: [] }, null);
    expect(store.get().path.highlight).toBeNull();
  });

  it('shows a path chosen in the dashboard on the network, where it is drawn', async () => {
    const { store, actions } = setup(onePath);
    actions.setPathEnd('from', 'person:a');
    actions.setPathEnd('to', 'person:b');
    await until(() => store.get().path.highlight !== null);
    store.set({ mode: 'dashboard', path: { ...store.get().path, highlight: null } });
    actions.paths.select(0);
    expect(store.get().mode).toBe('network');
    expect(store.get().path.highlight?.edges).toEqual(['fact:a-x', 'fact:b-x']);
  });
});

describe('path notice', () => {
  it('says over the canvas when the path shown is implied, runs through a derived flow or has a step no source states, not only in the panel', async () => {
    const nodes = ['person:a', 'org:x', 'person:b'].map((id) =>
      node(id, id.startsWith('org') ? 'Organization' : 'Person'),
    );
    for (const [second, key] of [
      [edge('fact:b-x', 'WORKED_AT', 'person:b', 'org:x'), 'pathFound'],
      [edge('fact:b-x', 'WORKED_AT', 'person:b', 'org:x', { certainty: 'implied' }), 'pathFoundImplied'],
      [handWritten('rel:b-x', 'KNOWS', 'person:b', 'org:x'), 'pathFoundUnsourced'],
      // A derived talent flow (computed from moves): no source states that edge, whatever its own certainty.
      [
        edge('flow:org:x->person:b', 'TALENT_FLOW', 'org:x', 'person:b', { certainty: 'stated' }),
        'pathFoundDerived',
      ],
      // … and implied besides, when a step (here the flow's own count) is.
      [
        edge('flow:org:x->person:b', 'TALENT_FLOW', 'org:x', 'person:b', { certainty: 'implied' }),
        'pathFoundDerivedImplied',
      ],
    ] as const) {
      const first = edge('fact:a-x', 'WORKED_AT', 'person:a', 'org:x');
      const { store, actions } = setup(async () =>
        pathsAnswer({
          graph: { nodes, edges: [first, second] },
          paths: [{ nodes: ['person:a', 'org:x', 'person:b'], edges: [first.id, second.id], length: 2 }],
        }),
      );
      actions.setPathEnd('from', 'person:a');
      actions.setPathEnd('to', 'person:b');
      await until(() => store.get().pathSearch?.status === 'ready');
      expect(store.get().notice, second.id).toMatchObject({ key, vars: { n: 2 }, about: 'scene' });
    }
  });
});

describe('path notice on a database that is not ours', () => {
  it('says a path was found, not that a step has no source: its relationships claim no certainty of ours', async () => {
    // A library graph's readers and a book (test data, no fact of the article), joined by its own relationships.
    const nodes = [node('neo4j:4:x:1', 'Reader'), node('neo4j:4:x:2', 'Book'), node('neo4j:4:x:3', 'Reader')];
    const read = handWritten('neo4j:5:x:1', 'READ', 'neo4j:4:x:1', 'neo4j:4:x:2');
    const worked = handWritten('neo4j:5:x:2', 'WORKED_AT', 'neo4j:4:x:3', 'neo4j:4:x:2');
    const { store, actions } = setup(async () =>
      pathsAnswer({
        graph: { nodes, edges: [read, worked] },
        paths: [{ nodes: nodes.map((n) => n.id), edges: [read.id, worked.id], length: 2 }],
      }),
    );
    store.set({ schema: emptySchema({ sourcedFacts: false }) });
    actions.setPathEnd('from', 'neo4j:4:x:1');
    actions.setPathEnd('to', 'neo4j:4:x:3');
    await until(() => store.get().pathSearch?.status === 'ready');
    expect(store.get().notice).toMatchObject({ key: 'pathFound', vars: { n: 2 } });
  });
});

describe('source reader', () => {
  it('opens the citing article for a report the project holds no text of, with the fact’s quote', async () => {
    const article = {
      source: node('source:article', 'Source', { language: 'ar' }),
      text: 'نص المقال كله',
      citedBy: null,
      quotes: [
        sourceQuote({ fact: 'fact:f', evidence: 'المقال', evidenceEn: 'the article', start: 3, end: 9 }),
      ],
      quoteCount: 1,
      truncated: false,
    };
    const report = {
      source: node('source:report', 'Source'),
      text: null,
      citedBy: article.source,
      quotes: [sourceQuote({ fact: 'fact:f', evidence: 'المقال', evidenceEn: 'the article' })],
      quoteCount: 1,
      truncated: false,
    };
    const asked: string[] = [];
    const { store, actions } = setup(
      async () => pathsAnswer(),
      async (id) => {
        asked.push(id);
        return id === 'source:report' ? report : article;
      },
    );
    await actions.reader.open('source:report', 'fact:f');
    expect(asked).toEqual(['source:report', 'source:article']);
    const r = store.get().reader!;
    expect(r).toMatchObject({ status: 'ready', factId: 'fact:f' });
    expect(r.holder?.text).toBe('نص المقال كله');
    expect(r.source?.source.id).toBe('source:report');
    actions.reader.close();
    expect(store.get().reader).toBeNull();
  });
});
