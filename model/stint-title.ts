// The title of a timeline item about a person joining or leaving organisations ("Ann joins FAIR and Meta (Researcher)",
// "تنضمّ آن إلى …"), or taking up or ending a role within one ("Ann takes a new role at Meta (Director)"): the server
// titles an item by it (server/services/timeline-item.ts) and the strip titles it again by the organisations whose
// facts its filters leave (client/state/timeline-facts.ts). Pure.

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
  /**
   * A move within one organisation (or between it and a part of it): the start led into, or the end leading into, a
   * stint there by the next-stint rule (a promotion, FAIR to Meta) — nobody joined or left, as the dashboard counts
   * no hire or departure for it (model/talent-events.ts), so the title says a role began or ended.
   */
  inside?: boolean;
}

/**
 * The item's title in `lang`: the person, joins or leaves (takes a new role at, ends a role at: `inside`), the
 * organisations as one list, the role if any.
 */
export function stintTitle(
  lang: 'en' | 'ar',
  { kind, who, where, role, inside = false }: StintTitleParts,
): string {
  const joins = kind === 'stint-start';
  const list = listOf(lang, where);
  const roleText = role ? ` (${role})` : '';
  if (lang === 'en') {
    const verb = inside ? (joins ? 'takes a new role at' : 'ends a role at') : joins ? 'joins' : 'leaves';
    return `${who} ${verb} ${list}${roleText}`;
  }
  if (inside)
    return `${joins ? 'يتولّى' : 'يُنهي'} ${who} ${joins ? 'دورًا جديدًا في' : 'دورًا في'} ${list}${roleText}`;
  return `${joins ? 'ينضمّ' : 'يغادر'} ${who} ${joins ? 'إلى' : ''} ${list}${roleText}`
    .replace(/ {2,}/g, ' ')
    .trim();
}
