// GET /api/people/:id/career: stints in time order, the moves between them and the evidence of each.
import { textList, textOrNull } from '../../model/properties.js';
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import type { CareerRepository } from '../repositories/career-repository.js';
import { computeMoves, sortStints, type Stint } from '../../model/career-moves.js';

export interface CareerStint {
  id: string;
  org: { id: string; name: string | null; nameAr: string | null };
  role: string | null;
  roleAr: string | null;
  start: string | null;
  end: string | null;
  left: boolean;
  certainty: string | null;
  evidence: string | null;
  evidenceEn: string | null;
  note: string | null;
  sources: string[];
}

export interface CareerMove {
  from: string;
  to: string;
  fromStint: string;
  toStint: string;
  when: string | null;
  /** Stated only when both stints behind the move are stated (the rule of TALENT_FLOW). */
  certainty: 'stated' | 'implied';
  /** The implied stints behind an implied move. */
  impliedBy: string[];
  /** The evidence of both stints: the one that ended and the one that followed. */
  evidence: { fact: string; evidence: string | null; evidenceEn: string | null; certainty: string | null }[];
}

export interface Career {
  person: GraphNode;
  stints: CareerStint[];
  moves: CareerMove[];
  sources: GraphNode[];
  graph: GraphData;
}

function toStint(edge: GraphEdge, org: GraphNode): CareerStint & Stint {
  const p = edge.properties;
  return {
    id: edge.id,
    orgId: org.id,
    org: { id: org.id, name: textOrNull(org.properties.name), nameAr: textOrNull(org.properties.nameAr) },
    role: textOrNull(p.role),
    roleAr: textOrNull(p.roleAr),
    start: textOrNull(p.start),
    end: textOrNull(p.end),
    left: p.left === true || Boolean(textOrNull(p.end)),
    certainty: textOrNull(p.certainty),
    evidence: textOrNull(p.evidence),
    evidenceEn: textOrNull(p.evidenceEn),
    note: textOrNull(p.note),
    sources: textList(p.sources),
  };
}

export function createCareerService(repo: CareerRepository) {
  return {
    async career(personId: string): Promise<Career> {
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
