// Names of labels and relationship types in both interface languages (used by the canvas, legend and exports).
import { nonBlankText } from '../../model/properties.js';
import { formatDate } from '../i18n/dates.js';
import { countText, type Lang } from './names.js';

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
  // A relationship with no certainty of ours (model/certainty.ts): nothing backs it, so it is not called stated.
  unsourced: { en: 'no source', ar: 'بلا مصدر' },
};

/**
 * What the legend, the canvas and the schema overview file a node without any label under: the empty name, which no
 * label has (Neo4j takes none), so a foreign label named `Unknown` is not mistaken for it.
 */
export const NO_LABEL = '';
const NO_LABEL_NAME: Record<Lang, string> = { en: '(no label)', ar: '(بلا تسمية)' };

/**
 * Our labels in words of the UI language; any other label as the database spells it. `ours`: whether the database is
 * ours (client/state/our-database.ts holdsOurFacts) — a foreign graph's Person is its own, not our "شخص", and is named
 * as it is, as a label we do not know is.
 */
export function labelName(label: string, lang: Lang, ours = true): string {
  if (label === NO_LABEL) return NO_LABEL_NAME[lang];
  return (ours ? LABEL_NAMES[label]?.[lang] : undefined) ?? label;
}

/**
 * Our relationship types in words of the UI language; any other type as the database spells it, as labelName does: a
 * foreign graph's `Has_Part` and `HAS_PART` are two types, and the name is what a user types in Cypher. On a database
 * that is not ours (`ours` false) every type is, WORKED_AT too: it is the graph's relationship, not our fact.
 */
