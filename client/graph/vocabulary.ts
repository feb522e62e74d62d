// Names of labels and relationship types in both interface languages (used by the canvas, legend and exports).
import type { Lang } from './names.js';

export const LABEL_NAMES: Record<string, Record<Lang, string>> = {
  Person: { en: 'Person', ar: 'شخص' },
  Organization: { en: 'Organisation', ar: 'مؤسسة' },
  Event: { en: 'Event', ar: 'حدث' },
  Product: { en: 'Product', ar: 'منتج' },
  Source: { en: 'Source', ar: 'مصدر' },
};

export const REL_NAMES: Record<string, Record<Lang, string>> = {
  WORKED_AT: { en: 'worked at', ar: 'عمل في' },
  FOUNDED: { en: 'founded', ar: 'أسّس' },
  PART_OF: { en: 'part of', ar: 'جزء من' },
  DEVELOPS: { en: 'develops', ar: 'يطوّر' },
  PARTICIPATED_IN: { en: 'took part in', ar: 'شارك في' },
  RELATIVE_OF: { en: 'relative of', ar: 'قريب' },
  REPORTED_BY: { en: 'reported by', ar: 'ورد في' },
  TALENT_FLOW: { en: 'talent flow', ar: 'انتقال الكفاءات' },
  TALENT_FLOW_REPORTED: { en: 'reported departures', ar: 'مغادرات مُبلَّغ عنها' },
};

export const CERTAINTY_NAMES: Record<string, Record<Lang, string>> = {
  stated: { en: 'stated', ar: 'مُصرَّح به' },
  implied: { en: 'implied', ar: 'ضمني' },
};

export function labelName(label: string, lang: Lang): string {
  return LABEL_NAMES[label]?.[lang] ?? label;
}

export function relName(type: string, lang: Lang): string {
  return REL_NAMES[type]?.[lang] ?? type.toLowerCase().replace(/_/g, ' ');
}

export function certaintyName(c: string, lang: Lang): string {
  return CERTAINTY_NAMES[c]?.[lang] ?? c;
}

/** Names of the properties the details panel shows (others show their key). */
export const PROPERTY_NAMES: Record<string, Record<Lang, string>> = {
  aliases: { en: 'also known as', ar: 'أسماء أخرى' },
  description: { en: 'description', ar: 'الوصف (بالإنجليزية)' },
  descriptionAr: { en: 'description (Arabic)', ar: 'الوصف' },
  kind: { en: 'kind', ar: 'النوع' },
  date: { en: 'date', ar: 'التاريخ' },
  amountUsd: { en: 'amount', ar: 'المبلغ' },
  amountQualifier: { en: 'amount qualifier', ar: 'وصف المبلغ' },
  amountPeriod: { en: 'period', ar: 'المدة' },
  summary: { en: 'summary', ar: 'الملخص (بالإنجليزية)' },
  summaryAr: { en: 'summary (Arabic)', ar: 'الملخص' },
  count: { en: 'count', ar: 'العدد' },
  countQualifier: { en: 'count qualifier', ar: 'وصف العدد' },
  since: { en: 'since', ar: 'منذ' },
  until: { en: 'until', ar: 'حتى' },
  certainty: { en: 'certainty', ar: 'درجة اليقين' },
  note: { en: 'note', ar: 'ملاحظة' },
  title: { en: 'title', ar: 'العنوان' },
  titleEn: { en: 'title (English)', ar: 'العنوان بالإنجليزية' },
  publisher: { en: 'publisher', ar: 'الناشر (بالإنجليزية)' },
  publisherAr: { en: 'publisher (Arabic)', ar: 'الناشر' },
  published: { en: 'published', ar: 'تاريخ النشر' },
  language: { en: 'language', ar: 'اللغة' },
  url: { en: 'link', ar: 'الرابط' },
  citedBy: { en: 'cited by', ar: 'يستشهد به' },
};

export function propertyName(key: string, lang: Lang): string {
  return PROPERTY_NAMES[key]?.[lang] ?? key;
}
