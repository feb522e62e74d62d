// Curved edge labels with Arabic are drawn whole (shaped and ordered by the browser), not letter by letter; a node's
// label goes on the side of the node where it fits inside the canvas.
import { describe, expect, it } from 'vitest';
import { nodeLabelLeft, withWholeRtlCurvedLabel } from '../../../../client/graph/label-drawing.js';

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

describe('nodeLabelLeft', () => {
  it('puts a label right of its node when it fits, and left of it near the canvas’s right side', () => {
    expect(nodeLabelLeft({ x: 100, size: 5 }, 60, 800)).toEqual({ left: 108, side: 'right' });
    // "Alan Rice" at the right edge: drawn to the node's left, whole.
    expect(nodeLabelLeft({ x: 780, size: 5 }, 60, 800)).toEqual({ left: 712, side: 'left' });
  });

  it('keeps it on the right when neither side has room (a canvas narrower than the name)', () => {
    expect(nodeLabelLeft({ x: 30, size: 5 }, 200, 120)).toEqual({ left: 38, side: 'right' });
  });

  it('puts an Arabic label left of its node, where its first word meets the node, and right of it near the left side', () => {
    expect(nodeLabelLeft({ x: 100, size: 5, label: 'ميتا' }, 60, 800)).toEqual({ left: 32, side: 'left' });
    expect(nodeLabelLeft({ x: 20, size: 5, label: 'ميتا' }, 60, 800)).toEqual({ left: 28, side: 'right' });
    // Neither side has room: it stays on its own side, beginning at the node.
    expect(nodeLabelLeft({ x: 90, size: 5, label: 'ميتا' }, 200, 120)).toEqual({ left: -118, side: 'left' });
    // A Latin name in the Arabic UI reads left to right: on the right, as in English.
    expect(nodeLabelLeft({ x: 100, size: 5, label: 'Xinlei Chen' }, 60, 800)).toEqual({
      left: 108,
      side: 'right',
    });
  });
});