export function relName(type: string, lang: Lang, ours = true): string {
  return (ours ? REL_NAMES[type]?.[lang] : undefined) ?? type;
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

/**
 * The words the facts files use for kinds (of organisations, events, products) and for the parts people and
 * organisations play in events, in both languages. Values a file brings that are not here show as written.
 */
export const VALUE_NAMES: Record<string, Record<Lang, string>> = {
  // Organisations
  company: { en: 'company', ar: 'شركة' },
  division: { en: 'division', ar: 'قسم' },
  lab: { en: 'lab', ar: 'مختبر' },
  media: { en: 'media', ar: 'وسيلة إعلام' },
  publisher: { en: 'publisher', ar: 'ناشر' },
  // Events
  acquisition: { en: 'acquisition', ar: 'استحواذ' },
  bid: { en: 'bid', ar: 'عرض شراء' },
  cancellation: { en: 'cancellation', ar: 'إلغاء' },
  departure: { en: 'departure', ar: 'مغادرة' },
  departures: { en: 'departures', ar: 'مغادرات' },
  lawsuit: { en: 'lawsuit', ar: 'دعوى قضائية' },
  offer: { en: 'offer', ar: 'عرض' },
  'staff-transfer': { en: 'staff transfer', ar: 'انتقال موظفين' },
  statement: { en: 'statement', ar: 'تصريح' },
  // Products
  model: { en: 'model', ar: 'نموذج' },
  'model-family': { en: 'model family', ar: 'عائلة نماذج' },
  service: { en: 'service', ar: 'خدمة' },
  // Parts played in events
  acquirer: { en: 'acquirer', ar: 'المستحوِذ' },
  beneficiary: { en: 'beneficiary', ar: 'المستفيد' },
  bidder: { en: 'bidder', ar: 'مقدّم العرض' },
  'decision-maker': { en: 'decision-maker', ar: 'صاحب القرار' },
  defendant: { en: 'defendant', ar: 'المدّعى عليه' },
  from: { en: 'from', ar: 'من' },
  interlocutor: { en: 'interlocutor', ar: 'المحاور' },
  'invited-partner': { en: 'invited partner', ar: 'شريك مدعو' },
  leaver: { en: 'leaver', ar: 'المغادر' },
  'non-signatory': { en: 'non-signatory', ar: 'غير موقِّع' },
  offerer: { en: 'offerer', ar: 'صاحب العرض' },
  plaintiff: { en: 'plaintiff', ar: 'المدّعي' },
  platform: { en: 'platform', ar: 'المنصّة' },
  sender: { en: 'sender', ar: 'المرسِل' },
  speaker: { en: 'speaker', ar: 'المتحدّث' },
  'staff-source': { en: 'source of staff', ar: 'مصدر الموظفين' },
  subject: { en: 'subject', ar: 'المعنيّ' },
  target: { en: 'target', ar: 'المستهدَف' },
  to: { en: 'to', ar: 'إلى' },
  // Job titles, for a stint that has no Arabic of its own (roleAr)
  CEO: { en: 'CEO', ar: 'الرئيس التنفيذي' },
  CTO: { en: 'CTO', ar: 'كبير مسؤولي التكنولوجيا' },
  'research scientist': { en: 'research scientist', ar: 'عالم أبحاث' },
  founder: { en: 'founder', ar: 'مؤسّس' },
  // Family ties (RELATIVE_OF's relation)
  brother: { en: 'brother', ar: 'شقيق' },
  sister: { en: 'sister', ar: 'شقيقة' },
  // Qualifiers of counts and amounts, and periods
  'at least': { en: 'at least', ar: 'على الأقل' },
  'up to': { en: 'up to', ar: 'حتى' },
  about: { en: 'about', ar: 'نحو' },
  'over four years': { en: 'over four years', ar: 'على مدى أربع سنوات' },
  // Languages of sources
  ar: { en: 'Arabic', ar: 'العربية' },
  en: { en: 'English', ar: 'الإنجليزية' },
};

/** Properties whose values are words of the vocabulary above (shown in the interface language). */
export const VOCABULARY_PROPERTIES: ReadonlySet<string> = new Set([
  'kind',
  'role',
  'relation',
  'countQualifier',
  'amountQualifier',
  'amountPeriod',
  'reportedQualifier',
  'language',
]);

/** A kind or role in the interface language (as written when the vocabulary does not know it). */
export function valueName(value: string, lang: Lang): string {
  return VALUE_NAMES[value]?.[lang] ?? value;
}

/**
 * The part a fact records — a stint's role, a part played in an event, a family tie — in the interface language: a
 * stint's own Arabic (roleAr) first, then the vocabulary, else as written. Every panel and the canvas use this.
 */
export function roleName(properties: Readonly<Record<string, unknown>>, lang: Lang): string | undefined {
  const raw = nonBlankText(properties.role) ?? nonBlankText(properties.relation);
  const ar = nonBlankText(properties.roleAr);
  if (lang === 'ar' && ar) return ar;
  return raw === undefined ? undefined : valueName(raw, lang);
}

/** Our properties that hold a partial date ('2019', '2022-04', '2025-08-03'). */
const DATE_PROPERTIES = new Set(['date', 'since', 'until', 'start', 'end', 'published']);

/**
 * A property's value as the details panel shows it: words of the vocabulary and numbers in the interface language
 * (Arabic-Indic digits in Arabic, as the legend and the canvas write counts); anything else as stored.
 */
export function propertyValueText(key: string, value: unknown, lang: Lang): string {
  if (VOCABULARY_PROPERTIES.has(key) && typeof value === 'string') return valueName(value, lang);
  // A partial date in the interface language's digits, as the timeline and the slider write it.
  if (DATE_PROPERTIES.has(key) && typeof value === 'string') return formatDate(value, lang);
  if (key === 'amountUsd' && typeof value === 'number') return `$${countText(value, lang)}`;
  // Other numbers ungrouped (a year stays 2024 / ٢٠٢٤) and unrounded; an id is a name, not a quantity: as stored.
  if (typeof value === 'number' && key !== 'id') return numberText(value, lang);
  if (Array.isArray(value))
    return value.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' · ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A number in the interface language's digits with exactly the digits of JavaScript's shortest round-trip form
 * (String(value)): at most 20 fraction digits rounded 9.1093837e-31 to 0 and cut 0.0000012345678901234567, so a
 * magnitude that needs more is written in exponent form (9.1093837E-31), with all its significant digits.
 */
function numberText(value: number, lang: Lang): string {
  const locale = lang === 'ar' ? 'ar-EG' : 'en';
  if (!Number.isFinite(value)) return String(value);
  const [mantissa = '', exponent] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  if ((exponent !== undefined && Math.abs(value) < 1) || fraction > MAX_FRACTION_DIGITS) {
    const significant = mantissa.replace(/^-?[0.]*/, '').replace('.', '').length || 1;
    return value.toLocaleString(locale, {
      notation: 'scientific',
      useGrouping: false,
      minimumSignificantDigits: significant,
      maximumSignificantDigits: significant,
    });
  }
  return value.toLocaleString(locale, {
    useGrouping: false,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  });
}

/** The most fraction digits Intl formats (more is a RangeError in the engines we run on). */
const MAX_FRACTION_DIGITS = 20;
