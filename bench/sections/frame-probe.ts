// An init script for the client benchmark: observes drawing without any help from the app. It wraps the WebGL draw
// calls (a "frame" is one task that issued draw calls, with how many instances or vertices it drew), times every
// requestAnimationFrame callback (noting whether it drew), keeps the browser's long-task entries, and times each WebGL
// context's creation (a synchronous call to the GPU process; the last one says when sigma can draw). A page given a
// __benchFrameDrawn function (cpu-meter.ts) is told of each frame as it ends.

export interface FrameLog {
  frames: { start: number; end: number; draws: number; instances: number }[];
  /** requestAnimationFrame callbacks: start, main-thread duration, whether they issued draw calls. */
  rafs: { start: number; duration: number; drew: boolean }[];
  /** Tasks over 50 ms (PerformanceObserver 'longtask'). */
  longTasks: { start: number; duration: number }[];
  /** Each WebGL context created (canvas.getContext('webgl2' or 'webgl')): when it was asked for and how long it took. */
  webglContexts: { start: number; duration: number }[];
}

/** The WebGL contexts sigma 3 makes as it starts (edges, nodes, hovered nodes). */
export const SIGMA_WEBGL_CONTEXTS = 3;

/** When the page's last WebGL context of the first `count` was made (page time, ms), or null when it made fewer. */
export function contextsReadyAt(log: Pick<FrameLog, 'webglContexts'>, count: number): number | null {
  const made = log.webglContexts.slice(0, count);
  return made.length < count ? null : Math.max(...made.map((c) => c.start + c.duration));
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
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const start = performance.now();
    const context = getContext.call(this, type, ...rest);
    if (/webgl/.test(String(type)) && log.webglContexts.length < MAX) {
      log.webglContexts.push({ start, duration: performance.now() - start });
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
