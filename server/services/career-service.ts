// GET /api/people/:id/career: stints in time order, the moves between them and the evidence of each.
import type { GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import type { CareerMove, CareerResponse, CareerStint } from '../../model/flow-response.js';
import type { CareerRepository } from '../repositories/career-repository.js';
import { computeMoves, sortStints, type Stint } from '../../model/career-moves.js';

const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : null);
const list = (v: JsonValue | undefined) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

function toStint(edge: GraphEdge, org: GraphNode): CareerStint & Stint {
  const p = edge.properties;
  return {
    id: edge.id,
    orgId: org.id,
    org: { id: org.id, name: str(org.properties.name), nameAr: str(org.properties.nameAr) },
    role: str(p.role),
    roleAr: str(p.roleAr),
    start: str(p.start),
    end: str(p.end),
    left: p.left === true || Boolean(str(p.end)),
    certainty: str(p.certainty),
    evidence: str(p.evidence),
    evidenceEn: str(p.evidenceEn),
    note: str(p.note),
    sources: list(p.sources),
  };
}

export function createCareerService(repo: CareerRepository) {
  return {
    async career(personId: string): Promise<CareerResponse> {
      const rows = await repo.read(personId);
      const stints = sortStints(rows.stints.map((r) => toStint(r.edge, r.org)));
      const moves = computeMoves(stints).map((m): CareerMove => ({
        from: m.from.orgId,
        to: m.to.orgId,
        fromStint: m.from.id,
        toStint: m.to.id,
        when: m.when,
        certainty: [m.from, m.to].some((s) => s.certainty === 'implied') ? 'implied' : 'stated',
        impliedBy: [m.from, m.to].filter((s) => s.certainty === 'implied').map((s) => s.id),
        evidence: [m.from, m.to].map((s) => ({
          fact: s.id,
          evidence: s.evidence,
          evidenceEn: s.evidenceEn,
          certainty: s.certainty,
        })),
      }));
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
