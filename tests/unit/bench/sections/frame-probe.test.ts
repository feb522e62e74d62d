// The client bench's frame probe (bench/sections/frame-probe.ts): its getContext wrapper, run as the page runs it
// (the init script's text) against a stand-in canvas, and what a 1k navigation's first frame waited for last. The
// times are made-up page times, in ms.
import { describe, expect, it } from 'vitest';
import {
  contextsReadyAt,
  FRAME_PROBE,
  navigationWait,
  type FrameLog,
} from '../../../../bench/sections/frame-probe.js';

/** A canvas that makes one context per type (null for a refused type) and counts what it was asked. */
class StubCanvas {
  static refused = new Set<string>();
  className = '';
  calls: unknown[][] = [];
  private contexts = new Map<string, object>();
  getContext(type: string, ...rest: unknown[]): object | null {
    this.calls.push([type, ...rest]);
    if (type === 'throw') throw new Error('no such context');
    if (StubCanvas.refused.has(type)) return null;
    let c = this.contexts.get(type);
    if (!c) this.contexts.set(type, (c = { type, canvas: this }));
    return c;
  }
}

/** Runs the probe's text with stand-ins for the page's globals; returns its log. */
function runProbe(): FrameLog {
  const win: Record<string, unknown> = { requestAnimationFrame: (cb: (t: number) => void) => cb(0) };
  let now = 0;
  const perf = { now: () => (now += 5) };
  new Function(
    'window',
    'HTMLCanvasElement',
    'performance',
    'queueMicrotask',
    'PerformanceObserver',
    FRAME_PROBE,
  )(win, StubCanvas, perf, queueMicrotask, undefined);
  return win.__benchFrames as FrameLog;
}

describe('the frame probe’s getContext wrapper', () => {
  const original = StubCanvas.prototype.getContext;

  it('logs each new WebGL context once, with its canvas class, and passes calls through unchanged', () => {
    const log = runProbe();
    try {
      const canvas = new StubCanvas();
      canvas.className = 'sigma-edges';
      const options = { antialias: false };
      const gl = canvas.getContext('webgl2', options);
      expect(gl).toEqual({ type: 'webgl2', canvas });
      expect(canvas.calls).toEqual([['webgl2', options]]);
      // The same canvas asked again returns its context and makes nothing new; 2D contexts are not WebGL.
      expect(canvas.getContext('webgl2', options)).toBe(gl);
      canvas.getContext('2d');
      expect(log.webglContexts).toEqual([{ start: 5, duration: 5, canvasClass: 'sigma-edges' }]);
      expect(() => canvas.getContext('throw')).toThrow('no such context');
    } finally {
      StubCanvas.prototype.getContext = original;
    }
  });

  it('does not log a refused context (a fallback from webgl2 to webgl logs only the one made)', () => {
    StubCanvas.refused = new Set(['webgl2']);
    const log = runProbe();
    try {
      const canvas = new StubCanvas();
      canvas.className = 'sigma-nodes';
      expect(canvas.getContext('webgl2')).toBeNull();
      expect(canvas.getContext('webgl')).not.toBeNull();
      expect(log.webglContexts.map((c) => c.canvasClass)).toEqual(['sigma-nodes']);
    } finally {
      StubCanvas.prototype.getContext = original;
      StubCanvas.refused = new Set();
    }
  });
});

const made = (...contexts: [number, number, string][]) => ({
  webglContexts: contexts.map(([start, duration, canvasClass]) => ({ start, duration, canvasClass })),
});

describe('contextsReadyAt', () => {
  it('is when the last of sigma’s three layers had its context, whichever took longest', () => {
    expect(
      contextsReadyAt(
        made([400, 90, 'sigma-edges'], [495, 20, 'sigma-nodes'], [520, 15, 'sigma-hoverNodes']),
      ),
    ).toBe(535);
    expect(
      contextsReadyAt(
        made([400, 200, 'sigma-edges'], [405, 20, 'sigma-nodes'], [430, 15, 'sigma-hoverNodes']),
      ),
    ).toBe(600);
  });

  it('leaves out WebGL contexts that are not sigma’s layers, made before or after them', () => {
    expect(
      contextsReadyAt(
        made(
          [100, 30, 'warm-up'],
          [400, 50, 'sigma-edges'],
          [455, 20, 'sigma-nodes'],
          [480, 20, 'sigma-hoverNodes'],
          [2_000, 30, 'sigma-edges'],
        ),
      ),
    ).toBe(500);
  });

  it('is null when one of sigma’s layers has no context', () => {
    expect(contextsReadyAt(made([400, 50, 'sigma-edges'], [455, 20, 'sigma-nodes']))).toBeNull();
    expect(contextsReadyAt(made())).toBeNull();
  });
});

describe('navigationWait', () => {
  it('says the frame waited for the answer when it arrived after sigma started', () => {
    expect(navigationWait({ answered: 820, contextsReady: 650, firstFrame: 950 })).toEqual({
      domContentLoaded: null,
      answered: 820,
      contextsReady: 650,
      firstFrame: 950,
      waitedFor: 'the answer',
      drawnAfterBoth: 130,
      drawnAfterAnswer: 130,
    });
  });

  it('says the frame waited for the page when the answer was there first or at the same moment', () => {
    const wait = navigationWait({
      answered: 320,
      contextsReady: 570,
      firstFrame: 850,
      domContentLoaded: 400,
    });
    expect(wait).toMatchObject({
      waitedFor: 'the page',
      domContentLoaded: 400,
      drawnAfterBoth: 280,
      drawnAfterAnswer: 530,
    });
    expect(navigationWait({ answered: 570, contextsReady: 570, firstFrame: 850 }).waitedFor).toBe('the page');
  });

  it('says a page that makes sigma after its answer waited for the answer, whatever the contexts’ times', () => {
    expect(
      navigationWait({ answered: 500, contextsReady: 580, firstFrame: 680, sigmaAfterAnswer: true }),
    ).toEqual({
      domContentLoaded: null,
      answered: 500,
      contextsReady: 580,
      firstFrame: 680,
      waitedFor: 'the answer (sigma made after it)',
      drawnAfterBoth: null,
      drawnAfterAnswer: 180,
    });
  });

  it('says nothing it cannot know', () => {
    expect(navigationWait({ answered: null, contextsReady: 570, firstFrame: 900 })).toMatchObject({
      waitedFor: '—',
      drawnAfterBoth: null,
      drawnAfterAnswer: null,
    });
    expect(navigationWait({ answered: 320, contextsReady: null, firstFrame: 900 })).toMatchObject({
      waitedFor: '—',
      drawnAfterBoth: null,
      drawnAfterAnswer: 580,
    });
  });
});
