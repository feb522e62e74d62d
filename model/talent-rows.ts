// The rows of TALENT_STINTS (model/talent-queries.ts) as plain records: a person, their stints at the organisation
// asked about (with the PART_OF facts that place a division in it) and their moves in and out. Pure converters of
// driver values; the events they make are model/talent-events.ts's.
import { textList, textOrNull } from './properties.js';
import { joinedMoves } from './one-join.js';

export interface Brief {
  id: string;
  name: string | null;
  nameAr: string | null;
}

/**
 * A sourced PART_OF fact a count rolls a division up along: into the organisation asked about (a stint's `via`) or a
 * counterpart into its top (a move's). The count rests on it, so its sources are cited and its quote shown with it.
 */
export interface TalentPlacing {
  id: string;
  /** The division it places (the fact's start). */
  org: string;
  division: Brief;
  /** The organisation it places the division in (the fact's end). */
  parent: Brief;
  certainty: string | null;
  evidence: string | null;
  evidenceEn: string | null;
  /** The fact's editorial note (why it is implied); null without evidence. */
  note: string | null;
  sources: string[];
}

export interface TalentStint {
  id: string;
  org: string;
  start: string | null;
  end: string | null;
  left: boolean;
  certainty: string | null;
  /** The role the fact gives (none: not said): two roles at one organisation are two stints (model/one-join.ts). */
  role?: string | null;
  /** Implied PART_OF facts that place the stint's organisation inside the one asked about. */
  implied: string[];
  evidence: string | null;
  evidenceEn: string | null;
  /** The fact's editorial note (why it is implied); null without evidence. */
  note: string | null;
  sources: string[];
  /** The PART_OF facts that place the stint's organisation inside the one asked about (none for its own stints). */
  via: TalentPlacing[];
}

export interface TalentMoveRow {
  from: string;
  to: string;
  fromIn: boolean;
  toIn: boolean;
  counterpart: Brief | null;
  other: TalentStint;
  /** The PART_OF facts the counterpart is rolled up along to its top. */
  via: TalentPlacing[];
  /** By division: the organisations the counterpart is a division of (sourced PART_OF facts), else none. */
  within: string[];
  implied: string[];
}

export interface TalentPersonRow {
  person: Brief;
  stints: TalentStint[];
  moves: TalentMoveRow[];
}

/** A node or relationship as the driver gives it, or a plain map: what the row converters read. */
type Element = { elementId?: string; properties?: Record<string, unknown> } | Record<string, unknown>;

const propsOf = (e: Element): Record<string, unknown> =>
  'properties' in e && typeof e.properties === 'object' && e.properties !== null
    ? (e.properties as Record<string, unknown>)
    : (e as Record<string, unknown>);

/** A node's brief: its `id`, else `fallback(elementId)` (the API's id for nodes without one). */
export function briefOf(n: Element | null, fallback: (elementId: string) => string): Brief | null {
  if (!n) return null;
  const p = propsOf(n);
  const eid = 'elementId' in n && typeof n.elementId === 'string' ? n.elementId : '';
  return { id: textOrNull(p.id) ?? fallback(eid), name: textOrNull(p.name), nameAr: textOrNull(p.nameAr) };
}

function placingOf(m: Record<string, unknown>): TalentPlacing {
  return {
    id: String(m.id),
    org: String(m.org),
    division: { id: String(m.org), name: textOrNull(m.orgName), nameAr: textOrNull(m.orgNameAr) },
    parent: { id: String(m.parent), name: textOrNull(m.parentName), nameAr: textOrNull(m.parentNameAr) },
    certainty: textOrNull(m.certainty),
    evidence: textOrNull(m.evidence),
    evidenceEn: textOrNull(m.evidenceEn),
    note: textOrNull(m.note),
    sources: textList(m.sources),
  };
}

/** A list of PLACING_MAP's maps (model/talent-queries.ts) as placings; anything else as none. */
export const placingsOf = (v: unknown): TalentPlacing[] =>
  Array.isArray(v) ? v.map((m) => placingOf(m as Record<string, unknown>)) : [];

export function stintOf(m: Record<string, unknown>): TalentStint {
  return {
    id: String(m.id),
    org: String(m.org),
    start: textOrNull(m.start),
    end: textOrNull(m.end),
    left: m.left === true,
    certainty: textOrNull(m.certainty),
    role: textOrNull(m.role),
    implied: textList(m.implied),
    evidence: textOrNull(m.evidence),
    evidenceEn: textOrNull(m.evidenceEn),
    note: textOrNull(m.note),
    sources: textList(m.sources),
    via: placingsOf(m.via),
  };
}

/**
 * A move out into one stint the sources start on different dates (one join, model/one-join.ts joinedMoves: implied
 * April, stated May) as the flows and the career tell it: into the join's surest start, its `other`, and no longer
 * implied by the earlier start the next-stint rule led into. Any other move as it is.
 */
function joinedMove(m: TalentMoveRow, joinStints: unknown): TalentMoveRow {
  if (!Array.isArray(joinStints) || joinStints.length === 0) return m;
  const stints = joinStints.map((x) => {
    const s = stintOf({ ...(x as Record<string, unknown>), via: [] });
    return { ...s, orgId: s.org, stated: s.certainty === 'stated' };
  });
  const move = joinedMoves(stints).find((j) => [j.from, ...j.also].some((s) => s.id === m.from));
  if (!move || move.to.id === m.to || !move.to.stated) return m;
  const { orgId: _orgId, stated: _stated, ...other } = move.to;
  return { ...m, to: other.id, other, implied: m.implied.filter((id) => id !== m.to) };
}

/** One row of TALENT_STINTS (person, stints, moves; driver values with plain numbers and strings) as a person row. */
export function personRowOf(
  row: { person: Element; stints: Record<string, unknown>[]; moves: Record<string, unknown>[] },
  fallback: (elementId: string) => string,
): TalentPersonRow {
  return {
    person: briefOf(row.person, fallback)!,
    stints: row.stints.map(stintOf),
    moves: row.moves.map((m) =>
      joinedMove(
        {
          from: String(m.from),
          to: String(m.to),
          fromIn: m.fromIn === true,
          toIn: m.toIn === true,
          counterpart: briefOf(m.counterpart as Element | null, fallback),
          other: stintOf({ ...propsOf(m.other as Element), org: m.otherOrg, via: [] }),
          via: placingsOf(m.via),
          within: textList(m.within),
          implied: textList(m.implied),
        },
        m.joinStints,
      ),
    ),
  };
}
