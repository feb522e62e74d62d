// A chart's image cites each source by name (which sources each chart cites: talent-cited.test.ts). The line about
// the moves no period holds says how many of them are implied.
import { describe, expect, it } from 'vitest';
import { apartLine, chartSourceLine } from '../../../../client/ui/talent-charts.js';

const side = () => ({
  named: { stated: 0, implied: 0 },
  reported: { stated: 0, implied: 0, unquantified: 0 },
  cited: {
    named: { stated: [], implied: [] },
    reported: { stated: [], implied: [], unquantified: [] },
  },
});
describe('a chart image’s source line', () => {
  // The fixture's source (tests/fixtures/seed/flows/fixture-moves.facts.yaml), as GET /api/sources returns it.
  const source = {
    id: 'source:fixture-moves',
    labels: ['Source'],
    properties: {
      title: 'نشرة تجريبية',
      titleEn: 'A test bulletin',
      publisher: 'Fixture Gazette',
      publisherAr: 'جريدة الاختبار',
      published: '2024-06-01',
    },
  };

  it('names the source in the UI’s language, then its id', () => {
    expect(chartSourceLine(source.id, source, 'en')).toBe(
      'Fixture Gazette, 2024-06-01, A test bulletin (source:fixture-moves)',
    );
    // In Arabic the date is written as the screen writes it (i18n/dates.ts: Arabic-Indic digits, year first as read,
    // isolated right to left), the id kept left to right (isolated), so neither is drawn back to front.
    expect(chartSourceLine(source.id, source, 'ar')).toBe(
      'جريدة الاختبار، \u2067٢٠٢٤-٠٦-٠١\u2069، نشرة تجريبية (\u2066source:fixture-moves\u2069)',
    );
  });

  it('falls back to the other language’s words, and to the id when the node is not known', () => {
    const arabicOnly = { ...source, properties: { title: 'نشرة تجريبية', publisherAr: 'جريدة الاختبار' } };
    expect(chartSourceLine(source.id, arabicOnly, 'en')).toBe(
      'جريدة الاختبار, نشرة تجريبية (source:fixture-moves)',
    );
    expect(chartSourceLine(source.id, undefined, 'en')).toBe('source:fixture-moves');
  });
});

describe('the line about the moves no period holds', () => {
  const counts = (hires: [number, number], departures: [number, number]) => ({
    hires: { ...side(), named: { stated: hires[0], implied: hires[1] } },
    departures: { ...side(), named: { stated: departures[0], implied: departures[1] } },
  });

  it('says how many of the undated and imprecise moves a source only implies, as the lists do', () => {
    expect(apartLine(counts([1, 1], [2, 0]), 'undated', 'en')).toBe(
      'Undated, named: 2 hires (1 implied), 2 departures — no source dates them.',
    );
    expect(apartLine(counts([0, 0], [0, 3]), 'imprecise', 'en')).toBe(
      'Dated less precisely than the period, named: 0 hires, 3 departures (3 implied).',
    );
  });

  it('counts the people reports count there, and the reports with no number: a span crossing periods is counted only here', () => {
    // As Meta's dashboard under quarters: the article's "at least 14 left for xAI" reported over 2025, no one named.
    const bucket = counts([0, 0], [0, 0]);
    bucket.departures.reported = { stated: 14, implied: 0, unquantified: 1 };
    expect(apartLine(bucket, 'imprecise', 'en')).toBe(
      'Dated less precisely than the period, named: 0 hires, 0 departures. Reported, unnamed: 0 hires, 14 departures. Reports giving no number: 1.',
    );
    expect(apartLine(bucket, 'imprecise', 'ar')).toBe(
      'مؤرَّخة بدقة أقل من الفترة، بالأسماء: ٠ تعيين، ٠ مغادرة. وفي التقارير، بلا أسماء: ٠ تعيين، ١٤ مغادرة. تقارير لا تذكر عددًا: ١.',
    );
    bucket.hires.reported = { stated: 0, implied: 3, unquantified: 0 };
    bucket.departures.reported = { stated: 0, implied: 0, unquantified: 0 };
    expect(apartLine(bucket, 'undated', 'en')).toBe(
      'Undated, named: 0 hires, 0 departures — no source dates them. Reported, unnamed: 3 hires (3 implied), 0 departures.',
    );
  });

  it('says it in Arabic, in Arabic digits, each count in the form its number asks for', () => {
    expect(apartLine(counts([1, 1], [2, 0]), 'undated', 'ar')).toBe(
      'بلا تاريخ، بالأسماء: تعيينان (١ ضمني)، مغادرتان — لا يذكر أي مصدر تاريخها.',
    );
    expect(apartLine(counts([0, 12], [0, 0]), 'imprecise', 'ar')).toBe(
      'مؤرَّخة بدقة أقل من الفترة، بالأسماء: ١٢ تعيينًا (١٢ ضمني)، ٠ مغادرة.',
    );
  });
});
