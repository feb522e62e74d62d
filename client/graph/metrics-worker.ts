// The metrics worker: computes an appearance rule's metrics (betweenness is O(nodes × edges)) off the main thread
// for large scenes, so the page stays responsive; metrics-runner.ts starts it and takes its answers.
import { computeAppearance, type AppearanceRule, type SceneStructure } from './metrics.js';

export interface MetricsRequest {
  id: number;
  structure: SceneStructure;
  rule: AppearanceRule;
}

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<MetricsRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, structure, rule } = e.data;
  try {
    scope.postMessage({ id, result: computeAppearance(structure, rule) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
