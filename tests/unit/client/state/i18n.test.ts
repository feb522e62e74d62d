// Every interface text exists in Arabic, and placeholders survive translation.
import { describe, expect, it } from 'vitest';
import { ARABIC_KEYS, MESSAGE_KEYS, t, formatNumber } from '../../../../client/i18n/i18n.js';

describe('i18n', () => {
  it('has an Arabic text for every English one', () => {
    expect(MESSAGE_KEYS.filter((k) => !ARABIC_KEYS.includes(k))).toEqual([]);
  });

  it('fills placeholders in both languages', () => {
    expect(t('en', 'moreNeighbours', { shown: 100, total: 412 })).toBe(
      '100 of 412 neighbours shown (most connected first).',
    );
    expect(t('ar', 'moreNeighbours', { shown: 100, total: 412 })).toContain('412');
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
});
