// Saved queries in folders, exported to a JSON file and imported back: a bad file is refused whole with what is wrong
// and where, duplicates (same name and folder) are not doubled, and entries saved before folders still load.
import { describe, expect, it } from 'vitest';
import { createQueryMemory, SAVED_KEY } from '../../../../client/state/query-history.js';
import { savedFileText, SAVED_FILE_FORMAT } from '../../../../client/state/saved-file.js';
import { parseSavedFile } from '../../../../client/state/saved-transfer.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const m = new Map<string, string>(Object.entries(initial));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

const file = (queries: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SAVED_FILE_FORMAT, version: 1, queries, ...extra });

describe('saved queries in folders', () => {
  it('tells queries of the same name apart by folder, and replaces one in its folder when asked', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('hires', 'RETURN 1', undefined, 'Meta');
    mem.save('hires', 'RETURN 2', undefined, 'xAI');
    mem.save('hires', 'RETURN 3', undefined, ' Meta ', { replace: true });
    expect(mem.saved().map((s) => [s.folder, s.query])).toEqual([
      ['Meta', 'RETURN 3'],
      ['xAI', 'RETURN 2'],
    ]);
    expect(mem.unsave('hires', 'xAI').list.map((s) => s.folder)).toEqual(['Meta']);
  });

  it('loads entries saved before folders existed (no folder)', () => {
    const old = JSON.stringify([{ name: 'old one', query: 'RETURN 1', at: '2025-01-01T00:00:00.000Z' }]);
    const mem = createQueryMemory(memoryStorage({ [SAVED_KEY]: old }));
    expect(mem.saved()).toEqual([{ name: 'old one', query: 'RETURN 1', at: '2025-01-01T00:00:00.000Z' }]);
    mem.save('old one', 'RETURN 2', undefined, undefined, { replace: true });
    expect(mem.saved()).toHaveLength(1);
  });
});

