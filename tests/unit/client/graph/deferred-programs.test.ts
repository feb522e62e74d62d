// Deferred sigma programs (client/graph/deferred-programs.ts): nothing is compiled until a pass gives a program
// items, then every call reaches the one real program; and the canvas's own programs (programs.ts) are all deferred
// and keep the label drawers their real programs have.
import type Sigma from 'sigma';
import type { NodeProgramType, EdgeProgramType } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { describe, expect, it, vi } from 'vitest';
import { deferEdgeProgram, deferNodeProgram } from '../../../../client/graph/deferred-programs.js';

/** A stand-in real program that records what it is asked, and how many of it were made. */
function fakeProgram() {
  const calls: string[] = [];
  let made = 0;
  class Real {
    drawLabel = undefined;
    drawHover = undefined;
    constructor(
      readonly gl: unknown,
      readonly picking: unknown,
      readonly renderer: unknown,
    ) {
      made++;
      calls.push('new');
    }
    reallocate(capacity: number) {
      calls.push(`reallocate ${capacity}`);
    }
    process(...args: unknown[]) {
      calls.push(`process ${args.length}`);
    }
    render() {
      calls.push('render');
    }
    kill() {
      calls.push('kill');
    }
  }
  return { Real, calls, made: () => made };
}

const gl = {} as WebGLRenderingContext;
const renderer = {} as Sigma;
const params = {} as RenderParams;
const data = {} as NodeDisplayData;
const label = vi.fn();
const hover = vi.fn();

describe('deferred programs', () => {
  it('makes nothing while every pass gives the program no items', () => {
    const fake = fakeProgram();
    const Deferred = deferNodeProgram(fake.Real as unknown as NodeProgramType, {
      drawLabel: label,
      drawHover: hover,
    });
    const program = new Deferred(gl, null, renderer);
    program.reallocate(0);
    program.render(params);
    program.reallocate(0);
    program.kill();
    expect(fake.made()).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  it('makes the real program once, on the first pass with items, with the arguments sigma gave', () => {
    const fake = fakeProgram();
    const Deferred = deferNodeProgram(fake.Real as unknown as NodeProgramType, {});
    const picking = {} as WebGLFramebuffer;
    const program = new Deferred(gl, picking, renderer);
    program.reallocate(0);
    program.reallocate(3);
    program.process(1, 0, data);
    program.render(params);
    program.reallocate(0);
    program.render(params);
    program.kill();
    expect(fake.made()).toBe(1);
    expect(fake.calls).toEqual([
      'new',
      'reallocate 3',
      'process 3',
      'render',
      // Once made, it is sized like any program, to 0 too (sigma empties it so).
      'reallocate 0',
      'render',
      'kill',
    ]);
  });

  it('makes the real program when it is given an item without a pass (a partial refresh)', () => {
    const fake = fakeProgram();
    const Deferred = deferEdgeProgram(fake.Real as unknown as EdgeProgramType, {});
    const program = new Deferred(gl, null, renderer);
    program.process(0, 0, data, data, {} as never);
    expect(fake.calls).toEqual(['new', 'process 5']);
  });

  it('answers the label drawers it was given before anything is made', () => {
    const node = fakeProgram();
    const edge = fakeProgram();
    const N = deferNodeProgram(node.Real as unknown as NodeProgramType, {
      drawLabel: label,
      drawHover: hover,
    });
    const E = deferEdgeProgram(edge.Real as unknown as EdgeProgramType, { drawLabel: label });
    const n = new N(gl, null, renderer);
    const e = new E(gl, null, renderer);
    expect(n.drawLabel).toBe(label);
    expect(n.drawHover).toBe(hover);
    expect(e.drawLabel).toBe(label);
    expect(
      new (deferEdgeProgram(edge.Real as unknown as EdgeProgramType, {}))(gl, null, renderer).drawLabel,
    ).toBe(undefined);
    expect(node.made() + edge.made()).toBe(0);
  });
});

describe('the canvas’s programs', () => {
  it('are all deferred: sigma can make every one of them without a WebGL call', async () => {
    // sigma's and its plugins' modules read WebGL constants as they load: any numbers do.
    const constants = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? k.length : undefined) });
    vi.stubGlobal('WebGLRenderingContext', constants);
    vi.stubGlobal('WebGL2RenderingContext', constants);
    try {
      const { createPrograms } = await import('../../../../client/graph/programs.js');
      const { nodeProgramClasses, edgeProgramClasses } = createPrograms({ theme: 'light' });
      // Any call on this context (a shader, a buffer, a program) throws.
      const strictGl = new Proxy(
        {},
        {
          get: (_t, k) => {
            throw new Error(`WebGL was used: ${String(k)}`);
          },
        },
      ) as WebGLRenderingContext;
      const nodes = Object.values(nodeProgramClasses).map((P) => new P(strictGl, null, renderer));
      const edges = Object.values(edgeProgramClasses).map((P) => new P(strictGl, null, renderer));
      for (const p of [...nodes, ...edges]) {
        p.reallocate(0);
        p.render(params);
      }
      expect(Object.keys(nodeProgramClasses).sort()).toEqual([
        'circle',
        'diamond',
        'ring',
        'square',
        'triangle',
      ]);
      expect(Object.keys(edgeProgramClasses).sort()).toEqual(['arrow', 'curved', 'line']);
      // Every shape draws its labels and hovers with the canvas's own drawers (label-drawing.ts), the same ones.
      const labels = new Set(nodes.map((p) => p.drawLabel));
      const hovers = new Set(nodes.map((p) => p.drawHover));
      expect(labels.size).toBe(1);
      expect(hovers.size).toBe(1);
      expect([...labels][0]).toBeTypeOf('function');
      expect([...hovers][0]).toBeTypeOf('function');
      const [arrow, curved, line] = ['arrow', 'curved', 'line'].map(
        (k) => new edgeProgramClasses[k]!(strictGl, null, renderer),
      );
      expect(arrow!.drawLabel).toBeTypeOf('function');
      expect(curved!.drawLabel).toBeTypeOf('function');
      expect(curved!.drawLabel).not.toBe(arrow!.drawLabel);
      // sigma's line program has none of its own: sigma's default draws its labels.
      expect(line!.drawLabel).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
