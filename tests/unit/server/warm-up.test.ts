// The warm-up before "ready": runs the first screen's work through the services, retries a cold database, and never
// stops a start.
import { describe, expect, it } from 'vitest';
import type { createServices } from '../../../server/context.js';
import { warmUp } from '../../../server/warm-up.js';

type Services = ReturnType<typeof createServices>;

function fakeServices(failures: Record<string, number>, calls: string[]) {
  const step = (name: string, value: unknown) => async () => {
    calls.push(name);
    if ((failures[name] ?? 0) > 0) {
      failures[name]! -= 1;
      throw new Error(`${name} is cold`);
    }
    return value;
  };
  return {
    health: { check: step('health', { status: 'ok' }) },
    schema: { schema: step('schema', {}) },
    views: {
      run: async (name: string, req: { rows?: string }) => {
        expect(name).toBe('story');
        // The client's own request: format 2, so the warm-up runs exactly the first picture's work.
        expect(req.rows).toBe('refs');
        return step('story', { rows: [] })();
      },
    },
    search: { search: step('search', { results: [] }) },
  } as unknown as Services;
}

describe('warmUp', () => {
  it('runs health, schema, the story view and a search, retrying each until the database answers', async () => {
    const calls: string[] = [];
    const report = await warmUp(fakeServices({ schema: 2, story: 1 }, calls), { ceilingMs: 60_000 });
    expect(report.failed).toEqual([]);
    expect(calls).toEqual(['health', 'schema', 'schema', 'schema', 'story', 'story', 'search']);
  });

  it('gives up on a step at the ceiling, reports it and still returns', async () => {
    let clock = 0;
    const calls: string[] = [];
    const report = await warmUp(fakeServices({ search: 1_000 }, calls), {
      ceilingMs: 1_000,
      // Each call to the clock moves it on, so the ceiling passes after a few retries without real waiting.
      now: () => (clock += 300),
    });
    expect(report.failed).toEqual([{ step: 'search', error: 'search is cold' }]);
    expect(calls.filter((c) => c === 'search').length).toBeGreaterThanOrEqual(1);
  });
});
