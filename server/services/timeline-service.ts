// GET /api/timeline: dated events and stint starts/ends in a window, in date order, for the time slider. A person's
// joining (or leaving) of a division and of the organisation it is part of on one date is one item, as the flows and
// careers count it one move (model/career-moves.ts), not two.
import {
  certaintyStrength,
  edgeCertainty,
  isCertainty,
  strongestCertainty,
  UNSOURCED,
} from '../../model/certainty.js';
import { textOrNull } from '../../model/properties.js';
import type { TimelineQuery } from '../../model/api.js';
import type { TimelineItem, TimelineResponse } from '../../model/api-responses.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import type { TimelineRepository, TimelineRow } from '../repositories/timeline-repository.js';

type StintRow = TimelineRow & { edge: GraphEdge; person: GraphNode; org: GraphNode };

const isStint = (r: TimelineRow): r is StintRow => r.kind !== 'event' && !!r.edge && !!r.person && !!r.org;

/** One organisation is part of the other (FAIR of Meta), by the rows' stated PART_OF paths (TIMELINE's orgParents). */
const related = (a: StintRow, b: StintRow) =>
  a.orgParents.includes(b.org.id) || b.orgParents.includes(a.org.id);

/**
 * The rows as items, in order: each a row, or the stints of one person joined (or left) on one date at
 * organisations one of which is part of another. Only facts a source backs are told together, as only they make
 * moves; a stint no source backs stays an item of its own, marked unsourced.
 */
export function groupTimelineRows(rows: readonly TimelineRow[]): (TimelineRow | StintRow[])[] {
  const out: (TimelineRow | StintRow[])[] = [];
  const groups = new Map<string, StintRow[][]>();
  for (const r of rows) {
    if (!isStint(r) || edgeCertainty(r.edge) === UNSOURCED) {
      out.push(r);
      continue;
    }
    const key = stintKey(r);
    const same = groups.get(key) ?? [];
    groups.set(key, same);
    // Every group the row relates to becomes one (MSL and FAIR joined through Meta, in whatever order they come).
    const [first, ...others] = same.filter((g) => g.some((m) => related(m, r)));
    if (!first) {
      const fresh = [r];
      same.push(fresh);
      out.push(fresh);
      continue;
    }
    first.push(r);
    for (const g of others) {
      first.push(...g);
      g.length = 0;
      same.splice(same.indexOf(g), 1);
    }
  }
  return out.filter((x) => !Array.isArray(x) || x.length > 0);
}

const stintKey = (r: StintRow) => `${r.kind}\u0000${r.date}\u0000${r.person.id}`;

const listFormats = new Map<string, Intl.ListFormat>();

/** Names as one list in the language's words ("Delta Research and Alpha Labs"; "قسم دلتا ومختبرات ألفا"). */
function listOf(lang: 'en' | 'ar', names: string[]): string {
  if (names.length === 1) return names[0]!;
  // Made once per language, on first use: a timeline of thousands of items would build one per item.
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return f.format(names);
}

function eventItem(r: TimelineRow & { node: GraphNode }): TimelineItem {
  const p = r.node.properties;
  // An event with no date of its own is placed at the start of the period it reports (since): said, so no view
  // passes the period's start off as the day it happened.
  const onDate = p.date !== undefined && p.date !== null;
  return {
    kind: 'event',
    date: r.date,
    dateKind: onDate ? 'date' : 'since',
    until: onDate ? null : textOrNull(p.until),
    id: r.node.id,
    nodes: [r.node.id],
    stints: [],
    title: textOrNull(p.name) ?? textOrNull(p.summary) ?? r.node.id,
    titleAr:
      textOrNull(p.nameAr) ??
      textOrNull(p.summaryAr) ??
      textOrNull(p.name) ??
      textOrNull(p.summary) ??
      r.node.id,
    eventKind: textOrNull(p.kind),
    role: null,
    // Its own certainty, else as sure as the most certain source that reports it (REPORTED_BY); an event no source
    // reports (written by hand, or a foreign graph's) is unsourced, never "stated".
    certainty: isCertainty(p.certainty) ? p.certainty : strongestCertainty(r.reportedBy.filter(isCertainty)),
  };
}

/**
 * The item of stints joined or left together: told by the most certain one (then the division before its parent),
 * naming the division before its parent, as certain as its most certain fact (leaving a division a source states is
 * leaving its parent too).
 */
function stintItem(group: StintRow[]): TimelineItem {
  const deepestFirst = [...group].sort((a, b) => b.orgParents.length - a.orgParents.length);
  const strength = (r: StintRow) => certaintyStrength(edgeCertainty(r.edge));
  const lead = [...deepestFirst].sort((a, b) => strength(b) - strength(a))[0]!;
  const { kind, date, person, edge } = lead;
  const who = textOrNull(person.properties.name) ?? person.id;
  const whoAr = textOrNull(person.properties.nameAr) ?? who;
  const where = deepestFirst.map((r) => textOrNull(r.org.properties.name) ?? r.org.id);
  const whereAr = deepestFirst.map((r, i) => textOrNull(r.org.properties.nameAr) ?? where[i]!);
  const role = textOrNull(edge.properties.role);
  const roleAr = textOrNull(edge.properties.roleAr) ?? role;
  const joins = kind === 'stint-start';
  return {
    kind,
    date,
    dateKind: 'date',
    until: null,
    id: edge.id,
    nodes: [person.id, ...deepestFirst.map((r) => r.org.id)],
    stints: [edge.id, ...deepestFirst.filter((r) => r !== lead).map((r) => r.edge.id)],
    title: `${who} ${joins ? 'joins' : 'leaves'} ${listOf('en', where)}${role ? ` (${role})` : ''}`,
    titleAr:
      `${joins ? 'ينضمّ' : 'يغادر'} ${whoAr} ${joins ? 'إلى' : ''} ${listOf('ar', whereAr)}${roleAr ? ` (${roleAr})` : ''}`
        .replace(/ {2,}/g, ' ')
        .trim(),
    eventKind: null,
    role,
    // A stint with no certainty of ours has no source behind it (model/certainty.ts), never "stated".
    certainty: strongestCertainty(group.map((r) => edgeCertainty(r.edge))),
  };
}

export function createTimelineService(repo: TimelineRepository) {
  return {
    async timeline(q: TimelineQuery): Promise<TimelineResponse> {
      const rows = await repo.read({ from: q.from, to: q.to, limit: q.limit });
      const truncated = rows.length > q.limit;
      // A person's stints of one date cut by the limit would be told apart from the rest of their move (the item
      // naming FAIR without Meta, as sure as FAIR alone): they go with the rows past the cut.
      const next = rows[q.limit];
      const cut = next && isStint(next) ? stintKey(next) : null;
      const kept = rows.slice(0, q.limit).filter((r) => !cut || !isStint(r) || stintKey(r) !== cut);
      const items = groupTimelineRows(kept).flatMap((r): TimelineItem[] => {
        if (Array.isArray(r)) return [stintItem(r)];
        if (r.kind === 'event' && r.node) return [eventItem({ ...r, node: r.node })];
        return isStint(r) ? [stintItem([r])] : [];
      });
      return { items, truncated, from: q.from ?? null, to: q.to ?? null };
    },
  };
}
export type TimelineService = ReturnType<typeof createTimelineService>;
