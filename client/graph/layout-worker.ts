// ForceAtlas2 in graphology's web-worker supervisor, run on a shadow copy of the scene so that the visible graph
// (and so sigma) is updated at a throttled rate rather than on every iteration. Stops by itself after a budget.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { layoutSettings, removeOverlaps } from './layout.js';
import type { SceneGraph } from './scene-graph.js';

export interface LayoutRunner {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export interface LayoutRunnerOptions {
  /** How often positions are copied to the visible graph, ms (bigger scenes: slower, to keep frames cheap). */
  copyEveryMs?: number;
  /** Stop after this long, ms; the user can start it again. */
  budgetMs?: number;
  onChange?: (running: boolean) => void;
  /** True while the user presses or moves the pointer over the canvas: uploads then come at most every
   * DEFAULT_INTERACTING_COPY_MS, so each costs the page less often while it answers hover, clicks and drags. */
  isInteracting?: () => boolean;
}

/** The least time between two position uploads while the user interacts with the canvas, ms. */
export const DEFAULT_INTERACTING_COPY_MS = 300;

export function createLayoutRunner(graph: SceneGraph, options: LayoutRunnerOptions = {}): LayoutRunner {
  const copyEvery =
    options.copyEveryMs ??
    (graph.order > 5000 ? 1_500 : graph.order > 2000 ? 700 : graph.order > 800 ? 250 : 80);
  const budget = options.budgetMs ?? Math.min(15_000, 2_500 + graph.order * 2);
  let shadow: SceneGraph | null = null;
  let supervisor: FA2LayoutSupervisor | null = null;
  let copyTimer: ReturnType<typeof setInterval> | undefined;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let lastCopy = 0;

  const copyPositions = () => {
    const from = shadow;
    if (!from) return;
    lastCopy = Date.now();
    // One batched update (one graph event) rather than an event per node: sigma then redraws once.
    graph.updateEachNodeAttributes(
      (id, attrs) => {
        if (attrs.pinned || !from.hasNode(id)) return attrs;
        attrs.x = from.getNodeAttribute(id, 'x');
        attrs.y = from.getNodeAttribute(id, 'y');
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  };
  const stop = () => {
    if (!supervisor) return;
    supervisor.kill();
    supervisor = null;
    clearInterval(copyTimer);
    clearTimeout(stopTimer);
    copyPositions();
    shadow = null;
    removeOverlaps(graph);
    options.onChange?.(false);
  };
  return {
    start() {
      if (supervisor || graph.order < 2) return;
      shadow = graph.copy() as SceneGraph;
      // Pinned (dragged) nodes stay put.
      shadow.forEachNode((id, a) => shadow!.setNodeAttribute(id, 'fixed', Boolean(a.pinned)));
      supervisor = new FA2LayoutSupervisor(shadow, {
        settings: layoutSettings(graph),
        getEdgeWeight: 'weight',
      });
      supervisor.start();
      copyTimer = setInterval(() => {
        if (options.isInteracting?.() && Date.now() - lastCopy < DEFAULT_INTERACTING_COPY_MS) return;
        copyPositions();
      }, copyEvery);
      stopTimer = setTimeout(stop, budget);
      options.onChange?.(true);
    },
    stop,
    isRunning: () => supervisor !== null,
    kill: () => {
      options.onChange = undefined;
      stop();
    },
  };
}
