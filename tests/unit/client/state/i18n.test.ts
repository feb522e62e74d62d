// Every interface text exists in Arabic, and placeholders survive translation.
import { describe, expect, it, vi } from 'vitest';
import { ARABIC_KEYS, MESSAGE_KEYS, t, formatNumber } from '../../../../client/i18n/i18n.js';

describe('i18n', () => {
  it('has an Arabic text for every English one', () => {
    expect(MESSAGE_KEYS.filter((k) => !ARABIC_KEYS.includes(k))).toEqual([]);
  });

  it('fills placeholders in both languages', () => {
    expect(t('en', 'moreNeighbours', { shown: 100, total: 412 })).toBe(
      '100 of 412 neighbours shown (most connected first).',
    );
    // Numbers in the Arabic UI's digits, strings as they are.
    expect(t('ar', 'moreNeighbours', { shown: 100, total: 412 })).toContain('٤١٢');
    expect(t('ar', 'moreNeighbours', { shown: 100, total: 412 })).not.toContain('412');
    expect(t('ar', 'moreNeighbours', { shown: 1200, total: '412' })).toMatch(/١٬٢٠٠.*412|412.*١٬٢٠٠/);
    expect(t('en', 'moreNeighbours', { shown: 1200, total: 4120 })).toBe(
      '1,200 of 4,120 neighbours shown (most connected first).',
    );
    for (const k of MESSAGE_KEYS) {
      const en = t('en', k).match(/\{\w+\}/g) ?? [];
      const ar = t('ar', k).match(/\{\w+\}/g) ?? [];
      expect([k, ...ar.sort()]).toEqual([k, ...en.sort()]);
    }
  });

  it('never puts a middle dot beside a number in Arabic, where it reads as the digit zero (٠)', () => {
    for (const k of MESSAGE_KEYS) {
      expect([k, /\{\w+\} ?·|· ?\{\w+\}/.test(t('ar', k))]).toEqual([k, false]);
    }
    expect(t('ar', 'sceneStats', { nodes: formatNumber(10, 'ar'), edges: formatNumber(13, 'ar') })).toBe(
      '١٠ عقدة، ١٣ علاقة',
    );
  });

  it('writes numbers in Arabic-Indic digits in the Arabic UI', () => {
    expect(formatNumber(412, 'ar')).toBe('٤١٢');
    expect(formatNumber(1000, 'en')).toBe('1,000');
  });

  it('writes whole counts exactly as Intl does, in both languages, without asking Intl', () => {
    const counts = [
      0,
      7,
      42,
      999,
      1000,
      1234,
      99_999,
      100_000,
      1_234_567,
      20_250_829,
      Number.MAX_SAFE_INTEGER,
    ];
    for (let k = 0; k < 200; k++) counts.push(Math.floor((k * 7_919) ** 1.7));
    const en = new Intl.NumberFormat('en');
    const ar = new Intl.NumberFormat('ar-EG');
    for (const n of counts) {
      expect([n, formatNumber(n, 'en')]).toEqual([n, en.format(n)]);
      expect([n, formatNumber(n, 'ar')]).toEqual([n, ar.format(n)]);
    }
    // No Intl formatter used, new or remembered (`format` is a getter on Intl.NumberFormat's prototype).
    const used = vi.spyOn(Intl.NumberFormat.prototype as { format: unknown }, 'format', 'get');
    try {
      formatNumber(1_234_567, 'ar');
      formatNumber(3, 'en');
      expect(used).not.toHaveBeenCalled();
    } finally {
      used.mockRestore();
    }
  });

  it('leaves fractions and negatives to Intl', () => {
    expect(formatNumber(1234.5, 'en')).toBe(new Intl.NumberFormat('en').format(1234.5));
    expect(formatNumber(-1234, 'ar')).toBe(new Intl.NumberFormat('ar-EG').format(-1234));
    expect(formatNumber(0.125, 'ar')).toBe(new Intl.NumberFormat('ar-EG').format(0.125));
  });
});
