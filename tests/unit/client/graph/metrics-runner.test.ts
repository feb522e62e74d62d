// The metrics runner: ordinary scenes (and degree alone) are measured at once; a large scene's PageRank or betweenness
// goes to the worker, and only the answer to the latest request is delivered. A stand-in Worker records messages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMetricsRunner } from '../../../../client/graph/metrics-runner.js';
import { computeAppearance, type SceneStructure } from '../../../../client/graph/metrics.js';

class FakeWorker {
  static last: FakeWorker | null = null;
  sent: Array<{ id: number }> = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: { id: number }) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

const path = (n: number): SceneStructure => ({
  nodes: Array.from({ length: n }, (_, i) => `n${i}`),
  edges: Array.from({ length: n - 1 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]),
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('metrics runner', () => {
  it('measures a scene under the threshold at once, and degree alone at any size', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onResult = vi.fn();
    const runner = createMetricsRunner({ onResult, workerMinNodes: 10 });
    const rule = { size: 'pagerank', color: 'betweenness' } as const;
    expect(runner.request(path(5), rule)).toEqual(computeAppearance(path(5), rule));
    expect(runner.request(path(50), { size: 'degree', color: 'kind' })).not.toBeNull();
    expect(FakeWorker.last).toBeNull();
    expect(onResult).not.toHaveBeenCalled();
  });

  it('sends a large scene’s heavy metrics to the worker and delivers only the latest answer', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onResult = vi.fn();
    const runner = createMetricsRunner({ onResult, workerMinNodes: 10 });
    expect(runner.request(path(20), { size: 'degree', color: 'betweenness' })).toBeNull();
    expect(runner.request(path(30), { size: 'pagerank', color: 'kind' })).toBeNull();
    const worker = FakeWorker.last!;
    const [first, second] = worker.sent;
    const answer = { sizeValues: { n0: 1 }, ranges: null };
    worker.onmessage!({ data: { id: first!.id, result: answer } });
    expect(onResult).not.toHaveBeenCalled();
    worker.onmessage!({ data: { id: second!.id, result: answer } });
    expect(onResult).toHaveBeenCalledWith(answer);
    runner.kill();
    expect(worker.terminated).toBe(true);
  });

  it('measures on the page when there is no Worker', () => {
    vi.stubGlobal('Worker', undefined);
    const runner = createMetricsRunner({ onResult: vi.fn(), workerMinNodes: 10 });
    expect(runner.request(path(20), { size: 'betweenness', color: 'kind' })?.sizeValues?.n10).toBeGreaterThan(
      0,
    );
  });
});
