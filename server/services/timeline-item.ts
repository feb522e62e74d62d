// The items of GET /api/timeline: an event, or a move told by the stints (facts) timeline-service.ts groups as one —
// its title, date, certainty and sources, and each fact's, so a client hiding some facts tells it by the others.
import {
  certaintyStrength,
  edgeCertainty,
  isCertainty,
  strongestCertainty,
  UNSOURCED,
  type EdgeCertainty,
} from '../../model/certainty.js';
import { moveDate } from '../../model/move-date.js';
import { textOrNull } from '../../model/properties.js';
import { stintTitle } from '../../model/stint-title.js';
import type { TimelineItem } from '../../model/api-responses.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import type { TimelineRow } from '../repositories/timeline-repository.js';

/** A stint's row: a WORKED_AT fact with its person and organisation. */
export type StintRow = TimelineRow & { edge: GraphEdge; person: GraphNode; org: GraphNode };

/** Each id once, in the order first met. */
const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The source ids a fact cites (its `sources` property). */
const factSources = (edge: GraphEdge): string[] => {
  const s = edge.properties.sources;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
};

/** A date property as text (a foreign graph's Integer year or Cypher date too), null when there is none. */
export const dateOrNull = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));

/**
 * The date a fact gives its item: its row's; a leaving's rows are copies at the leaving's date (groupRows), so a stint
 * left gives its own end.
 */
const ownDate = (r: StintRow): string =>
  r.kind === 'stint-end' ? (dateOrNull(r.edge.properties.end) ?? r.date) : r.date;

export function eventItem(r: TimelineRow & { node: GraphNode }, ours = true): TimelineItem {
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
    nodeLabels: [r.node.labels],
    stints: [],
    stintOrgs: [],
    stintCertainties: [],
    stintSources: [],
    stintDates: [],
    stintRoles: [],
    stintRolesAr: [],
    stintInside: [],
    nodeNames: [],
    nodeNamesAr: [],
    title: textOrNull(p.name) ?? textOrNull(p.summary) ?? r.node.id,
    titleAr:
      textOrNull(p.nameAr) ??
      textOrNull(p.summaryAr) ??
      textOrNull(p.name) ??
      textOrNull(p.summary) ??
      r.node.id,
    eventKind: textOrNull(p.kind),
    role: null,
    roleAr: null,
    // Its own certainty, else as sure as the most certain source that reports it (REPORTED_BY); an event no source
    // reports (written by hand) is unsourced, never "stated" — on a database that holds no facts of ours it is the
    // graph's own node, claiming none (null).
    certainty: isCertainty(p.certainty)
      ? p.certainty
      : r.reportedBy.some(isCertainty) || ours
        ? strongestCertainty(r.reportedBy.filter(isCertainty))
        : null,
    sources: distinct(r.reportedSources),
  };
}

/**
 * A fact's certainty as the item tells it: its own; with none of ours, unsourced on our database — a fact no source
 * backs — and null on a database that holds none of our facts (GET /api/schema's sourcedFacts false), whose WORKED_AT
 * is its own relationship, claiming no certainty, as the canvas and the legend read it (model/certainty.ts isFactOf).
 */
const certaintyIn = (edge: GraphEdge, ours: boolean): EdgeCertainty | null => {
  const c = edgeCertainty(edge);
  return c === UNSOURCED && !ours ? null : c;
};

/**
 * The item of stints joined or left together: told by the most certain one (then the division before its parent),
 * naming each organisation once, the division before its parent, dated by its facts as certain as it is
 * (model/move-date.ts, the rule the strip dates by too), listing every fact (so citing every source) behind it, as
 * certain as its most certain fact — byCertainty has left out of a stated item every organisation no stated fact
 * places the person in. `ours`: whether the database holds our facts (certaintyIn). `inside`: whether a fact's row is a
 * move within one organisation (timeline-inside.ts): the item is titled a role taken up or ended when every one of its
 * facts is (one left elsewhere beside it is a departure from there).
 */
export function stintItem(
  group: StintRow[],
  ours = true,
  inside: (r: StintRow) => boolean = () => false,
): TimelineItem {
  const deepestFirst = [...group].sort((a, b) => b.orgParents.length - a.orgParents.length);
  const strength = (r: StintRow) => certaintyStrength(edgeCertainty(r.edge));
  const lead = [...deepestFirst].sort((a, b) => strength(b) - strength(a))[0]!;
  const { kind, person, edge } = lead;
  const orgs = deepestFirst
    .map((r) => r.org)
    .filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  const who = textOrNull(person.properties.name) ?? person.id;
  const whoAr = textOrNull(person.properties.nameAr) ?? who;
  const where = orgs.map((o) => textOrNull(o.properties.name) ?? o.id);
  const whereAr = orgs.map((o, i) => textOrNull(o.properties.nameAr) ?? where[i]!);
  const role = textOrNull(edge.properties.role);
  const roleAr = textOrNull(edge.properties.roleAr) ?? role;
  const moveKind = kind === 'stint-start' ? 'stint-start' : 'stint-end';
  // The facts, the lead first: `stints` and `stintOrgs` in one order.
  const facts = [lead, ...deepestFirst.filter((r) => r !== lead)];
  // Dated by the facts as sure as the item: an implied fact's finer date of a stated move is not stated.
  const certainty = strongestCertainty(group.map((r) => edgeCertainty(r.edge)));
  const claimed = facts.map((r) => certaintyIn(r.edge, ours));
  const sure = group.filter((r) => edgeCertainty(r.edge) === certainty);
  const within = facts.map(inside);
  // Only when every fact is: a leaving of FAIR (for Meta) and of Google at once is a departure from Google.
  const allInside = within.every(Boolean);
  return {
    kind,
    date: moveDate(
      moveKind,
      sure.map((r) => r.date),
    )!,
    dateKind: 'date',
    until: null,
    id: edge.id,
    nodes: [person.id, ...orgs.map((o) => o.id)],
    nodeLabels: [person.labels, ...orgs.map((o) => o.labels)],
    stints: facts.map((r) => r.edge.id),
    // Which organisation each fact places the person in: a client hiding one hides the item once every fact is.
    stintOrgs: facts.map((r) => r.org.id),
    // Each fact's certainty, sources and date: a client hiding some facts tells the item by those it shows.
    stintCertainties: claimed,
    stintSources: facts.map((r) => distinct(factSources(r.edge))),
    stintDates: facts.map(ownDate),
    // Each fact's role: a client hiding the lead fact titles the item by the role of the one it then leads with.
    stintRoles: facts.map((r) => textOrNull(r.edge.properties.role)),
    stintRolesAr: facts.map(
      (r) => textOrNull(r.edge.properties.roleAr) ?? textOrNull(r.edge.properties.role),
    ),
    // The names behind the title: a client hiding some organisations' facts titles the item by those it shows.
    nodeNames: [who, ...where],
    nodeNamesAr: [whoAr, ...whereAr],
    // Whether each of `stints` is a move within one organisation: a client hiding some facts titles the item by those it
    // shows.
    stintInside: within,
    title: stintTitle('en', { kind: moveKind, who, where, role, inside: allInside }),
    titleAr: stintTitle('ar', {
      kind: moveKind,
      who: whoAr,
      where: whereAr,
      role: roleAr,
      inside: allInside,
    }),
    eventKind: null,
    role,
    roleAr,
    // A stint with no certainty of ours has no source behind it (model/certainty.ts), never "stated"; on a foreign
    // database it claims none (certaintyIn).
    certainty: claimed.every((c) => c === null) ? null : certainty,
    sources: distinct(facts.flatMap((r) => factSources(r.edge))),
  };
}
