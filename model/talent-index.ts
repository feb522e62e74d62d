// The talent index: an organisation's hires and departures (model/talent-events.ts) computed when the talent flows
// are derived and stored on one derived node per organisation and view, so the dashboard's counts of a large
// organisation are read in one property instead of being derived from tens of thousands of stints per request.
import type { INTERNAL_LABELS } from './labels.js';
import {
  certaintyOf,
  counterpartSources,
  countedSources,
  eventSources,
  eventsOf,
  type TalentCertainty,
  type TalentEvent,
  type TalentKind,
} from './talent-events.js';
import type { Brief, TalentPersonRow } from './talent-rows.js';

/** The derived node label that holds the index (never a sourced fact; left out of the schema and the overview). */
export const TALENT_INDEX_LABEL: (typeof INTERNAL_LABELS)[number] = 'TalentIndex';
/**
 * The stored format; an index of another format is ignored (read live) until the next recompute rewrites it. 2: a
 * division counts in the one top organisation its flows roll it into, along that one path (model/talent-queries.ts
 * FAMILY); an index of format 1 counted it in every organisation a sourced PART_OF path led to. 3: `cited` holds the
 * sources of the PART_OF facts the moves are counted along too (model/talent-events.ts eventSources). 4: by division,
 * a move out of a division and its parent at once has one counterpart (model/talent-events.ts oneCounterpartPerMove);
 * an index of format 3 counted it towards both. 5: `cited` holds the sources of the stint at the other end that move
 * no longer counts as a counterpart too (model/talent-events.ts alsoBehind). 6: each move keeps the sources it cites
 * where it is counted and those it adds towards each counterpart (countedSources, counterpartSources), so each
 * number of the dashboard cites only the moves it counts. 7: of two stints joined with the same start (one stint two
 * sources tell), the stated one is the move's (model/next-stint-cypher.ts), where format 6 took the first by id and
 * could count a stated move implied; a stated move is dated by its stated facts only (an index of format 6 could hold
 * an implied fact's finer date), and one stint several sources end differently is one departure, as sure as its
 * surest fact (format 6 kept only the latest end's, implied when that fact was). 8: a stint, organisation or person
 * without an id of ours is neo4j:<elementId> (format 7 stored the string "null" for all of them) and an Integer or
 * temporal date is a date (format 7 counted those moves undated). 9: one stint two sources start on different dates
 * (model/one-join.ts) is one hire, as sure as its surest fact (format 8 counted the earlier start's alone, implied when
 * that fact was). 10: that rule only for two tellings of one stint (other sources, the same role or one unsaid, alike every
 * start of the hire, joined through any of them), a merged hire dated by its earliest start (format 9, of the same day, merged a promotion into the first hire and dated a
 * merged hire by its finest start). 11: such a merged hire, stated, counts the organisation the move came from as
 * stated too when only the join's implied start made that move implied, and a move out into such a stint is into its
 * stated start, counted stated towards it (model/talent-rows.ts; format 10 counted both implied).
 */
export const TALENT_INDEX_FORMAT = 11;

export interface TalentIndexMove {
  person: string;
  kind: TalentKind;
  when: string | null;
  certainty: TalentCertainty;
  /** The Source ids it cites where it is counted at the organisation (model/talent-events.ts countedSources). */
  sources: string[];
  /** Each with the Source ids the move adds towards it (counterpartSources). */
  counterparts: { org: Brief; certainty: TalentCertainty; sources: string[] }[];
}

export interface TalentIndex {
  moves: TalentIndexMove[];
  /** The Source ids of every fact behind the moves. */
  cited: string[];
}

/** One event as the index keeps it: who, which way, when, how sure, to or from where, and what each count cites. */
export function indexMoveOf(e: TalentEvent): TalentIndexMove {
  return {
    person: e.person.id,
    kind: e.kind,
    when: e.when,
    certainty: certaintyOf(e).certainty,
    sources: countedSources(e),
    counterparts: [...e.counterparts.values()].map((c) => ({
      org: c.org,
      certainty: c.certainty,
      sources: counterpartSources(e, c.org.id),
    })),
  };
}

