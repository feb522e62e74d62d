// Position uploads from the layout worker slow down while the user points at the canvas (layout-worker.ts). The
// worker itself is replaced by a stand-in: only the upload timing is under test here, not ForceAtlas2.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSceneGraph, syncSceneGraph } from '../../../../client/graph/scene-graph.js';
import { edge, node } from '../fixtures.js';

vi.mock('graphology-layout-forceatlas2/worker', () => ({
  default: class {
    start() {}
    kill() {}
  },
}));

const { createLayoutRunner, DEFAULT_INTERACTING_COPY_MS } =
  await import('../../../../client/graph/layout-worker.js');

function uploadsIn(ms: number, interacting: () => boolean): number {
  const graph = createSceneGraph();
  syncSceneGraph(graph, {
    nodes: [node('p:1', 'Person'), node('p:2', 'Person'), node('p:3', 'Person')],
    edges: [edge('e:1', 'KNOWS', 'p:1', 'p:2')],
  });
  let uploads = 0;
  graph.on('eachNodeAttributesUpdated', () => uploads++);
  const runner = createLayoutRunner(graph, { copyEveryMs: 50, budgetMs: 60_000, isInteracting: interacting });
  runner.start();
  vi.advanceTimersByTime(ms);
  runner.kill();
  return uploads;
}

describe('the layout runner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('uploads positions at its own pace while nobody points at the canvas', () => {
    expect(uploadsIn(3_000, () => false)).toBeGreaterThanOrEqual(55);
  });

  it('uploads at most once per DEFAULT_INTERACTING_COPY_MS while the user interacts', () => {
    const uploads = uploadsIn(3_000, () => true);
    expect(uploads).toBeGreaterThan(0);
    expect(uploads).toBeLessThanOrEqual(Math.ceil(3_000 / DEFAULT_INTERACTING_COPY_MS) + 1);
  });
});
