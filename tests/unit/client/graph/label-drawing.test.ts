// Curved edge labels with Arabic are drawn whole (shaped and ordered by the browser), not letter by letter; a node's
// label goes on the side of the node where it fits inside the canvas.
import { describe, expect, it } from 'vitest';
import {
  createLabelDrawers,
  createStraightEdgeLabel,
  fitText,
  nodeLabelLeft,
  withWholeRtlCurvedLabel,
  type LabelLook,
} from '../../../../client/graph/label-drawing.js';

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
    expect(nodeLabelLeft({ x: 100, size: 5 }, 60, 800)).toEqual({ left: 108, side: 'right', width: 60 });
    // "Alan Rice" at the right edge: drawn to the node's left, whole.
    expect(nodeLabelLeft({ x: 780, size: 5 }, 60, 800)).toEqual({ left: 712, side: 'left', width: 60 });
  });

  it('takes the side the collision pass chose where the whole label fits there, else its usual side', () => {
    expect(nodeLabelLeft({ x: 100, size: 5 }, 60, 800, 'left')).toEqual({
      left: 32,
      side: 'left',
      width: 60,
    });
    // 93 px on its left: 120 px of label do not fit there.
    expect(nodeLabelLeft({ x: 100, size: 5 }, 120, 800, 'left')).toEqual({
      left: 108,
      side: 'right',
      width: 120,
    });
    expect(nodeLabelLeft({ x: 780, size: 5 }, 60, 800, 'right')).toEqual({
      left: 712,
      side: 'left',
      width: 60,
    });
  });

  it('gives a label that fits on neither side the side with more room, as wide as that room (a canvas narrower than the name)', () => {
    // Node at 30 on a 120 px canvas: 80 px on its right (120 − 2 − 38), 20 on its left.
    expect(nodeLabelLeft({ x: 30, size: 5 }, 200, 120)).toEqual({ left: 38, side: 'right', width: 80 });
    // Node at 90: 80 px on its left (82 − 2), 20 on its right: the left, from the canvas's margin to the node.
    expect(nodeLabelLeft({ x: 90, size: 5 }, 200, 120)).toEqual({ left: 2, side: 'left', width: 80 });
  });

  it('puts an Arabic label left of its node, where its first word meets the node, and right of it near the left side', () => {
    /** Where 'ميتا' (or `label`) goes beside a node of radius 5 at `x`: [left, side, width]. */
    const at = (x: number, textWidth: number, canvas: number, label = 'ميتا') => {
      const { left, side, width } = nodeLabelLeft({ x, size: 5, label }, textWidth, canvas);
      return [left, side, width];
    };
    expect(at(100, 60, 800)).toEqual([32, 'left', 60]);
    expect(at(20, 60, 800)).toEqual([28, 'right', 60]);
    // Neither side has room: the one with more, its own side on a tie; never past the canvas's margin.
    expect(at(90, 200, 120)).toEqual([2, 'left', 80]);
    expect(at(30, 200, 120)).toEqual([38, 'right', 80]);
    expect(at(60, 200, 120)).toEqual([2, 'left', 50]);
    expect(at(60, 200, 120, 'Meta')).toEqual([68, 'right', 50]);
    // A Latin name in the Arabic UI reads left to right: on the right, as in English.
    expect(at(100, 60, 800, 'Xinlei Chen')).toEqual([108, 'right', 60]);
  });
});

describe('fitText', () => {
  // Every character 10 px wide, the ellipsis too.
  const measure = (s: string) => [...s].length * 10;

  it('keeps a text that fits whole', () => {
    expect(fitText('Meta', 40, measure)).toBe('Meta');
  });

  it('cuts a longer one with an ellipsis inside the room, dropping spaces before it', () => {
    expect(fitText('Yann LeCun', 60, measure)).toBe('Yann…');
    expect(fitText('ميتا للأبحاث', 80, measure)).toBe('ميتا لل…');
    expect(measure(fitText('Fundamental AI Research', 95, measure)!)).toBeLessThanOrEqual(95);
  });

  it('gives nothing when fewer than three characters would be left', () => {
    expect(fitText('Yann LeCun', 30, measure)).toBeNull();
    expect(fitText('Yann LeCun', 40, measure)).toBe('Yan…');
  });
});

describe('drawNodeLabel on a canvas narrower than the name', () => {
  /** A 120 px canvas whose font is 10 px a character; what is filled, and where. */
  function narrowCanvas() {
    const filled: { text: string; x: number }[] = [];
    const measured: string[] = [];
    const ctx = {
      canvas: { width: 120 },
      getTransform: () => ({ a: 1 }),
      save() {},
      restore() {},
      strokeText() {},
      measureText: (t: string) => {
        measured.push(t);
        return { width: [...t].length * 10 };
      },
      fillText: (text: string, x: number) => filled.push({ text, x }),
    };
    return { ctx: ctx as unknown as CanvasRenderingContext2D, filled, measured };
  }
  const look = { labelSize: 12, labelFont: 'sans-serif', labelWeight: 'normal' };

  it('cuts the name with an ellipsis inside the canvas, on the side with more room', () => {
    const { ctx, filled } = narrowCanvas();
    createLabelDrawers({ theme: 'light' }).drawNodeLabel(
      ctx,
      { x: 30, y: 50, size: 5, label: 'Fundamental AI Research' },
      look,
    );
    // 80 px right of the node (38 to 118): seven characters and the ellipsis.
    expect(filled).toEqual([{ text: 'Fundame…', x: 38 }]);
  });

  it('measures a name that fits once, and one that does not a few times (halving), not once per character', () => {
    const fits = narrowCanvas();
    createLabelDrawers({ theme: 'light' }).drawNodeLabel(
      fits.ctx,
      { x: 30, y: 50, size: 5, label: 'Meta' },
      look,
    );
    expect(fits.measured).toEqual(['Meta']);
    const long = narrowCanvas();
    const name = 'At least 14 researchers and engineers leave Meta for xAI';
    createLabelDrawers({ theme: 'light' }).drawNodeLabel(
      long.ctx,
      { x: 30, y: 50, size: 5, label: name },
      look,
    );
    expect(long.filled).toEqual([{ text: 'At leas…', x: 38 }]);
    expect(long.measured.length).toBeLessThanOrEqual(10);
  });

  it('ends an Arabic name cut on the node’s left at the node', () => {
    const { ctx, filled } = narrowCanvas();
    createLabelDrawers({ theme: 'light' }).drawNodeLabel(
      ctx,
      { x: 95, y: 50, size: 5, label: 'قسم أبحاث الذكاء الاصطناعي' },
      look,
    );
    // Room from the margin (2) to the node's side (87): 85 px, of which the cut name takes 80 ('قسم أبح…').
    expect(filled).toHaveLength(1);
    const [{ text, x }] = filled as [{ text: string; x: number }];
    expect(text).toBe('قسم أبح…');
    expect(x + [...text].length * 10).toBe(87);
    expect(x).toBeGreaterThanOrEqual(2);
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
