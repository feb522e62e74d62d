// GET /api/timeline: dated events and stint starts/ends in a window, in date order, for the time slider. A person's
// joining (or leaving) of an organisation told by several facts — two sources of one stint, a division and the
// organisation it is part of — is one item, as the dashboard counts it one move (model/talent-events.ts sameMove), not
// two; the stints left for one stint joined are one leaving, at one date (model/leavings.ts), as the career and the
// dashboard count one move; but an item is stated only in what its stated facts say.
import { edgeCertainty, UNSOURCED } from '../../model/certainty.js';
import { inWindow } from '../../model/career-moves.js';
import { comparePartialDates } from '../../model/dates.js';
import { leavingsOf, tellerOf, type Leaving, type LeftStint } from '../../model/leavings.js';
import { textList, textOrNull } from '../../model/properties.js';
import { joinedFrom, joinsWithAll, oneAfterTheOther, oneJoin, type JoinStint } from '../../model/one-join.js';
import { sameMove, type StintDates } from '../../model/talent-events.js';
import { moveDate } from '../../model/move-date.js';
import type { TimelineQuery } from '../../model/api.js';
import {
  comparePositions,
  encodeTimelineCursor,
  type TimelinePosition,
} from '../../model/timeline-cursor.js';
import type { TimelineItem, TimelineResponse } from '../../model/api-responses.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import type { TimelineRepository, TimelineRow } from '../repositories/timeline-repository.js';
import type { TalentFactsService } from './talent-facts-service.js';
import { insideSides } from './timeline-inside.js';
import { dateOrNull, eventItem, stintItem, type StintRow } from './timeline-item.js';

const isStint = (r: TimelineRow): r is StintRow => r.kind !== 'event' && !!r.edge && !!r.person && !!r.org;

/**
 * The same organisation (one stint two sources state), or one part of the other (FAIR of Meta) by the rows' stated
 * PART_OF paths (TIMELINE's orgParents).
 */
const related = (a: StintRow, b: StintRow) =>
  a.org.id === b.org.id || a.orgParents.includes(b.org.id) || b.orgParents.includes(a.org.id);

/** A fact as model/one-join.ts reads it. */
const joinStint = (edge: GraphEdge, org: GraphNode): JoinStint => ({
  id: edge.id,
  orgId: org.id,
  start: dateOrNull(edge.properties.start),
  end: dateOrNull(edge.properties.end),
  left: edge.properties.left === true,
  stated: edgeCertainty(edge) === 'stated',
  role: textOrNull(edge.properties.role),
  sources: textList(edge.properties.sources),
});

/** Where the next-stint rule joins each of a person's stints from (one-join.ts joinedFrom), once per answer's row. */
const joinsCache = new WeakMap<readonly object[], Map<string, string[]>>();
function joinsOf(r: StintRow): Map<string, string[]> {
  const all = r.personStints ?? [];
  let from = joinsCache.get(all);
  if (!from) joinsCache.set(all, (from = joinedFrom(all.map((p) => joinStint(p.edge, p.org)))));
  return from;
}

/**
 * Whether start row `r` tells one join with the rows of `move` (starts): one of them is the same stint, begun on
 * another date by another fact (one-join.ts oneJoin, by where the person's stints lead into each), and none of them is
 * one stay after the other with it.
 */
function startedOnce(move: readonly StintRow[], r: StintRow): boolean {
  if (r.kind !== 'stint-start') return false;
  const s = joinStint(r.edge, r.org);
  const from = joinsOf(r);
  const rows = move.map((x) => joinStint(x.edge, x.org));
  return (
    rows.some((x) => oneJoin(x, s, from)) &&
    !rows.some((x) => oneAfterTheOther(x, s)) &&
    joinsWithAll(rows, s, from)
  );
}

/**
 * Whether two moves' rows may be told as one: every row alike every other, and led into from the same place
 * (one-join.ts joinsWithAll with joinedFrom) — a start alike two joins led into from different places must not make
 * them one.
 */
function mergeable(a: readonly StintRow[], b: readonly StintRow[]): boolean {
  const left = a.map((x) => joinStint(x.edge, x.org));
  return b.every((y) => y.kind !== 'stint-start' || joinsWithAll(left, joinStint(y.edge, y.org), joinsOf(y)));
}
const datesOf = (r: StintRow): StintDates => ({
  start: dateOrNull(r.edge.properties.start),
  end: dateOrNull(r.edge.properties.end),
});

/** Stints told as one move so far: shown at the finest of their dates. */
interface Move {
  date: string;
  rows: StintRow[];
}

