// GET /api/people/:id/career: stints in time order, the moves between them and the evidence of each.
import { textList, textOrNull } from '../../model/properties.js';
import type { CareerMove, CareerResponse, CareerStint } from '../../model/flow-response.js';
import type { CareerRepository, StintRow } from '../repositories/career-repository.js';
import { edgeCertainty, moveCertainty, UNSOURCED } from '../../model/certainty.js';
import { sortStints, type Stint } from '../../model/career-moves.js';
import { joinedMoves } from '../../model/one-join.js';

/**
 * A stint as the career gives it. Its dates are the row's text (a foreign graph's Integer year 2022 is "2022", as
 * the timeline tells it, not dropped for not being a string); it is left when it has an end at all, as the timeline
 * then tells its leaving, or says so itself.
 */
function toStint({ edge, org, start, end }: StintRow): CareerStint & Stint {
  const p = edge.properties;
  return {
    id: edge.id,
    orgId: org.id,
    org: { id: org.id, name: textOrNull(org.properties.name), nameAr: textOrNull(org.properties.nameAr) },
    role: textOrNull(p.role),
    roleAr: textOrNull(p.roleAr),
    start,
    end,
    left: p.left === true || end !== null,
    certainty: textOrNull(p.certainty),
    evidence: textOrNull(p.evidence),
    evidenceEn: textOrNull(p.evidenceEn),
    note: textOrNull(p.note),
    sources: textList(p.sources),
  };
}

/** A stint's certainty as every view reads it (model/certainty.ts): one with no certainty of ours is unsourced. */
const stintCertainty = (s: CareerStint) =>
  edgeCertainty({ type: 'WORKED_AT', properties: { certainty: s.certainty } });
/** Moves are made of stints a source backs, as the flows are (seed/queries/stage-named-flows.ts). */
const sourced = (s: CareerStint) => stintCertainty(s) !== UNSOURCED;

export function createCareerService(repo: CareerRepository) {
  return {
    async career(personId: string): Promise<CareerResponse> {
      const rows = await repo.read(personId);
      const stints = sortStints(rows.stints.map(toStint));
      // Every stint is listed (one no source backs says so by its certainty); only sourced ones make moves.
      // One move per stint joined, however many stints were left for it (a division's and its parent's).
      // A stated move is told by its stated stints: its `from` and its date are theirs (model/career-moves.ts).
      // A stint two facts start on different dates is one join (model/one-join.ts): the move into it is told by its
      // surest start, as sure and dated as the dashboard counts the hire and the timeline tells it.
      const moves = joinedMoves(
        stints.filter(sourced).map((s) => ({ ...s, stated: stintCertainty(s) === 'stated' })),
      ).map((m): CareerMove => {
        const left = [m.from, ...m.also];
        const certainty = moveCertainty(left.map(stintCertainty), stintCertainty(m.to));
        return {
          from: m.from.orgId,
          to: m.to.orgId,
          fromStint: m.from.id,
          toStint: m.to.id,
          also: m.also.map((s) => ({ from: s.orgId, fromStint: s.id })),
          joined: m.joined.map((s) => s.id),
          when: m.when,
          certainty: certainty === 'implied' ? 'implied' : 'stated',
          // A stated move rests on its stated chain: nothing implied behind it.
          impliedBy:
            certainty === 'stated'
              ? []
              : [...left, m.to, ...m.joined].filter((s) => s.certainty === 'implied').map((s) => s.id),
          // The facts the move rests on: a stated move's stated stints (an implied stint left beside a stated one,
          // a parent's say, backs nothing of it, as impliedBy says), an implied move's every stint; then the other
          // facts of the stint joined (one join), each with its certainty, so every fact telling it is traced.
          evidence: [
            ...(certainty === 'stated' ? left.filter((s) => stintCertainty(s) === 'stated') : left),
            m.to,
            ...m.joined,
          ].map((s) => ({
            fact: s.id,
            evidence: s.evidence,
            evidenceEn: s.evidenceEn,
            certainty: s.certainty,
          })),
        };
      });
      return {
        person: rows.person,
        stints: stints.map(({ orgId: _orgId, ...s }) => s),
        moves,
        sources: rows.sources,
        graph: rows.graph,
      };
    },
  };
}
export type CareerService = ReturnType<typeof createCareerService>;
