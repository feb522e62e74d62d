// A node's label goes on the side of the node where it fits inside the canvas, and is cut to the canvas when it is
// wider than it.
import { describe, expect, it } from 'vitest';
import { createLabelDrawers, fitText, nodeLabelLeft } from '../../../../client/graph/label-drawing.js';

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