/** A person's stint as model/leavings.ts reads it, with the row telling it (read, or made from personStints). */
type Left = LeftStint & { row: StintRow };

/**
 * The leaving (model/leavings.ts) a sourced stint end is part of, from the person's stints its row carries
 * (personStints), worked out once per person: the stints left for one stint joined, though the others' ends lie
 * outside the window or the answer.
 */
function leavingFinder(rows: readonly TimelineRow[]): (r: StintRow) => Leaving<Left> | undefined {
  const ends = new Map<string, StintRow>();
  for (const r of rows) if (isStint(r) && r.kind === 'stint-end') ends.set(r.edge.id, r);
  const byPerson = new Map<string, Map<string, Leaving<Left>>>();
  return (r) => {
    if (r.kind !== 'stint-end' || !r.personStints?.length) return undefined;
    let leavings = byPerson.get(r.person.id);
    if (!leavings) {
      const stints = r.personStints.map((ps): Left => {
        const row = ends.get(ps.edge.id) ?? {
          ...r,
          date: String(ps.edge.properties.end ?? ''),
          edge: ps.edge,
          org: ps.org,
          orgParents: ps.orgParents,
          personStints: [],
        };
        const { start, end } = datesOf({ ...row, edge: ps.edge });
        return {
          id: ps.edge.id,
          orgId: ps.org.id,
          start,
          end,
          left: ps.edge.properties.left === true,
          stated: edgeCertainty(ps.edge) === 'stated',
          parents: ps.orgParents,
          row,
        };
      });
      leavings = leavingsOf(stints);
      byPerson.set(r.person.id, leavings);
    }
    return leavings.get(r.edge.id);
  };
}

/**
 * The rows as items, in order: each a row, or the stints of one person joined (or left) as one move. The stints left
 * for one stint joined (model/leavings.ts) are one item, told once, from the row of the one stint every answer
 * agrees on (tellerOf: left at its date, the latest end among them, as the dashboard dates the departure) and naming
 * every stint left, read in the window or not; no item when
 * that row is not read (outside the window, or past the cut: the next answer tells it). Other stints are told
 * together on dates equal at their common precision, not one stint after the other (sameMove), at one organisation
 * or at organisations one of which is part of another. Only facts a source backs are told together, as only they
 * make moves; a stint no source backs stays an item of its own, marked unsourced.
 */
export function groupTimelineRows(rows: readonly TimelineRow[]): (TimelineRow | StintRow[])[] {
  return groupRows(rows, leavingFinder(rows));
}

function groupRows(
  rows: readonly TimelineRow[],
  leavingOf: (r: StintRow) => Leaving<Left> | undefined = () => undefined,
): (TimelineRow | StintRow[])[] {
  const out: (TimelineRow | Move)[] = [];
  const moves = new Map<string, Move[]>();
  const told = new Set<Leaving<Left>>();
  for (const r of rows) {
    if (!isStint(r) || edgeCertainty(r.edge) === UNSOURCED) {
      out.push(r);
      continue;
    }
    const leaving = leavingOf(r);
    if (leaving) {
      const when = leaving.when ?? r.date;
      if (told.has(leaving) || r.edge.id !== tellerOf(leaving)) continue;
      told.add(leaving);
      // Copies at the leaving's one date: the cut (cutTimelineRows) never halves an item told whole.
      out.push({ date: when, rows: leaving.stints.map((s) => ({ ...s.row, date: when })) });
      continue;
    }
    const key = `${r.kind}\u0000${r.person.id}`;
    const same = moves.get(key) ?? [];
    moves.set(key, same);
    const dates = datesOf(r);
    // Every move the row belongs to becomes one (MSL and FAIR joined through Meta, in whatever order they come), and
    // one stint the sources start on different dates is one join (model/one-join.ts), as the career and the
    // dashboard count it once.
    const byDate = (m: Move) =>
      sameMove(m.date, m.rows.map(datesOf), r.date, dates) && m.rows.some((x) => related(x, r));
    const [first, ...others] = same.filter((m) => byDate(m) || startedOnce(m.rows, r));
    if (!first) {
      const fresh = { date: r.date, rows: [r] };
      same.push(fresh);
      out.push(fresh);
      continue;
    }
    // Matched on by the rows after it by the rule of one date of a move (model/move-date.ts): a join of starts that
    // differ (oneJoin) keeps its earliest, whatever order its rows come in.
    const dateWith = (d: string) =>
      moveDate(r.kind === 'stint-end' ? 'stint-end' : 'stint-start', [first.date, d])!;
    const firstByDate = byDate(first);
    first.rows.push(r);
    first.date = dateWith(r.date);
    for (const m of others) {
      // Moves r joins by date alone are one; one it joins as one stint told again (or by date, when the first is
      // such a one) only when every start is alike every other: a promotion stays apart though a start of unsaid role
      // is alike each side, whatever order the rows come in.
      if (!(firstByDate && byDate(m)) && !mergeable(first.rows, m.rows)) continue;
      first.rows.push(...m.rows);
      first.date = dateWith(m.date);
      m.rows.length = 0;
      same.splice(same.indexOf(m), 1);
    }
  }
  return out.flatMap((x): (TimelineRow | StintRow[])[] =>
    'rows' in x ? (x.rows.length ? [x.rows] : []) : [x],
  );
}

