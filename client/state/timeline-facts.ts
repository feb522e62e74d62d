// A stint item of the timeline told by the facts the filters still show. GET /api/timeline tells a move of several
// facts as one item, as certain as its surest fact, dated, titled and citing by all of them; once the source filter,
// the certainty filter or the canvas hides some of them, the strip must say only what the facts left say (the canvas
// draws those alone): implied when no stated fact is left, citing the shown facts' sources, at a date they give, naming
// only the organisations they place the person in.
import { isCertainty, strongestCertainty, UNSOURCED, type EdgeCertainty } from '../../model/certainty.js';
import { moveDate } from '../../model/move-date.js';
import { stintTitle } from '../../model/stint-title.js';
import type { TimelineItem } from './app-state.js';

/** One fact a stint item tells, as GET /api/timeline lists it beside `stints`. */
export interface ItemFact {
  id: string;
  org: string;
  /** null: a foreign graph's own relationship (the database holds none of our facts), which claims no certainty. */
  certainty: EdgeCertainty | null;
  sources: readonly string[];
  date: string;
  /** Its role in English and Arabic; undefined when the server gave none per fact (the item's own is kept). */
  role?: string | null;
  roleAr?: string | null;
  /** Whether it is a move within one organisation (a role taken up or ended); undefined when the server gave none. */
  inside?: boolean;
}

/**
 * The facts a stint item tells, from its lists parallel to `stints`; null for an event, or an item of a server that
 * gave no certainty, sources or date per fact (nothing to tell it again by: it stays as it came).
 */
export function itemFacts(it: TimelineItem): ItemFact[] | null {
  const { stints, stintOrgs, stintCertainties: cs, stintSources: ss, stintDates: ds } = it;
  const n = stints?.length ?? 0;
  if (!n || stintOrgs?.length !== n || cs?.length !== n || ss?.length !== n || ds?.length !== n) return null;
  return stints!.map((id, i) => ({
    id,
    org: stintOrgs[i]!,
    certainty: cs[i] === null ? null : isCertainty(cs[i]) ? cs[i] : UNSOURCED,
    sources: ss[i]!,
    date: ds[i]!,
    ...(it.stintRoles?.length === n ? { role: it.stintRoles[i] ?? null } : {}),
    ...(it.stintRolesAr?.length === n ? { roleAr: it.stintRolesAr[i] ?? null } : {}),
    ...(it.stintInside?.length === n ? { inside: it.stintInside[i] === true } : {}),
  }));
}

/**
 * The title of `it` naming only the organisations of `shown` (in the item's order, the division first) and the role
 * of `lead`, the surest fact shown, in English and Arabic (model/stint-title.ts, as the server titles it by its lead);
 * the item's own when it names no others and its lead is shown, or when the server gave no names to title it by.
 */
function titled(
  it: TimelineItem,
  shown: readonly ItemFact[],
  lead: ItemFact | undefined,
): Pick<TimelineItem, 'text' | 'textAr' | 'role' | 'roleAr'> {
  const { nodes, nodeNames: en, nodeNamesAr: ar } = it;
  const orgs = new Set(shown.map((f) => f.org));
  const kept = nodes.map((_, i) => i).filter((i) => i > 0 && orgs.has(nodes[i]!));
  const kind = it.kind === 'stint-start' ? 'stint-start' : it.kind === 'stint-end' ? 'stint-end' : null;
  // The server's role is its lead fact's (the first of `stints`): another lead gives its own, when the server said it.
  const ownLead = !lead || lead.id === it.stints?.[0] || lead.role === undefined;
  const role = ownLead ? (it.role ?? null) : (lead.role ?? null);
  const roleAr = ownLead ? (it.roleAr ?? role) : (lead.roleAr ?? role);
  // A move within one organisation while every fact shown is one (the server's rule: timeline-item.ts stintItem); the
  // item's own reading when the server said nothing per fact.
  const told = shown.some((f) => f.inside !== undefined);
  const inside = told && shown.every((f) => f.inside === true);
  const ownInside = !told || inside === (it.stintInside ?? []).every(Boolean);
  const same = { text: it.text, textAr: it.textAr, role: it.role, roleAr: it.roleAr };
  if (!kind || en?.length !== nodes.length || ar?.length !== nodes.length) return same;
  if (kept.length === nodes.length - 1 && ownLead && ownInside) return same;
  const where = (names: readonly string[]) => kept.map((i) => names[i]!);
  return {
    text: stintTitle('en', { kind, who: en[0]!, where: where(en), role, inside }),
    textAr: stintTitle('ar', { kind, who: ar[0]!, where: where(ar), role: roleAr, inside }),
    role,
    roleAr,
  };
}

/**
 * The item told by `shown`, the facts of it the filters leave (none left out: the item as it came): as certain as
 * the surest of them, dated by those as certain as that (model/move-date.ts, as the server dates it), naming the
 * organisations they place the person in, citing their sources but those `hiddenSources` hides (a fact citing a shown
 * and a hidden source rests on the shown one, as the canvas says). Facts that claim no certainty (a foreign graph's)
 * leave the item claiming none.
 */
export function toldBy(
  it: TimelineItem,
  facts: readonly ItemFact[],
  shown: readonly ItemFact[],
  hiddenSources: ReadonlySet<string>,
): TimelineItem {
  const sources = [...new Set(shown.flatMap((f) => f.sources))].filter((s) => !hiddenSources.has(s));
  if (shown.length === facts.length) {
    return sources.length === (it.sources ?? []).length ? it : { ...it, sources };
  }
  const claimed = shown.flatMap((f) => (f.certainty === null ? [] : [f.certainty]));
  const certainty = claimed.length ? strongestCertainty(claimed) : null;
  const sure = shown.filter((f) => f.certainty === certainty);
  const kind = it.kind === 'stint-end' ? 'stint-end' : 'stint-start';
  const date =
    moveDate(
      kind,
      sure.map((f) => f.date),
    ) ?? it.date;
  return { ...it, ...titled(it, shown, sure[0]), date, certainty, sources };
}
