// The title of a timeline item about a person joining or leaving organisations ("Ann joins FAIR and Meta (Researcher)",
// "تنضمّ آن إلى …"): the server titles an item by it (server/services/timeline-service.ts) and the strip titles it
// again by the organisations whose facts its filters leave (client/state/timeline-facts.ts). Pure.

const listFormats = new Map<string, Intl.ListFormat>();

/** Names as one list in the language's words ("Delta Research and Alpha Labs"; "قسم دلتا ومختبرات ألفا"). */
function listOf(lang: 'en' | 'ar', names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  // Made once per language, on first use: a timeline of thousands of items would build one per item.
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return f.format(names);
}

export interface StintTitleParts {
  kind: 'stint-start' | 'stint-end';
  /** The person's name. */
  who: string;
  /** The organisations' names, the division before its parent. */
  where: readonly string[];
  role: string | null;
}

/** The item's title in `lang`: the person, joins or leaves, the organisations as one list, the role if any. */
export function stintTitle(lang: 'en' | 'ar', { kind, who, where, role }: StintTitleParts): string {
  const joins = kind === 'stint-start';
  const list = listOf(lang, where);
  const roleText = role ? ` (${role})` : '';
  if (lang === 'en') return `${who} ${joins ? 'joins' : 'leaves'} ${list}${roleText}`;
  return `${joins ? 'ينضمّ' : 'يغادر'} ${who} ${joins ? 'إلى' : ''} ${list}${roleText}`
    .replace(/ {2,}/g, ' ')
    .trim();
}
