// Label styles: ours keep theirs, every other label takes a palette style from its name, and the labels of one
// database never share one (up to the palette's size); relationship colours; colours blended for faded facts.
import { describe, expect, it } from 'vitest';
import {
  assignLabelStyles,
  assignPaletteSlots,
  DEFAULT_EDGE_COLOR,
  DEFAULT_MIX_MEMO_SIZE,
  EDGE_COLORS,
  edgeColor,
  FOREIGN_PALETTE,
  LABEL_STYLES,
  labelStyle,
  legendGlyphColor,
  mixColors,
  NEUTRAL_GLYPH_COLOR,
  paletteSlot,
  primaryLabel,
  UNKNOWN_LABEL_STYLE,
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

  it('keeps two styles of one shape, foreign, ours or a label-less node’s, at least 40° of hue apart in both themes', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
        number,
        number,
        number,
      ];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      if (d === 0) return null; // a grey: no hue to confuse
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const styles = [...FOREIGN_PALETTE, ...Object.values(LABEL_STYLES), UNKNOWN_LABEL_STYLE];
    const close: string[] = [];
    for (const theme of ['light', 'dark'] as const)
      styles.forEach((a, i) =>
        styles.slice(i + 1).forEach((b) => {
          const [ha, hb] = [hue(a.color[theme]), hue(b.color[theme])];
          if (a.shape !== b.shape || ha === null || hb === null) return;
          const apart = Math.min(Math.abs(ha - hb), 360 - Math.abs(ha - hb));
          if (apart < 40)
            close.push(`${a.color[theme]} ${b.color[theme]} ${a.shape} (${Math.round(apart)}°)`);
        }),
      );
    expect(close).toEqual([]);
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

  it("draws a foreign graph's node as its first label as stored, not ours first", () => {
    expect(primaryLabel({ labels: ['Company', 'Organization'] }, false)).toBe('Company');
    expect(primaryLabel({ labels: ['Source', 'Person'] }, false)).toBe('Source');
    expect(primaryLabel({ labels: ['Source', 'Person'] }, true)).toBe('Person');
    expect(primaryLabel({ labels: [] }, false)).toBeUndefined();
  });
});

describe('edgeColor', () => {
  it('draws our types in their colours and a foreign type named like an inherited member in the default one', () => {
    expect(edgeColor('WORKED_AT', 'dark')).toBe(EDGE_COLORS.WORKED_AT!.dark);
    for (const type of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'FOLLOWS'])
      expect(edgeColor(type, 'light'), type).toBe(DEFAULT_EDGE_COLOR.light);
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

describe('legend glyph colour', () => {
  it('is the kind’s own colour while nodes are coloured by kind, a neutral grey otherwise', () => {
    expect(legendGlyphColor('Person', 'light', true)).toBe(LABEL_STYLES.Person.color.light);
    expect(legendGlyphColor('Organization', 'dark', true)).toBe(LABEL_STYLES.Organization.color.dark);
    for (const theme of ['light', 'dark'] as const)
      for (const label of ['Person', 'Organization', 'Event'])
        expect(legendGlyphColor(label, theme, false)).toBe(NEUTRAL_GLYPH_COLOR[theme]);
  });
});
