import { describe, expect, it } from 'vitest';
import { nameKeys, normalizeName, searchTextOf } from '../../../model/normalize.js';

describe('normalizeName', () => {
  it('folds the Arabic alef variants, alef maksura, teh marbuta and tatweel', () => {
    expect(normalizeName('ألتمان')).toBe('التمان');
    expect(normalizeName('إيلون')).toBe('ايلون');
    expect(normalizeName('آمال')).toBe('امال');
    expect(normalizeName('ٱلله')).toBe('الله');
    expect(normalizeName('مستشفى')).toBe('مستشفي');
    expect(normalizeName('مكتبـــة')).toBe('مكتبه');
  });

  it('strips tashkeel and Latin diacritics and lower-cases', () => {
    expect(normalizeName('مُحَمَّد')).toBe('محمد');
    expect(normalizeName('Zoë CAFÉ')).toBe('zoe cafe');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeName('  "Musk"  boasts… (xAI)! ')).toBe('musk boasts xai');
    expect(normalizeName('Ching-Yao Chuang')).toBe('ching yao chuang');
    expect(normalizeName('«ماسك»،')).toBe('ماسك');
  });

  it('maps Arabic-Indic digits to ASCII digits', () => {
    expect(normalizeName('٢٠٢٥')).toBe('2025');
  });

  it('makes different spellings of one name equal', () => {
    expect(normalizeName('سام ألتمان')).toBe(normalizeName('سام التمان'));
    expect(normalizeName('أندرو بوسورث')).toBe(normalizeName('اندرو بوسورث'));
    expect(normalizeName('SAM  ALTMAN')).toBe(normalizeName('Sam Altman'));
  });

  it('gives an ASCII text the same key as the full Unicode folding would', () => {
    // The full path, spelled out: what normalizeName does to a text that is not all ASCII.
    const full = (v: string) =>
      v
        .normalize('NFKC')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const every = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    expect(normalizeName(every)).toBe(full(every));
    expect(normalizeName(every)).toBe('0123456789 abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz');
    for (const s of ['Ching-Yao Chuang', '  "Musk"  boasts (xAI)! ', "O'Neil_2025", 'A\tB\nC'])
      expect(normalizeName(s)).toBe(full(s));
    // One character past ASCII takes the full path: the accent is folded, the rest as before.
    expect(normalizeName('Zoë-Ann')).toBe('zoe ann');
  });

  it('is idempotent', () => {
    for (const s of ['إيلون ماسك', 'Zoë', 'مكتبـــة', 'a-b c'])
      expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
  });
});

describe('nameKeys and searchTextOf', () => {
  it('keeps distinct non-empty keys in first-seen order', () => {
    expect(nameKeys(['Elon Musk', 'إيلون ماسك', 'elon musk', '', null, 'ماسك'])).toEqual([
      'elon musk',
      'ايلون ماسك',
      'ماسك',
    ]);
    expect(searchTextOf(['Meta', 'ميتا'])).toBe('meta | ميتا');
  });
});
