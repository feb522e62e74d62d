// The client hands on the bookmarks of its last write: the next GETs carry them in Neo4j-Bookmarks and the next
// Cypher request in `bookmarks`, so behind several servers or a Neo4j cluster the page reads what it wrote.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi, writeBookmarks } from '../../../../client/api/api.js';
import { cypherAnswer } from '../answers.js';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown> | null;
}

function fakeServer(answers: Record<string, unknown>[]) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null,
    });
    const answer = answers.shift() ?? { results: [] };
    return new Response(JSON.stringify(answer), { status: 200 });
  });
  return sent;
}

const EMPTY = { nodes: [], edges: [] };
const readAnswer = (bookmarks: string[]) => ({ ...cypherAnswer(EMPTY), bookmarks });
const searchAnswer = { query: 'x', method: 'index', results: [] };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bookmarks of the last write', () => {
  it('sends the last write’s bookmarks with the next reads, and a read does not replace them', async () => {
    const api = createApi();
    const sent = fakeServer([
      readAnswer(['FB:read0']),
      { ...cypherAnswer(EMPTY, { counters: { nodesCreated: 1 } }), bookmarks: ['FB:w1'] },
      searchAnswer,
      readAnswer(['FB:read2']),
      searchAnswer,
    ]);
    await api.cypher('RETURN 1');
    expect(sent[0]!.body).not.toHaveProperty('bookmarks');
    expect(writeBookmarks()).toEqual([]);

    await api.cypher('CREATE ()');
    expect(writeBookmarks()).toEqual(['FB:w1']);

    await api.search('x');
    expect(sent[2]!.headers['Neo4j-Bookmarks']).toBe('FB:w1');

    await api.cypher('RETURN 2');
    expect(sent[3]!.body!.bookmarks).toEqual(['FB:w1']);
    expect(sent[3]!.headers).not.toHaveProperty('Neo4j-Bookmarks');

    await api.search('y');
    expect(sent[4]!.headers['Neo4j-Bookmarks']).toBe('FB:w1');
  });

  it('sends the last write’s bookmarks with a named view (a POST read) in the header', async () => {
    const api = createApi();
    const sent = fakeServer([
      { ...cypherAnswer(EMPTY, { counters: { nodesCreated: 1 } }), bookmarks: ['FB:w2'] },
      readAnswer(['FB:read1']),
    ]);
    await api.cypher('CREATE ()');
    await api.view!('story');
    expect(sent[1]!.headers['Neo4j-Bookmarks']).toBe('FB:w2');
    expect(sent[1]!.body).toEqual({ rows: 'refs' });
  });
});
