// Which stint facts of a timeline answer tell a move within one organisation (a promotion; FAIR, part of Meta, to Meta):
// the timeline titles them as a role taken up or ended, not a join or a departure, as the dashboard counts no hire or
// departure for them (model/talent-events.ts: a move inside is no hire).
import { ended, nextStint, type Stint } from '../../model/career-moves.js';
import { edgeCertainty } from '../../model/certainty.js';
import type { PersonStint, TimelineRow } from '../repositories/timeline-repository.js';
import { dateOrNull } from './timeline-item.js';

/** A fact's two sides: its start led into from, its end leading into, a stint at the same organisation or a related one. */
export interface InsideSides {
  start: boolean;
  end: boolean;
}

interface InsideStint extends Stint {
  stated: boolean;
  parents: readonly string[];
}

/** One organisation, or one part of the other by a stated PART_OF (TIMELINE's orgParents). */
const related = (a: InsideStint, b: InsideStint) =>
  a.orgId === b.orgId || a.parents.includes(b.orgId) || b.parents.includes(a.orgId);

/**
 * By fact id, the sides of each sourced stint of the answer's people (their rows' personStints) that the next-stint
 * rule (model/career-moves.ts nextStint, the dashboard's moves: model/next-stint-cypher.ts) joins to a stint at the
 * same organisation or one part of the other. A fact of no such move has no entry.
 */
export function insideSides(rows: readonly TimelineRow[]): Map<string, InsideSides> {
  const out = new Map<string, InsideSides>();
  const seen = new Set<readonly PersonStint[]>();
  const side = (id: string) => out.get(id) ?? out.set(id, { start: false, end: false }).get(id)!;
  for (const r of rows) {
    const all = r.personStints;
    if (!all?.length || seen.has(all)) continue;
    seen.add(all);
    const stints = all.map((p): InsideStint => ({
      id: p.edge.id,
      orgId: p.org.id,
      start: dateOrNull(p.edge.properties.start),
      end: dateOrNull(p.edge.properties.end),
      left: p.edge.properties.left === true,
      stated: edgeCertainty(p.edge) === 'stated',
      parents: p.orgParents,
    }));
    for (const s of stints) {
      if (!ended(s)) continue;
      const next = nextStint(s, stints, (x) => x.stated);
      if (!next || !related(s, next)) continue;
      side(s.id).end = true;
      side(next.id).start = true;
    }
  }
  return out;
}
