// Computes an appearance rule's metrics for the scene: at once on the main thread for ordinary scenes, in a Web
// Worker (metrics-worker.ts) above DEFAULT_METRICS_WORKER_MIN_NODES, where betweenness would freeze the page for
// seconds. Only the answer to the latest request is delivered; older ones are dropped.
import {
  computeAppearance,
  type AppearanceResult,
  type AppearanceRule,
  type SceneStructure,
} from './metrics.js';

/** Scenes with at least this many visible nodes have their metrics computed in a worker. */
export const DEFAULT_METRICS_WORKER_MIN_NODES = 2_000;

export interface MetricsRunner {
  /** The result now (small scenes), or null: it will come through onResult (large scenes). */
  request(structure: SceneStructure, rule: AppearanceRule): AppearanceResult | null;
  kill(): void;
}

export interface MetricsRunnerOptions {
  onResult(result: AppearanceResult): void;
  /** A worker could not compute (or start): the message, for the console. */
  onError?(message: string): void;
  workerMinNodes?: number;
}

interface MetricsAnswer {
  id: number;
  result?: AppearanceResult;
  error?: string;
}

export function createMetricsRunner(options: MetricsRunnerOptions): MetricsRunner {
  const minNodes = options.workerMinNodes ?? DEFAULT_METRICS_WORKER_MIN_NODES;
  let worker: Worker | null = null;
  let latest = 0;

  const startWorker = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === 'undefined') return null;
    try {
      worker = new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      options.onError?.(err instanceof Error ? err.message : String(err));
      return null;
    }
    worker.onmessage = (e: MessageEvent<MetricsAnswer>) => {
      if (e.data.id !== latest) return;
      if (e.data.result) options.onResult(e.data.result);
      else options.onError?.(e.data.error ?? 'metrics worker failed');
    };
    worker.onerror = (e) => options.onError?.(e.message);
    return worker;
  };

  return {
    request(structure, rule) {
      const id = ++latest;
      // Degree (the default size) is one pass over the edges: only PageRank, betweenness and Louvain go to the worker.
      const heavy = [rule.size, rule.color].some(
        (m) => m === 'pagerank' || m === 'betweenness' || m === 'community',
      );
      if (structure.nodes.length < minNodes || !heavy) return computeAppearance(structure, rule);
      const w = startWorker();
      if (!w) return computeAppearance(structure, rule);
      w.postMessage({ id, structure, rule });
      return null;
    },
    kill() {
      latest++;
      worker?.terminate();
      worker = null;
    },
  };
}