/** The index of the rows TALENT_STINTS gives for one organisation and view. */
export function talentIndexOf(rows: TalentPersonRow[]): TalentIndex {
  const moves: TalentIndexMove[] = [];
  const cited = new Set<string>();
  for (const row of rows)
    for (const e of eventsOf(row)) {
      moves.push(indexMoveOf(e));
      for (const s of eventSources(e)) cited.add(s);
    }
  return { moves, cited: [...cited].sort() };
}

// Stored compactly: counterpart organisations and source ids once in a table each, each move a tuple
// [person, 0 hire | 1 departure, when | null, 0 stated | 1 implied, [org index, 0 | 1, …], [source index, …],
//  [[source index, …] per counterpart, in its order]].
type Tuple = [string, 0 | 1, string | null, 0 | 1, number[], number[], number[][]];
interface Stored {
  format: number;
  orgs: [string, string | null, string | null][];
  sources: string[];
  moves: Tuple[];
  cited: string[];
}

export function encodeTalentIndex(index: TalentIndex): string {
  const orgs: Stored['orgs'] = [];
  const at = new Map<string, number>();
  const orgIndex = (o: Brief) => {
    let i = at.get(o.id);
    if (i === undefined) {
      at.set(o.id, (i = orgs.length));
      orgs.push([o.id, o.name, o.nameAr]);
    }
    return i;
  };
  const sources: string[] = [];
  const sourceAt = new Map<string, number>();
  const sourceIndices = (ids: string[]) =>
    ids.map((id) => {
      let i = sourceAt.get(id);
      if (i === undefined) {
        sourceAt.set(id, (i = sources.length));
        sources.push(id);
      }
      return i;
    });
  const bit = (c: TalentCertainty) => (c === 'stated' ? 0 : 1);
  const stored: Stored = {
    format: TALENT_INDEX_FORMAT,
    orgs,
    sources,
    moves: index.moves.map((m) => [
      m.person,
      m.kind === 'hire' ? 0 : 1,
      m.when,
      bit(m.certainty),
      m.counterparts.flatMap((c) => [orgIndex(c.org), bit(c.certainty)]),
      sourceIndices(m.sources),
      m.counterparts.map((c) => sourceIndices(c.sources)),
    ]),
    cited: index.cited,
  };
  return JSON.stringify(stored);
}

/** The index stored by encodeTalentIndex, or null when the text is not one of this format (it is then read live). */
export function decodeTalentIndex(text: unknown): TalentIndex | null {
  if (typeof text !== 'string') return null;
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return null;
  }
  if (
    stored?.format !== TALENT_INDEX_FORMAT ||
    !Array.isArray(stored.moves) ||
    !Array.isArray(stored.orgs) ||
    !Array.isArray(stored.sources)
  )
    return null;
  const orgs: Brief[] = stored.orgs.map(([id, name, nameAr]) => ({ id, name, nameAr }));
  const certainty = (b: number): TalentCertainty => (b === 0 ? 'stated' : 'implied');
  const sourcesAt = (indices: number[] | undefined) =>
    (indices ?? []).flatMap((i) => (stored.sources[i] === undefined ? [] : [stored.sources[i]]));
  const moves = stored.moves.map(([person, kind, when, c, cps, own, towards]) => {
    const counterparts: TalentIndexMove['counterparts'] = [];
    for (let i = 0; i + 1 < cps.length; i += 2) {
      const org = orgs[cps[i]!];
      if (org)
        counterparts.push({ org, certainty: certainty(cps[i + 1]!), sources: sourcesAt(towards?.[i / 2]) });
    }
    return {
      person,
      kind: kind === 0 ? 'hire' : 'departure',
      when,
      certainty: certainty(c),
      sources: sourcesAt(own),
      counterparts,
    } as TalentIndexMove;
  });
  return { moves, cited: Array.isArray(stored.cited) ? stored.cited : [] };
}
