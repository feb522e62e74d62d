// Label styles: ours keep theirs, every other label takes a palette style from its name, and the labels of one
// database never share one (up to the palette's size).
import { describe, expect, it } from 'vitest';
import {
  assignLabelStyles,
  assignPaletteSlots,
  FOREIGN_PALETTE,
  LABEL_STYLES,
  labelStyle,
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
