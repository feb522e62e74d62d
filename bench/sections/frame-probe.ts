// An init script for the client benchmark: observes drawing without any help from the app. It wraps the WebGL draw
// calls (a "frame" is one task that issued draw calls, with how many instances or vertices it drew), times every
// requestAnimationFrame callback (noting whether it drew), keeps the browser's long-task entries, and times each new
// WebGL context's creation with its canvas's class (a synchronous call to the GPU process; sigma's three layers say
// when sigma has started). A page given a __benchFrameDrawn function (cpu-meter.ts) is told of each frame as it ends.

export interface FrameLog {
  frames: { start: number; end: number; draws: number; instances: number }[];
  /** requestAnimationFrame callbacks: start, main-thread duration, whether they issued draw calls. */
  rafs: { start: number; duration: number; drew: boolean }[];
  /** Tasks over 50 ms (PerformanceObserver 'longtask'). */
  longTasks: { start: number; duration: number }[];
  /**
   * Each WebGL context made (a getContext call that returned a context the page did not have yet): when it was asked
   * for, how long it took, and its canvas's class (sigma names its layers sigma-edges, sigma-nodes, …).
   */
  webglContexts: { start: number; duration: number; canvasClass: string }[];
}

/** The WebGL layers sigma 3 makes as it starts, by their canvases' classes. */
export const SIGMA_WEBGL_LAYERS = ['sigma-edges', 'sigma-nodes', 'sigma-hoverNodes'] as const;

/**
 * When the first WebGL context of each of sigma's layers had been made (page time, ms), or null when one is missing.
 * Sigma still sizes its layers and compiles its programs after that, so this is when sigma started, the earliest it
 * could draw: a lower bound of "ready to draw".
 */
export function contextsReadyAt(log: Pick<FrameLog, 'webglContexts'>): number | null {
  let last = -Infinity;
  for (const layer of SIGMA_WEBGL_LAYERS) {
    const made = log.webglContexts.find((c) => c.canvasClass.split(/\s+/).includes(layer));
    if (!made) return null;
    last = Math.max(last, made.start + made.duration);
  }
  return last;
}

/** One navigation's milestones (page time, ms), and which of the two a first frame needs came last. */
export interface NavigationWait {
  domContentLoaded: number | null;
  answered: number | null;
  contextsReady: number | null;
  firstFrame: number | null;
  /**
   * "the answer" when the scene's answer arrived after sigma's WebGL contexts were made, "the page" when it arrived
   * first (or at the same moment), "—" when one of them is unknown; for a page that makes sigma only once its answer
   * is in (bare sigma's), the answer by construction.
   */
  waitedFor: 'the answer' | 'the page' | 'the answer (sigma made after it)' | '—';
  /** From the later of the two to the end of the first frame (ms); null for a page that makes sigma after its answer. */
  drawnAfterBoth: number | null;
  /** From the answer's arrival to the end of the first frame (ms): the same span for any page. */
  drawnAfterAnswer: number | null;
}

/**
 * What a navigation's first frame waited for last, from its milestones (page time, ms). The answer is the scene
 * query's `responseEnd`; `contextsReady` is contextsReadyAt's lower bound, so "the answer" can be said of a page
 * still starting sigma when its answer came.
 */
export function navigationWait(p: {
  answered: number | null;
  contextsReady: number | null;
  firstFrame?: number;
  domContentLoaded?: number;
  /** The page makes sigma only once its answer is in: which came last is known without measuring it. */
  sigmaAfterAnswer?: boolean;
}): NavigationWait {
  const { answered, contextsReady: ready } = p;
  const frame = p.firstFrame ?? null;
  const drawnAfterAnswer = answered === null || frame === null ? null : frame - answered;
  const common = {
    domContentLoaded: p.domContentLoaded ?? null,
    answered,
    contextsReady: ready,
    firstFrame: frame,
  };
  if (p.sigmaAfterAnswer)
    return {
      ...common,
      waitedFor: 'the answer (sigma made after it)',
      drawnAfterBoth: null,
      drawnAfterAnswer,
    };
  return {
    ...common,
    waitedFor: answered === null || ready === null ? '—' : answered > ready ? 'the answer' : 'the page',
    drawnAfterBoth:
      answered === null || ready === null || frame === null ? null : frame - Math.max(answered, ready),
    drawnAfterAnswer,
  };
}

/** Runs in the page before any app script. Plain JavaScript (it is injected as text). */
export const FRAME_PROBE = `(() => {
  const MAX = 20000;
  const log = { frames: [], rafs: [], longTasks: [], webglContexts: [] };
  const cap = (list) => { if (list.length > MAX) list.splice(0, MAX / 2); };
  let current = null;
  let drewInRaf = false;
  const note = (instances) => {
    const now = performance.now();
    drewInRaf = true;
    if (!current) {
      current = { start: now, end: now, draws: 0, instances: 0 };
      log.frames.push(current);
      cap(log.frames);
      queueMicrotask(() => {
        const frame = current;
        current = null;
        // A bench measuring the page (cpu-meter.ts) is told of each frame as it ends.
        if (typeof window.__benchFrameDrawn === 'function') window.__benchFrameDrawn(frame.instances);
      });
    }
    current.end = now;
    current.draws += 1;
    current.instances += instances;
  };
  // Which argument holds the instance count (instanced calls) or the vertex/index count (plain calls).
  const calls = { drawArraysInstanced: 3, drawElementsInstanced: 4, drawArrays: 2, drawElements: 1 };
  for (const ctor of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!ctor) continue;
    for (const [name, index] of Object.entries(calls)) {
      const original = ctor.prototype[name];
      if (typeof original !== 'function') continue;
      ctor.prototype[name] = function (...args) {
        note(Number(args[index]) || 0);
        return original.apply(this, args);
      };
    }
  }
  // Only a context the page did not have yet counts: a second getContext on a canvas returns its context at once,
  // and a refused one (null, as before a fallback from webgl2 to webgl) made nothing.
  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  const seen = new WeakSet();
  HTMLCanvasElement.prototype.getContext = function getContext(type, ...rest) {
    const start = performance.now();
    const context = originalGetContext.call(this, type, ...rest);
    if (context && /webgl/.test(String(type)) && !seen.has(context) && log.webglContexts.length < MAX) {
      seen.add(context);
      log.webglContexts.push({ start, duration: performance.now() - start, canvasClass: String(this.className) });
    }
    return context;
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((ts) => {
    const start = performance.now();
    drewInRaf = false;
    try {
      callback(ts);
    } finally {
      log.rafs.push({ start, duration: performance.now() - start, drew: drewInRaf });
      cap(log.rafs);
    }
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration });
      cap(log.longTasks);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  window.__benchFrames = log;
})();`;