/**
 * A move's stints as items no surer than their facts: the organisations a stated fact places the person in (its own
 * stint stated, or a stated stint at a division of it, as leaving FAIR is leaving Meta when a source states FAIR is
 * part of Meta) make one item, stated; the others, whose stints are only implied, items of their own, implied. A
 * stated parent stint does not state which division: "joins FAIR and Meta" as stated would say what no source says.
 */
function byCertainty(move: StintRow[]): StintRow[][] {
  const stated = move.filter((r) => edgeCertainty(r.edge) === 'stated');
  if (!stated.length) return [move];
  const placed = new Set(stated.flatMap((r) => [r.org.id, ...r.orgParents]));
  const sure = move.filter((r) => placed.has(r.org.id));
  const rest = move.filter((r) => !placed.has(r.org.id));
  if (!rest.length) return [move];
  // Each part told again: without the rows between them, two divisions may be moves apart.
  const regroup = (part: StintRow[]) => groupRows(part).filter((g): g is StintRow[] => Array.isArray(g));
  return [...regroup(sure), ...regroup(rest)];
}

/**
 * Where an answer of `limit` rows ends when more were read (`rows[limit]`, the first left out). The rows are in the
 * query's total order and the next part reads on strictly after the last row kept (its cursor), so the kept rows are
 * always a first part of the rows: none is read twice or never. By preference it ends
 * 1. before every row of a date equal to a left-out row's at common precision ('2025' and '2025-06' with 2025-06-12)
 *    and every row told as one move with such a row ('2025-05' at FAIR with '2025' at Meta: equal at common precision
 *    is not transitive) — no move told in halves, not even with a row not read yet, as every row of such a move is
 *    left out;
 * 2. when that leaves nothing (a coarse date such as '2025' reaches across the whole answer, or one date holds more
 *    rows than an answer), before the first row of any move read that the cut would tell in halves — the moves of
 *    the rows read, the first left out among them, and those a start's `companions` show to have rows not read yet;
 * 3. when even that leaves nothing (one move longer than an answer, or a move that opens the answer and has a row past
 *    it), at the limit: such a move is told in two parts. A person's facts' ids are usually near in the order, so the
 *    rows of a move rarely lie more than an answer apart.
 * `after` is the position of the last row kept, null when nothing was left out.
 */
