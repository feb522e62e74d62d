// Which stint facts of a timeline answer tell a move within one organisation (a promotion; FAIR, part of Meta, to Meta):
// the timeline titles them as a role taken up or ended, not a join or a departure, as the dashboard counts no hire or
// departure for them (model/talent-events.ts: a move inside is no hire).
import { ended, nextStint, type Stint } from '../../model/career-moves.js';
import { edgeCertainty } from '../../model/certainty.js';
// One organisation, or one part of the other by a stated PART_OF (TIMELINE's orgParents), as a leaving reads it.
import { related } from '../../model/leavings.js';
import { sameMove } from '../../model/talent-events.js';
import type { TimelineRow } from '../repositories/timeline-repository.js';
import { dateOrNull } from './timeline-item.js';

/** A fact's two sides: its start led into from, its end leading into, a stint at the same organisation or a related one. */
export interface InsideSides {
  start: boolean;
  end: boolean;
}

interface InsideStint extends Stint {
  start: string | null;
  end: string | null;
  stated: boolean;
  parents: readonly string[];
}

/**
 * By fact id, the sides of each sourced stint of the answer's people (their rows' personStints, read once per person)
 * that the next-stint rule (model/career-moves.ts nextStint, the dashboard's moves: model/next-stint-cypher.ts) joins
 * to a stint at the same organisation or one part of the other. The start side is every fact's that tells the start
 * the rule reached — at that organisation or one related to it, on a date equal to it at common precision (the same
 * move, model/talent-events.ts sameMove) — as the timeline tells them as one item: hiding the fact the rule happened
 * to pick must not make the others a join. A fact of no such move has no entry.
 */
export function insideSides(rows: readonly TimelineRow[]): Map<string, InsideSides> {
  const out = new Map<string, InsideSides>();
  const seen = new Set<string>();
  const side = (id: string) => out.get(id) ?? out.set(id, { start: false, end: false }).get(id)!;
  for (const r of rows) {
    const all = r.personStints;
    if (!all?.length || !r.person || seen.has(r.person.id)) continue;
    seen.add(r.person.id);
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
      for (const t of stints)
        if (t === next || (t.id !== s.id && related(t, next) && sameMove(next.start, [next], t.start, t)))
          side(t.id).start = true;
    }
  }
  return out;
}
