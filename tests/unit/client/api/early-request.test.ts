// The boot entry's early request (client/api/early-request.ts): which request a page address makes first, so the
// server answers while the bundle loads — a link's query, or with no link the story, never a guess that is wrong.
import { describe, expect, it } from 'vitest';
import {
  dropEarlyRequest,
  earlyRequestFor,
  FIRST_VIEW_PATH,
  startEarlyRequest,
  takeEarlyRequest,
  viewBody,
} from '../../../../client/api/early-request.js';
import { STORY_VIEW } from '../../../../model/view-queries.js';

describe('the page’s first request', () => {
  it('is the story for a page with no link, whatever its language, theme or mode', () => {
    for (const search of ['', '?lang=ar', '?lang=ar&theme=dark&mode=flows', '?q=%20%20']) {
      expect(earlyRequestFor(search), search).toEqual({ path: '/api/views/story', body: '{"rows":"refs"}' });
    }
  });

  it("is a query link's Cypher, as api.cypher sends it", () => {
    expect(earlyRequestFor('?q=MATCH%20(n)%20RETURN%20n')).toEqual({
      path: '/api/cypher',
      body: JSON.stringify({ query: 'MATCH (n) RETURN n', params: {}, rows: 'refs' }),
    });
  });

  it('is left to the app when the link opens something the boot entry does not build (parameters, nodes)', () => {
    expect(earlyRequestFor('?q=MATCH%20(n)%20RETURN%20n&params=%7B%7D')).toBeNull();
    expect(earlyRequestFor('?n=person:xinlei-chen&n=org:xai')).toBeNull();
  });

  it("names the model's story view and builds the body as api.view does", () => {
    expect(FIRST_VIEW_PATH).toBe(`/api/views/${STORY_VIEW.name}`);
    expect(JSON.parse(viewBody(['a', 'b']))).toEqual({ rows: 'refs', ids: ['a', 'b'] });
  });

  it('is taken once by the matching request, and not at all once dropped after the first picture', () => {
    const story = { method: 'POST', body: viewBody() };
    startEarlyRequest('');
    expect(takeEarlyRequest('/api/cypher', story)).toBeNull();
    expect(takeEarlyRequest(FIRST_VIEW_PATH, story)).not.toBeNull();
    expect(takeEarlyRequest(FIRST_VIEW_PATH, story)).toBeNull();
    startEarlyRequest('');
    dropEarlyRequest();
    expect(takeEarlyRequest(FIRST_VIEW_PATH, story)).toBeNull();
  });
});
