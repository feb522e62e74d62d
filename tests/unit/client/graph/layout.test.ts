// Which layout a scene gets after new data: a scene that is mostly new is laid out whole, not left where its new
// nodes were first placed (BENCHMARKS.md Finding 9).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_LAYOUT_MAX_NODES, planLayout } from '../../../../client/graph/layout.js';

describe('planLayout', () => {
  it('lays out a fresh scene synchronously when small and in the worker when big', () => {
    expect(planLayout({ order: 50, added: 50, fresh: true })).toBe('sync');
    expect(planLayout({ order: DEFAULT_SYNC_LAYOUT_MAX_NODES + 1, added: 0, fresh: true })).toBe('worker');
    expect(planLayout({ order: 0, added: 0, fresh: true })).toBe('none');
  });

  it('settles the new nodes of a small grown scene and leaves an unchanged one alone', () => {
    expect(planLayout({ order: 400, added: 390, fresh: false })).toBe('settle');
    expect(planLayout({ order: 400, added: 0, fresh: false })).toBe('none');
  });

  it('lays out a big scene that shares one node with the previous one', () => {
    expect(planLayout({ order: 10_001, added: 10_000, fresh: false })).toBe('worker');
  });

  it('lays out a big scene that gained more new nodes than a synchronous settle handles', () => {
    expect(planLayout({ order: 5_000, added: DEFAULT_SYNC_LAYOUT_MAX_NODES + 1, fresh: false })).toBe(
      'worker',
    );
  });

  it('keeps a big scene in place when a few nodes are added to it', () => {
    expect(planLayout({ order: 5_000, added: 20, fresh: false })).toBe('none');
    expect(planLayout({ order: 1_000, added: 500, fresh: false })).toBe('none');
  });
});
