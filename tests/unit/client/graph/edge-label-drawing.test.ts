// Curved edge labels with Arabic are drawn whole (shaped and ordered by the browser), not letter by letter; straight
// ones sit on the stretch of their edge clear of node labels, shortened at whole words.
import { describe, expect, it } from 'vitest';
import {
  createStraightEdgeLabel,
  withWholeRtlCurvedLabel,
} from '../../../../client/graph/edge-label-drawing.js';
import type { LabelLook } from '../../../../client/graph/label-drawing.js';

function fakeContext() {
  const calls: { op: string; args: unknown[]; direction?: string; textAlign?: string }[] = [];
  const ctx = {
    direction: 'ltr',
    textAlign: 'left',
    font: '',
    fillStyle: '',
    save: () => calls.push({ op: 'save', args: [] }),
    restore: () => calls.push({ op: 'restore', args: [] }),
    translate: (...args: unknown[]) => calls.push({ op: 'translate', args }),
    rotate: (...args: unknown[]) => calls.push({ op: 'rotate', args }),
    // 6 px a character: enough to reason about room on the curve.
    measureText: (t: string) => ({ width: t.length * 6 }),
    fillText(...args: unknown[]) {
      calls.push({ op: 'fillText', args, direction: this.direction, textAlign: this.textAlign });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const settings = {
  edgeLabelSize: 12,
  edgeLabelFont: 'sans-serif',
  edgeLabelWeight: 'normal',
  edgeLabelColor: { color: '#333' },
};
const source = { x: 0, y: 0, size: 5 };
const target = { x: 300, y: 0, size: 5 };
const opts = { curvatureAttribute: 'curvature', defaultCurvature: 0.25 };

describe('withWholeRtlCurvedLabel', () => {
  it('draws an Arabic label as one right-to-left string turned along the curve', () => {
    const perLetter: string[] = [];
    const draw = withWholeRtlCurvedLabel((_c, e) => perLetter.push(String(e.label)), opts);
    const { ctx, calls } = fakeContext();
    draw(ctx, { label: '4 بالاسم', size: 2 }, source, target, settings);
    expect(perLetter).toEqual([]);
    const texts = calls.filter((c) => c.op === 'fillText');
    expect(texts).toEqual([
      { op: 'fillText', args: ['4 بالاسم', 0, 0], direction: 'rtl', textAlign: 'center' },
    ]);
    // Drawn at the middle of the curve, which bows away from the straight line between the nodes.
    const at = calls.find((c) => c.op === 'translate')!.args as number[];
    expect(at[0]).toBeCloseTo(150, 0);
    expect(at[1]).not.toBe(0);
  });

  it('leaves a label with no right-to-left text to the per-letter drawing', () => {
    const perLetter: string[] = [];
    const draw = withWholeRtlCurvedLabel((_c, e) => perLetter.push(String(e.label)), opts);
    const { ctx, calls } = fakeContext();
    draw(ctx, { label: '4 named', size: 2 }, source, target, settings);
    expect(perLetter).toEqual(['4 named']);
    expect(calls.filter((c) => c.op === 'fillText')).toEqual([]);
  });

  it('shortens a label that does not fit between the nodes with an ellipsis, and drops one with no room', () => {
    const draw = withWholeRtlCurvedLabel(() => undefined, opts);
    const long = 'مغادرات مُبلَّغ عنها من Meta إلى OpenAI منذ يناير';
    const near = { x: 150, y: 0, size: 5 };
    const { ctx, calls } = fakeContext();
    draw(ctx, { label: long, size: 2 }, source, near, settings);
    const [shown] = calls.find((c) => c.op === 'fillText')!.args as string[];
    expect(shown!.endsWith('…')).toBe(true);
    expect(shown!.length).toBeLessThan(long.length);
    const tiny = fakeContext();
    draw(tiny.ctx, { label: long, size: 2 }, source, { x: 12, y: 0, size: 5 }, settings);
    expect(tiny.calls.filter((c) => c.op === 'fillText')).toEqual([]);
  });
});

describe('createStraightEdgeLabel', () => {
  const look = (boxes: { x: number; y: number; width: number; height: number }[]): LabelLook => ({
    theme: 'light',
    labels: { frame: 1, computedFor: 1, allowed: new Map(), compute: () => new Map(), boxes },
  });
  const edge = { label: 'عمل في (الرئيس التنفيذي) 2019 –', size: 1 };
  const from = { x: 0, y: 100, size: 5 };
  const to = { x: 300, y: 100, size: 5 };

  it('draws a label that fits whole at the middle of its edge, in its script’s direction', () => {
    const { ctx, calls } = fakeContext();
    createStraightEdgeLabel(look([]))(ctx, edge, from, to, settings);
    expect(calls.find((c) => c.op === 'translate')!.args).toEqual([150, 100]);
    expect(calls.filter((c) => c.op === 'fillText')).toMatchObject([
      { args: [edge.label, 0, 12.5], direction: 'rtl', textAlign: 'center' },
    ]);
  });

  it('moves a label off a node label drawn over its edge rather than have its start covered', () => {
    const { ctx, calls } = fakeContext();
    // A node label over the right third of the edge, where the Arabic label's verb would be.
    createStraightEdgeLabel(look([{ x: 200, y: 100, width: 100, height: 14 }]))(
      ctx,
      edge,
      from,
      to,
      settings,
    );
    const [x] = calls.find((c) => c.op === 'translate')!.args as number[];
    const width = edge.label.length * 6;
    expect(x! + width / 2).toBeLessThan(200);
    expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual([edge.label]);
  });

  it('shortens at words, dates first, to the clear stretch, or draws nothing', () => {
    const { ctx, calls } = fakeContext();
    createStraightEdgeLabel(look([{ x: 120, y: 100, width: 180, height: 14 }]))(
      ctx,
      edge,
      from,
      to,
      settings,
    );
    expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['عمل في…']);
    const none = fakeContext();
    createStraightEdgeLabel(look([{ x: 20, y: 100, width: 280, height: 14 }]))(
      none.ctx,
      edge,
      from,
      to,
      settings,
    );
    expect(none.calls.filter((c) => c.op === 'fillText')).toEqual([]);
  });
});
