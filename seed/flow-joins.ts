// Which of a staging batch's stints are one join (model/one-join.ts joinedMoves: one stint the sources start on
// different dates), decided in model code, as the careers, the dashboard and the timeline decide it: the exact rule
// reads where each of the person's stints leads, which the seed's Cypher has no twin of. Passed to
// seed/queries/stage-named-flows.ts as $joins.
import type { Driver } from 'neo4j-driver';
import { joinedMoves, type JoinStint } from '../model/one-join.js';
import { PEOPLE_SOURCED_STINTS } from './queries/flow-joins.js';

/** A join of several stints: the stint a move into any of them is told by (its surest start), and all of them. */
export interface FlowJoin {
  to: string;
  members: string[];
}

/** By stint id, the join each stint of a join belongs to (stints of no join have no entry). */
export function joinsOf(stints: readonly (JoinStint & { person: string })[]): Record<string, FlowJoin> {
  const byPerson = new Map<string, JoinStint[]>();
  for (const s of stints) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
  const out: Record<string, FlowJoin> = {};
  for (const own of byPerson.values())
    for (const m of joinedMoves(own)) {
      if (!m.joined.length) continue;
      const join = { to: m.to.id, members: [m.to.id, ...m.joined.map((s) => s.id)] };
      for (const id of join.members) out[id] = join;
    }
  return out;
}

/** A role as text: a foreign-typed value is no role the rule can compare (unsaid). */
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The joins of the people of one staging batch (PEOPLE_SOURCED_STINTS, then joinsOf). */
export async function readFlowJoins(
  driver: Driver,
  database: string | undefined,
  people: readonly string[],
): Promise<Record<string, FlowJoin>> {
  const res = await driver.executeQuery(PEOPLE_SOURCED_STINTS, { people }, { database, routing: 'READ' });
  return joinsOf(
    res.records.map((r) => ({
      person: r.get('person') as string,
      id: r.get('id') as string,
      orgId: r.get('org') as string,
      start: r.get('start') as string | null,
      end: r.get('end') as string | null,
      left: r.get('left') as boolean,
      stated: r.get('stated') as boolean,
      role: text(r.get('role')),
      sources: (r.get('sources') as unknown[]).filter((s): s is string => typeof s === 'string'),
    })),
  );
}