export function cutTimelineRows(
  rows: readonly TimelineRow[],
  limit: number,
  window: { from?: string; to?: string } = {},
): { kept: readonly TimelineRow[]; after: TimelinePosition | null } {
  const next = rows[limit];
  const head = rows.slice(0, limit);
  if (!next) return { kept: head, after: null };
  const keep = (kept: readonly TimelineRow[]) => ({ kept, after: kept[kept.length - 1]!.position });
  // A leaving is told whole from its date's row (its rows here are copies, in no `out`): only the rows told together by
  // date can be told in halves.
  const moves = groupTimelineRows(head).filter((g): g is StintRow[] => Array.isArray(g));
  // A start whose companion in the window is not among the rows of this answer (the next row or later) may be one
  // join with it on another date (model/one-join.ts): left out with its move, so it is told once, on the next page.
  const unread = (c: Omit<TimelinePosition, 'kind'>) =>
    comparePositions({ ...c, kind: 'stint-start' }, next.position) >= 0;
  const waiting = head.filter(
    (r) =>
      r.kind === 'stint-start' &&
      (r.companions ?? []).some(
        (c) =>
          comparePartialDates(c.date, r.date) !== 0 && inWindow(c.date, window.from, window.to) && unread(c),
      ),
  );
  let cut = next.date;
  for (;;) {
    const out = new Set([...waiting, ...head.filter((r) => comparePartialDates(r.date, cut) === 0)]);
    for (const move of moves) if (move.some((r) => out.has(r))) for (const r of move) out.add(r);
    // Rows are in date order: the first left out is the earliest.
    const earliest = head.find((r) => out.has(r))?.date ?? cut;
    // Stable once the earliest row left out is of the cut's date, as fine or finer: the rows left out are then the
    // last ones (those between the cut's date and the next row's, which starts with it).
    if (earliest.startsWith(cut)) {
      // Taken as the rows before the first left out, so that none is skipped by the cursor whatever the data.
      const first = head.findIndex((r) => out.has(r));
      const kept = first === -1 ? head : head.slice(0, first);
      if (kept.length) return keep(kept);
      break;
    }
    cut = earliest;
  }
  // The first index the cut may fall on without telling a move of the rows read in halves.
  const read = [...head, next];
  const index = new Map(read.map((r, i) => [r, i]));
  // A start whose companion (the same person's start on an equal date, which may be told with it) lies in the window
  // and sorts after the next row is not read: its move reaches past the rows read, so the cut falls before it.
  const after = (c: Omit<TimelinePosition, 'kind'>) =>
    comparePositions({ ...c, kind: 'stint-start' }, next.position) > 0;
  const beyond = (r: TimelineRow) =>
    r.kind === 'stint-start' &&
    (r.companions ?? []).some((c) => inWindow(c.date, window.from, window.to) && after(c));
  const groups = groupTimelineRows(read).map((g) => (Array.isArray(g) ? g : [g]));
  const indices = (move: readonly TimelineRow[]) => move.map((r) => index.get(r)!);
  const within = groups.filter((move) => move.length > 1).map(indices);
  const reaching = groups.filter((move) => move.some(beyond)).map((move) => [...indices(move), read.length]);
  // Without the moves reaching past the rows read when heeding them leaves nothing (such a move opens the answer):
  // the others are still never told in halves.
  // Only those opening it are let go: a page opening with a start it waits on (the step above left nothing) still ends
  // before every other move reaching past it.
  const end =
    cutBefore([...within, ...reaching], limit) ||
    cutBefore([...within, ...reaching.filter((m) => Math.min(...m) > 0)], limit) ||
    cutBefore(within, limit);
  return keep(end > 0 ? head.slice(0, end) : head);
}

/** The first index, at most `limit`, the cut may fall on without parting a move's indices. */
function cutBefore(moves: readonly number[][], limit: number): number {
  let end = limit;
  for (let moved = true; moved;) {
    moved = false;
    for (const move of moves) {
      const first = Math.min(...move);
      if (first < end && Math.max(...move) >= end) {
        end = first;
        moved = true;
      }
    }
  }
  return end;
}

/**
 * `facts`: whether the database holds our facts (on one that does not, its WORKED_AT and events claim no certainty:
 * certaintyIn); without it, the database is taken as ours.
 */
export function createTimelineService(repo: TimelineRepository, facts?: Pick<TalentFactsService, 'held'>) {
  return {
    async timeline(q: TimelineQuery): Promise<TimelineResponse> {
      const [rows, ours] = await Promise.all([
        repo.read({ from: q.from, to: q.to, limit: q.limit, after: q.after }),
        facts ? facts.held() : true,
      ]);
      // Cut by the limit, the answer ends where no move is told in halves ("joins FAIR", Meta never read) when the rows
      // read show where, and after=nextAfter reads on strictly after its last row: no item twice, none never.
      const { kept, after } = cutTimelineRows(rows, q.limit, { from: q.from, to: q.to });
      // A promotion, or FAIR left for Meta, is a role taken up or ended, not a join or a departure (timeline-inside.ts).
      const sides = insideSides(kept);
      const inside = (r: StintRow) =>
        sides.get(r.edge.id)?.[r.kind === 'stint-start' ? 'start' : 'end'] ?? false;
      const items = groupTimelineRows(kept)
        .flatMap((r): TimelineItem[] => {
          if (Array.isArray(r)) return byCertainty(r).map((g) => stintItem(g, ours, inside));
          if (r.kind === 'event' && r.node) return [eventItem({ ...r, node: r.node }, ours)];
          return isStint(r) ? [stintItem([r], ours, inside)] : [];
        })
        // A move is shown at its finest date, which may sort after the rows read between its coarser one and it.
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return {
        items,
        truncated: rows.length > q.limit,
        nextAfter: after ? encodeTimelineCursor(after) : null,
        from: q.from ?? null,
        to: q.to ?? null,
      };
    },
  };
}
export type TimelineService = ReturnType<typeof createTimelineService>;
