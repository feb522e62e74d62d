// Reads dated events and stint starts/ends in a window, after a cursor (the last row of an earlier part).
import neo4j from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import type { TimelinePosition } from '../../model/timeline-cursor.js';
import { createGraphCollector } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { allowLongQuery, longQueryOptions, type LongQueryLimits } from './lookup.js';
import { TIMELINE } from '../queries/timeline.js';

export interface TimelineRow {
  kind: TimelinePosition['kind'];
  date: string;
  /** Its place in the timeline's order (with kind and date): where the next part reads on from after it. */
  position: TimelinePosition;
  node: GraphNode | null;
  edge: GraphEdge | null;
  person: GraphNode | null;
  org: GraphNode | null;
  /** The organisations `org` is part of (a division's parents), by id. */
  orgParents: string[];
  /** The certainty properties of an event's REPORTED_BY facts, as stored ([] for a stint). */
  reportedBy: unknown[];
  /** The source ids an event's REPORTED_BY facts cite ([] for a stint). */
  reportedSources: string[];
  /**
   * For a sourced stint end or start, the person's sourced stints, each with its organisation and that one's parents
   * (as orgParents): which stints were left together (model/leavings.ts), and where each was joined from
   * (model/one-join.ts). Absent or [] otherwise.
   */
  personStints?: PersonStint[];
  /**
   * For a sourced stint start, the person's other sourced stints that start on a date equal to its own at their common
   * precision, or that may be the same stint begun on another date (model/one-join.ts), as the places their start rows
   * have in the order: rows that may be told with it as one move, read or not, in the window or not (the cut's
   * guide).
   */
  companions?: Omit<TimelinePosition, 'kind'>[];
}

/** One of a person's stints as TIMELINE's personStints gives it. */
export interface PersonStint {
  edge: GraphEdge;
  org: GraphNode;
  orgParents: string[];
}

/** TIMELINE's companions: the places of start rows, {date, key, element}, each a string. */
function companionsOf(v: unknown): Omit<TimelinePosition, 'kind'>[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((c: unknown) => {
    const x = c as Partial<Record<'date' | 'key' | 'element', unknown>>;
    return typeof x?.date === 'string' && typeof x.key === 'string' && typeof x.element === 'string'
      ? [{ date: x.date, key: x.key, element: x.element }]
      : [];
  });
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function personStintsOf(v: unknown): PersonStint[] {
  if (!Array.isArray(v)) return [];
  return (v as { rel?: GraphEdge; org?: GraphNode; orgParents?: unknown }[]).flatMap((x) =>
    x.rel && x.org ? [{ edge: x.rel, org: x.org, orgParents: strings(x.orgParents) }] : [],
  );
}

export function createTimelineRepository(db: Database, limits: LongQueryLimits) {
  return {
    read(opts: {
      from: string | undefined;
      to: string | undefined;
      limit: number;
      after: TimelinePosition | undefined;
    }): Promise<TimelineRow[]> {
      return db.read(async (tx, ctl) => {
        await allowLongQuery(tx, ctl, limits);
        const res = await tx.run(TIMELINE, {
          from: opts.from ?? null,
          to: opts.to ?? null,
          limit: neo4j.int(opts.limit),
          after: opts.after ?? null,
        });
        const collector = createGraphCollector();
        for (const r of res.records) collector.collect(r.toObject());
        // One list per person, shared by their rows (the query reads the same stints for each): the service works out
        // where each stint leads once per list (timeline-service.ts joinsOf), not once per row.
        const stintsOf = new Map<string, PersonStint[]>();
        const shared = (person: GraphNode | null, stints: PersonStint[]) => {
          if (!person || stints.length === 0) return stints;
          const had = stintsOf.get(person.id);
          if (had && had.length === stints.length) return had;
          stintsOf.set(person.id, stints);
          return stints;
        };
        return res.records.map((r) => {
          const row = collector.toJson(r.toObject()) as unknown as TimelineRow & {
            rel: GraphEdge | null;
            key: string;
            element: string;
          };
          return {
            kind: row.kind,
            date: row.date,
            position: { date: row.date, kind: row.kind, key: row.key, element: row.element },
            node: row.node,
            edge: row.rel,
            person: row.person,
            org: row.org,
            reportedBy: Array.isArray(row.reportedBy) ? row.reportedBy : [],
            // One list per REPORTED_BY fact; a fact written by hand may have none, or something else.
            reportedSources: (Array.isArray(row.reportedSources) ? (row.reportedSources as unknown[]) : [])
              .flatMap((l) => (Array.isArray(l) ? (l as unknown[]) : []))
              .filter((x): x is string => typeof x === 'string'),
            orgParents: Array.isArray(row.orgParents)
              ? row.orgParents.filter((x) => typeof x === 'string')
              : [],
            personStints: shared(row.person, personStintsOf(row.personStints)),
            companions: companionsOf((row as { companions?: unknown }).companions),
          };
        });
      }, longQueryOptions(limits));
    },
  };
}
export type TimelineRepository = ReturnType<typeof createTimelineRepository>;
