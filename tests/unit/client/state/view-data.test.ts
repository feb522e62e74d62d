// What the canvas and the panels draw from (client/state/view-data.ts): the visibility is computed once per set of
// inputs, and the one before stays known while panels, deferred, still ask for it (client/ui/app-context.tsx).
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../../client/state/app-state.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { activeVisibility } from '../../../../client/state/view-data.js';
import { DEFAULT_FILTERS } from '../../../../client/state/visibility.js';
import { articleGraph } from '../fixtures.js';

describe('activeVisibility', () => {
  it('answers the same inputs with the same visibility', () => {
    const s = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const v = activeVisibility(s);
    expect(v.nodes.size).toBe(8);
    expect(activeVisibility({ ...s })).toBe(v);
  });

  it('keeps the visibility before the newest: the canvas asks for the new one while the panels still ask for it', () => {
    const before = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const after = { ...before, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Event'] } };
    const old = activeVisibility(before);
    const now = activeVisibility(after);
    expect(now).not.toBe(old);
    expect(now.nodes.size).toBeLessThan(old.nodes.size);
    expect(activeVisibility(before)).toBe(old);
    expect(activeVisibility(after)).toBe(now);
  });

  it('forgets all but the last two', () => {
    const base = { ...initialState(), scene: sceneFromGraph(articleGraph()) };
    const first = activeVisibility(base);
    activeVisibility({ ...base, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Event'] } });
    activeVisibility({ ...base, filters: { ...DEFAULT_FILTERS, hiddenLabels: ['Person'] } });
    const again = activeVisibility(base);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
