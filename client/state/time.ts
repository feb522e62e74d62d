// What was true at a date or within a window, from the dates on the data (partial ISO dates at the precision the
// sources give). Stints and the periods events report are intervals; dated events, foundings and reports are instants;
// undated facts are timeless.
import type { GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import { nextStint, type Stint } from '../../model/career-moves.js';
import { edgeCertainty, UNSOURCED } from '../../model/certainty.js';
import { comparePartialDates, isPartialDate } from '../../model/dates.js';
import type { Scene } from './scene.js';

/** `from` null: "as of `to`". Otherwise the window [from, to]. */
export interface TimeWindow {
  from: string | null;
  to: string;
}

function date(v: JsonValue | undefined): string | undefined {
  return typeof v === 'string' && isPartialDate(v) ? v : undefined;
}

const le = (a: string, b: string) => comparePartialDates(a, b) <= 0;

/** An interval [start, end] (either open) overlaps the window. */
export function intervalInWindow(start: string | undefined, end: string | undefined, w: TimeWindow): boolean {
  const from = w.from ?? w.to;
  return (!start || le(start, w.to)) && (!end || le(from, end));
}

/** An instant happened by `to` (as of), or inside [from, to] (window). */
export function instantInWindow(at: string | undefined, w: TimeWindow): boolean {
  if (!at) return true;
  return le(at, w.to) && (w.from === null || le(w.from, at));
}

/**
 * For stints that ended without a date (`left: true`), the start of the stint that followed them is when they ended
 * at the latest; without one the end stays unknown. The stint that followed is the one the careers and the flows
 * move to (model/career-moves.ts nextStint): for an undated departure, a current stint that did not start before it,
 * and only a stint a source backs. Not any stint that started later: a division's stint held beside its parent's
 * (FAIR's in Meta) does not end the parent's, and a stint written by hand does not date a sourced one.
 */
export function inferredStintEnds(edges: Iterable<GraphEdge>): Map<string, string> {
  const byPerson = new Map<string, (Stint & { edge: GraphEdge })[]>();
  for (const e of edges) {
    if (e.type !== 'WORKED_AT') continue;
    const p = e.properties;
    const list = byPerson.get(e.source) ?? [];
    list.push({
      id: e.id,
      orgId: e.target,
      start: date(p.start),
      end: date(p.end),
      left: p.left === true,
      edge: e,
    });
    byPerson.set(e.source, list);
  }
  const ends = new Map<string, string>();
  for (const stints of byPerson.values()) {
    const sourced = stints.filter((s) => edgeCertainty(s.edge) !== UNSOURCED);
    for (const s of stints) {
      if (s.end || !s.left) continue;
      const next = nextStint(s, sourced)?.start;
      if (next) ends.set(s.id, next);
    }
  }
  return ends;
}

export interface TimeContext {
  nodes: Readonly<Record<string, GraphNode>>;
  stintEnds: Map<string, string>;
}

export function timeContext(scene: Scene): TimeContext {
  return { nodes: scene.nodes, stintEnds: inferredStintEnds(Object.values(scene.edges)) };
}

/** When an event happened: its date, else the start of the period it covers ("since January"). */
export function eventDate(node: GraphNode): string | undefined {
  return date(node.properties.date) ?? date(node.properties.since);
}

/**
 * An event in the window: one on a date, when that date is; one that reports a period ("since January", until its
 * `until` if it has one), when the period overlaps the window — as the flows and the dashboard count its report — or,
 * as of a date, when it had begun by then.
 */
export function eventInWindow(node: GraphNode, w: TimeWindow): boolean {
  const on = date(node.properties.date);
  if (on || w.from === null) return instantInWindow(eventDate(node), w);
  return intervalInWindow(date(node.properties.since), date(node.properties.until), w);
}

/**
 * A source as of the window's end: published by then, as its REPORTED_BY facts are drawn (a source published before
 * the window still reports what it reports in it; one published after it had not yet said anything).
 */
export function nodeInWindow(node: GraphNode, w: TimeWindow): boolean {
  if (node.labels.includes('Event')) return eventInWindow(node, w);
  if (node.labels.includes('Source'))
    return instantInWindow(date(node.properties.published), { from: null, to: w.to });
  return true;
}

export function edgeInWindow(edge: GraphEdge, w: TimeWindow, ctx: TimeContext): boolean {
  const p = edge.properties;
  switch (edge.type) {
    case 'WORKED_AT':
      return intervalInWindow(date(p.start), date(p.end) ?? ctx.stintEnds.get(edge.id), w);
    case 'TALENT_FLOW':
    case 'TALENT_FLOW_REPORTED':
      // A drawn part of a flow from its first move or report (flows.ts spans each part apart): a stated part is not
      // there before any of its moves because a report behind the flow is older. A whole flow: its own span.
      return instantInWindow(date('spanSince' in p ? p.spanSince : p.since), { from: null, to: w.to });
    case 'FOUNDED':
      return instantInWindow(date(p.date), { from: null, to: w.to });
    case 'PART_OF':
      return instantInWindow(date(p.since), { from: null, to: w.to });
    case 'PARTICIPATED_IN': {
      const ev = ctx.nodes[edge.target];
      return ev ? eventInWindow(ev, w) : true;
    }
    case 'REPORTED_BY': {
      const src = ctx.nodes[edge.target];
      return instantInWindow(src ? date(src.properties.published) : undefined, { from: null, to: w.to });
    }
    default:
      return true;
  }
}

/**
 * A stint ended by `at` (the time slider's date): its end (or, when it ended without a date, the start of the stint
 * that followed it, inferredStintEnds: it ended by then at the latest) falls before `at` at their common precision. A
 * stint that ends after `at` was current then, however long ago it ended. One that ended at a date nothing bounds
 * (`left`, and no sourced current stint followed it) is drawn as ended, as without a slider: no source says it was
 * still going on at `at`.
 */
export function stintEndedBy(edge: GraphEdge, at: string, ctx: TimeContext): boolean {
  const p = edge.properties;
  const end = date(p.end) ?? ctx.stintEnds.get(edge.id);
  return end ? comparePartialDates(end, at) < 0 : p.left === true;
}

/**
 * Every date the scene's data carries, sorted and distinct (the steps of the time slider). `partSpans` false: the flow
 * view's scene, whose parts' spans are those of the window the slider chose.
 */
export function sceneDates(scene: Scene, partSpans = true): string[] {
  const dates = new Set<string>();
  const add = (v: JsonValue | undefined) => {
    const d = date(v);
    if (d) dates.add(d);
  };
  for (const n of Object.values(scene.nodes)) {
    add(n.properties.date);
    add(n.properties.published);
    add(n.properties.since);
  }
  for (const e of Object.values(scene.edges)) {
    add(e.properties.start);
    add(e.properties.end);
    add(e.properties.date);
    // A talent flow's first and last move (client/state/flows.ts): the slider reaches the date all its moves are in.
    add(e.properties.since);
    add(e.properties.until);
    // A stored flow's drawn part (a Cypher result's, a path's): its own first and last move or report too, where it
    // comes in and is complete. Not the flow view's parts: their spans are the window's, and the slider's steps would
    // move with the window they choose.
    if (partSpans) {
      add(e.properties.spanSince);
      add(e.properties.spanUntil);
    }
  }
  return [...dates].sort((a, b) => comparePartialDates(a, b) || a.length - b.length);
}
