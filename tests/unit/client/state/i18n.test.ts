// Every interface text exists in Arabic, and placeholders survive translation.
import { describe, expect, it, vi } from 'vitest';
import {
  ARABIC_KEYS,
  countOf,
  countOfTotal,
  MESSAGE_KEYS,
  t,
  formatNumber,
} from '../../../../client/i18n/i18n.js';
import { GALLERY } from '../../../../client/state/gallery.js';

describe('i18n', () => {
  it('has an Arabic text for every English one', () => {
    expect(MESSAGE_KEYS.filter((k) => !ARABIC_KEYS.includes(k))).toEqual([]);
  });

  it('fills placeholders in both languages', () => {
    expect(t('en', 'moreNeighbours', { shown: 100, total: 412 })).toBe(
      '100 of 412 shown (most connected first).',
    );
    // Numbers in the Arabic UI's digits, strings as they are.
    expect(t('ar', 'moreNeighbours', { shown: 100, total: 412 })).toContain('٤١٢');
    expect(t('ar', 'moreNeighbours', { shown: 100, total: 412 })).not.toContain('412');
    expect(t('ar', 'moreNeighbours', { shown: 1200, total: '412' })).toMatch(/١٬٢٠٠.*412|412.*١٬٢٠٠/);
    expect(t('en', 'moreNeighbours', { shown: 1200, total: 4120 })).toBe(
      '1,200 of 4,120 shown (most connected first).',
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
    expect(
      t('ar', 'sceneStats', { nodes: countOf('ar', 'Nodes', 10), edges: countOf('ar', 'Relationships', 13) }),
    ).toBe('١٠ عقد، ١٣ علاقة');
  });

  it('gives a counted noun the form its number asks for: English one and many, Arabic one, two, three to ten, and the rest', () => {
    expect([1, 2, 10].map((n) => countOf('en', 'Nodes', n))).toEqual(['1 node', '2 nodes', '10 nodes']);
    expect(countOf('en', 'Relationships', 1)).toBe('1 relationship');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 110, 111].map((n) => countOf('ar', 'Nodes', n))).toEqual([
      '٠ عقدة',
      'عقدة واحدة',
      'عقدتان',
      '٣ عقد',
      '١٠ عقد',
      '١١ عقدة',
      '٩٩ عقدة',
      '١٠٠ عقدة',
      '١٠٢ عقدة',
      '١٠٣ عقد',
      '١١٠ عقد',
      '١١١ عقدة',
    ]);
    expect([1, 2, 5, 13].map((n) => countOf('ar', 'Relationships', n))).toEqual([
      'علاقة واحدة',
      'علاقتان',
      '٥ علاقات',
      '١٣ علاقة',
    ]);
    // Every form the rule picks has its message in both languages: none falls back to a key.
    for (const lang of ['en', 'ar'] as const)
      for (let n = 0; n <= 120; n++)
        for (const noun of ['Nodes', 'Relationships', 'TimelineItems'] as const)
          expect(countOf(lang, noun, n)).not.toMatch(/count/);
  });

  it('counts the timeline items the filters hide of a total in the form the total asks for', () => {
    const note = (lang: 'en' | 'ar', n: number, total: number) =>
      t(lang, 'timelineFiltered', { n, total: countOfTotal(lang, 'TimelineItems', total) });
    expect(note('en', 1, 1)).toBe('Hidden by the filters: 1 of 1 item.');
    expect(note('en', 2, 12)).toBe('Hidden by the filters: 2 of 12 items.');
    expect(note('ar', 1, 2)).toBe('أخفت المرشّحات ١ من عنصرين.');
    expect(note('ar', 3, 5)).toBe('أخفت المرشّحات ٣ من ٥ عناصر.');
    expect(note('ar', 3, 12)).toBe('أخفت المرشّحات ٣ من ١٢ عنصرًا.');
  });

  it('writes no Latin digits in Arabic text, the ready questions’ titles included', () => {
    for (const k of ARABIC_KEYS) expect([k, t('ar', k)]).not.toEqual([k, expect.stringMatching(/[0-9]/)]);
    for (const q of GALLERY) expect(q.title.ar, q.id).not.toMatch(/[0-9]/);
    expect(GALLERY.find((q) => q.id === 'bid-97-4b')?.title.ar).toContain('٩٧٫٤');
  });

  it('translates the table’s id column and PageRank among the metrics', () => {
    expect(t('ar', 'tableId')).toBe('المعرّف');
    expect(t('ar', 'sizePagerank')).toMatch(/[\u0600-\u06ff]/);
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