describe('saved queries to and from a file', () => {
  it('reads back what it exports: names, folders, queries and parameters', () => {
    const mem = createQueryMemory(memoryStorage(), () => new Date('2026-01-01T00:00:00Z'));
    mem.save('by org', 'MATCH (o {id: $org}) RETURN o', { org: 'org:meta' }, 'Meta');
    mem.save('plain', 'RETURN 1');
    const parsed = parseSavedFile(savedFileText(mem.saved()));
    expect(parsed).toEqual({
      ok: true,
      queries: [
        { name: 'plain', query: 'RETURN 1', at: '2026-01-01T00:00:00.000Z' },
        {
          name: 'by org',
          folder: 'Meta',
          query: 'MATCH (o {id: $org}) RETURN o',
          params: { org: 'org:meta' },
          at: '2026-01-01T00:00:00.000Z',
        },
      ],
    });
  });

  it('imports parameters named __proto__, at the top or nested, as they were exported', () => {
    const parsed = parseSavedFile(
      '{"format": "talent-graph.saved-queries", "version": 1, "queries": [{"name": "p", "query": "RETURN $`__proto__`", "params": {"__proto__": {"x": 1, "__proto__": 2}}}]}',
    );
    if (!parsed.ok) throw new Error(`${parsed.where}: ${parsed.what}`);
    const params = parsed.queries[0]!.params!;
    expect(Object.keys(params)).toEqual(['__proto__']);
    const top = Object.getOwnPropertyDescriptor(params, '__proto__')?.value as object;
    expect(Object.entries(top)).toEqual([
      ['x', 1],
      ['__proto__', 2],
    ]);
    expect(savedFileText(parsed.queries)).toContain('"__proto__": {');
  });

  it('exports a query saved without a name (by an older version) under its first line, unique, and reads it back', () => {
    const at = '2024-01-01T00:00:00.000Z';
    const old = JSON.stringify([
      { query: 'MATCH (n)\nRETURN n', at },
      { query: 'MATCH (n)\nRETURN count(n)', at },
      { name: 'MATCH (n) (2)', query: 'RETURN 1', at },
      { query: 'RETURN 2', folder: 'Meta', at },
    ]);
    const mem = createQueryMemory(memoryStorage({ [SAVED_KEY]: old }));
    const parsed = parseSavedFile(savedFileText(mem.saved()));
    if (!parsed.ok) throw new Error(`${parsed.where}: ${parsed.what}`);
    expect(parsed.queries.map((q) => [q.name, q.folder, q.query])).toEqual([
      ['MATCH (n)', undefined, 'MATCH (n)\nRETURN n'],
      ['MATCH (n) (3)', undefined, 'MATCH (n)\nRETURN count(n)'],
      ['MATCH (n) (2)', undefined, 'RETURN 1'],
      ['RETURN 2', 'Meta', 'RETURN 2'],
    ]);
  });

  it('keeps the query text as written, spaces and blank lines around it included', () => {
    const query = '  // people first\n  MATCH (p:Person)\n  RETURN p  \n';
    const parsed = parseSavedFile(file([{ name: 'indented', query }]));
    expect(parsed).toMatchObject({ ok: true, queries: [{ name: 'indented', query }] });
    expect(parseSavedFile(file([{ name: 'blank', query: ' \n ' }]))).toMatchObject({
      ok: false,
      where: 'queries[0].query',
      what: 'expected a non-empty Cypher query',
    });
  });

  it.each([
    ['not JSON', '{"format": ', 'file', /^not JSON/],
    ['another kind of file', JSON.stringify({ nodes: [] }), 'format', /talent-graph\.saved-queries/],
    ['a newer version', file([], { version: 2 }), 'version', /version 1 or older/],
    ['no list of queries', file({ a: 1 }), 'queries', /expected a list, got an object/],
    [
      'an entry without a query',
      file([{ name: 'a', query: 'RETURN 1' }, { name: 'b' }]),
      'queries[1].query',
      /expected a string, got nothing/,
    ],
    [
      'a name that is a number',
      file([{ name: 7, query: 'RETURN 1' }]),
      'queries[0].name',
      /expected a string, got number 7/,
    ],
    ['an empty query', file([{ name: 'a', query: '  ' }]), 'queries[0].query', /non-empty Cypher query/],
    [
      'parameters that are not an object',
      file([{ name: 'a', query: 'RETURN 1', params: [1] }]),
      'queries[0].params',
      /expected an object/,
    ],
    [
      'two queries of the same name in the same folder',
      file([
        { name: 'hires', folder: 'Meta', query: 'RETURN 1' },
        { name: 'hires', folder: 'xAI', query: 'RETURN 2' },
        { name: ' hires ', folder: 'Meta ', query: 'RETURN 3' },
      ]),
      'queries[2]',
      /^duplicates queries\[0\]: the same name "hires" in folder "Meta"$/,
    ],
    [
      'two queries of the same name in no folder',
      file([
        { name: 'a', query: 'RETURN 1' },
        { name: 'a', folder: ' ', query: 'RETURN 2' },
      ]),
      'queries[1]',
      /^duplicates queries\[0\]: the same name "a" in no folder$/,
    ],
  ])('refuses %s, saying where', (_what, text, where, what) => {
    const parsed = parseSavedFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.where).toBe(where);
    expect(parsed.what).toMatch(what);
  });

  it('imports after what is saved, skipping queries already saved and keeping another under a numbered name', () => {
    const mem = createQueryMemory(memoryStorage());
    mem.save('hires', 'RETURN "mine"', undefined, 'Meta');
    const parsed = parseSavedFile(
      file([
        { name: 'hires', folder: 'Meta', query: 'RETURN "theirs"' },
        { name: 'hires', folder: 'xAI', query: 'RETURN 2' },
      ]),
    );
    if (!parsed.ok) throw new Error(parsed.what);
    const first = mem.importSaved(parsed.queries);
    // Another query under the name the user's "hires" holds is not lost: it is kept as "hires (2)".
    expect([first.added, first.skipped, first.renamed]).toEqual([2, 0, 1]);
    expect(mem.saved().map((s) => [s.folder, s.name, s.query])).toEqual([
      ['Meta', 'hires', 'RETURN "mine"'],
      ['Meta', 'hires (2)', 'RETURN "theirs"'],
      ['xAI', 'hires', 'RETURN 2'],
    ]);
    // The same file again adds nothing: "theirs" is already saved (as "hires (2)").
    expect(mem.importSaved(parsed.queries)).toMatchObject({ added: 0, skipped: 2, renamed: 0 });
    expect(mem.saved()).toHaveLength(3);
    // Another query again under that name: "hires (3)", as "hires (2)" holds the first.
    mem.importSaved([
      { name: 'hires', folder: 'Meta', query: 'RETURN "third"', at: '2026-12-07T00:00:00.000Z' },
    ]);
    expect(mem.saved().map((s) => s.name)).toEqual(['hires', 'hires (2)', 'hires', 'hires (3)']);
    // The same text with other parameters is another query.
    const withParams = mem.importSaved([
      {
        name: 'hires',
        folder: 'Meta',
        query: 'RETURN "mine"',
        params: { n: 1 },
        at: '2026-12-07T00:00:00.000Z',
      },
    ]);
    expect([withParams.added, withParams.renamed]).toEqual([1, 1]);
    // Under a name of its own: two queries under one name and folder could not be told apart (nor removed apart).
    expect(mem.saved().map((s) => s.name)).toEqual(['hires', 'hires (2)', 'hires', 'hires (3)', 'hires (4)']);
  });
});
