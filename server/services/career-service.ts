// GET /api/people/:id/career: stints in time order, the moves between them and the evidence of each.
import type { GraphData, GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
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
