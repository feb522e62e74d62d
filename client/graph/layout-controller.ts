// Layout scheduling, as one controller: which layout a scene change gets (planLayout), starting the worker layout
// only after the new scene's first frame, stopping and restarting it. Runner and frame scheduling are injectable, so
// the decisions are unit-tested without a worker or WebGL.
import { layoutNow, planLayout, settleNewNodes, type LayoutPlan } from './layout.js';
import { createLayoutRunner, type LayoutRunner, type LayoutRunnerOptions } from './layout-worker.js';
import type { SceneGraph } from './scene-graph.js';

export interface LayoutController {
  /** Lays out the scene after a change of `added` new nodes (`fresh`: a new scene) and says how. */
  place(added: string[], fresh: boolean): LayoutPlan;
  /** Starts the worker layout now (the user's button), unless it runs already. */
  start(): void;
  /** Stops the layout (the user's button): positions so far are kept. */
  stop(): void;
  /** Ends any layout, scheduled or running, for good (a new scene or positions from elsewhere replace it). */
  halt(): void;
  /** True while the worker layout runs or is scheduled to start. */
  isBusy(): boolean;
  /** True while the worker layout runs (not merely scheduled). */
  isRunning(): boolean;
  kill(): void;
}

export interface LayoutControllerOptions {
  /** The layout started or stopped (the toolbar's button follows it). */
  onLayoutChange?(running: boolean): void;
  /** The layout's state changed in a way the drawn view depends on (large scenes draw no edges while it runs). */
  onViewChange?(): void;
  /** Sigma must frame the scene afresh: a layout is about to move every node. */
  releaseFrame?(): void;
  /** While the user presses or moves the pointer over the canvas, position uploads slow down (layout-worker.ts). */
  isInteracting?(): boolean;
  createRunner?(graph: SceneGraph, options: LayoutRunnerOptions): LayoutRunner;
  /** Calls `run` once the next frame has been drawn; returns a cancel function. */
  afterNextFrame?(run: () => void): () => void;
}

/** Sigma's render is requested before this frame callback, so it has drawn by the time the timeout runs. */
function afterBrowserFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function createLayoutController(
  graph: SceneGraph,
  options: LayoutControllerOptions = {},
): LayoutController {
  const createRunner = options.createRunner ?? createLayoutRunner;
  const afterNextFrame = options.afterNextFrame ?? afterBrowserFrame;
  let runner: LayoutRunner | null = null;
  // Set while a worker layout waits for the scene's first frame (see startAfterFrame).
  let pending: { cancel: () => void } | null = null;

  const cancelPending = () => {
    if (!pending) return false;
    pending.cancel();
    pending = null;
    return true;
  };

  const halt = () => {
    const was = Boolean(runner?.isRunning()) || cancelPending();
    runner?.kill();
    runner = null;
    if (was) options.onLayoutChange?.(false);
  };

  const start = () => {
    cancelPending();
    if (runner?.isRunning()) return;
    halt();
    options.releaseFrame?.();
    runner = createRunner(graph, {
      onChange: (running) => {
        options.onViewChange?.();
        options.onLayoutChange?.(running);
      },
      isInteracting: options.isInteracting,
    });
    runner.start();
  };

  // A worker layout for a new scene starts only after the scene has been drawn once: copying the graph and starting
  // the worker would otherwise hold back the first frame. It counts as running from the moment it is scheduled.
  const startAfterFrame = () => {
    // A running layout works on a copy of the old scene: start again on the new one.
    halt();
    const mine = {
      cancel: afterNextFrame(() => {
        if (pending !== mine) return;
        pending = null;
        start();
      }),
    };
    pending = mine;
    options.onLayoutChange?.(true);
  };

  return {
    place(added, fresh) {
      const plan = planLayout({ order: graph.order, added: added.length, fresh });
      if (plan === 'sync' || plan === 'worker') options.releaseFrame?.();
      if (plan === 'sync') layoutNow(graph);
      else if (plan === 'worker') startAfterFrame();
      else if (plan === 'settle') settleNewNodes(graph, added);
      return plan;
    },
    start,
    stop() {
      if (cancelPending()) options.onLayoutChange?.(false);
      runner?.stop();
    },
    halt,
    isBusy: () => Boolean(runner?.isRunning()) || pending !== null,
    isRunning: () => Boolean(runner?.isRunning()),
    kill() {
      cancelPending();
      halt();
    },
  };
}
