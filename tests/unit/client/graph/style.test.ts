// Label styles: ours keep theirs, every other label takes a palette style from its name, and the labels of one
// database never share one (up to the palette's size); colours blended for faded facts.
import { describe, expect, it } from 'vitest';
import {
  assignLabelStyles,
  assignPaletteSlots,
  DEFAULT_MIX_MEMO_SIZE,
  FOREIGN_PALETTE,
  LABEL_STYLES,
  labelStyle,
  mixColors,
  paletteSlot,
  primaryLabel,
} from '../../../../client/graph/style.js';

describe('label styles', () => {
  it('keeps our labels’ styles whatever else the database has', () => {
    assignLabelStyles(['Person', 'Book', 'Author']);
    expect(labelStyle('Person')).toBe(LABEL_STYLES.Person);
    expect(labelStyle('Source')).toBe(LABEL_STYLES.Source);
  });

  it('gives a foreign label the same style every time, from its name alone', () => {
    assignLabelStyles([]);
    expect(labelStyle('Movie')).toBe(FOREIGN_PALETTE[paletteSlot('Movie')]);
    expect(labelStyle('Movie')).toEqual(labelStyle('Movie'));
    const ours = Object.values(LABEL_STYLES).map((s) => s.color.light);
    for (const s of FOREIGN_PALETTE) expect(ours).not.toContain(s.color.light);
  });

  it('never gives two labels of one database the same style, in any order they are listed', () => {
    const labels = Array.from({ length: FOREIGN_PALETTE.length }, (_, i) => `Label${i}`);
    const slots = assignPaletteSlots(labels);
    expect(new Set(slots.values()).size).toBe(labels.length);
    expect(assignPaletteSlots([...labels].reverse())).toEqual(slots);
    assignLabelStyles(['Author', 'Book', 'Reader', 'Publisher']);
    const colours = ['Author', 'Book', 'Reader', 'Publisher'].map((l) => labelStyle(l).color.light);
    expect(new Set(colours).size).toBe(4);
  });

  it('draws a node as our label when it has one, else as its first label', () => {
    expect(primaryLabel({ labels: ['Extra', 'Person'] })).toBe('Person');
    expect(primaryLabel({ labels: ['Book', 'Classic'] })).toBe('Book');
    expect(primaryLabel({ labels: [] })).toBeUndefined();
  });
});

describe('mixColors', () => {
  it('blends #rrggbb colours channel by channel and leaves a colour it cannot read as it is', () => {
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColors('#ff0000', '#0000ff', 0.25)).toBe('#bf0040');
    expect(mixColors('#123456', '#abcdef', 0)).toBe('#123456');
    expect(mixColors('#123456', '#abcdef', 1)).toBe('#abcdef');
    expect(mixColors('red', '#ffffff', 0.5)).toBe('red');
  });

  it('answers the same after more distinct blends than it remembers', () => {
    const first = mixColors('#102030', '#ffffff', 0.45);
    for (let i = 0; i <= DEFAULT_MIX_MEMO_SIZE; i++)
      mixColors(`#${i.toString(16).padStart(6, '0')}`, '#000000', 0.5);
    expect(mixColors('#102030', '#ffffff', 0.45)).toBe(first);
    expect(first).toBe('#7c848d');
  });
});
