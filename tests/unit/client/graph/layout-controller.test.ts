// Layout scheduling without a worker or WebGL: a big new scene's layout starts only after its first frame, counts as
// running from the moment it is scheduled, and stopping, restarting and replacing the scene do what they say.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_LAYOUT_MAX_NODES } from '../../../../client/graph/layout.js';
import { createLayoutController } from '../../../../client/graph/layout-controller.js';
import type { LayoutRunner, LayoutRunnerOptions } from '../../../../client/graph/layout-worker.js';
import type { SceneGraph } from '../../../../client/graph/scene-graph.js';
import { chainScene } from './scene-fixtures.js';

/** A controller over fake runners and a frame the test draws by hand. */
function harness(graph: SceneGraph) {
  const runners: (LayoutRunner & { options: LayoutRunnerOptions; running: boolean })[] = [];
  const frames: (() => void)[] = [];
  const changes: boolean[] = [];
  let frameReleases = 0;
  const controller = createLayoutController(graph, {
    onLayoutChange: (running) => changes.push(running),
    releaseFrame: () => frameReleases++,
    createRunner: (_graph, options) => {
      const runner = {
        options,
        running: false,
        start() {
          runner.running = true;
          options.onChange?.(true);
        },
        stop() {
          if (!runner.running) return;
          runner.running = false;
          options.onChange?.(false);
        },
        isRunning: () => runner.running,
        kill() {
          runner.running = false;
        },
      };
      runners.push(runner);
      return runner;
    },
    afterNextFrame: (run) => {
      frames.push(run);
      return () => frames.splice(frames.indexOf(run), 1);
    },
  });
  const drawFrame = () => frames.splice(0).forEach((run) => run());
  return { controller, runners, frames, changes, drawFrame, frameReleases: () => frameReleases };
}

describe('the layout controller', () => {
  it('starts the worker layout for a big new scene only after the scene has been drawn', () => {
    const graph = chainScene(DEFAULT_SYNC_LAYOUT_MAX_NODES + 50);
    const h = harness(graph);
    expect(h.controller.place(graph.nodes(), true)).toBe('worker');
    // Scheduled: it counts as running (the button shows it) but no worker exists before the first frame.
    expect(h.runners).toHaveLength(0);
    expect(h.controller.isBusy()).toBe(true);
    expect(h.controller.isRunning()).toBe(false);
    expect(h.changes).toEqual([true]);
    h.drawFrame();
    expect(h.runners).toHaveLength(1);
    expect(h.controller.isRunning()).toBe(true);
    expect(h.frameReleases()).toBeGreaterThanOrEqual(2);
  });

  it('lays out a small new scene at once, without a worker', () => {
    const graph = chainScene(40);
    const h = harness(graph);
    const { x, y } = graph.getNodeAttributes('p:0');
    expect(h.controller.place(graph.nodes(), true)).toBe('sync');
    expect(h.frames).toHaveLength(0);
    expect(h.runners).toHaveLength(0);
    expect(h.controller.isBusy()).toBe(false);
    const after = graph.getNodeAttributes('p:0');
    expect([after.x, after.y]).not.toEqual([x, y]);
  });

  it('never starts a scheduled layout the user stopped before the first frame', () => {
    const graph = chainScene(DEFAULT_SYNC_LAYOUT_MAX_NODES + 50);
    const h = harness(graph);
    h.controller.place(graph.nodes(), true);
    h.controller.stop();
    expect(h.controller.isBusy()).toBe(false);
    expect(h.changes).toEqual([true, false]);
    h.drawFrame();
    expect(h.runners).toHaveLength(0);
  });

  it('starts again on a replaced scene rather than keep the old scene’s worker', () => {
    const graph = chainScene(DEFAULT_SYNC_LAYOUT_MAX_NODES + 50);
    const h = harness(graph);
    h.controller.place(graph.nodes(), true);
    h.drawFrame();
    const first = h.runners[0]!;
    h.controller.place(graph.nodes(), true);
    expect(first.isRunning()).toBe(false);
    h.drawFrame();
    expect(h.runners).toHaveLength(2);
    expect(h.runners[1]!.isRunning()).toBe(true);
  });

  it('does not start a second worker while one runs, and halts for good', () => {
    const graph = chainScene(DEFAULT_SYNC_LAYOUT_MAX_NODES + 50);
    const h = harness(graph);
    h.controller.start();
    h.controller.start();
    expect(h.runners).toHaveLength(1);
    h.controller.halt();
    expect(h.controller.isBusy()).toBe(false);
    expect(h.changes.at(-1)).toBe(false);
  });

  it('passes the pointer’s interaction state to the runner, which slows its uploads while the user points', () => {
    const graph = chainScene(DEFAULT_SYNC_LAYOUT_MAX_NODES + 50);
    let interacting = false;
    const seen: (boolean | undefined)[] = [];
    const controller = createLayoutController(graph, {
      isInteracting: () => interacting,
      createRunner: (_g, options) => {
        seen.push(options.isInteracting?.());
        interacting = true;
        seen.push(options.isInteracting?.());
        return { start() {}, stop() {}, isRunning: () => false, kill() {} };
      },
    });
    controller.start();
    expect(seen).toEqual([false, true]);
  });
});
