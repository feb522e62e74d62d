// Reads TALENT_FLOW relationships with the stints of their named people and the departures events behind
// their reported counts.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { textOrNull } from '../../model/properties.js';
import { createGraphCollector, toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { DERIVATION_STATUS, FLOW_DETAILS, FLOWS, FLOWS_BY_IDS } from '../queries/flows.js';
import {
  allowLongQuery,
  longQueryOptions,
  requireNode,
  sourceIdsOf,
  sourcesById,
  type LongQueryLimits,
} from './lookup.js';

type OrgBrief = { id: string; name: string | null; nameAr: string | null };

/** A map {id, name, nameAr} read from Neo4j as an organisation's brief (a name that is no text is left out). */
const briefOf = (m: OrgBrief | null): OrgBrief | null =>
  m ? { id: String(m.id), name: textOrNull(m.name), nameAr: textOrNull(m.nameAr) } : null;

/** An implied fact a move may rest on, described: a stint at `org`, or a PART_OF fact placing `org` in `parent`. */
export interface ImpliedFact {
  id: string;
  type: 'WORKED_AT' | 'PART_OF';
  org: OrgBrief | null;
  parent: OrgBrief | null;
}

export interface FlowRow {
  edge: GraphEdge;
  from: GraphNode;
  to: GraphNode;
  /** The people behind the named count, with the date of their move and the stints behind it. */
  movers: { person: GraphNode; when: string | null; facts: string[]; impliedFacts: ImpliedFact[] }[];
  /** People behind the flow at the level read (an overview flow read by division leaves out its divisions'). */
  named: number;
  /** How many of them moved only by implied facts. */
  impliedCount: number;
  /**
   * In a time window, for a flow with dated moves, what the database counted in it (movers then holds a page of
   * the people with a move in the window); null otherwise.
   */
  window: { count: number; implied: number; undated: number } | null;
  /**
   * The earliest and latest dates of the moves the view counts, where the flow's since/until span moves it does not
   * count (in a window, by division); null otherwise.
   */
  span: { since: string | null; until: string | null } | null;
  /** The implied facts behind the implied moves of the movers read: person id → fact ids. */
  implied: Map<string, string[]>;
  /**
   * The departures events behind the reported count, whether the report is implied, its from/to facts, and the
   * PART_OF facts that place a division's fact of it in its end.
   */
  reports: { event: GraphNode; implied: boolean; facts: GraphEdge[]; placedBy: GraphEdge[] }[];
  /**
   * The sources of the stated, and of the implied, named moves at the level shown (by division, those between the
   * ends themselves; in a window, of the moves dated in it when `windowSources`); null for a flow derived before they
   * were kept apart.
   */
  statedSources: string[] | null;
  impliedSources: string[] | null;
  /**
   * In a window, statedSources and impliedSources are the window's moves' (false: without a window, or all time's for a
   * flow derived before each person's moves' sources were kept, or without dated moves).
   */
  windowSources: boolean;
}

export interface FlowPage {
  org: GraphNode | null;
  /** Flows matching before the page was cut. */
  total: number;
  /**
   * In a time window, some matching flow has no dated moves (derived by an older seed): it is kept when its
   * since…until overlaps the window, whether or not a move of it lies in the window, and ranked by all-time size,
   * so `total` is an upper bound.
   */
  estimated: boolean;
  /** The lock of the flows' derivation, read just before them (server/queries/flows.ts, DERIVATION_STATUS). */
  derivation: { running: boolean; stale: boolean; failed: string | null };
  flows: FlowRow[];
}

export interface FlowFilter {
  org: string | undefined;
  direction: 'in' | 'out' | 'both';
  /** Division-level flows too, each move counted at the most specific level. */
  divisions: boolean;
  since: string | undefined;
  until: string | undefined;
  min: number;
  limit: number;
  /** People to list per flow after skipping `peopleOffset` (in a window, of those with a move in it). */
  people: number;
  peopleOffset: number;
  /** Only these flows (distinct ids), at any level; undefined: every flow the other filters keep. */
  ids: string[] | undefined;
}

/** One flow with what its details show (see FLOW_DETAILS). */
export interface FlowDetailsRow {
  flow: GraphEdge;
  /** Ids of the listed people that have a sourced stint at either end (or, rolled up, in one). */
  found: string[];
  sources: GraphNode[];
  /**
   * The flow, its ends, those people, their stints there, the departures events with their facts, the PART_OF facts
   * that place a division of those facts in an end, and the other end of each fact.
   */
  graph: GraphData;
  /**
   * The listed people who moved only by implied facts, each with those facts, at the level asked: all time, or in a
   * time window those who moved in it only by implied facts, with the facts of their moves dated in it.
   */
  implied: Map<string, string[]>;
}

function impliedByPerson(pairs: { person: string; fact: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // A fact behind two of a person's moves (a PART_OF rolled through twice) is named once.
  for (const { person, fact } of pairs) {
    const facts = out.get(person) ?? [];
    if (!facts.includes(fact)) out.set(person, [...facts, fact]);
  }
  return out;
}

export function createFlowRepository(db: Database, limits: LongQueryLimits) {
  return {
    read(opts: FlowFilter): Promise<FlowPage> {
      return db.read(async (tx, ctl) => {
        const org = opts.org ? await requireNode(tx, opts.org, 'organisation') : undefined;
        await allowLongQuery(tx, ctl, limits);
        const lock = (await tx.run(DERIVATION_STATUS)).records[0];
        const res = await tx.run(opts.ids ? FLOWS_BY_IDS : FLOWS, {
          org: org?.eid ?? null,
          out: opts.direction !== 'in',
          in: opts.direction !== 'out',
          divisions: opts.divisions,
          since: opts.since ?? null,
          until: opts.until ?? null,
          min: neo4j.int(opts.min),
          limit: neo4j.int(opts.limit),
          people: neo4j.int(opts.people),
          peopleOffset: neo4j.int(opts.peopleOffset),
          ...(opts.ids ? { ids: opts.ids } : {}),
        });
        const collector = createGraphCollector();
        if (org) collector.collect(org.node);
        for (const r of res.records) collector.collect([r.get('f'), r.get('x'), r.get('y')]);
        const j = <T>(v: unknown) => collector.toJson(v) as unknown as T;
        const first = res.records[0];
        return {
          org: org ? j<GraphNode>(org.node) : null,
          total: first ? (toJson(first.get('total')) as number) : 0,
          estimated: first ? first.get('estimated') === true : false,
          derivation: {
            running: lock?.get('running') === true,
            stale: lock?.get('stale') === true,
            failed: (lock?.get('failed') as string | null | undefined) ?? null,
          },
          flows: res.records.map((r) => ({
            edge: j<GraphEdge>(r.get('f') as Relationship),
            from: j<GraphNode>(r.get('x')),
            to: j<GraphNode>(r.get('y')),
            movers: (
              r.get('movers') as {
                person: Node;
                when: string | null;
                facts: string[];
                impliedFacts: ImpliedFact[];
              }[]
            ).map((m) => ({
              person: j<GraphNode>(m.person),
              when: m.when,
              facts: m.facts,
              impliedFacts: m.impliedFacts.map((f) => ({
                id: String(f.id),
                type: f.type,
                org: briefOf(f.org),
                parent: briefOf(f.parent),
              })),
            })),
            named: toJson(r.get('named')) as number,
            impliedCount: toJson(r.get('impliedCount')) as number,
            window: toJson(r.get('window')) as FlowRow['window'],
            span: toJson(r.get('span')) as FlowRow['span'],
            implied: impliedByPerson(r.get('implied') as { person: string; fact: string }[]),
            reports: (
              r.get('reports') as {
                event: Node;
                implied: boolean;
                facts: Relationship[];
                placedBy: Relationship[];
              }[]
            ).map((x) => ({
              event: j<GraphNode>(x.event),
              implied: x.implied,
              facts: x.facts.map((f) => j<GraphEdge>(f)),
              placedBy: x.placedBy.map((f) => j<GraphEdge>(f)),
            })),
            statedSources: (r.get('statedSources') as string[] | null) ?? null,
            impliedSources: (r.get('impliedSources') as string[] | null) ?? null,
            windowSources: r.get('windowSources') === true,
          })),
        };
      }, longQueryOptions(limits));
    },
    /**
     * One flow by id, its listed people (`people`, or its first `limit`) with their stints, as the view (`divisions`:
     * by division) counts them, and its departures reports among `events` (null: all of them); in a time `window`, the
     * stints of the moves dated in it only; 404 if none.
     */
    details(
      id: string,
      people: string[] | null,
      limit: number,
      divisions: boolean,
      events: string[] | null,
      window: { since: string | null; until: string | null } = { since: null, until: null },
    ): Promise<FlowDetailsRow> {
      return db.read(async (tx) => {
        const params = { id, people, limit: neo4j.int(limit), divisions, events, ...window };
        const rec = (await tx.run(FLOW_DETAILS, params)).records[0];
        if (!rec) throw notFound(`No talent flow with id '${id}'.`);
        const facts = [
          ...(rec.get('stints') as Relationship[]),
          ...(rec.get('reports') as Relationship[]),
          ...(rec.get('partOf') as Relationship[]),
        ];
        const collector = createGraphCollector();
        collector.collect([
          rec.get('a'),
          rec.get('b'),
          rec.get('f'),
          rec.get('people'),
          rec.get('events'),
          rec.get('places'),
          facts,
        ]);
        const sources = await sourcesById(
          tx,
          facts.flatMap((r) => sourceIdsOf(r.properties)),
        );
        return {
          flow: collector.toJson(rec.get('f') as Relationship) as unknown as GraphEdge,
          found: (rec.get('people') as Node[]).map((p) => collector.resolve(p.elementId)),
          sources: sources.map((s) => collector.toJson(s) as unknown as GraphNode),
          graph: collector.graph(),
          implied: impliedByPerson(rec.get('implied') as { person: string; fact: string }[]),
        };
      });
    },
  };
}
export type FlowRepository = ReturnType<typeof createFlowRepository>;
